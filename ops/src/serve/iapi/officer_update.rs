//! A directive an officer gave (an override from the triage page) sent to the traveller's
//! carrier as an unsolicited update (`BGM+132`), like a directive changed by a watchlist update:
//! kept for `GET /v1/iapi/updates`, produced to the directives topic, and, when the passenger was
//! answered over iAPI, replacing the held answer that `GET /v1/iapi/directives` returns.

use chrono::{DateTime, Utc};
use paxscreen_ingest::cusres::ResponseLeg;
use paxscreen_rules::Directive;

use super::answer::{self, AnswerFlight, PassengerAnswer};
use crate::serve::alert;
use crate::serve::officer::queue::StoredAlert;
use crate::serve::Service;

/// Sends the update; returns its sequence number, or `None` when the carrier cannot be told
/// (no carrier code or no unique passenger reference in the manifest).
pub async fn send(
    service: &Service,
    alert: &StoredAlert,
    directive: Directive,
    now: DateTime<Utc>,
) -> Option<u64> {
    let carrier = alert.flight.carrier.clone().filter(|c| !c.is_empty())?;
    let passenger_ref = alert
        .traveller
        .passenger_ref
        .clone()
        .filter(|r| !r.is_empty())?;
    let designator = alert::designator(Some(&carrier), alert.flight.number.as_deref());
    let passenger = PassengerAnswer {
        passenger_ref,
        booking_ref: alert.traveller.booking_ref.clone(),
        directive,
        text: service.pipeline.policy().text(directive).to_owned(),
    };
    let date = alert
        .flight
        .scheduled_departure
        .map(|at| at.date().to_string())
        .unwrap_or_default();
    let held = service
        .iapi
        .book
        .replace_answer(&(carrier.clone(), designator.clone(), date), &passenger);
    let flight = held.as_ref().map_or_else(
        || AnswerFlight {
            carrier: carrier.clone(),
            number: designator,
            legs: vec![ResponseLeg {
                departure_airport: alert.flight.departure_airport.clone().unwrap_or_default(),
                arrival_airport: alert.arrival_airport.clone(),
                departure: alert.flight.scheduled_departure,
                arrival: alert.scheduled_arrival,
            }],
        },
        answer::flight_of,
    );
    let (_update, sequence) =
        super::send_unsolicited(service, &carrier, flight, vec![passenger], "officer", now).await;
    Some(sequence)
}
