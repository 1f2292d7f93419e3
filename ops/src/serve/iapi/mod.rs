//! Interactive API (iAPI): carriers ask at check-in whether each passenger may board and get an
//! answer at once, per passenger, keyed by the unique passenger reference (RFF+ABO).
//!
//! - `POST /v1/iapi` (`Authorization: Bearer KEY` of the carrier): a PAXLST (`BGM+745`, one or
//!   more passengers) or the JSON of [`request`]. The answer is a CUSRES (`BGM+962`, per
//!   passenger `ERP+2`/`RFF+AVF`/`RFF+ABO`/`ERC`/`FTX+AAP`) when the request was EDIFACT, JSON
//!   ([`answer::Answer`]) when it was JSON; `Accept: application/json` or
//!   `Accept: application/edifact` chooses explicitly. A malformed request is answered `422`
//!   with a message-level error (`ERP+1`) and kept as a dead letter; a request for another
//!   carrier's flight `403`. When screening cannot run (no watchlist yet, the deadline
//!   `iapi.deadline_ms` passed, a failure) every passenger gets the configured fail-safe
//!   directive (`directives.fail_safe`, default `2Z`): never silence.
//! - `GET /v1/iapi/directives[?flight=XY123]`: the carrier's own current directives.
//! - `GET /v1/iapi/updates[?since=N]`: the carrier's unsolicited updates (`BGM+132`), sent when a
//!   later change (a watchlist update) changes a directive already given.
//!
//! Carriers see directives and agent texts only: never list contents, scores or reasons. Every
//! answer and update is also produced to the directives topic when Kafka is configured; the
//! alerts of an iAPI request go out like any other manifest's, after the answer.

pub mod answer;
pub mod book;
pub mod officer_update;
pub mod request;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use paxscreen_ingest::cusres::{self, MessageError};
use paxscreen_ingest::Manifest;
use serde::Deserialize;
use serde_json::json;

use super::alert::arrival_leg;
use super::http::carrier_of;
use super::metrics::{DirectiveLabels, IapiLabels};
use super::pipeline::{DeadLetter, Origin, Processed};
use super::Service;
use answer::{Answer, PassengerAnswer};
use book::Book;

/// The iAPI state of the service.
#[derive(Debug, Default)]
pub struct Iapi {
    /// Passengers answered and unsolicited updates.
    pub book: Book,
    next_reference: AtomicU64,
}

impl Iapi {
    /// Returns the next answer reference (the CUSRES interchange and message reference).
    fn next_reference(&self) -> String {
        (self.next_reference.fetch_add(1, Ordering::Relaxed) + 1).to_string()
    }
}

/// How a request came and how it wants its answer.
#[derive(Debug, Clone, Copy)]
struct Format {
    json_in: bool,
    edifact_out: bool,
}

fn format_of(headers: &HeaderMap, body: &[u8]) -> Format {
    let content = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let json_in = content.contains("json")
        || (content.is_empty()
            && body
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|&b| b == b'{'));
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let edifact_out = if accept.contains("edifact") {
        true
    } else if accept.contains("json") {
        false
    } else {
        !json_in
    };
    Format {
        json_in,
        edifact_out,
    }
}

/// Reads the request into manifests, or the refusal reason and detail (no personal data).
fn read(body: &[u8], json_in: bool) -> Result<Vec<Manifest>, (String, String)> {
    if json_in {
        serde_json::from_slice::<request::JsonRequest>(body)
            .map(|r| vec![r.into_manifest()])
            .map_err(|e| {
                (
                    "invalid_json".to_owned(),
                    format!(
                        "line {} column {}: not an iAPI request ({:?} error)",
                        e.line(),
                        e.column(),
                        e.classify()
                    ),
                )
            })
    } else {
        paxscreen_ingest::parse(body).map_err(|e| (e.kind.as_str().to_owned(), e.to_string()))
    }
}

/// Why a request is refused: status, reason, detail (no personal data).
type Refusal = (StatusCode, String, String);

