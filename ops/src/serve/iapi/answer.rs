//! The answer to an iAPI request: a directive per passenger, keyed by the unique passenger
//! reference, as JSON and as an EDIFACT CUSRES. Carriers see directives and the agent text,
//! never list contents, scores or reasons.

use chrono::NaiveDateTime;
use paxscreen_ingest::cusres::{
    Interchange, MessageError, PassengerResponse, Response, ResponseKind, ResponseLeg,
};
use paxscreen_ingest::Manifest;
use paxscreen_rules::{Directive, Policy};
use serde::Serialize;

use crate::serve::pipeline::TravellerDecision;

/// ERC code of a message-level refusal (`ERP+1`).
pub const MESSAGE_REFUSED: &str = "1";

/// The directive for one passenger.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassengerAnswer {
    /// Unique passenger reference (RFF+ABO) as sent; `#N` (position in the request) when none
    /// was sent.
    pub passenger_ref: String,
    /// Record locator (RFF+AVF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub booking_ref: Option<String>,
    /// `0Z` OK to board, `1Z` do not board, `2Z` contact government, `4Z` insufficient data.
    pub directive: Directive,
    /// Text for the check-in agent.
    pub text: String,
}

/// The flight an answer is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerFlight {
    /// Carrier code.
    pub carrier: String,
    /// Flight, carrier code and number (`XY123`).
    pub number: String,
    /// Legs: airports and scheduled times as sent.
    pub legs: Vec<ResponseLeg>,
}

/// A whole answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// Our reference of this answer (the CUSRES interchange and message reference).
    pub reference: String,
    /// The carrier's reference of the request (RFF+TN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_ref: Option<String>,
    /// `answer` (BGM 962) or `unsolicited` (BGM 132: a later change).
    pub kind: &'static str,
    /// The flight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flight: Option<AnswerFlight>,
    /// Set when screening could not run and the directives are the configured fail-safe:
    /// `not_ready` (no watchlist loaded yet), `deadline_exceeded` or `screening_failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_safe: Option<&'static str>,
    /// Set when the whole request was refused (ERP+1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_error: Option<MessageError>,
    /// One directive per passenger, in request order.
    pub passengers: Vec<PassengerAnswer>,
}

/// Returns the flight designator, carrier code and number (`XY123`), as RFF+AF carries it.
pub fn designator(manifest: &Manifest) -> String {
    crate::serve::alert::designator(
        manifest.flight.carrier.as_deref(),
        manifest.flight.number.as_deref(),
    )
}

/// Returns the flight of a manifest as an answer shows it.
pub fn flight_of(manifest: &Manifest) -> AnswerFlight {
    AnswerFlight {
        carrier: manifest.flight.carrier.clone().unwrap_or_default(),
        number: designator(manifest),
        legs: manifest
            .flight
            .legs
            .iter()
            .map(|leg| ResponseLeg {
                departure_airport: leg
                    .departure
                    .as_ref()
                    .map(|s| s.airport.clone())
                    .unwrap_or_default(),
                arrival_airport: leg
                    .arrival
                    .as_ref()
                    .map(|s| s.airport.clone())
                    .unwrap_or_default(),
                departure: leg.departure.as_ref().and_then(|s| s.scheduled),
                arrival: leg.arrival.as_ref().and_then(|s| s.scheduled),
            })
            .collect(),
    }
}

/// Returns the reference a passenger is answered under.
pub fn passenger_key(passenger_ref: Option<&str>, position: usize) -> String {
    match passenger_ref {
        Some(reference) if !reference.is_empty() => reference.to_owned(),
        _ => format!("#{}", position + 1),
    }
}

/// Returns the passengers' answers from the pipeline's decisions.
pub fn passengers(decisions: &[TravellerDecision], policy: &Policy) -> Vec<PassengerAnswer> {
    decisions
        .iter()
        .enumerate()
        .map(|(position, decided)| PassengerAnswer {
            passenger_ref: passenger_key(decided.passenger_ref.as_deref(), position),
            booking_ref: decided.booking_ref.clone(),
            directive: decided.decision.directive,
            text: policy.text(decided.decision.directive).to_owned(),
        })
        .collect()
}

/// Returns the fail-safe answer for every passenger of the manifests.
pub fn fail_safe(manifests: &[Manifest], policy: &Policy) -> Vec<PassengerAnswer> {
    manifests
        .iter()
        .flat_map(|m| &m.travellers)
        .enumerate()
        .map(|(position, traveller)| PassengerAnswer {
            passenger_ref: passenger_key(traveller.passenger_ref.as_deref(), position),
            booking_ref: traveller.booking_ref.clone(),
            directive: policy.fail_safe,
            text: policy.text(policy.fail_safe).to_owned(),
        })
        .collect()
}

impl Answer {
    /// Returns the answer as a CUSRES from `sender` to `recipient`, prepared at `prepared`.
    pub fn to_cusres(&self, sender: &str, recipient: &str, prepared: NaiveDateTime) -> Response {
        Response {
            interchange: Interchange {
                sender: sender.to_owned(),
                recipient: recipient.to_owned(),
                control_ref: self.reference.clone(),
                prepared,
            },
            message_ref: self.reference.clone(),
            kind: match self.kind {
                "unsolicited" => ResponseKind::Unsolicited,
                _ => ResponseKind::Answer,
            },
            transaction_ref: self.transaction_ref.clone(),
            flight: self
                .flight
                .as_ref()
                .map(|f| f.number.clone())
                .filter(|n| !n.is_empty()),
            legs: self
                .flight
                .as_ref()
                .map(|f| f.legs.clone())
                .unwrap_or_default(),
            message_error: self.message_error.clone(),
            passengers: self
                .passengers
                .iter()
                .map(|p| PassengerResponse {
                    booking_ref: p.booking_ref.clone(),
                    passenger_ref: p.passenger_ref.clone(),
                    code: p.directive.code().to_owned(),
                    text: Some(p.text.clone()),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        let request: super::super::request::JsonRequest = serde_json::from_str(
            r#"{"flight":{"carrier":"XY","number":"123","departure_airport":"CDG","arrival_airport":"JFK"},
                "passengers":[{"passenger_ref":"P1","booking_ref":"B1","surname":"A"},{"passenger_ref":"","surname":"B"}]}"#,
        )
        .expect("request");
        request.into_manifest()
    }

    #[test]
    fn the_fail_safe_answers_every_passenger_with_the_configured_directive() {
        let policy = Policy {
            fail_safe: Directive::InsufficientData,
            ..Policy::default()
        };
        let answers = fail_safe(&[manifest()], &policy);
        assert_eq!(answers.len(), 2);
        assert_eq!(answers[0].passenger_ref, "P1");
        assert_eq!(answers[0].booking_ref.as_deref(), Some("B1"));
        assert_eq!(answers[1].passenger_ref, "#2", "no reference: the position");
        assert!(answers
            .iter()
            .all(|a| a.directive == Directive::InsufficientData
                && a.text == policy.text(a.directive)));
        assert_eq!(Policy::default().fail_safe, Directive::ContactGovernment);
    }

    #[test]
    fn the_flight_designator_carries_the_carrier_once() {
        let flight = flight_of(&manifest());
        assert_eq!(flight.number, "XY123");
        assert_eq!(flight.legs[0].departure_airport, "CDG");
    }
}
