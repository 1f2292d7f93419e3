//! A [`Flight`] as one PAXLST interchange (UNA, UNB, UNG, UNH … UNT, UNE, UNZ), written the way
//! the WCO/IATA guide shows: `NAD+FL+++SURNAME:GIVEN`, `ATT+2++M`, `DTM+329:YYMMDD`, `NAT+2`,
//! `RFF+AVF`/`RFF+ABO`, `DOC+P`, `DTM+36`, `LOC+91`, then `CNT+42`. Values are escaped with
//! the release character.

use chrono::{Duration, NaiveDateTime};
use paxscreen_ingest::model::Gender;

use super::flights::{yymmdd, Flight, Passenger};

/// Collects segments and counts those of the message (UNH to UNT).
struct Segments {
    out: String,
    in_message: usize,
}

impl Segments {
    /// Appends a segment whose elements are already escaped.
    fn push(&mut self, segment: &str) {
        self.out.push_str(segment);
        self.out.push('\'');
        self.in_message += 1;
    }
}

/// Escapes the separators and the release character of the default UNA.
fn escape(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '+' | ':' | '\'' | '?') {
            escaped.push('?');
        }
        escaped.push(c);
    }
    escaped
}

fn date_time(at: NaiveDateTime) -> String {
    at.format("%y%m%d%H%M").to_string()
}

/// Renders a flight as one single-part PAXLST message in its own interchange, prepared at
/// `prepared`.
pub fn render(flight: &Flight, prepared: NaiveDateTime) -> Vec<u8> {
    let reference = &flight.message_ref;
    let designator = flight.key();
    let mut segments = Segments {
        out: String::with_capacity(200 + 160 * flight.passengers.len()),
        in_message: 0,
    };
    segments.out.push_str("UNA:+.? '");
    segments.out.push_str(&format!(
        "UNB+UNOA:4+LOADGEN:ZZ+PAXSCREEN:ZZ+{}+{reference}++APIS'",
        prepared.format("%y%m%d:%H%M")
    ));
    segments.out.push_str(&format!(
        "UNG+PAXLST+LOADGEN+PAXSCREEN+{}+{reference}+UN+D:05B'",
        prepared.format("%y%m%d:%H%M")
    ));
    segments.push(&format!(
        "UNH+{reference}+PAXLST:D:05B:UN:IATA+{designator}/{}+01:F",
        flight.departs.format("%y%m%d/%H%M")
    ));
    segments.push("BGM+745");
    segments.push("NAD+MS+++LOADGEN");
    segments.push(&format!("TDT+20+{designator}+++{}", flight.carrier));
    segments.push(&format!("LOC+125+{}", flight.departure));
    segments.push(&format!("DTM+189:{}:201", date_time(flight.departs)));
    segments.push(&format!("LOC+87+{}", flight.arrival));
    segments.push(&format!("DTM+232:{}:201", date_time(flight.arrives)));
    let expiry = (prepared + Duration::days(5 * 365)).date();
    for passenger in &flight.passengers {
        push_passenger(&mut segments, passenger, &yymmdd(expiry));
    }
    segments.push(&format!("CNT+42:{}", flight.passengers.len()));
    let count = segments.in_message + 1;
    segments.push(&format!("UNT+{count}+{reference}"));
    segments.out.push_str(&format!("UNE+1+{reference}'"));
    segments.out.push_str(&format!("UNZ+1+{reference}'"));
    segments.out.into_bytes()
}

fn push_passenger(segments: &mut Segments, passenger: &Passenger, expiry: &str) {
    let name = if passenger.given_names.is_empty() {
        escape(&passenger.surname)
    } else {
        format!(
            "{}:{}",
            escape(&passenger.surname),
            escape(&passenger.given_names)
        )
    };
    segments.push(&format!("NAD+FL+++{name}"));
    let gender = match passenger.gender {
        Gender::M => "M",
        Gender::F => "F",
        Gender::U => "U",
        Gender::X => "X",
    };
    segments.push(&format!("ATT+2++{gender}"));
    if let Some(date_of_birth) = passenger.date_of_birth {
        segments.push(&format!("DTM+329:{}", yymmdd(date_of_birth)));
    }
    if let Some(nationality) = &passenger.nationality {
        segments.push(&format!("NAT+2+{}", escape(nationality)));
    }
    let reference = escape(&passenger.reference);
    segments.push(&format!("RFF+AVF:{reference}"));
    segments.push(&format!("RFF+ABO:{reference}"));
    if let Some((number, country)) = &passenger.passport {
        segments.push(&format!("DOC+P+{}", escape(number)));
        segments.push(&format!("DTM+36:{expiry}"));
        if !country.is_empty() {
            segments.push(&format!("LOC+91+{}", escape(country)));
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use paxscreen_ingest::ParseOptions;
    use paxscreen_screening::synthetic;

    use super::super::flights::plan;
    use super::*;

    #[test]
    fn generated_message_parses_back_without_warnings() {
        let entries = synthetic::entries(200, 5);
        let subjects = synthetic::travellers(&entries, 120, 0.2, 5);
        let now = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(18, 30, 0)
            .unwrap();
        let flights = plan("T3ST", &entries, &subjects, 100, 5, now);
        let flight = &flights[0];
        let bytes = render(flight, now);
        let options = ParseOptions { today: now.date() };
        let manifests = paxscreen_ingest::parse_with(&bytes, &options).unwrap();
        assert_eq!(manifests.len(), 1);
        let manifest = &manifests[0];
        assert!(manifest.warnings.is_empty(), "{:?}", manifest.warnings);
        assert_eq!(manifest.message_ref, flight.message_ref);
        assert_eq!(manifest.flight.carrier.as_deref(), Some(flight.carrier));
        assert_eq!(
            manifest.flight.number.as_deref(),
            Some(flight.number.as_str())
        );
        let leg = &manifest.flight.legs[0];
        assert_eq!(leg.departure.as_ref().unwrap().airport, flight.departure);
        assert_eq!(leg.arrival.as_ref().unwrap().airport, flight.arrival);
        assert_eq!(
            leg.arrival.as_ref().unwrap().scheduled,
            Some(flight.arrives)
        );
        assert_eq!(manifest.travellers.len(), 100);
        for (read, sent) in manifest.travellers.iter().zip(&flight.passengers) {
            assert_eq!(read.surname, sent.surname.replace('-', " "));
            assert_eq!(read.date_of_birth, sent.date_of_birth);
            assert_eq!(read.nationality, sent.nationality);
            assert_eq!(read.gender, Some(sent.gender));
            assert_eq!(read.passenger_ref.as_deref(), Some(sent.reference.as_str()));
            assert_eq!(
                read.documents.first().map(|d| d.number.clone()),
                sent.passport.as_ref().map(|p| p.0.clone())
            );
        }
    }

    #[test]
    fn separators_in_values_are_released() {
        assert_eq!(escape("O'NEIL+SON:?"), "O?'NEIL?+SON?:??");
    }
}
