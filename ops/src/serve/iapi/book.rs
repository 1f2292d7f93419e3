//! The directive book: the passengers this worker answered over iAPI, with their current
//! directive, kept until their flight has arrived (plus the configured retention) so that a later
//! change — a watchlist update — reaches the carrier as an unsolicited update, and so that
//! carriers can read their own directives again.
//!
//! Held in this process only: a carrier reads what the worker that answered it holds, and the
//! directives topic carries every directive for consumers across workers.

use std::collections::BTreeMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use paxscreen_ingest::Manifest;
use serde::Serialize;

use super::answer::{Answer, PassengerAnswer};

/// The key of a flight: carrier, designator (`XY123`), departure date.
pub type FlightKey = (String, String, String);

/// Returns the key of a manifest's flight.
pub fn flight_key(manifest: &Manifest) -> FlightKey {
    let date = manifest
        .flight
        .legs
        .first()
        .and_then(|leg| leg.departure.as_ref())
        .and_then(|stop| stop.scheduled)
        .map(|at| at.date().to_string())
        .unwrap_or_default();
    (
        manifest.flight.carrier.clone().unwrap_or_default(),
        super::answer::designator(manifest),
        date,
    )
}

/// A flight's answered passengers.
#[derive(Debug)]
struct FlightEntry {
    /// The flight and its answered travellers (the manifest of the latest request, with the
    /// travellers of every request).
    manifest: Manifest,
    /// passenger reference → current answer.
    answers: BTreeMap<String, PassengerAnswer>,
    /// When the entry is forgotten.
    until: DateTime<Utc>,
}

/// One unsolicited update, as kept for carriers to read.
#[derive(Debug, Clone, Serialize)]
pub struct Update {
    /// Sequence number, increasing per worker.
    pub sequence: u64,
    /// The carrier.
    pub carrier: String,
    /// The update.
    pub answer: Answer,
    /// The CUSRES (BGM 132) sent.
    pub cusres: String,
    /// When it was issued.
    pub issued_at: DateTime<Utc>,
}

#[derive(Debug, Default)]
struct Inner {
    flights: BTreeMap<FlightKey, FlightEntry>,
    updates: Vec<Update>,
    next_update: u64,
}

/// Passengers answered, by flight.
#[derive(Debug, Default)]
pub struct Book {
    inner: Mutex<Inner>,
}

impl Book {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records the answers given for a manifest's passengers, kept until `until`.
    pub fn record(&self, manifest: &Manifest, answers: &[PassengerAnswer], until: DateTime<Utc>) {
        let mut inner = self.lock();
        let entry = inner
            .flights
            .entry(flight_key(manifest))
            .or_insert_with(|| FlightEntry {
                manifest: Manifest {
                    travellers: Vec::new(),
                    ..manifest.clone()
                },
                answers: BTreeMap::new(),
                until,
            });
        entry.until = entry.until.max(until);
        for (traveller, answer) in manifest.travellers.iter().zip(answers) {
            let known = entry
                .manifest
                .travellers
                .iter()
                .position(|t| t.passenger_ref == traveller.passenger_ref);
            match known {
                Some(at) if traveller.passenger_ref.is_some() => {
                    entry.manifest.travellers[at] = traveller.clone()
                }
                _ => entry.manifest.travellers.push(traveller.clone()),
            }
            entry
                .answers
                .insert(answer.passenger_ref.clone(), answer.clone());
        }
    }

    /// Returns a carrier's current directives, optionally for one flight number.
    pub fn for_carrier(&self, carrier: &str, flight: Option<&str>) -> Vec<CarrierView> {
        let inner = self.lock();
        inner
            .flights
            .iter()
            .filter(|((c, number, _), _)| c == carrier && flight.is_none_or(|f| f == number))
            .flat_map(|((_, number, date), entry)| {
                entry.answers.values().map(move |answer| CarrierView {
                    flight: number.clone(),
                    departure_date: date.clone(),
                    answer: answer.clone(),
                })
            })
            .collect()
    }

    /// Returns a carrier's unsolicited updates after `since`.
    pub fn updates_for(&self, carrier: &str, since: u64) -> Vec<Update> {
        self.lock()
            .updates
            .iter()
            .filter(|u| u.carrier == carrier && u.sequence > since)
            .cloned()
            .collect()
    }

    /// Returns every flight's manifest of answered travellers, to screen again.
    pub fn manifests(&self) -> Vec<Manifest> {
        self.lock()
            .flights
            .values()
            .map(|entry| entry.manifest.clone())
            .collect()
    }

    /// Applies new answers for a flight's passengers; returns those whose directive changed.
    pub fn revise(
        &self,
        manifest: &Manifest,
        answers: Vec<PassengerAnswer>,
    ) -> Vec<PassengerAnswer> {
        let mut inner = self.lock();
        let Some(entry) = inner.flights.get_mut(&flight_key(manifest)) else {
            return Vec::new();
        };
        let mut changed = Vec::new();
        for answer in answers {
            if let Some(current) = entry.answers.get_mut(&answer.passenger_ref) {
                if current.directive != answer.directive {
                    *current = answer.clone();
                    changed.push(answer);
                }
            }
        }
        changed
    }

    /// Replaces the held answer of one passenger (an officer's directive), when the flight and
    /// the passenger were answered; returns the flight's manifest then.
    pub fn replace_answer(&self, flight: &FlightKey, answer: &PassengerAnswer) -> Option<Manifest> {
        let mut inner = self.lock();
        let entry = inner.flights.get_mut(flight)?;
        let current = entry.answers.get_mut(&answer.passenger_ref)?;
        *current = answer.clone();
        Some(Manifest {
            travellers: Vec::new(),
            ..entry.manifest.clone()
        })
    }

    /// Keeps an unsolicited update for its carrier; returns its sequence number.
    pub fn push_update(
        &self,
        carrier: &str,
        answer: Answer,
        cusres: String,
        issued_at: DateTime<Utc>,
    ) -> u64 {
        let mut inner = self.lock();
        inner.next_update += 1;
        let sequence = inner.next_update;
        inner.updates.push(Update {
            sequence,
            carrier: carrier.to_owned(),
            answer,
            cusres,
            issued_at,
        });
        sequence
    }

    /// Forgets flights past their retention, and updates older than a day.
    pub fn purge(&self, now: DateTime<Utc>) {
        let mut inner = self.lock();
        inner.flights.retain(|_, entry| entry.until > now);
        let horizon = now - Duration::hours(24);
        inner.updates.retain(|u| u.issued_at > horizon);
    }
}

/// A directive as its carrier reads it back.
#[derive(Debug, Clone, Serialize)]
pub struct CarrierView {
    /// Flight number.
    pub flight: String,
    /// Scheduled departure date (empty when not sent).
    pub departure_date: String,
    /// The current directive.
    #[serde(flatten)]
    pub answer: PassengerAnswer,
}
