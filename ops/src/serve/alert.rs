//! Alerts: what the arrival airport's officers receive for each hit, with a deterministic id so
//! that a replayed or updated manifest revises an alert instead of duplicating it.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use paxscreen_ingest::{Manifest, Traveller};
use paxscreen_rules::{Directive, Fired, Severity};
use paxscreen_screening::{Hit, HitKind};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::config::AlertTiming;

/// One alert. The JSON form is documented in the README.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// Deterministic id: the same flight, traveller and list entry always give the same id.
    pub id: String,
    /// Arrival airport whose officers must decide (IATA code; `UNKNOWN` when not sent).
    pub arrival_airport: String,
    /// Scheduled arrival at that airport, local time as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_arrival: Option<NaiveDateTime>,
    /// When an officer must have decided (UTC): the scheduled arrival minus the configured
    /// margin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DateTime<Utc>>,
    /// True when the alert was generated after the scheduled arrival: still sent, flagged.
    pub late: bool,
    /// `low`, `medium`, `high` or `critical`: the highest of the hit's (`high` for a document
    /// match or a score ≥ 0.95, else `medium`) and of the rules that fired.
    pub severity: String,
    /// `open`, or `withdrawn` when the carrier cancelled the traveller's reservation (a
    /// manifest update with BGM change code `XR`): the alert of the same id is revised, not
    /// removed, so that officers see why it left their queue.
    pub status: String,
    /// The hit: kind, score, list, entry id, reasons. Absent for an alert raised by targeting
    /// rules alone (one per traveller, naming every rule that fired).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hit: Option<Hit>,
    /// The targeting rules that fired on this traveller (id, description, severity, action).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Fired>,
    /// The directive the traveller's carrier is given (`0Z` OK to board, `1Z` do not board,
    /// `2Z` contact government, `4Z` insufficient data).
    pub directive: Directive,
    /// The traveller as screened.
    pub traveller: Traveller,
    /// The flight.
    pub flight: FlightView,
    /// Where the alert came from.
    pub source: SourceView,
    /// Set by the flight's close-out: `boarded` or `not_boarded` (the alert's severity is then
    /// lowered to `low`, the earlier one kept in `severity_before_close_out`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boarding: Option<String>,
    /// Set by the close-out when the traveller boarded although the directive was `1Z` or `2Z`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub boarded_against_directive: bool,
    /// When the alert was generated (UTC).
    pub generated_at: DateTime<Utc>,
}

/// An alert ready for the outputs: what routes and orders it, and its JSON, serialised once
/// for every output (Kafka, Redis, the alerts file).
#[derive(Debug, Clone)]
pub struct Encoded {
    /// Alert id.
    pub id: String,
    /// Arrival airport (the Kafka key and the store's queue).
    pub arrival_airport: String,
    /// Scheduled arrival (the store's order).
    pub scheduled_arrival: Option<NaiveDateTime>,
    /// The flight's key (see [`flight_key`]): close-outs find the flight's alerts by it.
    pub flight_key: String,
    /// Its JSON, one line.
    pub json: String,
}

impl Encoded {
    /// Serialises an alert.
    ///
    /// # Errors
    /// The alert cannot be serialised (not expected: every field is plain data).
    pub fn of(alert: &Alert) -> serde_json::Result<Encoded> {
        Ok(Encoded {
            id: alert.id.clone(),
            arrival_airport: alert.arrival_airport.clone(),
            scheduled_arrival: alert.scheduled_arrival,
            flight_key: flight_key(&alert.flight),
            json: serde_json::to_string(alert)?,
        })
    }

    /// Re-encodes a revised alert read back from a store, keeping its routing.
    ///
    /// # Errors
    /// The value cannot be serialised (not expected).
    pub fn revised(&self, value: &serde_json::Value) -> serde_json::Result<Encoded> {
        Ok(Encoded {
            json: serde_json::to_string(value)?,
            ..self.clone()
        })
    }
}

/// Serialises each alert once.
///
/// # Errors
/// An alert cannot be serialised (not expected: every field is plain data).
pub fn encode(alerts: &[Alert]) -> serde_json::Result<Vec<Encoded>> {
    alerts.iter().map(Encoded::of).collect()
}

/// Returns the flight designator, carrier code and number (`XY123`).
pub fn designator(carrier: Option<&str>, number: Option<&str>) -> String {
    let carrier = carrier.unwrap_or_default();
    let number = number.unwrap_or_default();
    if number.is_empty() || number.starts_with(carrier) {
        number.to_owned()
    } else {
        format!("{carrier}{number}")
    }
}

/// Returns the key of a flight: designator and scheduled departure date (`XY123/2026-12-01`).
pub fn flight_key(flight: &FlightView) -> String {
    format!(
        "{}/{}",
        designator(flight.carrier.as_deref(), flight.number.as_deref()),
        flight
            .scheduled_departure
            .map(|at| at.date().to_string())
            .unwrap_or_default()
    )
}

/// The flight of an alert.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct FlightView {
    /// Carrier code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Flight number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Departure airport of the leg that crosses the border.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departure_airport: Option<String>,
    /// Scheduled departure of that leg, local time as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_departure: Option<NaiveDateTime>,
}

