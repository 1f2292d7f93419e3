//! Property test: rendering a normalised manifest as PAXLST and parsing it back gives the same
//! manifest, under every delimiter set real senders use. Generators are narrow on purpose: they
//! produce values the parser keeps as they are (normalised names, known countries, whole dates).

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use paxscreen_ingest::edifact::Delimiters;
use paxscreen_ingest::model::*;
use paxscreen_ingest::{parse_with, paxlst, ParseOptions};
use proptest::option;
use proptest::prelude::*;

const COUNTRIES: &[&str] = &[
    "USA", "FRA", "DEU", "GBR", "JPN", "ZAF", "BRA", "IND", "GBD", "XXA",
];
const TITLES: &[&str] = &[
    "MR", "MRS", "MS", "MISS", "MSTR", "MASTER", "DR", "PROF", "SIR", "MME", "MLLE", "REV", "CAPT",
    "CHD", "INF", "INFT",
];

fn country() -> impl Strategy<Value = String> {
    prop::sample::select(COUNTRIES).prop_map(str::to_owned)
}

fn word() -> impl Strategy<Value = String> {
    "[A-Z]{2,10}".prop_filter("not a title", |w| !TITLES.contains(&w.as_str()))
}

fn words(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), min..=max).prop_map(|w| w.join(" "))
}

