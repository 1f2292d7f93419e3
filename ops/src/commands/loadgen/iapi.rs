//! `loadgen iapi`: the latency acceptance tool of the interactive API (`POST /v1/iapi`).
//!
//! Data flow: `synthetic::entries` + `synthetic::travellers` → [`iapi_traffic`] (every request
//! rendered before the clock starts) → [`iapi_client`] (open-loop schedule, one keep-alive
//! connection per worker, every answer checked: each passenger sent answered exactly once) →
//! [`iapi_report`] (one JSON line). The first --warmup requests run on the same schedule but
//! are left out of the figures; [`procstat`] reads the service's CPU and memory over the
//! measured part only.
//!
//! [`iapi_traffic`]: super::iapi_traffic
//! [`iapi_client`]: super::iapi_client
//! [`iapi_report`]: super::iapi_report
//! [`procstat`]: super::procstat

use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use chrono::Utc;

use super::iapi_client::{self, Client, Schedule};
use super::iapi_report::{self, Run};
use super::iapi_traffic::{self, Plan};
use super::procstat::Watched;
use crate::cli::{IapiFormat, LoadgenIapiArgs};

/// Seconds between two progress lines.
const PROGRESS_EVERY: Duration = Duration::from_secs(3);
/// Seconds between two readings of the services' CPU and memory.
const SAMPLE_EVERY: Duration = Duration::from_secs(1);
/// Time the workers get to start (and connect) before request 0 is due.
const LEAD_TIME: Duration = Duration::from_millis(200);