/// The input an alert came from: a reference, never the content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceView {
    /// `http`, `directory` or `kafka`.
    pub kind: String,
    /// Input reference (request id, file name, topic/partition/offset).
    pub reference: String,
    /// UNH message reference.
    pub message_ref: String,
    /// BGM change code (`CP`, `XR`…) when the manifest revises an earlier one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_code: Option<String>,
    /// The traveller's segments as sent (PAXLST), one per line: the evidence officers trace the
    /// alert back to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
}

/// Returns the flight of a manifest as alerts show it.
pub fn flight_view(manifest: &Manifest) -> FlightView {
    let departure = arrival_leg(manifest).and_then(|leg| leg.departure.as_ref());
    FlightView {
        carrier: manifest.flight.carrier.clone(),
        number: manifest.flight.number.clone(),
        departure_airport: departure.map(|stop| stop.airport.clone()),
        scheduled_departure: departure.and_then(|stop| stop.scheduled),
    }
}

/// Returns the leg whose arrival officers must act on: the first that crosses the border, else
/// the last (the rules' `flight.*` fields read the same leg).
pub use paxscreen_rules::facts::arrival_leg;

/// Returns the key of a traveller within a flight: the passenger reference when the carrier
/// sends one, else a digest of the name and date of birth (so that the key carries no personal
/// data in clear).
pub fn traveller_key(traveller: &Traveller) -> String {
    match &traveller.passenger_ref {
        Some(reference) if !reference.is_empty() => format!("ref:{reference}"),
        _ => format!(
            "name:{}/{}/{}",
            traveller.surname,
            traveller.given_names,
            traveller
                .date_of_birth
                .map(|d| d.to_string())
                .unwrap_or_default()
        ),
    }
}

/// What every alert of one traveller shares.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    /// The manifest.
    pub manifest: &'a Manifest,
    /// The traveller.
    pub traveller: &'a Traveller,
    /// The rules that fired on the traveller.
    pub fired: &'a [Fired],
    /// The traveller's directive.
    pub directive: Directive,
    /// Source kind and reference.
    pub source: (&'a str, &'a str),
}

/// Returns the severity of a hit: `high` for a document match or a score ≥ 0.95, else `medium`.
pub fn hit_severity(hit: &Hit) -> Severity {
    if hit.kind == HitKind::Document || hit.score >= 0.95 {
        Severity::High
    } else {
        Severity::Medium
    }
}

/// Returns a scheduled arrival (local time at `airport`, as sent) in UTC, by the airport's
/// configured offset (UTC when none is configured).
pub fn arrival_utc(timing: &AlertTiming, airport: &str, local: NaiveDateTime) -> DateTime<Utc> {
    let offset = timing
        .airport_utc_offsets
        .get(airport)
        .copied()
        .unwrap_or(0.0);
    local.and_utc() - Duration::minutes((offset * 60.0).round() as i64)
}

/// Builds the alert for a hit, or for the rules that fired when `hit` is `None`.
pub fn build(
    subject: Subject<'_>,
    hit: Option<Hit>,
    timing: &AlertTiming,
    now: DateTime<Utc>,
) -> Alert {
    let Subject {
        manifest,
        traveller,
        fired,
        directive,
        source,
    } = subject;
    let leg = arrival_leg(manifest);
    let arrival = leg.and_then(|leg| leg.arrival.as_ref());
    let arrival_airport = arrival
        .map(|stop| stop.airport.clone())
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| "UNKNOWN".to_owned());
    let scheduled_arrival = arrival.and_then(|stop| stop.scheduled);
    let arrival_utc = scheduled_arrival.map(|local| arrival_utc(timing, &arrival_airport, local));
    let deadline =
        arrival_utc.map(|arrival| arrival - Duration::minutes(timing.decision_margin_minutes));
    let flight = flight_view(manifest);
    let (kind, list, entry) = match &hit {
        Some(hit) => (
            match hit.kind {
                HitKind::Watchlist => "watchlist",
                HitKind::Document => "document",
            },
            hit.list.as_str(),
            hit.entry_id.as_str(),
        ),
        None => ("rules", "", ""),
    };
    let mut digest = Sha256::new();
    for part in [
        flight.carrier.as_deref().unwrap_or(""),
        flight.number.as_deref().unwrap_or(""),
        flight.departure_airport.as_deref().unwrap_or(""),
        &flight
            .scheduled_departure
            .map(|d| d.date().to_string())
            .unwrap_or_default(),
        &arrival_airport,
        &traveller_key(traveller),
        kind,
        list,
        entry,
    ] {
        digest.update(part.as_bytes());
        digest.update([0x1f]);
    }
    let id: String = digest.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let severity = hit
        .iter()
        .map(hit_severity)
        .chain(fired.iter().map(|rule| rule.severity))
        .max()
        .unwrap_or(Severity::Medium);
    let status = if manifest.change_code.as_deref() == Some("XR") {
        "withdrawn"
    } else {
        "open"
    };
    Alert {
        id,
        arrival_airport,
        scheduled_arrival,
        deadline,
        late: arrival_utc.is_some_and(|arrival| now > arrival),
        severity: severity.as_str().to_owned(),
        status: status.to_owned(),
        hit,
        rules: fired.to_vec(),
        directive,
        traveller: traveller.clone(),
        flight,
        source: SourceView {
            kind: source.0.to_owned(),
            reference: source.1.to_owned(),
            message_ref: manifest.message_ref.clone(),
            change_code: manifest.change_code.clone(),
            excerpt: traveller.excerpt.clone(),
        },
        generated_at: now,
        boarding: None,
        boarded_against_directive: false,
    }
}