/// Reads a request and checks that it is the carrier's own and names someone.
fn accept(body: &[u8], json_in: bool, carrier: &str) -> Result<Vec<Manifest>, Refusal> {
    let manifests = read(body, json_in)
        .map_err(|(reason, detail)| (StatusCode::UNPROCESSABLE_ENTITY, reason, detail))?;
    if let Some(other) = manifests
        .iter()
        .filter_map(|m| m.flight.carrier.as_deref())
        .find(|c| *c != carrier)
    {
        let detail = format!("carrier {carrier} may not ask for flights of carrier {other}");
        return Err((StatusCode::FORBIDDEN, "wrong_carrier".to_owned(), detail));
    }
    if manifests.iter().all(|m| m.travellers.is_empty()) {
        return Err((
            StatusCode::UNPROCESSABLE_ENTITY,
            "no_passengers".to_owned(),
            "the request names no passenger".to_owned(),
        ));
    }
    Ok(manifests)
}

/// `POST /v1/iapi`.
pub async fn answer_request(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let started = Instant::now();
    let carrier = match carrier_of(&service, &headers) {
        Ok(carrier) => carrier,
        Err(refusal) => {
            count(&service, "unauthorised");
            return refusal.into_response();
        }
    };
    let format = format_of(&headers, &body);
    let reference = service.iapi.next_reference();
    let now = Utc::now();
    let origin = Origin {
        kind: "iapi",
        reference: format!("iapi-{reference}"),
        carrier: Some(carrier.clone()),
        position: None,
    };
    let manifests = match accept(&body, format.json_in, &carrier) {
        Ok(manifests) => manifests,
        Err(refusal) => {
            return refuse(
                &service, origin, body, &carrier, reference, format, now, refusal,
            );
        }
    };
    let manifests = Arc::new(manifests);
    let policy = service.pipeline.policy().clone();
    let (passengers, fail_safe, processed) = if !service.ready.load(Ordering::SeqCst) {
        (
            answer::fail_safe(&manifests, &policy),
            Some("not_ready"),
            None,
        )
    } else {
        let pipeline = Arc::clone(&service.pipeline);
        let screening = Arc::clone(&manifests);
        let screened_origin = origin.clone();
        let task = tokio::task::spawn_blocking(move || {
            pipeline.screen_manifests(&screening, &screened_origin, now)
        });
        let deadline = Duration::from_millis(service.validated.config.iapi.deadline_ms);
        match tokio::time::timeout(deadline, task).await {
            Ok(Ok(processed)) => (
                answer::passengers(&processed.decisions, &policy),
                None,
                Some(processed),
            ),
            Ok(Err(_failed)) => (
                answer::fail_safe(&manifests, &policy),
                Some("screening_failed"),
                None,
            ),
            Err(_late) => (
                answer::fail_safe(&manifests, &policy),
                Some("deadline_exceeded"),
                None,
            ),
        }
    };
    let first = &manifests[0];
    let answer = Answer {
        reference,
        transaction_ref: first
            .transaction_ref
            .clone()
            .or_else(|| Some(first.message_ref.clone()).filter(|r| !r.is_empty())),
        kind: "answer",
        flight: Some(answer::flight_of(first)),
        fail_safe,
        message_error: None,
        passengers,
    };
    let mut offset = 0;
    for manifest in manifests.iter() {
        let count = manifest.travellers.len();
        let until = retained_until(&service, manifest, now);
        service
            .iapi
            .book
            .record(manifest, &answer.passengers[offset..offset + count], until);
        offset += count;
    }
    let kind = if fail_safe.is_some() {
        "fail_safe"
    } else {
        "answer"
    };
    count_directives(&service, &answer.passengers, kind);
    count(
        &service,
        if fail_safe.is_some() {
            "fail_safe"
        } else {
            "answered"
        },
    );
    let cusres = cusres::render(&answer.to_cusres(
        &service.validated.config.iapi.sender,
        &carrier,
        now.naive_utc(),
    ));
    // Alerts and the directive record go out after the answer: the carrier is not kept waiting
    // for the brokers.
    let background = Arc::clone(&service);
    let published = answer.clone();
    let published_cusres = cusres.clone();
    let publish_carrier = carrier.clone();
    tokio::spawn(async move {
        if let Some(processed) = processed {
            let origin = origin.clone();
            if let Err(error) = background.emit(&origin, &body, processed).await {
                tracing::error!(error = %format!("{error:#}"), reference = %origin.reference, "writing the alerts of an iAPI request");
            }
        }
        publish(&background, &publish_carrier, &published, &published_cusres).await;
    });
    service
        .metrics
        .iapi_seconds
        .observe(started.elapsed().as_secs_f64());
    respond(StatusCode::OK, format, &answer, cusres)
}