fn date(from: i32, to: i32) -> impl Strategy<Value = NaiveDate> {
    (from..to, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn date_time(from: i32, to: i32) -> impl Strategy<Value = NaiveDateTime> {
    (date(from, to), 0u32..24, 0u32..60)
        .prop_map(|(d, h, m)| d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap()))
}

/// Free text with characters that must be escaped, no leading or trailing space.
fn text() -> impl Strategy<Value = String> {
    "[A-Z0-9][A-Z0-9 '+:?*$-]{0,14}[A-Z0-9]"
}

fn leg() -> impl Strategy<Value = FlightLeg> {
    (
        "[A-Z]{2}",
        "[1-9][0-9]{0,3}",
        "[A-Z]{3}",
        "[A-Z]{3}",
        option::of(date_time(2000, 2090)),
        option::of(date_time(2000, 2090)),
        any::<bool>(),
    )
        .prop_map(
            |(carrier, number, from, to, departs, arrives, crosses_border)| FlightLeg {
                carrier: Some(carrier),
                number: Some(number),
                departure: Some(FlightStop {
                    airport: from,
                    scheduled: departs,
                }),
                arrival: Some(FlightStop {
                    airport: to,
                    scheduled: arrives,
                }),
                crosses_border,
            },
        )
}

fn document() -> impl Strategy<Value = TravelDocument> {
    (
        prop::sample::select(&["P", "V", "I", "IP", "AC"][..]),
        "[A-Z0-9]{5,12}",
        option::of(country()),
        option::of(date(2000, 2060)),
        option::of(date(1990, 2025)),
    )
        .prop_map(
            |(doc_type, number, issuing_country, expiry, issued)| TravelDocument {
                doc_type: doc_type.to_owned(),
                number,
                issuing_country,
                expiry,
                issued,
                check_digit_valid: None,
                number_raw: None,
            },
        )
}

fn address() -> impl Strategy<Value = Address> {
    (
        option::of(text()),
        option::of(words(1, 2)),
        option::of("[A-Z]{2}"),
        option::of("[0-9]{5}"),
        option::of(country()),
    )
        .prop_map(|(street, city, region, postal_code, country)| Address {
            street,
            city,
            region,
            postal_code,
            country,
        })
        .prop_filter("not empty", |a| *a != Address::default())
}

fn traveller() -> impl Strategy<Value = Traveller> {
    let identity = (
        prop::sample::select(
            &[
                Role::Passenger,
                Role::Crew,
                Role::TransitCrew,
                Role::TransitPassenger,
            ][..],
        ),
        words(1, 2),
        words(0, 3),
        option::of(prop::sample::select(
            &[Gender::M, Gender::F, Gender::U, Gender::X][..],
        )),
        option::of(date(1920, 2020)),
        option::of(country()),
        option::of(country()),
        option::of((country(), option::of(words(1, 2)))),
    );
    let travel = (
        option::of("[A-Z]{3}"),
        option::of("[A-Z]{3}"),
        option::of("[A-Z]{3}"),
        option::of("[A-Z0-9]{6}"),
        option::of("[A-Z0-9]{4,12}"),
        option::of("[0-9]{1,2}[A-K]"),
        option::of("[0-9]{13}"),
        option::of(prop::sample::select(&["CR1", "CR2", "CR3"][..])),
        option::of(any::<bool>()),
        option::of(address()),
        prop::collection::vec(document(), 0..3),
    );
    (identity, travel).prop_map(|(identity, travel)| {
        let (role, surname, given_names, gender, date_of_birth, nationality, residence, birth) =
            identity;
        let (
            clearance,
            embarkation,
            debarkation,
            booking_ref,
            passenger_ref,
            seat,
            ticket,
            crew_function,
            documents_verified,
            address,
            documents,
        ) = travel;
        let mut t = Traveller::new(role);
        t.surname = surname;
        t.given_names = given_names;
        t.gender = gender;
        t.date_of_birth = date_of_birth;
        t.nationality = nationality;
        t.residence = residence;
        if let Some((country, place)) = birth {
            t.birth_country = Some(country);
            t.birth_place = place;
        }
        t.clearance = clearance;
        t.embarkation = embarkation;
        t.debarkation = debarkation;
        t.booking_ref = booking_ref;
        t.passenger_ref = passenger_ref;
        t.seat = seat;
        t.ticket = ticket;
        t.crew_function = crew_function.map(str::to_owned);
        t.documents_verified = documents_verified;
        t.address = address;
        t.documents = documents;
        t
    })
}

fn manifest() -> impl Strategy<Value = Manifest> {
    let header = (
        prop::sample::select(
            &[
                ManifestKind::PassengerList,
                ManifestKind::CrewList,
                ManifestKind::FlightStatus,
            ][..],
        ),
        "[A-Z0-9]{1,14}",
        "[A-Z0-9]{1,14}",
        option::of("[A-Z]{2,8}"),
        option::of("[A-Z]{2,8}"),
        date_time(2000, 2099),
        option::of("[A-Z0-9]{2,8}/[0-9]{6}"),
        prop::sample::select(&["D:02B", "D:05B", "D:12B", "D:15B"][..]),
        option::of(text()),
        option::of(words(1, 3)),
    );
    let body = (
        prop::collection::vec(leg(), 1..4),
        prop::collection::vec(traveller(), 0..6),
        option::of(prop::sample::select(&["CP", "XR", "RP"][..])),
        any::<(bool, bool)>(),
    );
    (header, body).prop_map(|(header, body)| {
        let (
            kind,
            message_ref,
            interchange_ref,
            sender,
            recipient,
            prepared,
            common_access_ref,
            version,
            transaction_ref,
            reporting_party,
        ) = header;
        let (legs, travellers, change_code, (declare_passengers, declare_crew)) = body;
        let border_leg = legs
            .iter()
            .find(|l| l.crosses_border)
            .or(legs.first())
            .cloned()
            .unwrap();
        let passengers = travellers.iter().filter(|t| !t.role.is_crew()).count() as u32;
        let crew = travellers.iter().filter(|t| t.role.is_crew()).count() as u32;
        // A flight status update is only a status update without a change code.
        let change_code = if kind == ManifestKind::FlightStatus {
            None
        } else {
            change_code.map(str::to_owned)
        };
        Manifest {
            kind,
            message_type: MessageType::Paxlst,
            version: Some(version.to_owned()),
            message_ref,
            interchange_ref: Some(interchange_ref),
            common_access_ref,
            sender,
            recipient,
            prepared: Some(prepared),
            parts: 1,
            change_code,
            transaction_ref,
            reporting_party,
            flight: Flight {
                carrier: border_leg.carrier,
                number: border_leg.number,
                legs,
            },
            travellers,
            bookings: Vec::new(),
            declared_count: DeclaredCount {
                passengers: declare_passengers.then_some(passengers),
                crew: declare_crew.then_some(crew),
                bookings: None,
            },
            warnings: Vec::new(),
        }
    })
}

fn delimiters() -> impl Strategy<Value = Delimiters> {
    prop::sample::select(&[":+.? '", ":*.? $", ":-.? *", ":+.?*'"][..])
        .prop_map(|una| Delimiters::from_una(una.as_bytes(), 0).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn render_then_parse_gives_the_manifest_back(manifest in manifest(), delimiters in delimiters()) {
        let rendered = paxlst::render(&manifest, &delimiters);
        let options = ParseOptions { today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap() };
        let mut parsed = parse_with(rendered.as_bytes(), &options)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{rendered}")))?;
        prop_assert_eq!(parsed.len(), 1);
        // Each traveller's excerpt is its segments as sent, starting at its NAD.
        for traveller in &mut parsed[0].travellers {
            let excerpt = traveller.excerpt.take().unwrap_or_default();
            prop_assert!(excerpt.starts_with("NAD"), "{}", excerpt);
            for segment in excerpt.lines() {
                prop_assert!(rendered.contains(segment), "{} not in\n{}", segment, rendered);
            }
        }
        prop_assert_eq!(&parsed[0], &manifest, "rendered:\n{}", rendered);
    }
}
