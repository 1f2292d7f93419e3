//! The requests of `loadgen iapi`, generated before the clock starts: travellers drawn from the
//! synthetic list (a share of them variants of listed people), grouped into check-in requests of
//! a few passengers on flights of the carrier, each rendered once as the JSON request or as a
//! PAXLST `BGM+745` message.

use chrono::{Duration, NaiveDateTime};
use paxscreen_ingest::model::Gender;
use paxscreen_screening::synthetic::{self, Rng};
use serde::Serialize;

use super::flights::{passenger, Flight, Passenger};
use super::paxlst;
use crate::cli::IapiFormat;

/// Passengers checked in per flight: requests move to the next flight once a flight has about
/// this many, as at an airport (the service keeps every answered passenger per flight).
const FLIGHT_PASSENGERS: usize = 300;
/// Airports the flights leave from.
const DEPARTURES: [&str; 4] = ["CDG", "FRA", "IST", "DOH"];
/// Airports the flights arrive at.
const ARRIVALS: [&str; 4] = ["JFK", "LHR", "SIN", "SYD"];

/// One request, ready to send.
#[derive(Debug)]
pub struct Request {
    /// The body.
    pub body: Vec<u8>,
    /// The passenger references sent, in order: each must be answered exactly once.
    pub passenger_refs: Vec<String>,
    /// Per passenger: a variant of a listed person.
    pub listed: Vec<bool>,
}

/// What the traffic is made of.
#[derive(Debug, Clone)]
pub struct Plan<'a> {
    /// Run id, in every flight number, message and passenger reference.
    pub run_id: &'a str,
    /// The carrier whose flights the requests are about.
    pub carrier: &'static str,
    /// Entries of the synthetic list.
    pub entries: usize,
    /// Seed of the list and the traffic.
    pub seed: u64,
    /// Share of passengers that are variants of listed people.
    pub listed_share: f64,
    /// Requests to generate.
    pub requests: usize,
    /// Passengers per request.
    pub passengers: usize,
    /// Body format.
    pub format: IapiFormat,
    /// Preparation time (departures an hour later).
    pub now: NaiveDateTime,
}

/// Generates the requests of `plan`, in send order.
pub fn generate(plan: &Plan<'_>) -> Vec<Request> {
    let entries = synthetic::entries(plan.entries, plan.seed);
    let total = plan.requests * plan.passengers;
    let mut rng = Rng::new(plan.seed ^ 0x1a91_c4ec);
    let listed: Vec<bool> = (0..total).map(|_| rng.chance(plan.listed_share)).collect();
    let listed_count = listed.iter().filter(|&&l| l).count();
    // Two streams, so that which passengers are listed is known.
    let mut variants = synthetic::travellers(&entries, listed_count, 1.0, plan.seed).into_iter();
    let mut others =
        synthetic::travellers(&entries, total - listed_count, 0.0, plan.seed ^ 0x0c1e_a4ed)
            .into_iter();
    drop(entries);
    let requests_per_flight = (FLIGHT_PASSENGERS / plan.passengers).max(1);
    let departs = plan.now + Duration::hours(1);
    let arrives = plan.now + Duration::hours(4);
    let mut requests = Vec::with_capacity(plan.requests);
    for (sequence, flags) in listed.chunks(plan.passengers).enumerate() {
        let flight_sequence = sequence / requests_per_flight;
        let message_ref = format!("{}{sequence:07}", plan.run_id);
        let passengers: Vec<Passenger> = flags
            .iter()
            .enumerate()
            .filter_map(|(index, &is_listed)| {
                let subject = if is_listed {
                    variants.next()
                } else {
                    others.next()
                }?;
                let gender = if rng.chance(0.5) {
                    Gender::M
                } else {
                    Gender::F
                };
                Some(passenger(
                    &subject,
                    gender,
                    format!("{message_ref}{index:03}"),
                ))
            })
            .collect();
        let flight = Flight {
            message_ref,
            carrier: plan.carrier,
            number: format!("{}{flight_sequence:04}", plan.run_id),
            departure: DEPARTURES[flight_sequence % DEPARTURES.len()],
            arrival: ARRIVALS[flight_sequence % ARRIVALS.len()],
            departs,
            arrives,
            passengers,
        };
        let body = match plan.format {
            IapiFormat::Json => json_body(&flight, plan.now),
            IapiFormat::Edifact => paxlst::render(&flight, plan.now),
        };
        requests.push(Request {
            body,
            passenger_refs: flight
                .passengers
                .iter()
                .map(|p| p.reference.clone())
                .collect(),
            listed: flags.to_vec(),
        });
    }
    requests
}

