//! Renders a [`Manifest`] as a PAXLST interchange: the inverse of the parser, used by round-trip
//! tests, by load generators and by anyone who needs a well-formed message from data.
//!
//! Dates are written with explicit centuries (format 102 / 203) so that nothing depends on
//! century inference; values are escaped with the release character by the shared
//! [`Writer`], one segment per line.

use chrono::{NaiveDate, NaiveDateTime};

use crate::edifact::{Delimiters, Writer};
use crate::model::{Gender, Manifest, ManifestKind, Role, TravelDocument, Traveller};

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn date_time(d: NaiveDateTime) -> String {
    d.format("%Y%m%d%H%M").to_string()
}

/// Renders the manifest as one single-part PAXLST message in one interchange.
pub fn render(manifest: &Manifest, delimiters: &Delimiters) -> String {
    let mut w = Writer::new(*delimiters).line_per_segment();
    w.service_string_advice();
    let interchange_ref = manifest
        .interchange_ref
        .clone()
        .unwrap_or_else(|| "1".to_owned());
    let prepared = manifest
        .prepared
        .map(|p| (p.format("%y%m%d").to_string(), p.format("%H%M").to_string()));
    let (prepared_date, prepared_time) = prepared.unwrap_or_default();
    w.segment(
        "UNB",
        &[
            &["UNOW", "4"],
            &[manifest.sender.as_deref().unwrap_or("")],
            &[manifest.recipient.as_deref().unwrap_or("")],
            &[&prepared_date, &prepared_time],
            &[&interchange_ref],
            &[],
            &["APIS"],
        ],
    );
    let version = manifest
        .version
        .clone()
        .unwrap_or_else(|| "D:05B".to_owned());
    let mut version_parts = version.splitn(2, ':');
    let (directory, release) = (
        version_parts.next().unwrap_or("D"),
        version_parts.next().unwrap_or("05B"),
    );
    w.segment(
        "UNH",
        &[
            &[&manifest.message_ref],
            &["PAXLST", directory, release, "UN", "IATA"],
            &[manifest.common_access_ref.as_deref().unwrap_or("")],
            &["01", "F"],
        ],
    );
    let document_code = match manifest.kind {
        ManifestKind::CrewList => "250",
        ManifestKind::FlightStatus => "266",
        _ => "745",
    };
    w.segment(
        "BGM",
        &[
            &[document_code],
            &[manifest.change_code.as_deref().unwrap_or("")],
        ],
    );
    if let Some(transaction) = &manifest.transaction_ref {
        w.segment("RFF", &[&["TN", transaction]]);
    }
    if let Some(party) = &manifest.reporting_party {
        w.segment("NAD", &[&["MS"], &[], &[], &[party]]);
    }
    for leg in &manifest.flight.legs {
        let identifier = format!(
            "{}{}",
            leg.carrier.as_deref().unwrap_or(""),
            leg.number.as_deref().unwrap_or("")
        );
        w.segment(
            "TDT",
            &[
                &["20"],
                &[&identifier],
                &[],
                &[],
                &[leg.carrier.as_deref().unwrap_or("")],
            ],
        );
        let (departure_code, arrival_code) = if leg.crosses_border {
            ("125", "87")
        } else {
            ("92", "92")
        };
        for (stop, code, time_code) in [
            (&leg.departure, departure_code, "189"),
            (&leg.arrival, arrival_code, "232"),
        ] {
            if let Some(stop) = stop {
                w.segment("LOC", &[&[code], &[&stop.airport]]);
                if let Some(scheduled) = stop.scheduled {
                    w.segment("DTM", &[&[time_code, &date_time(scheduled), "203"]]);
                }
            }
        }
    }
    for traveller in &manifest.travellers {
        render_traveller(&mut w, traveller);
    }
    if let Some(passengers) = manifest.declared_count.passengers {
        w.segment("CNT", &[&["42", &passengers.to_string()]]);
    }
    if let Some(crew) = manifest.declared_count.crew {
        w.segment("CNT", &[&["41", &crew.to_string()]]);
    }
    w.message_trailer(&manifest.message_ref);
    w.segment("UNZ", &[&["1"], &[&interchange_ref]]);
    w.finish()
}

fn render_traveller(w: &mut Writer, t: &Traveller) {
    let qualifier = match t.role {
        Role::Passenger => "FL",
        Role::Crew => "FM",
        Role::TransitCrew => "DDT",
        Role::TransitPassenger => "DDU",
        Role::Unspecified => "ZZZ",
    };
    let mut name: Vec<&str> = vec![&t.surname];
    name.extend(t.given_names.split(' ').filter(|g| !g.is_empty()));
    let address = t.address.clone().unwrap_or_default();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let (street, city, region, postal, country) = (
        text(&address.street),
        text(&address.city),
        text(&address.region),
        text(&address.postal_code),
        text(&address.country),
    );
    w.segment(
        "NAD",
        &[
            &[qualifier],
            &[],
            &[],
            &name,
            &[&street],
            &[&city],
            &[&region],
            &[&postal],
            &[&country],
        ],
    );
    if let Some(gender) = t.gender {
        let code = match gender {
            Gender::M => "M",
            Gender::F => "F",
            Gender::U => "U",
            Gender::X => "X",
        };
        w.segment("ATT", &[&["2"], &[], &[code]]);
    }
    if let Some(dob) = t.date_of_birth {
        w.segment("DTM", &[&["329", &date(dob), "102"]]);
    }
    if let Some(function) = &t.crew_function {
        w.segment("EMP", &[&["1"], &[function, "110", "111"]]);
    }
    if let Some(verified) = t.documents_verified {
        w.segment("GEI", &[&["4"], &[if verified { "173" } else { "174" }]]);
    }
    let locations = [
        ("22", &t.clearance),
        ("174", &t.residence),
        ("178", &t.embarkation),
        ("179", &t.debarkation),
    ];
    for (code, value) in locations {
        if let Some(value) = value {
            w.segment("LOC", &[&[code], &[value]]);
        }
    }
    if t.birth_country.is_some() || t.birth_place.is_some() {
        let country = text(&t.birth_country);
        let place = text(&t.birth_place);
        w.segment("LOC", &[&["180"], &[&country, "", "", &place]]);
    }
    if let Some(nationality) = &t.nationality {
        w.segment("NAT", &[&["2"], &[nationality]]);
    }
    let references = [
        ("AVF", &t.booking_ref),
        ("ABO", &t.passenger_ref),
        ("SEA", &t.seat),
        ("YZY", &t.ticket),
    ];
    for (code, value) in references {
        if let Some(value) = value {
            w.segment("RFF", &[&[code, value]]);
        }
    }
    for document in &t.documents {
        render_document(w, document);
    }
}

fn render_document(w: &mut Writer, d: &TravelDocument) {
    w.segment("DOC", &[&[&d.doc_type, "110", "111"], &[&d.number]]);
    if let Some(expiry) = d.expiry {
        w.segment("DTM", &[&["36", &date(expiry), "102"]]);
    }
    if let Some(issued) = d.issued {
        w.segment("DTM", &[&["182", &date(issued), "102"]]);
    }
    if let Some(country) = &d.issuing_country {
        w.segment("LOC", &[&["91"], &[country]]);
    }
}
