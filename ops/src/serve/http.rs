//! The HTTP API of the service.
//!
//! - `POST /v1/manifests`: a carrier pushes EDIFACT (PAXLST or PNRGOV) with its key in
//!   `Authorization: Bearer KEY`; the answer comes once every output is written: `202` with the
//!   outcome (alert ids, counts), `422` with the positioned reason when the input is refused (it
//!   is kept as a dead letter), `401` for a missing or unknown key, `503` when the queue is full
//!   (retry after a second).
//! - `POST /v1/iapi`, `GET /v1/iapi/directives`, `GET /v1/iapi/updates`: interactive API for
//!   carriers (see [`super::iapi`]).
//! - `GET /v1/alerts?airport=XXX&limit=N`: alerts of an airport by scheduled arrival; needs the
//!   `alerts_key` of `[server]` (officers' triage with accounts and audit is a separate API).
//! - `GET /metrics` (Prometheus), `GET /healthz` (the process answers), `GET /readyz` (a
//!   watchlist is loaded and the sources run).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use super::pipeline::Origin;
use super::Service;

/// Largest input accepted over HTTP.
const MAX_BODY: usize = 32 * 1024 * 1024;

/// How long a carrier waits for the outcome before the answer says it is still being processed.
const OUTCOME_TIMEOUT: Duration = Duration::from_secs(30);

/// Returns the router.
pub fn router(service: Arc<Service>) -> Router {
    Router::new()
        .route("/v1/manifests", post(submit))
        .route("/v1/alerts", get(alerts))
        .route("/v1/iapi", post(super::iapi::answer_request))
        .route("/v1/iapi/directives", get(super::iapi::directives))
        .route("/v1/iapi/updates", get(super::iapi::updates))
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .merge(super::officer::router())
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .with_state(service)
}

pub(super) fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

pub(super) fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

/// Compares two keys in time independent of where they differ.
pub(super) fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// A request without a known carrier key: answered `401` with the reason.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unauthorised(&'static str);

impl IntoResponse for Unauthorised {
    fn into_response(self) -> Response {
        error(StatusCode::UNAUTHORIZED, self.0)
    }
}

/// Returns the carrier whose key the request carries.
pub(super) fn carrier_of(service: &Service, headers: &HeaderMap) -> Result<String, Unauthorised> {
    let Some(key) = bearer(headers) else {
        return Err(Unauthorised("missing Authorization: Bearer KEY"));
    };
    service
        .validated
        .carrier_keys
        .iter()
        .find(|(_, known)| same_key(known, key))
        .map(|(code, _)| code.clone())
        .ok_or(Unauthorised("unknown API key"))
}

async fn submit(State(service): State<Arc<Service>>, headers: HeaderMap, body: Bytes) -> Response {
    if !service.validated.config.sources.http.enabled {
        return error(StatusCode::NOT_FOUND, "the HTTP source is disabled");
    }
    let carrier = match carrier_of(&service, &headers) {
        Ok(carrier) => carrier,
        Err(refusal) => return refusal.into_response(),
    };
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let reference = format!(
        "http-{}-{}",
        chrono::Utc::now().format("%Y%m%dT%H%M%S"),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let origin = Origin {
        kind: "http",
        reference: reference.clone(),
        carrier: Some(carrier),
        position: None,
    };
    let Some(outcome) = service.try_submit(origin, body.to_vec()) else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "1")],
            Json(json!({ "error": "queue full, retry later", "reference": reference })),
        )
            .into_response();
    };
    match tokio::time::timeout(OUTCOME_TIMEOUT, outcome).await {
        Ok(Ok(outcome)) if outcome.dead_letter.is_some() => {
            (StatusCode::UNPROCESSABLE_ENTITY, Json(outcome)).into_response()
        }
        Ok(Ok(outcome)) => (StatusCode::ACCEPTED, Json(outcome)).into_response(),
        Ok(Err(_)) => error(StatusCode::INTERNAL_SERVER_ERROR, "processing failed"),
        Err(_) => (
            StatusCode::ACCEPTED,
            Json(json!({ "reference": reference, "status": "processing" })),
        )
            .into_response(),
    }
}

#[derive(Debug, Deserialize)]
struct AlertQuery {
    airport: String,
    #[serde(default = "default_limit")]
    limit: usize,
}

fn default_limit() -> usize {
    100
}

async fn alerts(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    Query(query): Query<AlertQuery>,
) -> Response {
    let Some(expected) = &service.validated.config.server.alerts_key else {
        return error(
            StatusCode::FORBIDDEN,
            "alerts are not served: set alerts_key in [server]",
        );
    };
    if !bearer(&headers).is_some_and(|key| same_key(key, expected)) {
        return error(StatusCode::UNAUTHORIZED, "missing or unknown key");
    }
    match service
        .store
        .for_airport(&query.airport, query.limit.min(10_000))
        .await
    {
        Ok(alerts) => Json(alerts).into_response(),
        Err(failure) => {
            tracing::error!(error = %format!("{failure:#}"), "reading alerts");
            error(
                StatusCode::SERVICE_UNAVAILABLE,
                "the alert store is unavailable",
            )
        }
    }
}

async fn metrics(State(service): State<Arc<Service>>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        service.metrics.encode(),
    )
        .into_response()
}

async fn ready(State(service): State<Arc<Service>>) -> Response {
    if service.ready.load(Ordering::SeqCst) {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n").into_response()
    }
}
