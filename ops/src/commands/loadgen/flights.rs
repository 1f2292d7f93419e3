//! Synthetic subjects → flights: travellers grouped by flight, with a unique flight number and
//! message reference per flight (the run id in both), several arrival airports, and as the first
//! traveller of every flight an exact copy of a listed person (the latency probe: every manifest
//! yields at least one alert).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use paxscreen_ingest::model::Gender;
use paxscreen_screening::synthetic::Rng;
use paxscreen_screening::Subject;
use paxscreen_watchlists::{ListEntry, PartialDate};

/// Carriers the flights are spread over.
const CARRIERS: [&str; 4] = ["PX", "LX", "NX", "QK"];
/// Airports flights leave from.
const DEPARTURES: [&str; 8] = ["IST", "DOH", "NRT", "GRU", "JNB", "MEX", "BOM", "YYZ"];
/// Airports flights arrive at: alerts are keyed by these.
const ARRIVALS: [&str; 8] = ["JFK", "LHR", "FRA", "CDG", "KEF", "SIN", "DXB", "SYD"];
/// Words that belong to the surname they precede (`VAN DER BERG`, `AL RASHID`).
const PARTICLES: [&str; 22] = [
    "AL", "EL", "VAN", "VON", "DE", "DA", "DI", "DU", "DEL", "DER", "DEN", "LA", "LE", "BIN",
    "BEN", "IBN", "ABU", "DOS", "DAS", "MAC", "TER", "TEN",
];

/// One traveller as the message states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Passenger {
    /// Surname (NAD+FL component 1).
    pub surname: String,
    /// Given names, space-separated (component 2); may be empty.
    pub given_names: String,
    /// ATT+2.
    pub gender: Gender,
    /// DTM+329.
    pub date_of_birth: Option<NaiveDate>,
    /// NAT+2, alpha-3.
    pub nationality: Option<String>,
    /// Passport (number, issuing country alpha-3).
    pub passport: Option<(String, String)>,
    /// Unique reference (RFF+AVF and RFF+ABO): the key of the traveller in alert ids.
    pub reference: String,
}

/// One flight: one PAXLST message.
#[derive(Debug, Clone, PartialEq)]
pub struct Flight {
    /// UNH message reference and UNB/UNG control reference: run id and sequence number.
    pub message_ref: String,
    /// Carrier code.
    pub carrier: &'static str,
    /// Flight number (run id and sequence number, unique per run).
    pub number: String,
    /// Last departure before the border (LOC+125).
    pub departure: &'static str,
    /// First arrival after the border (LOC+87): the airport alerts go to.
    pub arrival: &'static str,
    /// Scheduled departure, local.
    pub departs: NaiveDateTime,
    /// Scheduled arrival, local (a few hours after the run starts, so alerts are not late).
    pub arrives: NaiveDateTime,
    /// The travellers; the first is the probe.
    pub passengers: Vec<Passenger>,
}

impl Flight {
    /// Returns the Kafka record key: carrier and number.
    pub fn key(&self) -> String {
        format!("{}{}", self.carrier, self.number)
    }
}

/// Groups `subjects` into flights of `flight_size`, replacing the first traveller of each with an
/// exact copy of a listed entry.
///
/// # Panics
/// When `entries` is empty or `flight_size` is 0 (the caller validates both).
pub fn plan(
    run_id: &str,
    entries: &[ListEntry],
    subjects: &[Subject],
    flight_size: usize,
    seed: u64,
    now: NaiveDateTime,
) -> Vec<Flight> {
    assert!(!entries.is_empty() && flight_size > 0);
    let mut rng = Rng::new(seed ^ 0x10ad_9e4e);
    let departs = now + Duration::hours(1);
    let arrives = now + Duration::hours(4);
    subjects
        .chunks(flight_size)
        .enumerate()
        .map(|(seq, chunk)| {
            let message_ref = format!("{run_id}{seq:06}");
            let passengers = chunk
                .iter()
                .enumerate()
                .map(|(index, subject)| {
                    let reference = format!("{message_ref}{index:04}");
                    let gender = if rng.chance(0.5) {
                        Gender::M
                    } else {
                        Gender::F
                    };
                    if index == 0 {
                        let entry = &entries[rng.below(entries.len())];
                        probe(entry, gender, reference)
                    } else {
                        passenger(subject, gender, reference)
                    }
                })
                .collect();
            Flight {
                number: message_ref.clone(),
                message_ref,
                carrier: CARRIERS[seq % CARRIERS.len()],
                departure: DEPARTURES[rng.below(DEPARTURES.len())],
                arrival: ARRIVALS[rng.below(ARRIVALS.len())],
                departs,
                arrives,
                passengers,
            }
        })
        .collect()
}

