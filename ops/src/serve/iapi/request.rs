//! An iAPI request: a PAXLST (one or more passengers at check-in) or the same as JSON, read into
//! manifests the pipeline screens.
//!
//! The JSON form (`Content-Type: application/json`):
//!
//! ```json
//! {
//!   "transaction_ref": "CHK0001",
//!   "flight": { "carrier": "XY", "number": "XY123",
//!               "departure_airport": "CDG", "scheduled_departure": "2026-11-24T10:00:00",
//!               "arrival_airport": "JFK", "scheduled_arrival": "2026-11-24T18:00:00" },
//!   "passengers": [ { "passenger_ref": "P1", "booking_ref": "ABC123",
//!                     "surname": "DOE", "given_names": "JOHN", "date_of_birth": "1980-01-02",
//!                     "gender": "M", "nationality": "FRA",
//!                     "document": { "type": "P", "number": "X1234567",
//!                                   "issuing_country": "FRA", "expiry": "2030-01-01" } } ]
//! }
//! ```
//! Names are normalised as PAXLST names are (ICAO 9303 transliteration, titles); countries
//! accept alpha-3 or alpha-2.

use chrono::{NaiveDate, NaiveDateTime};
use paxscreen_ingest::normalise::{normalise_country, normalise_document_number, normalise_name};
use paxscreen_ingest::{
    Flight, FlightLeg, FlightStop, Gender, Manifest, ManifestKind, MessageType, Role,
    TravelDocument, Traveller,
};
use serde::Deserialize;

/// The JSON request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonRequest {
    /// The carrier's reference of this request, echoed in the answer (RFF+TN).
    #[serde(default)]
    pub transaction_ref: Option<String>,
    /// The flight.
    pub flight: JsonFlight,
    /// Passengers to answer for.
    pub passengers: Vec<JsonPassenger>,
}

/// The flight of a JSON request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonFlight {
    /// Carrier code.
    pub carrier: String,
    /// Flight number, with the carrier code (`XY123`).
    pub number: String,
    /// Departure airport.
    pub departure_airport: String,
    /// Scheduled departure, local time.
    #[serde(default)]
    pub scheduled_departure: Option<NaiveDateTime>,
    /// Arrival airport.
    pub arrival_airport: String,
    /// Scheduled arrival, local time.
    #[serde(default)]
    pub scheduled_arrival: Option<NaiveDateTime>,
}

/// A passenger of a JSON request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonPassenger {
    /// Unique passenger reference: the answer is keyed by it.
    pub passenger_ref: String,
    /// Record locator.
    #[serde(default)]
    pub booking_ref: Option<String>,
    /// Surname as on the document.
    pub surname: String,
    /// Given names.
    #[serde(default)]
    pub given_names: String,
    /// Date of birth.
    #[serde(default)]
    pub date_of_birth: Option<NaiveDate>,
    /// `M`, `F` or `X`.
    #[serde(default)]
    pub gender: Option<String>,
    /// Nationality (alpha-3 or alpha-2).
    #[serde(default)]
    pub nationality: Option<String>,
    /// The travel document.
    #[serde(default)]
    pub document: Option<JsonDocument>,
    /// `passenger` (default) or `crew`.
    #[serde(default)]
    pub crew: bool,
}

/// A travel document of a JSON request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonDocument {
    /// Document type (`P` passport, `I` identity card…).
    #[serde(rename = "type", default = "passport")]
    pub doc_type: String,
    /// Number.
    pub number: String,
    /// Issuing country (alpha-3 or alpha-2).
    #[serde(default)]
    pub issuing_country: Option<String>,
    /// Expiry date.
    #[serde(default)]
    pub expiry: Option<NaiveDate>,
}

fn passport() -> String {
    "P".to_owned()
}

impl JsonRequest {
    /// Returns the request as a manifest, normalised like a PAXLST.
    pub fn into_manifest(self) -> Manifest {
        let flight = self.flight;
        let leg = FlightLeg {
            carrier: Some(flight.carrier.clone()),
            number: Some(flight.number.clone()),
            departure: Some(FlightStop {
                airport: flight.departure_airport.to_ascii_uppercase(),
                scheduled: flight.scheduled_departure,
            }),
            arrival: Some(FlightStop {
                airport: flight.arrival_airport.to_ascii_uppercase(),
                scheduled: flight.scheduled_arrival,
            }),
            crosses_border: true,
        };
        let travellers = self.passengers.into_iter().map(traveller).collect();
        let reference = self.transaction_ref.clone().unwrap_or_default();
        Manifest {
            kind: ManifestKind::PassengerList,
            message_type: MessageType::Paxlst,
            version: None,
            message_ref: reference,
            interchange_ref: None,
            common_access_ref: None,
            sender: Some(flight.carrier.clone()),
            recipient: None,
            prepared: None,
            parts: 1,
            change_code: None,
            transaction_ref: self.transaction_ref,
            reporting_party: None,
            flight: Flight {
                carrier: Some(flight.carrier),
                number: Some(flight.number),
                legs: vec![leg],
            },
            travellers,
            bookings: Vec::new(),
            declared_count: Default::default(),
            warnings: Vec::new(),
        }
    }
}

fn traveller(passenger: JsonPassenger) -> Traveller {
    let mut traveller = Traveller::new(if passenger.crew {
        Role::Crew
    } else {
        Role::Passenger
    });
    let name = normalise_name(&passenger.surname, &passenger.given_names, false);
    traveller.surname = name.surname;
    traveller.given_names = name.given_names;
    traveller.title = name.title;
    traveller.passenger_ref = Some(passenger.passenger_ref);
    traveller.booking_ref = passenger.booking_ref;
    traveller.date_of_birth = passenger.date_of_birth;
    traveller.gender = passenger.gender.as_deref().and_then(Gender::from_code);
    if let Some(nationality) = passenger.nationality {
        traveller.nationality = normalise_country(&nationality);
        if traveller.nationality.is_none() {
            traveller.raw.nationality = Some(nationality);
        }
    }
    if let Some(document) = passenger.document {
        let number = normalise_document_number(&document.number);
        traveller.documents.push(TravelDocument {
            doc_type: document.doc_type.to_ascii_uppercase(),
            number_raw: (number != document.number).then_some(document.number),
            number,
            issuing_country: document
                .issuing_country
                .as_deref()
                .and_then(normalise_country),
            expiry: document.expiry,
            issued: None,
            check_digit_valid: None,
        });
    }
    traveller
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_request_reads_as_a_normalised_manifest() {
        let request: JsonRequest = serde_json::from_str(
            r#"{"transaction_ref":"T1","flight":{"carrier":"XY","number":"XY123","departure_airport":"cdg","arrival_airport":"JFK"},
                "passengers":[{"passenger_ref":"P1","surname":"Müller","given_names":"Jörg","nationality":"DE",
                               "document":{"number":"x 123-45","issuing_country":"DEU"}}]}"#,
        )
        .unwrap();
        let manifest = request.into_manifest();
        let traveller = &manifest.travellers[0];
        assert_eq!(traveller.surname, "MUELLER");
        assert_eq!(traveller.given_names, "JOERG");
        assert_eq!(traveller.nationality.as_deref(), Some("DEU"));
        assert_eq!(traveller.documents[0].number, "X12345");
        assert_eq!(traveller.documents[0].doc_type, "P");
        assert_eq!(
            manifest.flight.legs[0].departure.as_ref().unwrap().airport,
            "CDG"
        );
        assert_eq!(manifest.transaction_ref.as_deref(), Some("T1"));
    }
}
