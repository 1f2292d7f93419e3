//! The receiving side of a run: which manifests have been answered (a first alert or a dead
//! letter), when, and which alert ids arrived how many times.
//!
//! Alerts are tied to their manifest by `source.message_ref` (the UNH reference, unique per run);
//! dead letters by the UNH reference in their raw bytes. Records of other runs are counted and
//! otherwise ignored.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

/// The parts of an alert record a run needs.
#[derive(Debug, Deserialize)]
pub struct AlertRecord {
    /// Alert id.
    pub id: String,
    /// Where it came from.
    pub source: AlertSource,
}

/// `source` of an alert.
#[derive(Debug, Deserialize)]
pub struct AlertSource {
    /// UNH message reference of the manifest.
    pub message_ref: String,
}

/// Returns the UNH message reference in raw EDIFACT bytes (default separators).
pub fn unh_reference(bytes: &[u8]) -> Option<String> {
    let start = bytes.windows(4).position(|w| w == b"UNH+")? + 4;
    let rest = &bytes[start..];
    let end = rest
        .iter()
        .position(|b| matches!(b, b'+' | b'\'' | b':'))
        .unwrap_or(rest.len());
    String::from_utf8(rest[..end].to_vec()).ok()
}

/// State of the receiving side.
#[derive(Debug)]
pub struct Tracker {
    /// UNH reference → manifest index.
    refs: HashMap<String, usize>,
    /// Per manifest: timestamp (ms) of its earliest alert record.
    first_alert_ms: Vec<Option<i64>>,
    /// Per manifest: a dead letter came back.
    dead_lettered: Vec<bool>,
    answered: usize,
    alert_ids: HashSet<String>,
    /// Alert records of this run.
    pub alert_records: usize,
    /// Alert records whose id had already arrived.
    pub duplicate_records: usize,
    /// Records of other runs.
    pub foreign_records: usize,
    /// Records received again at a position already read (not counted otherwise).
    pub refetched_records: usize,
    /// Dead letters of this run.
    pub dead_letters: usize,
    expected: Option<HashSet<String>>,
    expected_seen: usize,
}

impl Tracker {
    /// Returns a tracker for manifests with these UNH references, in produce order.
    pub fn new(message_refs: Vec<String>, expected: Option<HashSet<String>>) -> Tracker {
        let count = message_refs.len();
        Tracker {
            refs: message_refs
                .into_iter()
                .enumerate()
                .map(|(index, reference)| (reference, index))
                .collect(),
            first_alert_ms: vec![None; count],
            dead_lettered: vec![false; count],
            answered: 0,
            alert_ids: HashSet::new(),
            alert_records: 0,
            duplicate_records: 0,
            foreign_records: 0,
            refetched_records: 0,
            dead_letters: 0,
            expected,
            expected_seen: 0,
        }
    }

    /// Records an alert record produced at `timestamp_ms`.
    pub fn on_alert(&mut self, alert: AlertRecord, timestamp_ms: Option<i64>) {
        let Some(&index) = self.refs.get(&alert.source.message_ref) else {
            self.foreign_records += 1;
            return;
        };
        self.alert_records += 1;
        let first = &mut self.first_alert_ms[index];
        if first.is_none() && !self.dead_lettered[index] {
            self.answered += 1;
        }
        if let Some(timestamp) = timestamp_ms {
            *first = Some(first.map_or(timestamp, |earlier| earlier.min(timestamp)));
        }
        if self
            .expected
            .as_ref()
            .is_some_and(|expected| expected.contains(&alert.id))
            && !self.alert_ids.contains(&alert.id)
        {
            self.expected_seen += 1;
        }
        if !self.alert_ids.insert(alert.id) {
            self.duplicate_records += 1;
        }
    }

    /// Records a dead letter carrying these raw bytes.
    pub fn on_dead_letter(&mut self, payload: &[u8]) {
        let index = unh_reference(payload).and_then(|reference| self.refs.get(&reference).copied());
        let Some(index) = index else {
            self.foreign_records += 1;
            return;
        };
        self.dead_letters += 1;
        if !self.dead_lettered[index] && self.first_alert_ms[index].is_none() {
            self.answered += 1;
        }
        self.dead_lettered[index] = true;
    }

    /// Returns the manifests answered by an alert or a dead letter.
    pub fn answered(&self) -> usize {
        self.answered
    }

    /// Returns true when every manifest is answered and, with expectations, every expected
    /// alert id arrived.
    pub fn is_done(&self) -> bool {
        self.answered == self.first_alert_ms.len()
            && self
                .expected
                .as_ref()
                .is_none_or(|expected| self.expected_seen == expected.len())
    }

    /// Returns the distinct alert ids received.
    pub fn alert_ids(&self) -> &HashSet<String> {
        &self.alert_ids
    }

    /// Returns per manifest its earliest alert timestamp (ms), `None` without alert.
    pub fn first_alerts_ms(&self) -> &[Option<i64>] {
        &self.first_alert_ms
    }

    /// Returns the UNH references of the manifests not answered, in produce order.
    pub fn unanswered(&self) -> Vec<String> {
        let mut missing: Vec<(usize, &String)> = self
            .refs
            .iter()
            .filter(|(_, &index)| {
                self.first_alert_ms[index].is_none() && !self.dead_lettered[index]
            })
            .map(|(reference, &index)| (index, reference))
            .collect();
        missing.sort_unstable();
        missing.into_iter().map(|(_, r)| r.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(id: &str, message_ref: &str) -> AlertRecord {
        AlertRecord {
            id: id.to_owned(),
            source: AlertSource {
                message_ref: message_ref.to_owned(),
            },
        }
    }

    #[test]
    fn counts_first_alerts_duplicates_and_dead_letters() {
        let expected: HashSet<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let refs = vec!["R1".to_owned(), "R2".to_owned(), "R3".to_owned()];
        let mut tracker = Tracker::new(refs, Some(expected));
        tracker.on_alert(alert("a", "R1"), Some(200));
        tracker.on_alert(alert("b", "R1"), Some(150));
        tracker.on_alert(alert("a", "R1"), Some(900));
        tracker.on_alert(alert("z", "OTHER"), Some(1));
        assert_eq!(tracker.answered(), 1);
        assert_eq!(tracker.first_alerts_ms()[0], Some(150));
        assert_eq!(tracker.duplicate_records, 1);
        assert_eq!(tracker.foreign_records, 1);
        tracker.on_dead_letter(b"UNA:+.? 'UNB+UNOA:4+X+Y+1+R3'UNH+R3+PAXLST:D:05B:UN:IATA'");
        assert_eq!(tracker.unanswered(), ["R2"]);
        assert!(!tracker.is_done());
        tracker.on_alert(alert("c", "R2"), None);
        assert!(tracker.is_done());
        assert_eq!(tracker.alert_ids().len(), 3);
    }

    #[test]
    fn reads_alert_json() {
        let json = r#"{"id":"ab","arrival_airport":"JFK","source":{"kind":"kafka","reference":"t/0/1","message_ref":"R9"}}"#;
        let record: AlertRecord = serde_json::from_str(json).unwrap();
        assert_eq!(
            (record.id.as_str(), record.source.message_ref.as_str()),
            ("ab", "R9")
        );
        assert_eq!(unh_reference(b"garbage"), None);
    }
}