/// Counts the directives given, by code and `kind` (`answer`, `fail_safe`, `unsolicited`).
fn count_directives(service: &Service, passengers: &[PassengerAnswer], kind: &str) {
    for passenger in passengers {
        service
            .metrics
            .directives
            .get_or_create(&DirectiveLabels {
                code: passenger.directive.code().to_owned(),
                kind: kind.to_owned(),
            })
            .inc();
    }
}

fn count(service: &Service, outcome: &str) {
    service
        .metrics
        .iapi_requests
        .get_or_create(&IapiLabels {
            outcome: outcome.to_owned(),
        })
        .inc();
}

/// When the passengers of a manifest are forgotten: the scheduled arrival (taken as UTC) plus
/// `iapi.retention_hours`, or that long after now without one.
fn retained_until(service: &Service, manifest: &Manifest, now: DateTime<Utc>) -> DateTime<Utc> {
    let hours = chrono::Duration::hours(service.validated.config.iapi.retention_hours);
    arrival_leg(manifest)
        .and_then(|leg| leg.arrival.as_ref())
        .and_then(|stop| stop.scheduled)
        .map_or(now, |at| at.and_utc().max(now))
        + hours
}

fn respond(status: StatusCode, format: Format, answer: &Answer, cusres: String) -> Response {
    if format.edifact_out {
        (
            status,
            [(header::CONTENT_TYPE, "application/edifact")],
            cusres,
        )
            .into_response()
    } else {
        (status, Json(answer)).into_response()
    }
}

/// Refuses a whole request: a message-level error (`ERP+1`) to the carrier, the input kept as a
/// dead letter.
#[allow(clippy::too_many_arguments)]
fn refuse(
    service: &Arc<Service>,
    origin: Origin,
    body: Bytes,
    carrier: &str,
    reference: String,
    format: Format,
    now: DateTime<Utc>,
    (status, reason, detail): Refusal,
) -> Response {
    count(service, "refused");
    let answer = Answer {
        reference,
        transaction_ref: None,
        kind: "answer",
        flight: None,
        fail_safe: None,
        message_error: Some(MessageError {
            code: answer::MESSAGE_REFUSED.to_owned(),
            text: Some(format!("REJECTED {}", reason.to_ascii_uppercase())),
        }),
        passengers: Vec::new(),
    };
    let cusres = cusres::render(&answer.to_cusres(
        &service.validated.config.iapi.sender,
        carrier,
        now.naive_utc(),
    ));
    let processed = Processed {
        dead_letter: Some(DeadLetter {
            reference: origin.reference.clone(),
            source: origin.kind.to_owned(),
            reason,
            detail,
            at: now,
        }),
        ..Processed::default()
    };
    let background = Arc::clone(service);
    tokio::spawn(async move {
        if let Err(error) = background.emit(&origin, &body, processed).await {
            tracing::error!(error = %format!("{error:#}"), reference = %origin.reference, "writing a refused iAPI request");
        }
    });
    respond(status, format, &answer, cusres)
}

/// Produces an answer or update to the directives topic, when Kafka is configured.
async fn publish(service: &Service, carrier: &str, answer: &Answer, cusres: &str) {
    let Some(kafka) = &service.kafka else {
        return;
    };
    let record = json!({ "carrier": carrier, "answer": answer, "cusres": cusres }).to_string();
    if let Err(error) = kafka
        .directives(&[(carrier.to_owned(), answer.reference.clone(), record)])
        .await
    {
        tracing::error!(error = %format!("{error:#}"), reference = %answer.reference, "producing a directive");
    }
}

