//! Builders shared by the unit tests: a two-leg flight IST → FRA → JFK (the second leg crosses
//! the border) with one traveller and their booking, and helpers to run a condition over it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use paxscreen_ingest::model::{
    Agency, Bags, Booking, DeclaredCount, Flight, FlightLeg, FlightStop, Gender, Manifest,
    ManifestKind, MessageType, Payment, Role, Segment, ServiceRequest, Ticket, TravelDocument,
    Traveller,
};

use crate::facts::Facts;
use crate::ruleset::RuleSet;

pub(crate) fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
}

pub(crate) fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Evaluation time: the night before the flight.
pub(crate) fn now() -> DateTime<Utc> {
    at("2026-03-10T00:00").and_utc()
}

pub(crate) fn stop(airport: &str, scheduled: &str) -> Option<FlightStop> {
    Some(FlightStop {
        airport: airport.to_owned(),
        scheduled: Some(at(scheduled)),
    })
}

pub(crate) fn leg(from: &str, departs: &str, to: &str, arrives: &str, crosses: bool) -> FlightLeg {
    FlightLeg {
        carrier: Some("XY".to_owned()),
        number: Some("123".to_owned()),
        departure: stop(from, departs),
        arrival: stop(to, arrives),
        crosses_border: crosses,
    }
}

pub(crate) fn segment(from: &str, departs: &str, to: &str, arrives: &str) -> Segment {
    Segment {
        carrier: Some("XY".to_owned()),
        number: Some("123".to_owned()),
        departure: stop(from, departs),
        arrival: stop(to, arrives),
        ..Segment::default()
    }
}

pub(crate) fn passport(number: &str, expiry: &str) -> TravelDocument {
    TravelDocument {
        doc_type: "P".to_owned(),
        number: number.to_owned(),
        issuing_country: Some("NGA".to_owned()),
        expiry: Some(date(expiry)),
        issued: None,
        check_digit_valid: Some(true),
        number_raw: None,
    }
}

pub(crate) fn traveller() -> Traveller {
    let mut traveller = Traveller::new(Role::Passenger);
    traveller.surname = "DOE".to_owned();
    traveller.given_names = "JOHN".to_owned();
    traveller.gender = Some(Gender::M);
    traveller.date_of_birth = Some(date("1990-03-10"));
    traveller.nationality = Some("NGA".to_owned());
    traveller.residence = Some("TUR".to_owned());
    traveller.birth_country = Some("NGA".to_owned());
    traveller.embarkation = Some("IST".to_owned());
    traveller.debarkation = Some("JFK".to_owned());
    traveller.booking_ref = Some("ABC123".to_owned());
    traveller.seat = Some("23F".to_owned());
    traveller.ticket = Some("2202412345699".to_owned());
    traveller.bags = Some(Bags {
        count: Some(3),
        weight_kg: Some(61.5),
        tags: Vec::new(),
    });
    traveller.documents_verified = Some(false);
    traveller.documents = vec![passport("A09876543", "2026-03-20")];
    traveller
}

/// A one-way booking IST → FRA → JFK made the day before, paid in cash.
pub(crate) fn booking() -> Booking {
    Booking {
        record_locator: "ABC123".to_owned(),
        created: Some(at("2026-03-09T20:00")),
        travellers: vec![0],
        itinerary: vec![
            segment("IST", "2026-03-10T08:00", "FRA", "2026-03-10T10:30"),
            segment("FRA", "2026-03-10T13:00", "JFK", "2026-03-10T16:00"),
        ],
        payments: vec![Payment {
            kind: "CA".to_owned(),
            ..Payment::default()
        }],
        tickets: vec![Ticket {
            number: "2202412345699".to_owned(),
            kind: Some("T".to_owned()),
            issued: Some(date("2026-03-09")),
            issue_place: None,
        }],
        agency: Some(Agency {
            iata_number: Some("12345675".to_owned()),
            country: Some("TUR".to_owned()),
            ..Agency::default()
        }),
        ssrs: vec![
            ServiceRequest {
                code: "DOCS".to_owned(),
                status: Some("HK".to_owned()),
                text: None,
            },
            ServiceRequest {
                code: "WCHR".to_owned(),
                status: Some("NN".to_owned()),
                text: None,
            },
        ],
        ..Booking::default()
    }
}

pub(crate) fn manifest() -> Manifest {
    Manifest {
        kind: ManifestKind::Pnr,
        message_type: MessageType::Pnrgov,
        version: None,
        message_ref: "1".to_owned(),
        interchange_ref: None,
        common_access_ref: None,
        sender: None,
        recipient: None,
        prepared: None,
        parts: 1,
        change_code: None,
        transaction_ref: None,
        reporting_party: None,
        flight: Flight {
            carrier: Some("XY".to_owned()),
            number: Some("123".to_owned()),
            legs: vec![
                leg("IST", "2026-03-10T08:00", "FRA", "2026-03-10T10:30", false),
                leg("FRA", "2026-03-10T13:00", "JFK", "2026-03-10T16:00", true),
            ],
        },
        travellers: vec![traveller()],
        bookings: vec![booking()],
        declared_count: DeclaredCount::default(),
        warnings: Vec::new(),
    }
}

/// Returns a rule file with one rule whose `when` is `condition` (an inline TOML table).
pub(crate) fn rule_file(condition: &str) -> String {
    format!(
        "[groups]\nschengen = [\"AUT\", \"DEU\", \"FRA\"]\nhubs = [\"IST\", \"DXB\"]\n\n\
         [[rule]]\nid = \"R-TEST\"\ndescription = \"test\"\nseverity = \"low\"\nwhen = {condition}\n"
    )
}

/// Returns true when the condition holds for the first traveller of the manifest.
pub(crate) fn holds_for(manifest: &Manifest, condition: &str) -> bool {
    let rules = RuleSet::parse(&rule_file(condition))
        .unwrap_or_else(|error| panic!("{condition}: {error}"));
    !rules.evaluate(&Facts::new(manifest, 0), now()).is_empty()
}

/// Returns true when the condition holds for the default traveller.
pub(crate) fn holds(condition: &str) -> bool {
    holds_for(&manifest(), condition)
}
