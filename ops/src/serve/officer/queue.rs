//! The queue: `GET /v1/officer/alerts`, the alerts of the caller's airports ordered by scheduled
//! arrival, each summarised with the officers' status, with filters.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, NaiveDateTime, Utc};
use paxscreen_ingest::Traveller;
use paxscreen_rules::Directive;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::auth::{officers, Caller};
use super::triage::Disposition;
use crate::serve::alert::{self, FlightView};
use crate::serve::config::AlertTiming;
use crate::serve::http::error;
use crate::serve::Service;

/// Alerts read per airport before filtering.
const READ_PER_AIRPORT: usize = 5_000;

/// An alert as stored, read back (the fields the queue and the detail need).
#[derive(Debug, Clone, Deserialize)]
pub struct StoredAlert {
    /// Id.
    pub id: String,
    /// Arrival airport.
    pub arrival_airport: String,
    /// Scheduled arrival, local time.
    #[serde(default)]
    pub scheduled_arrival: Option<NaiveDateTime>,
    /// Decision deadline.
    #[serde(default)]
    pub deadline: Option<DateTime<Utc>>,
    /// Generated after the scheduled arrival.
    #[serde(default)]
    pub late: bool,
    /// Severity.
    pub severity: String,
    /// `open` or `withdrawn` (the carrier's view).
    pub status: String,
    /// The hit.
    #[serde(default)]
    pub hit: Option<StoredHit>,
    /// Fired rules.
    #[serde(default)]
    pub rules: Vec<StoredRule>,
    /// Directive.
    pub directive: Directive,
    /// The traveller as screened.
    pub traveller: Traveller,
    /// The flight.
    pub flight: FlightView,
}

/// The hit of a stored alert.
#[derive(Debug, Clone, Deserialize)]
pub struct StoredHit {
    /// `watchlist` or `document`.
    pub kind: String,
    /// Score.
    pub score: f32,
    /// List.
    pub list: String,
    /// Entry id (or document number).
    pub entry_id: String,
}

/// A fired rule of a stored alert.
#[derive(Debug, Clone, Deserialize)]
pub struct StoredRule {
    /// Rule id.
    pub id: String,
}

/// One line of the queue.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Alert id.
    pub id: String,
    /// Arrival airport.
    pub arrival_airport: String,
    /// Scheduled arrival, local time as sent.
    pub scheduled_arrival: Option<NaiveDateTime>,
    /// Scheduled arrival in UTC (by the airport's configured offset).
    pub arrival_utc: Option<DateTime<Utc>>,
    /// When officers must have decided.
    pub deadline: Option<DateTime<Utc>>,
    /// Generated after the scheduled arrival.
    pub late: bool,
    /// `low`, `medium`, `high`, `critical`.
    pub severity: String,
    /// `open`, `confirmed`, `dismissed`, `escalated` or `withdrawn`.
    pub status: String,
    /// The directive in force (an officer's override included).
    pub directive: Directive,
    /// `watchlist`, `document` or `rules`.
    pub kind: String,
    /// List of the hit.
    pub list: Option<String>,
    /// Score of the hit.
    pub score: Option<f32>,
    /// The flight.
    pub flight: SummaryFlight,
    /// The traveller.
    pub traveller: SummaryTraveller,
    /// Ids of the rules that fired.
    pub rules: Vec<String>,
}

/// The flight in a queue line.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryFlight {
    /// `XY123`.
    pub designator: String,
    /// Departure airport of the leg that crosses the border.
    pub departure_airport: Option<String>,
    /// Its scheduled departure, local time.
    pub scheduled_departure: Option<NaiveDateTime>,
}

/// The traveller in a queue line.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryTraveller {
    /// Surname.
    pub surname: String,
    /// Given names.
    pub given_names: String,
    /// Date of birth.
    pub date_of_birth: Option<chrono::NaiveDate>,
    /// Nationality.
    pub nationality: Option<String>,
    /// Unique passenger reference.
    pub passenger_ref: Option<String>,
}

/// Returns the officers' status of an alert.
pub fn status_of(alert: &StoredAlert, disposition: Option<&Disposition>) -> String {
    if alert.status == "withdrawn" {
        return "withdrawn".to_owned();
    }
    disposition.map_or("open", |d| d.status.as_str()).to_owned()
}

/// Summarises an alert.
pub fn summarise(
    alert: &StoredAlert,
    disposition: Option<&Disposition>,
    timing: &AlertTiming,
) -> Summary {
    Summary {
        id: alert.id.clone(),
        arrival_airport: alert.arrival_airport.clone(),
        scheduled_arrival: alert.scheduled_arrival,
        arrival_utc: alert
            .scheduled_arrival
            .map(|local| alert::arrival_utc(timing, &alert.arrival_airport, local)),
        deadline: alert.deadline,
        late: alert.late,
        severity: alert.severity.clone(),
        status: status_of(alert, disposition),
        directive: disposition
            .and_then(|d| d.directive_override.as_ref())
            .map_or(alert.directive, |o| o.directive),
        kind: alert
            .hit
            .as_ref()
            .map_or_else(|| "rules".to_owned(), |hit| hit.kind.clone()),
        list: alert.hit.as_ref().map(|hit| hit.list.clone()),
        score: alert.hit.as_ref().map(|hit| hit.score),
        flight: SummaryFlight {
            designator: alert::designator(
                alert.flight.carrier.as_deref(),
                alert.flight.number.as_deref(),
            ),
            departure_airport: alert.flight.departure_airport.clone(),
            scheduled_departure: alert.flight.scheduled_departure,
        },
        traveller: SummaryTraveller {
            surname: alert.traveller.surname.clone(),
            given_names: alert.traveller.given_names.clone(),
            date_of_birth: alert.traveller.date_of_birth,
            nationality: alert.traveller.nationality.clone(),
            passenger_ref: alert.traveller.passenger_ref.clone(),
        },
        rules: alert.rules.iter().map(|rule| rule.id.clone()).collect(),
    }
}

