//! The JSON line a run prints: throughput, latency, what arrived and what is missing, and the
//! service's CPU and memory.

use serde::Serialize;

use super::procstat::ServiceFigures;

/// References or ids listed in the report, at most.
pub const LISTED: usize = 20;

/// The report of `loadgen run`.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Run id (in every flight number and message reference).
    pub run_id: String,
    /// Travellers sent.
    pub travellers: usize,
    /// Manifests (messages) sent.
    pub manifests: usize,
    /// First produce to last acknowledgement by the broker.
    pub produce_seconds: f64,
    /// Travellers / produce_seconds.
    pub produced_travellers_per_second: f64,
    /// First produce to the first alert of the last manifest answered.
    pub end_to_end_seconds: f64,
    /// Travellers / end_to_end_seconds.
    pub travellers_per_second: f64,
    /// Per manifest: first alert record timestamp − manifest record CreateTime.
    pub latency_ms: Latency,
    /// Per manifest: CreateTime → the broker's acknowledgement of the manifest record (the
    /// broker's share of `latency_ms`, before any consumer can read the record).
    pub produce_ack_ms: Latency,
    /// Per manifest: the broker's acknowledgement of the manifest → first alert record
    /// timestamp (the service's share, with the fetch).
    pub after_ack_ms: Latency,
    /// Alert records of this run.
    pub alerts_received: usize,
    /// Distinct alert ids among them.
    pub distinct_alert_ids: usize,
    /// Records repeating an id already received.
    pub duplicate_alert_records: usize,
    /// Records on the topics that belong to other runs (ignored).
    pub foreign_records: usize,
    /// Records the consumer received twice at the same offset (ignored).
    pub refetched_records: usize,
    /// Manifests answered by neither an alert nor a dead letter.
    pub manifests_missing: Listed,
    /// Dead letters of this run.
    pub dead_letters: usize,
    /// Manifests the broker did not acknowledge.
    pub produce_errors: usize,
    /// The run stopped at --timeout.
    pub timed_out: bool,
    /// CPU and memory per --service-pid.
    pub services: Vec<ServiceFigures>,
    /// With --expect: alert ids the in-process pipeline produced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_alert_ids: Option<usize>,
    /// With --expect: expected ids that never arrived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_alert_ids: Option<Listed>,
    /// With --expect: ids that arrived but were not expected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unexpected_alert_ids: Option<Listed>,
}

impl Report {
    /// Returns true when every manifest was answered and no expected alert is missing.
    pub fn is_complete(&self) -> bool {
        self.manifests_missing.count == 0
            && self
                .missing_alert_ids
                .as_ref()
                .is_none_or(|missing| missing.count == 0)
    }
}

/// A count and the first few items.
#[derive(Debug, Serialize)]
pub struct Listed {
    /// How many.
    pub count: usize,
    /// The first [`LISTED`].
    pub ids: Vec<String>,
}

impl Listed {
    /// Returns the count of `items` and the first [`LISTED`] of them.
    pub fn of(mut items: Vec<String>) -> Listed {
        let count = items.len();
        items.truncate(LISTED);
        Listed { count, ids: items }
    }
}

/// Latency percentiles, milliseconds.
#[derive(Debug, Default, Serialize)]
pub struct Latency {
    /// Manifests measured.
    pub samples: usize,
    /// Median.
    pub p50: i64,
    /// 95th percentile.
    pub p95: i64,
    /// 99th percentile.
    pub p99: i64,
    /// Largest.
    pub max: i64,
}

impl Latency {
    /// Returns the percentiles of `values` (nearest rank).
    pub fn of(mut values: Vec<i64>) -> Latency {
        values.sort_unstable();
        let rank = |q: f64| -> i64 {
            if values.is_empty() {
                return 0;
            }
            let index = ((q * values.len() as f64).ceil() as usize).clamp(1, values.len()) - 1;
            values[index]
        };
        Latency {
            samples: values.len(),
            p50: rank(0.50),
            p95: rank(0.95),
            p99: rank(0.99),
            max: values.last().copied().unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let latency = Latency::of((1..=100).rev().collect());
        assert_eq!(
            (latency.p50, latency.p95, latency.p99, latency.max),
            (50, 95, 99, 100)
        );
        assert_eq!(Latency::of(vec![7]).p99, 7);
        assert_eq!(Latency::of(Vec::new()).samples, 0);
    }

    #[test]
    fn lists_are_capped() {
        let listed = Listed::of((0..30).map(|i| i.to_string()).collect());
        assert_eq!((listed.count, listed.ids.len()), (30, LISTED));
    }
}
