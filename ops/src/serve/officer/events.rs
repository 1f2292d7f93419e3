//! Live updates: `GET /v1/officer/events`, a server-sent event stream that says which alerts of
//! the caller's airports are new, revised or triaged (`event: alerts`, data
//! `{"airport":"LHR","ids":["…"]}`), so that the page refreshes its queue at once. The ids
//! carry no personal data; the page fetches what it shows (and that is audited).

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::Serialize;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;

use super::auth::{officers, Caller};
use crate::serve::http::error;
use crate::serve::Service;

/// Alerts of one airport that changed.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    /// The arrival airport.
    pub airport: String,
    /// The alerts' ids.
    pub ids: Vec<String>,
    /// Set when this listener missed events (too slow): refetch everything.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub lagged: bool,
}

/// `GET /v1/officer/events`.
pub async fn stream(State(service): State<Arc<Service>>, caller: Caller) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    if !caller.triages() {
        return error(StatusCode::FORBIDDEN, "admins see no alert data");
    }
    let airports = caller.airports.clone();
    let mut closing = officers.closing.subscribe();
    let events = BroadcastStream::new(officers.events.subscribe())
        .filter_map(move |message| {
            let changed = match message {
                Ok(changed) if airports.contains(&changed.airport) => Some(changed),
                Ok(_) => None,
                Err(BroadcastStreamRecvError::Lagged(_)) => Some(Changed {
                    airport: String::new(),
                    ids: Vec::new(),
                    lagged: true,
                }),
            };
            std::future::ready(changed.map(|changed| {
                Ok::<_, Infallible>(
                    Event::default()
                        .event("alerts")
                        .json_data(&changed)
                        .unwrap_or_default(),
                )
            }))
        })
        // The stream ends when the service stops, so that a graceful stop does not wait for
        // open pages.
        .take_until(async move {
            let _closed = closing.wait_for(|closed| *closed).await;
        });
    Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}