/// `GET /v1/officer/alerts` filters.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    /// One of the caller's airports (default: all of them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airport: Option<String>,
    /// Flight designator (`XY123`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flight: Option<String>,
    /// Severity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// List of the hit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// `active` (default: open and escalated), `open`, `confirmed`, `dismissed`, `escalated`,
    /// `withdrawn` or `all`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Arriving at or after (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<DateTime<Utc>>,
    /// Arriving at or before (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<DateTime<Utc>>,
    /// Most alerts returned (default 200, at most 1,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
}

const STATUSES: [&str; 7] = [
    "active",
    "open",
    "confirmed",
    "dismissed",
    "escalated",
    "withdrawn",
    "all",
];

impl Filters {
    fn keeps(&self, summary: &Summary) -> bool {
        let status = self.status.as_deref().unwrap_or("active");
        let status_ok = match status {
            "all" => true,
            "active" => matches!(summary.status.as_str(), "open" | "escalated"),
            wanted => summary.status == wanted,
        };
        status_ok
            && self
                .flight
                .as_deref()
                .is_none_or(|f| summary.flight.designator.eq_ignore_ascii_case(f.trim()))
            && self
                .severity
                .as_deref()
                .is_none_or(|s| summary.severity == s)
            && self
                .list
                .as_deref()
                .is_none_or(|l| summary.list.as_deref() == Some(l))
            && self
                .from
                .is_none_or(|from| summary.arrival_utc.is_some_and(|at| at >= from))
            && self
                .to
                .is_none_or(|to| summary.arrival_utc.is_some_and(|at| at <= to))
    }
}

/// `GET /v1/officer/alerts`.
pub async fn list(
    State(service): State<Arc<Service>>,
    caller: Caller,
    filters: Result<Query<Filters>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    let Ok(Query(filters)) = filters else {
        return error(
            StatusCode::BAD_REQUEST,
            "unknown or malformed filter: airport, flight, severity, list, status, from, to (RFC 3339), limit",
        );
    };
    if !caller.triages() {
        return error(StatusCode::FORBIDDEN, "admins see no alert data");
    }
    if let Some(status) = filters.status.as_deref() {
        if !STATUSES.contains(&status) {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("status must be one of {}", STATUSES.join(", ")),
            );
        }
    }
    let airports: Vec<String> = match &filters.airport {
        Some(airport) if caller.covers(airport) => vec![airport.clone()],
        Some(_) => {
            let mut event = caller.event("list_alerts", "denied");
            event.airport.clone_from(&filters.airport);
            if let Err(response) = officers.record(event).await {
                return response;
            }
            return error(StatusCode::FORBIDDEN, "not one of your airports");
        }
        None => caller.airports.clone(),
    };
    let limit = filters.limit.unwrap_or(200).clamp(1, 1_000);
    let mut stored = Vec::new();
    for airport in &airports {
        match service.store.for_airport(airport, READ_PER_AIRPORT).await {
            Ok(values) => stored.extend(
                values
                    .into_iter()
                    .filter_map(|value| serde_json::from_value::<StoredAlert>(value).ok()),
            ),
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "reading the alert store");
                return error(StatusCode::SERVICE_UNAVAILABLE, "alert store unavailable");
            }
        }
    }
    let ids: Vec<String> = stored.iter().map(|a| a.id.clone()).collect();
    let dispositions = match officers.triage.get_many(&ids).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "reading dispositions");
            return error(StatusCode::SERVICE_UNAVAILABLE, "triage store unavailable");
        }
    };
    let timing = service.pipeline.timing();
    let mut summaries: Vec<Summary> = stored
        .iter()
        .zip(&dispositions)
        .map(|(alert, disposition)| summarise(alert, disposition.as_ref(), timing))
        .filter(|summary| filters.keeps(summary))
        .collect();
    summaries.sort_by(|a, b| (a.arrival_utc, &a.id).cmp(&(b.arrival_utc, &b.id)));
    summaries.truncate(limit);
    let mut event = caller.event("list_alerts", "ok");
    // Who saw which travellers' names: the ids shown.
    event.detail = json!({
        "filters": filters,
        "ids": summaries.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
    });
    if let Err(response) = officers.record(event).await {
        return response;
    }
    Json(json!({ "now": Utc::now(), "alerts": summaries })).into_response()
}