/// Runs `paxscreen loadgen iapi`; exit status 1 when a request was not answered 200 with a
/// valid answer, or was answered fail-safe.
///
/// # Errors
/// Invalid flags, an unreachable or unready service.
pub fn run(args: &LoadgenIapiArgs) -> anyhow::Result<ExitCode> {
    validate(args)?;
    let base = args.url.trim_end_matches('/').to_owned();
    let timeout = Duration::from_secs(args.timeout);
    check_ready(&base, timeout)?;
    let run_id = run_id();
    let format = match args.format {
        IapiFormat::Json => "json",
        IapiFormat::Edifact => "edifact",
    };
    eprintln!(
        "loadgen: iapi run {run_id}: generating {} {format} requests of {} passenger(s) from {} entries (seed {})",
        args.warmup + args.requests,
        args.passengers,
        args.entries,
        args.seed
    );
    // The flights of the requests hold the carrier for the whole run: leaked once.
    let carrier: &'static str = Box::leak(args.carrier.clone().into_boxed_str());
    let requests = iapi_traffic::generate(&Plan {
        run_id: &run_id,
        carrier,
        entries: args.entries,
        seed: args.seed,
        listed_share: args.listed_share,
        requests: args.warmup + args.requests,
        passengers: args.passengers as usize,
        format: args.format,
        now: Utc::now().naive_utc(),
    });
    let client = Client {
        endpoint: format!("{base}/v1/iapi"),
        authorization: format!("Bearer {}", args.key),
        format: args.format,
        timeout,
    };
    let fail_safe_before = fail_safe_counter(&base, timeout);
    let schedule = Schedule {
        start: Instant::now() + LEAD_TIME,
        rate: args.rate,
    };
    let measure_start = schedule.due(args.warmup);
    eprintln!(
        "loadgen: sending {} warm-up and {} measured requests to {} at {}/s over {} connections",
        args.warmup, args.requests, client.endpoint, args.rate, args.connections
    );
    let mut watched: Option<Vec<Watched>> = None;
    let (mut last_sample, mut last_shown) = (Instant::now(), Instant::now());
    let total = requests.len();
    let progress = iapi_client::Progress::default();
    let outcomes = iapi_client::drive(
        &client,
        &requests,
        schedule,
        args.connections as usize,
        &progress,
        |progress| {
            let now = Instant::now();
            if watched.is_none() && now >= measure_start {
                watched = Some(
                    args.service_pids
                        .iter()
                        .map(|&p| Watched::start(p))
                        .collect(),
                );
                last_sample = now;
            }
            if let Some(watched) = watched
                .as_mut()
                .filter(|_| now >= last_sample + SAMPLE_EVERY)
            {
                watched.iter_mut().for_each(Watched::sample);
                last_sample = now;
            }
            if now >= last_shown + PROGRESS_EVERY {
                eprintln!(
                    "loadgen: {:.0} s: sent {}/{total}, answered {}, failed {}",
                    now.saturating_duration_since(schedule.start).as_secs_f64(),
                    progress.sent.load(Ordering::Relaxed),
                    progress.answered.load(Ordering::Relaxed),
                    progress.failed.load(Ordering::Relaxed),
                );
                last_shown = now;
            }
        },
    );
    let (warmup_outcomes, measured_outcomes) =
        outcomes.split_at(outcomes.partition_point(|o| o.index < args.warmup));
    let measured_seconds = measured_outcomes
        .iter()
        .map(|o| o.completed)
        .max()
        .map_or(0.0, |last| (last - measure_start).as_secs_f64());
    let services = watched
        .unwrap_or_else(|| {
            args.service_pids
                .iter()
                .map(|&p| Watched::start(p))
                .collect()
        })
        .into_iter()
        .map(|w| w.finish(measured_seconds))
        .collect();
    let fail_safe_counted = match (fail_safe_before, fail_safe_counter(&base, timeout)) {
        (Some(before), Some(after)) => Some(after.saturating_sub(before)),
        _ => None,
    };
    let warmup_failures = warmup_outcomes
        .iter()
        .filter(|o| o.result.as_ref().map_or(true, |a| a.fail_safe))
        .count();
    if let Some((index, reason)) = outcomes.iter().find_map(|o| match &o.result {
        Err(iapi_client::Failure::InvalidAnswer(reason)) => Some((o.index, reason)),
        _ => None,
    }) {
        eprintln!("loadgen: first invalid answer (request {index}): {reason}");
    }
    let report = iapi_report::build(
        Run {
            run_id,
            format,
            rate: args.rate,
            measure_start,
            fail_safe_counted,
            warmup_failures,
        },
        &requests,
        measured_outcomes,
        services,
    );
    eprintln!(
        "loadgen: {} requests in {:.1} s: p99 {} ms, errors {}, fail-safe {}",
        report.requests,
        report.seconds,
        report.latency_ms.p99,
        report.errors.count,
        report
            .fail_safe
            .map_or_else(|| "unknown".to_owned(), |n| n.to_string())
    );
    println!("{}", serde_json::to_string(&report)?);
    Ok(if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn validate(args: &LoadgenIapiArgs) -> anyhow::Result<()> {
    if args.entries == 0 || args.requests == 0 {
        bail!("--entries and --requests must be at least 1");
    }
    if !args.rate.is_finite() || args.rate <= 0.0 {
        bail!("--rate must be a number of requests per second above 0");
    }
    if !(0.0..=1.0).contains(&args.listed_share) {
        bail!("--listed-share must be between 0 and 1");
    }
    if !(2..=3).contains(&args.carrier.len())
        || !args
            .carrier
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        bail!("--carrier must be a 2- or 3-character airline code (A-Z, 0-9)");
    }
    if args.key.is_empty() {
        bail!("--key (or PAXSCREEN_IAPI_KEY) must not be empty");
    }
    if args.warmup + args.requests > 9_999_999 {
        bail!("at most 9,999,999 requests per run, warm-up included");
    }
    Ok(())
}

/// Fails unless the service answers `/readyz` with 200: without a watchlist every answer would be
/// fail-safe.
fn check_ready(base: &str, timeout: Duration) -> anyhow::Result<()> {
    let agent = iapi_client::agent(timeout.min(Duration::from_secs(10)));
    let response = agent
        .get(format!("{base}/readyz"))
        .call()
        .with_context(|| format!("cannot reach the service at {base}"))?;
    let status = response.status().as_u16();
    if status != 200 {
        bail!("the service at {base} is not ready: /readyz answered {status}");
    }
    Ok(())
}

/// Returns the service's count of fail-safe iAPI answers, from `/metrics`; `None` when unreadable.
fn fail_safe_counter(base: &str, timeout: Duration) -> Option<usize> {
    let agent = iapi_client::agent(timeout.min(Duration::from_secs(10)));
    let mut response = agent.get(format!("{base}/metrics")).call().ok()?;
    if response.status().as_u16() != 200 {
        return None;
    }
    let text = response.body_mut().read_to_string().ok()?;
    Some(fail_safe_in(&text))
}

/// Returns the value of `paxscreen_iapi_requests_total{outcome="fail_safe"}` (0 when absent).
fn fail_safe_in(metrics: &str) -> usize {
    metrics
        .lines()
        .filter(|line| line.starts_with("paxscreen_iapi_requests_total{"))
        .filter(|line| line.contains("outcome=\"fail_safe\""))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .map(|value| value as usize)
        .sum()
}

/// Returns a run id from the clock: the Unix time in seconds, base 36.
fn run_id() -> String {
    let mut seconds = Utc::now().timestamp().unsigned_abs();
    let mut digits = Vec::new();
    while seconds > 0 {
        digits.push(char::from_digit((seconds % 36) as u32, 36).unwrap_or('0'));
        seconds /= 36;
    }
    digits.iter().rev().collect::<String>().to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fail_safe_counter() {
        let metrics = "# HELP paxscreen_iapi_requests iAPI requests, by outcome\n\
            paxscreen_iapi_requests_total{outcome=\"answered\"} 12\n\
            paxscreen_iapi_requests_total{outcome=\"fail_safe\"} 3\n";
        assert_eq!(fail_safe_in(metrics), 3);
        assert_eq!(fail_safe_in(""), 0);
    }

    #[test]
    fn run_ids_are_short_and_alphanumeric() {
        let id = run_id();
        assert!((1..=8).contains(&id.len()), "{id}");
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
    }
}