/// Returns the traveller for a synthetic subject (in a flight, or alone at iAPI check-in).
pub fn passenger(subject: &Subject, gender: Gender, reference: String) -> Passenger {
    let (given_names, surname) = split_name(&subject.name);
    Passenger {
        surname,
        given_names,
        gender,
        date_of_birth: subject.date_of_birth,
        nationality: subject.nationality.clone(),
        passport: subject
            .documents
            .first()
            .filter(|(_, number)| !number.is_empty())
            .map(|(country, number)| (number.clone(), country.clone())),
        reference,
    }
}

/// Returns a traveller who is exactly a listed person: primary name, date of birth (mid-year when
/// only the year is listed), nationality and listed passport.
fn probe(entry: &ListEntry, gender: Gender, reference: String) -> Passenger {
    let (given_names, surname) = split_name(entry.names.first().map_or("", String::as_str));
    let date_of_birth = entry.dates_of_birth.first().and_then(|date| match date {
        PartialDate::Full(date) => Some(*date),
        PartialDate::YearMonth(year, month) => NaiveDate::from_ymd_opt(*year, *month, 15),
        PartialDate::Year(year) => NaiveDate::from_ymd_opt(*year, 7, 1),
    });
    let nationality = entry.nationalities.first().cloned();
    Passenger {
        surname,
        given_names,
        gender: entry.gender.unwrap_or(gender),
        date_of_birth,
        passport: entry.documents.first().map(|document| {
            let country = document
                .country
                .clone()
                .or_else(|| nationality.clone())
                .unwrap_or_default();
            (document.number.clone(), country)
        }),
        nationality,
        reference,
    }
}

/// Splits a full name into given names and surname: the last word is the surname, with the
/// particles before it (`JAN VAN DER BERG` → `JAN`, `VAN DER BERG`).
pub fn split_name(full_name: &str) -> (String, String) {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    let Some(last) = words.len().checked_sub(1) else {
        return (String::new(), String::new());
    };
    let mut surname_start = last;
    while surname_start > 1 && PARTICLES.contains(&words[surname_start - 1]) {
        surname_start -= 1;
    }
    (
        words[..surname_start].join(" "),
        words[surname_start..].join(" "),
    )
}

/// Returns a date as `YYMMDD`.
pub fn yymmdd(date: NaiveDate) -> String {
    format!(
        "{:02}{:02}{:02}",
        date.year().rem_euclid(100),
        date.month(),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use paxscreen_screening::synthetic;

    use super::*;

    #[test]
    fn names_split_on_the_last_word_with_particles() {
        let split = |name: &str| split_name(name);
        assert_eq!(split("JOHN WAYNE DOE"), ("JOHN WAYNE".into(), "DOE".into()));
        assert_eq!(
            split("JAN VAN DER BERG"),
            ("JAN".into(), "VAN DER BERG".into())
        );
        assert_eq!(split("AL RASHID"), ("AL".into(), "RASHID".into()));
        assert_eq!(split("MADONNA"), (String::new(), "MADONNA".into()));
        assert_eq!(split(""), (String::new(), String::new()));
    }

    #[test]
    fn flights_have_unique_references_and_a_probe_first() {
        let entries = synthetic::entries(50, 1);
        let subjects = synthetic::travellers(&entries, 250, 0.05, 1);
        let now = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        let flights = plan("RUN1", &entries, &subjects, 100, 1, now);
        assert_eq!(flights.len(), 3);
        assert_eq!(flights[2].passengers.len(), 50);
        assert_eq!(flights[1].message_ref, "RUN1000001");
        let mut keys: Vec<String> = flights.iter().map(Flight::key).collect();
        keys.dedup();
        assert_eq!(keys.len(), 3);
        for flight in &flights {
            let probe = &flight.passengers[0];
            let name = format!("{} {}", probe.given_names, probe.surname);
            assert!(entries.iter().any(|e| e.names[0] == name.trim()), "{name}");
            assert!(flight.arrives > now);
        }
    }
}
