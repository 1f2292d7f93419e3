//! Sending the requests of `loadgen iapi` on an open-loop schedule and checking each answer.
//!
//! Request `i` is due at `start + i / rate`, whatever happened to the earlier ones: a worker
//! takes the next index, sleeps until it is due and sends it at once when it is already late (all
//! connections busy). Latency counts from the due time, so that a slow answer delaying the
//! requests behind it is measured instead of hidden (no coordinated omission); the service time
//! counts from the actual send.
//!
//! The client is `ureq` (blocking), one worker thread per connection, each with its own agent
//! and so its own keep-alive connection: the timings then hold no async scheduler's queueing,
//! the threads sleep between requests, and the few dozen of them cost the machine nothing next
//! to the service it measures.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use paxscreen_ingest::cusres::{self, ResponseKind};
use serde::Deserialize;

use super::iapi_traffic::Request;
use crate::cli::IapiFormat;

/// How often the caller's monitor runs while requests are in flight.
const MONITOR_EVERY: Duration = Duration::from_millis(100);

/// The open-loop schedule: when each request is due.
#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    /// When request 0 is due.
    pub start: Instant,
    /// Requests per second.
    pub rate: f64,
}

impl Schedule {
    /// Returns when request `index` is due.
    pub fn due(&self, index: usize) -> Instant {
        self.start + Duration::from_secs_f64(index as f64 / self.rate)
    }
}

/// How to reach the service.
#[derive(Debug, Clone)]
pub struct Client {
    /// `…/v1/iapi`.
    pub endpoint: String,
    /// `Bearer KEY`.
    pub authorization: String,
    /// Body format, and so the answer's.
    pub format: IapiFormat,
    /// Longest wait for one answer.
    pub timeout: Duration,
}

/// Counters the monitor reads while the requests run.
#[derive(Debug, Default)]
pub struct Progress {
    /// Requests sent.
    pub sent: AtomicUsize,
    /// Requests answered 200 with a valid answer.
    pub answered: AtomicUsize,
    /// Requests that failed (status, transport, invalid answer).
    pub failed: AtomicUsize,
}

/// What happened to one request.
#[derive(Debug)]
pub struct Outcome {
    /// Position in the schedule.
    pub index: usize,
    /// Due time to answer read.
    pub latency: Duration,
    /// Send to answer read.
    pub service: Duration,
    /// Due time to send: the client's own delay (every connection busy, or a late wake-up).
    pub lag: Duration,
    /// When the answer was read (or the request failed).
    pub completed: Instant,
    /// The answer, or why there is none.
    pub result: Result<Answered, Failure>,
}

/// A valid answer.
#[derive(Debug)]
pub struct Answered {
    /// Directive code per passenger, in the order sent.
    pub directives: Vec<String>,
    /// The answer says screening did not run (JSON answers only: a CUSRES does not say).
    pub fail_safe: bool,
}

/// Why a request has no valid answer.
#[derive(Debug)]
pub enum Failure {
    /// Answered with another status than 200.
    Status(u16),
    /// No answer within the timeout.
    Timeout,
    /// The connection failed (refused, reset).
    Connection,
    /// Another transport error.
    Transport,
    /// Answered 200 with an answer that does not answer every passenger exactly once.
    InvalidAnswer(String),
}

impl Failure {
    /// Returns the key the report counts this failure under.
    pub fn key(&self) -> String {
        match self {
            Failure::Status(status) => status.to_string(),
            Failure::Timeout => "timeout".to_owned(),
            Failure::Connection => "connection".to_owned(),
            Failure::Transport => "transport".to_owned(),
            Failure::InvalidAnswer(_) => "invalid_answer".to_owned(),
        }
    }
}