/// Screens the answered passengers again (after a watchlist or rules change) and sends each
/// carrier an unsolicited update (`BGM+132`) for the directives that changed.
pub async fn rescreen(service: &Arc<Service>) {
    let now = Utc::now();
    service.iapi.book.purge(now);
    let manifests = service.iapi.book.manifests();
    if manifests.is_empty() {
        return;
    }
    let pipeline = Arc::clone(&service.pipeline);
    let screened = tokio::task::spawn_blocking(move || {
        let origin = Origin {
            kind: "iapi",
            reference: "rescreen".to_owned(),
            carrier: None,
            position: None,
        };
        manifests
            .into_iter()
            .map(|manifest| {
                let processed =
                    pipeline.screen_manifests(std::slice::from_ref(&manifest), &origin, now);
                (manifest, processed)
            })
            .collect::<Vec<_>>()
    })
    .await;
    let Ok(screened) = screened else {
        tracing::error!("screening answered passengers again failed");
        return;
    };
    let policy = service.pipeline.policy().clone();
    for (manifest, processed) in screened {
        let answers: Vec<PassengerAnswer> = answer::passengers(&processed.decisions, &policy);
        let changed = service.iapi.book.revise(&manifest, answers);
        if changed.is_empty() {
            continue;
        }
        let carrier = manifest.flight.carrier.clone().unwrap_or_default();
        let (update, _sequence) = send_unsolicited(
            service,
            &carrier,
            answer::flight_of(&manifest),
            changed,
            "unsolicited",
            now,
        )
        .await;
        // The alerts of the revised travellers go out too (same ids: revisions).
        let origin = Origin {
            kind: "iapi",
            reference: format!("iapi-{}", update.reference),
            carrier: None,
            position: None,
        };
        if let Err(error) = service.emit(&origin, &[], processed).await {
            tracing::error!(error = %format!("{error:#}"), "writing the alerts of a re-screen");
        }
    }
}

/// Sends a carrier an unsolicited update (`BGM+132`) for `passengers`: counted under `kind`,
/// kept for `GET /v1/iapi/updates`, produced to the directives topic. Returns the update and
/// its sequence number.
pub async fn send_unsolicited(
    service: &Service,
    carrier: &str,
    flight: answer::AnswerFlight,
    passengers: Vec<PassengerAnswer>,
    kind: &str,
    now: DateTime<Utc>,
) -> (Answer, u64) {
    let update = Answer {
        reference: service.iapi.next_reference(),
        transaction_ref: None,
        kind: "unsolicited",
        flight: Some(flight),
        fail_safe: None,
        message_error: None,
        passengers,
    };
    count_directives(service, &update.passengers, kind);
    let cusres = cusres::render(&update.to_cusres(
        &service.validated.config.iapi.sender,
        carrier,
        now.naive_utc(),
    ));
    let sequence = service
        .iapi
        .book
        .push_update(carrier, update.clone(), cusres.clone(), now);
    tracing::info!(reference = %update.reference, sequence, passengers = update.passengers.len(), kind, "unsolicited directive update");
    publish(service, carrier, &update, &cusres).await;
    (update, sequence)
}

#[derive(Debug, Deserialize)]
pub struct DirectiveQuery {
    #[serde(default)]
    flight: Option<String>,
}

/// `GET /v1/iapi/directives`: the carrier's own current directives.
pub async fn directives(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    Query(query): Query<DirectiveQuery>,
) -> Response {
    match carrier_of(&service, &headers) {
        Ok(carrier) => Json(json!({
            "carrier": carrier,
            "directives": service.iapi.book.for_carrier(&carrier, query.flight.as_deref()),
        }))
        .into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Debug, Deserialize)]
pub struct UpdateQuery {
    #[serde(default)]
    since: u64,
}

/// `GET /v1/iapi/updates`: the carrier's own unsolicited updates after `since`.
pub async fn updates(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    Query(query): Query<UpdateQuery>,
) -> Response {
    match carrier_of(&service, &headers) {
        Ok(carrier) => Json(json!({
            "carrier": carrier,
            "updates": service.iapi.book.updates_for(&carrier, query.since),
        }))
        .into_response(),
        Err(refusal) => refusal.into_response(),
    }
}
