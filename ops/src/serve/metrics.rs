//! Prometheus metrics of the service, served at `/metrics`. Labels carry sources, outcomes,
//! reasons, list names and severities: never personal data.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

/// Labels of inputs received.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct InputLabels {
    /// `http`, `directory` or `kafka`.
    pub source: String,
    /// `screened`, `dead_letter` or `held` (a part waiting for the rest of its manifest).
    pub outcome: String,
}

/// Labels of refused inputs.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabels {
    /// Parse error kind or refusal reason.
    pub reason: String,
}

/// Labels of alerts.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct AlertLabels {
    /// List name.
    pub list: String,
    /// `low`, `medium`, `high` or `critical`.
    pub severity: String,
}

/// Labels of stage latencies.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StageLabels {
    /// `consume` (a Kafka record's age when consumed: from its timestamp to this worker),
    /// `screen` (parse, join and screen one input), `output` (alerts written) or `total`
    /// (queued, screened and written).
    pub stage: String,
}

/// Labels of carrier directives.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct DirectiveLabels {
    /// `0Z`, `1Z`, `2Z` or `4Z`.
    pub code: String,
    /// `answer` (iAPI), `fail_safe` (screening could not run) or `unsolicited` (a later change).
    pub kind: String,
}

/// Labels of iAPI requests.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct IapiLabels {
    /// `answered`, `fail_safe`, `refused` (malformed or another carrier's flight) or
    /// `unauthorised`.
    pub outcome: String,
}

/// Labels of officers' audited events.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OfficerLabels {
    /// `login`, `login_failed`, `list_alerts`, `view_alert`, `confirm`, `dismiss`…
    pub action: String,
    /// `ok`, `denied` or `failed`.
    pub outcome: String,
}

type HistogramFamily = Family<StageLabels, Histogram, fn() -> Histogram>;

/// Every metric, registered.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    /// Inputs received, by source and outcome.
    pub inputs: Family<InputLabels, Counter>,
    /// Refused inputs, by reason.
    pub dead_letters: Family<ReasonLabels, Counter>,
    /// Travellers screened.
    pub travellers: Counter,
    /// Alerts emitted, by list and severity.
    pub alerts: Family<AlertLabels, Counter>,
    /// Alerts generated after the scheduled arrival.
    pub late_alerts: Counter,
    /// Seconds per stage.
    pub stage_seconds: HistogramFamily,
    /// Inputs waiting in the queue.
    pub queue_depth: Gauge,
    /// Person entries in the loaded watchlist snapshot.
    pub watchlist_entries: Gauge,
    /// Stolen/lost documents in the loaded snapshot.
    pub watchlist_documents: Gauge,
    /// Version of the loaded watchlist snapshot.
    pub watchlist_version: Gauge,
    /// Records of the manifest topic not yet consumed by this worker's partitions.
    pub consumer_lag: Gauge,
    /// Partitions of the manifest topic assigned to this worker.
    pub assigned_partitions: Gauge,
    /// Records consumed whose offsets cannot be committed yet.
    pub uncommitted: Gauge,
    /// Multi-part manifests waiting for parts.
    pub pending_manifests: Gauge,
    /// Directives given to carriers, by code and kind.
    pub directives: Family<DirectiveLabels, Counter>,
    /// iAPI requests, by outcome.
    pub iapi_requests: Family<IapiLabels, Counter>,
    /// Seconds from an iAPI request's arrival to its answer.
    pub iapi_seconds: Histogram,
    /// Targeting rules in force.
    pub rules_loaded: Gauge,
    /// Rules files refused (errors), the previous rules staying in force.
    pub rules_refused: Counter,
    /// Alerts of travellers a close-out reported boarded although their directive was 1Z or 2Z.
    pub boarded_against_directive: Counter,
    /// Officers' audited events (logins, views, actions) by action and outcome.
    pub officer_events: Family<OfficerLabels, Counter>,
}

fn stage_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.000_25, 2.0, 16))
}

