//! What screening consults for officers' decisions, without waiting on a store: the
//! traveller/entry pairs officers suppressed (a dismissed false positive that must not alert
//! again until the list entry changes) and the directives they overrode. Swapped atomically
//! when an officer acts (and, with Redis, refreshed from the shared store every few seconds).

use std::collections::HashMap;
use std::sync::Arc;

use arc_swap::ArcSwap;
use paxscreen_ingest::Traveller;
use paxscreen_rules::Directive;
use paxscreen_screening::{Hit, HitKind, Screener};
use paxscreen_watchlists::ListEntry;
use sha2::{Digest, Sha256};

use crate::serve::alert;

/// Suppressed pairs (pair key → entry version) and overrides (override key → directive).
#[derive(Debug, Default)]
pub struct Guards {
    suppressions: ArcSwap<HashMap<String, String>>,
    overrides: ArcSwap<HashMap<String, Directive>>,
}

fn digest(parts: &[&str]) -> String {
    let mut digest = Sha256::new();
    for part in parts {
        digest.update(part.as_bytes());
        digest.update([0x1f]);
    }
    digest.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Returns the key of a traveller/entry pair: a digest of the traveller's normalised name and
/// date of birth (the same person on any flight) and of the list entry.
pub fn pair_key(traveller: &Traveller, list: &str, entry_id: &str) -> String {
    let birth = traveller
        .date_of_birth
        .map(|d| d.to_string())
        .unwrap_or_default();
    digest(&[
        &traveller.surname,
        &traveller.given_names,
        &birth,
        list,
        entry_id,
    ])
}

/// Returns a digest of a list entry's content: any change to its names, dates of birth,
/// nationalities, gender or documents gives another version.
pub fn entry_version(entry: &ListEntry) -> String {
    let json = serde_json::to_string(entry).unwrap_or_default();
    digest(&[&json])
}

/// Returns the key of a traveller on a flight, for directive overrides (a digest: the key
/// carries no personal data in clear).
pub fn override_key(flight_key: &str, traveller: &Traveller) -> String {
    digest(&[flight_key, &alert::traveller_key(traveller)])
}

impl Guards {
    /// Replaces the suppressed pairs and the overrides.
    pub fn replace(
        &self,
        suppressions: HashMap<String, String>,
        overrides: HashMap<String, Directive>,
    ) {
        self.suppressions.store(Arc::new(suppressions));
        self.overrides.store(Arc::new(overrides));
    }

    /// Adds one suppressed pair.
    pub fn add_suppression(&self, pair: String, version: String) {
        self.suppressions.rcu(|current| {
            let mut next = HashMap::clone(current);
            next.insert(pair.clone(), version.clone());
            next
        });
    }

    /// Adds one override.
    pub fn add_override(&self, key: String, directive: Directive) {
        self.overrides.rcu(|current| {
            let mut next = HashMap::clone(current);
            next.insert(key.clone(), directive);
            next
        });
    }

    /// Drops the watchlist hits whose traveller/entry pair is suppressed and whose entry has
    /// not changed since; returns how many were dropped.
    pub fn filter_hits(
        &self,
        traveller: &Traveller,
        hits: &mut Vec<Hit>,
        screener: &Screener,
    ) -> usize {
        let suppressions = self.suppressions.load();
        if suppressions.is_empty() || hits.is_empty() {
            return 0;
        }
        let before = hits.len();
        hits.retain(|hit| {
            if hit.kind != HitKind::Watchlist {
                return true;
            }
            let Some(version) = suppressions.get(&pair_key(traveller, &hit.list, &hit.entry_id))
            else {
                return true;
            };
            // Still suppressed only while the entry is the one the officer saw.
            screener
                .entry(&hit.list, &hit.entry_id)
                .is_none_or(|entry| entry_version(entry) != *version)
        });
        before - hits.len()
    }

    /// True when some override is in force (callers then compute the flight key).
    pub fn has_overrides(&self) -> bool {
        !self.overrides.load().is_empty()
    }

    /// Returns the directive an officer gave the traveller on this flight, if any.
    pub fn directive_for(&self, flight_key: &str, traveller: &Traveller) -> Option<Directive> {
        let overrides = self.overrides.load();
        if overrides.is_empty() {
            return None;
        }
        overrides.get(&override_key(flight_key, traveller)).copied()
    }
}