/// Sends every request on `schedule` over `connections` connections and returns the outcomes in
/// schedule order. `monitor` runs on the calling thread every 100 ms until the last answer.
pub fn drive(
    client: &Client,
    requests: &[Request],
    schedule: Schedule,
    connections: usize,
    progress: &Progress,
    mut monitor: impl FnMut(&Progress),
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let mut outcomes: Vec<Outcome> = thread::scope(|scope| {
        let workers: Vec<_> = (0..connections.min(requests.len()))
            .map(|_| {
                let (next, done) = (&next, &done);
                scope.spawn(move || {
                    let agent = agent(client.timeout);
                    let mut outcomes = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(request) = requests.get(index) else {
                            break;
                        };
                        let outcome = send(&agent, client, request, index, schedule, progress);
                        match outcome.result {
                            Ok(_) => progress.answered.fetch_add(1, Ordering::Relaxed),
                            Err(_) => progress.failed.fetch_add(1, Ordering::Relaxed),
                        };
                        outcomes.push(outcome);
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    outcomes
                })
            })
            .collect();
        while done.load(Ordering::Relaxed) < requests.len()
            && workers.iter().any(|w| !w.is_finished())
        {
            thread::sleep(MONITOR_EVERY);
            monitor(progress);
        }
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    outcomes.sort_unstable_by_key(|o| o.index);
    outcomes
}

/// Returns an agent holding one keep-alive connection, that returns every status as a response.
pub fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .max_idle_age(Duration::from_secs(300))
        .build()
        .into()
}

/// Sends one request when due and checks its answer.
fn send(
    agent: &ureq::Agent,
    client: &Client,
    request: &Request,
    index: usize,
    schedule: Schedule,
    progress: &Progress,
) -> Outcome {
    let due = schedule.due(index);
    let now = Instant::now();
    if due > now {
        thread::sleep(due - now);
    }
    let (content_type, accept) = match client.format {
        IapiFormat::Json => ("application/json", "application/json"),
        IapiFormat::Edifact => ("application/edifact", "application/edifact"),
    };
    let sent = Instant::now();
    progress.sent.fetch_add(1, Ordering::Relaxed);
    let response = agent
        .post(&client.endpoint)
        .header("Authorization", &client.authorization)
        .header("Content-Type", content_type)
        .header("Accept", accept)
        .send(&request.body[..]);
    let result = match response {
        Ok(mut response) => {
            let status = response.status().as_u16();
            match response.body_mut().read_to_vec() {
                Ok(body) if status == 200 => check(client.format, &body, &request.passenger_refs)
                    .map_err(Failure::InvalidAnswer),
                Ok(_) => Err(Failure::Status(status)),
                Err(error) => Err(transport(&error)),
            }
        }
        Err(error) => Err(transport(&error)),
    };
    let completed = Instant::now();
    Outcome {
        index,
        latency: completed.saturating_duration_since(due),
        service: completed - sent,
        lag: sent.saturating_duration_since(due),
        completed,
        result,
    }
}

fn transport(error: &ureq::Error) -> Failure {
    match error {
        ureq::Error::Timeout(_) => Failure::Timeout,
        ureq::Error::Io(_) | ureq::Error::ConnectionFailed | ureq::Error::HostNotFound => {
            Failure::Connection
        }
        _ => Failure::Transport,
    }
}

/// The parts of a JSON answer checked.
#[derive(Debug, Deserialize)]
struct JsonAnswer {
    #[serde(default)]
    fail_safe: Option<String>,
    passengers: Vec<JsonPassengerAnswer>,
}

#[derive(Debug, Deserialize)]
struct JsonPassengerAnswer {
    passenger_ref: String,
    directive: String,
}

/// Checks that an answer answers every passenger sent exactly once and returns the directives.
fn check(format: IapiFormat, body: &[u8], sent: &[String]) -> Result<Answered, String> {
    let (answered, fail_safe) = match format {
        IapiFormat::Json => {
            let answer: JsonAnswer =
                serde_json::from_slice(body).map_err(|e| format!("not a JSON answer: {e}"))?;
            let answered = answer
                .passengers
                .into_iter()
                .map(|p| (p.passenger_ref, p.directive))
                .collect();
            (answered, answer.fail_safe.is_some())
        }
        IapiFormat::Edifact => {
            let response = cusres::parse(body).map_err(|e| format!("not a CUSRES: {e}"))?;
            if response.kind != ResponseKind::Answer {
                return Err(format!("a CUSRES of kind {:?}", response.kind));
            }
            if response.message_error.is_some() {
                return Err("a message-level error (ERP+1)".to_owned());
            }
            let answered = response
                .passengers
                .into_iter()
                .map(|p| (p.passenger_ref, p.code))
                .collect();
            (answered, false)
        }
    };
    Ok(Answered {
        directives: in_sent_order(sent, answered)?,
        fail_safe,
    })
}

/// Returns the directives in the order the passengers were sent, when each was answered once.
fn in_sent_order(sent: &[String], answered: Vec<(String, String)>) -> Result<Vec<String>, String> {
    if answered.len() != sent.len() {
        return Err(format!(
            "{} passenger answers for {} passengers",
            answered.len(),
            sent.len()
        ));
    }
    let positions: HashMap<&str, usize> = sent
        .iter()
        .enumerate()
        .map(|(position, reference)| (reference.as_str(), position))
        .collect();
    let mut directives: Vec<Option<String>> = vec![None; sent.len()];
    for (reference, directive) in answered {
        let Some(&position) = positions.get(reference.as_str()) else {
            return Err(format!("an answer for passenger {reference}, never sent"));
        };
        if directives[position].replace(directive).is_some() {
            return Err(format!("passenger {reference} answered twice"));
        }
    }
    // Same counts and no repeat: every passenger has exactly one directive.
    Ok(directives.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn json_answers_are_put_in_sent_order() {
        let body = br#"{"reference":"7","kind":"answer","passengers":[
            {"passenger_ref":"B","directive":"2Z","text":"CONTACT"},
            {"passenger_ref":"A","directive":"0Z","text":"OK"}]}"#;
        let answered = check(IapiFormat::Json, body, &refs(&["A", "B"])).unwrap();
        assert_eq!(answered.directives, ["0Z", "2Z"]);
        assert!(!answered.fail_safe);
        let fail_safe = br#"{"fail_safe":"deadline_exceeded","passengers":[
            {"passenger_ref":"A","directive":"2Z"}]}"#;
        assert!(
            check(IapiFormat::Json, fail_safe, &refs(&["A"]))
                .unwrap()
                .fail_safe
        );
    }

    #[test]
    fn missing_repeated_or_unknown_passengers_are_invalid() {
        let twice = vec![
            ("A".to_owned(), "0Z".to_owned()),
            ("A".to_owned(), "0Z".to_owned()),
        ];
        assert!(in_sent_order(&refs(&["A", "B"]), twice)
            .unwrap_err()
            .contains("twice"));
        let unknown = vec![("C".to_owned(), "0Z".to_owned())];
        assert!(in_sent_order(&refs(&["A"]), unknown)
            .unwrap_err()
            .contains("never sent"));
        assert!(in_sent_order(&refs(&["A"]), Vec::new()).is_err());
    }

    #[test]
    fn cusres_answers_are_read_per_passenger() {
        let body = "UNA:+.? 'UNB+UNOA:4+PAXSCREEN+XY+261123:1200+9++IAPI'\
            UNG+CUSRES+PAXSCREEN+XY+261123:1200+9+UN+D:05B'UNH+9+CUSRES:D:05B:UN:IATA'BGM+962'\
            ERP+2'RFF+ABO:P1'ERC+1Z'FTX+AAP+++DO NOT BOARD'UNT+7+9'UNE+1+9'UNZ+1+9'";
        let answered = check(IapiFormat::Edifact, body.as_bytes(), &refs(&["P1"])).unwrap();
        assert_eq!(answered.directives, ["1Z"]);
        assert!(check(IapiFormat::Edifact, b"{}", &refs(&["P1"])).is_err());
    }

    #[test]
    fn the_schedule_is_open_loop() {
        let start = Instant::now();
        let schedule = Schedule { start, rate: 500.0 };
        assert_eq!(schedule.due(500) - start, Duration::from_secs(1));
        assert_eq!(schedule.due(1) - start, Duration::from_millis(2));
    }
}