/// The JSON request of `POST /v1/iapi`.
#[derive(Serialize)]
struct JsonRequest<'a> {
    transaction_ref: &'a str,
    flight: JsonFlight<'a>,
    passengers: Vec<JsonPassenger<'a>>,
}

#[derive(Serialize)]
struct JsonFlight<'a> {
    carrier: &'a str,
    number: String,
    departure_airport: &'a str,
    scheduled_departure: NaiveDateTime,
    arrival_airport: &'a str,
    scheduled_arrival: NaiveDateTime,
}

#[derive(Serialize)]
struct JsonPassenger<'a> {
    passenger_ref: &'a str,
    booking_ref: &'a str,
    surname: &'a str,
    given_names: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_of_birth: Option<chrono::NaiveDate>,
    gender: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    nationality: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<JsonDocument<'a>>,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    #[serde(rename = "type")]
    doc_type: &'static str,
    number: &'a str,
    issuing_country: &'a str,
    expiry: chrono::NaiveDate,
}

/// Returns a flight's passengers as the JSON request, with the same content as the PAXLST.
fn json_body(flight: &Flight, prepared: NaiveDateTime) -> Vec<u8> {
    let expiry = (prepared + Duration::days(5 * 365)).date();
    let request = JsonRequest {
        transaction_ref: &flight.message_ref,
        flight: JsonFlight {
            carrier: flight.carrier,
            number: flight.key(),
            departure_airport: flight.departure,
            scheduled_departure: flight.departs,
            arrival_airport: flight.arrival,
            scheduled_arrival: flight.arrives,
        },
        passengers: flight
            .passengers
            .iter()
            .map(|p| JsonPassenger {
                passenger_ref: &p.reference,
                booking_ref: &p.reference,
                surname: &p.surname,
                given_names: &p.given_names,
                date_of_birth: p.date_of_birth,
                gender: match p.gender {
                    Gender::M => "M",
                    Gender::F => "F",
                    Gender::U => "U",
                    Gender::X => "X",
                },
                nationality: p.nationality.as_deref(),
                document: p.passport.as_ref().map(|(number, country)| JsonDocument {
                    doc_type: "P",
                    number,
                    issuing_country: country,
                    expiry,
                }),
            })
            .collect(),
    };
    // Serialising plain strings and dates cannot fail.
    serde_json::to_vec(&request).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn plan(format: IapiFormat) -> Plan<'static> {
        Plan {
            run_id: "T1",
            carrier: "XY",
            entries: 300,
            seed: 7,
            listed_share: 0.5,
            requests: 700,
            passengers: 2,
            format,
            now: NaiveDate::from_ymd_opt(2026, 11, 23)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap(),
        }
    }

    #[test]
    fn json_requests_carry_unique_references_on_the_carriers_flights() {
        let requests = generate(&plan(IapiFormat::Json));
        assert_eq!(requests.len(), 700);
        let mut refs: Vec<&String> = requests.iter().flat_map(|r| &r.passenger_refs).collect();
        assert_eq!(refs.len(), 1400);
        refs.sort();
        refs.dedup();
        assert_eq!(refs.len(), 1400);
        let listed = requests.iter().flat_map(|r| &r.listed).filter(|&&l| l);
        assert!((500..900).contains(&listed.count()));
        let first: serde_json::Value = serde_json::from_slice(&requests[0].body).unwrap();
        assert_eq!(first["flight"]["carrier"], "XY");
        assert_eq!(first["flight"]["number"], "XYT10000");
        assert_eq!(first["passengers"][1]["passenger_ref"], "T10000000001");
        let last: serde_json::Value = serde_json::from_slice(&requests[699].body).unwrap();
        assert_eq!(last["flight"]["number"], "XYT10004");
    }

    #[test]
    fn edifact_requests_parse_as_check_in_messages() {
        let requests = generate(&plan(IapiFormat::Edifact));
        let manifests = paxscreen_ingest::parse(&requests[3].body).unwrap();
        assert_eq!(manifests.len(), 1);
        let manifest = &manifests[0];
        assert_eq!(manifest.flight.carrier.as_deref(), Some("XY"));
        let refs: Vec<Option<&str>> = manifest
            .travellers
            .iter()
            .map(|t| t.passenger_ref.as_deref())
            .collect();
        assert_eq!(refs, [Some("T10000003000"), Some("T10000003001")]);
    }
}