impl Metrics {
    /// Creates and registers every metric.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("paxscreen");
        let metrics = Metrics {
            inputs: Family::default(),
            dead_letters: Family::default(),
            travellers: Counter::default(),
            alerts: Family::default(),
            late_alerts: Counter::default(),
            stage_seconds: Family::new_with_constructor(stage_histogram),
            queue_depth: Gauge::default(),
            watchlist_entries: Gauge::default(),
            watchlist_documents: Gauge::default(),
            watchlist_version: Gauge::default(),
            consumer_lag: Gauge::default(),
            assigned_partitions: Gauge::default(),
            uncommitted: Gauge::default(),
            pending_manifests: Gauge::default(),
            directives: Family::default(),
            iapi_requests: Family::default(),
            iapi_seconds: Histogram::new(exponential_buckets(0.000_125, 2.0, 16)),
            rules_loaded: Gauge::default(),
            rules_refused: Counter::default(),
            boarded_against_directive: Counter::default(),
            officer_events: Family::default(),
            registry: Registry::default(),
        };
        registry.register(
            "inputs",
            "Inputs received, by source and outcome",
            metrics.inputs.clone(),
        );
        registry.register(
            "dead_letters",
            "Inputs refused, by reason",
            metrics.dead_letters.clone(),
        );
        registry.register(
            "travellers_screened",
            "Travellers screened",
            metrics.travellers.clone(),
        );
        registry.register(
            "alerts",
            "Alerts emitted, by list and severity",
            metrics.alerts.clone(),
        );
        registry.register(
            "late_alerts",
            "Alerts generated after the scheduled arrival",
            metrics.late_alerts.clone(),
        );
        registry.register(
            "stage_seconds",
            "Seconds spent per stage and input",
            metrics.stage_seconds.clone(),
        );
        registry.register(
            "queue_depth",
            "Inputs waiting to be screened",
            metrics.queue_depth.clone(),
        );
        registry.register(
            "watchlist_entries",
            "Person entries in the loaded watchlist snapshot",
            metrics.watchlist_entries.clone(),
        );
        registry.register(
            "watchlist_documents",
            "Stolen/lost documents in the loaded watchlist snapshot",
            metrics.watchlist_documents.clone(),
        );
        registry.register(
            "watchlist_version",
            "Version of the loaded watchlist snapshot",
            metrics.watchlist_version.clone(),
        );
        registry.register(
            "consumer_lag",
            "Records of the manifest topic's assigned partitions not yet consumed",
            metrics.consumer_lag.clone(),
        );
        registry.register(
            "assigned_partitions",
            "Partitions of the manifest topic assigned to this worker",
            metrics.assigned_partitions.clone(),
        );
        registry.register(
            "uncommitted_records",
            "Records consumed whose offsets cannot be committed yet",
            metrics.uncommitted.clone(),
        );
        registry.register(
            "pending_multipart_manifests",
            "Multi-part manifests waiting for parts",
            metrics.pending_manifests.clone(),
        );
        registry.register(
            "directives",
            "Directives given to carriers, by code and kind",
            metrics.directives.clone(),
        );
        registry.register(
            "iapi_requests",
            "iAPI requests, by outcome",
            metrics.iapi_requests.clone(),
        );
        registry.register(
            "iapi_seconds",
            "Seconds from an iAPI request's arrival to its answer",
            metrics.iapi_seconds.clone(),
        );
        registry.register(
            "rules_loaded",
            "Targeting rules in force",
            metrics.rules_loaded.clone(),
        );
        registry.register(
            "rules_refused",
            "Rules files refused for an error (the previous rules stay in force)",
            metrics.rules_refused.clone(),
        );
        registry.register(
            "boarded_against_directive",
            "Alerts of travellers a close-out reported boarded although their directive was 1Z or 2Z",
            metrics.boarded_against_directive.clone(),
        );
        registry.register(
            "officer_events",
            "Officers' audited events (logins, queue reads, alert views, actions) by action and outcome",
            metrics.officer_events.clone(),
        );
        Metrics {
            registry,
            ..metrics
        }
    }

    /// Returns the metrics in the Prometheus text format.
    pub fn encode(&self) -> String {
        let mut text = String::new();
        // Writing to a String cannot fail.
        prometheus_client::encoding::text::encode(&mut text, &self.registry).unwrap_or(());
        text
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}
