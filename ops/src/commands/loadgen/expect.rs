//! The alert ids a run must produce: every generated message screened in-process by the
//! service's own [`Pipeline`], against a screener built from the synthetic entries as the
//! service loads them from the CSV file (list `synthetic`, category `sanctions`, default
//! threshold). Alert ids are deterministic (flight, traveller reference, list entry), so the
//! ids computed here are the ids the service must produce, whatever the time or the input
//! reference.

use std::collections::HashSet;
use std::time::Instant;

use chrono::Utc;
use paxscreen_screening::{Screener, ScreenerConfig};
use paxscreen_watchlists::{ListEntry, ListInfo};
use rayon::prelude::*;

use super::watchlist_csv::as_loaded;
use super::{LIST_CATEGORY, LIST_NAME};
use crate::serve::config::AlertTiming;
use crate::serve::pipeline::{Origin, Pipeline};

/// What the reference screening found.
#[derive(Debug, Default)]
pub struct Expected {
    /// Every alert id the messages must produce.
    pub alert_ids: HashSet<String>,
    /// Messages the pipeline refused (they must come back as dead letters).
    pub dead_letters: usize,
    /// Manifests without any alert (a probe that did not hit: a bug of the generator).
    pub manifests_without_alert: usize,
}

/// Screens every message with a pipeline built from `entries`.
pub fn expected_alerts(entries: &[ListEntry], messages: &[Vec<u8>]) -> Expected {
    let started = Instant::now();
    eprintln!(
        "loadgen: --expect: building the reference index of {} entries",
        entries.len()
    );
    let list = ListInfo {
        name: LIST_NAME.to_owned(),
        category: LIST_CATEGORY.to_owned(),
        threshold: None,
    };
    let screener = Screener::build(
        ScreenerConfig::default(),
        vec![list],
        entries.iter().map(as_loaded).collect(),
        std::iter::empty(),
    );
    let pipeline = Pipeline::new(
        screener,
        paxscreen_rules::RuleSet::empty(),
        paxscreen_rules::Policy::default(),
        AlertTiming::default(),
    );
    eprintln!(
        "loadgen: --expect: screening {} messages in-process",
        messages.len()
    );
    let now = Utc::now();
    let results: Vec<(Vec<String>, bool)> = messages
        .par_iter()
        .enumerate()
        .map(|(index, bytes)| {
            let origin = Origin {
                kind: "kafka",
                reference: format!("loadgen/{index}"),
                carrier: None,
                position: None,
            };
            let processed = pipeline.process(&origin, bytes, now);
            let ids = processed.alerts.into_iter().map(|alert| alert.id).collect();
            (ids, processed.dead_letter.is_some())
        })
        .collect();
    let mut expected = Expected::default();
    for (ids, refused) in results {
        if refused {
            expected.dead_letters += 1;
        } else if ids.is_empty() {
            expected.manifests_without_alert += 1;
        }
        expected.alert_ids.extend(ids);
    }
    eprintln!(
        "loadgen: --expect: {} alert ids expected ({:.1} s)",
        expected.alert_ids.len(),
        started.elapsed().as_secs_f64()
    );
    expected
}
