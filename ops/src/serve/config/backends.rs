//! `[kafka]` and `[redis]`: the distributed mode. With `[kafka]`, manifests are consumed from a
//! topic by a consumer group and alerts and dead letters are produced to topics; with `[redis]`,
//! alerts are stored per arrival airport in Redis and, when no watchlist file is configured, the
//! watchlists come from the versioned snapshots `paxscreen watchlist load` publishes there.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `[kafka]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Kafka {
    /// Bootstrap servers, `host:port[,host:port…]`.
    pub brokers: String,
    /// Consumer group: workers with the same group share the manifest topic's partitions.
    pub group: String,
    /// Topic of raw manifests (one or more EDIFACT messages per record). Producers should key
    /// records by flight so that the parts of a multi-part manifest reach the same partition.
    pub manifests_topic: String,
    /// Topic alerts are produced to, keyed by arrival airport.
    pub alerts_topic: String,
    /// Topic malformed inputs are produced to: the raw bytes, with the reason in headers.
    pub dead_letters_topic: String,
    /// Topic carrier directives are produced to (iAPI answers and unsolicited updates), keyed
    /// by carrier, as JSON with the CUSRES message in the `cusres` field.
    pub directives_topic: String,
    /// A stable name for this worker in the group (Kafka static membership, such as the host
    /// or pod name): a worker restarted with the same id takes its partitions back at once
    /// instead of waiting for the group to expire the dead one. Unique per running worker.
    pub instance_id: Option<String>,
    /// Records consumed but not yet fully processed, at most: bounds memory when the input
    /// rate exceeds what the workers can screen.
    pub max_in_flight: usize,
    /// Create the three topics at start when they do not exist.
    pub create_topics: bool,
    /// Partitions of the topics created (the most workers of a group that can share the
    /// manifest topic).
    pub partitions: i32,
    /// Replication factor of the topics created.
    pub replication: i32,
    /// Extra librdkafka properties (security, timeouts…), applied to consumer and producer.
    pub properties: BTreeMap<String, String>,
}

impl Default for Kafka {
    fn default() -> Self {
        Kafka {
            brokers: String::new(),
            group: "paxscreen".to_owned(),
            manifests_topic: "paxscreen.manifests".to_owned(),
            alerts_topic: "paxscreen.alerts".to_owned(),
            dead_letters_topic: "paxscreen.dead-letters".to_owned(),
            directives_topic: "paxscreen.directives".to_owned(),
            instance_id: None,
            max_in_flight: 256,
            create_topics: true,
            partitions: 6,
            replication: 1,
            properties: BTreeMap::new(),
        }
    }
}

/// `[redis]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Redis {
    /// Connection URL, `redis://host:port/db`.
    pub url: String,
    /// Prefix of every key paxscreen writes.
    pub prefix: String,
    /// Seconds between checks for a new watchlist snapshot.
    pub snapshot_poll_seconds: u64,
}

impl Default for Redis {
    fn default() -> Self {
        Redis {
            url: String::new(),
            prefix: "paxscreen".to_owned(),
            snapshot_poll_seconds: 2,
        }
    }
}

impl Kafka {
    /// Appends what is wrong with this section to `problems`.
    pub fn check(&self, problems: &mut Vec<String>) {
        if self.brokers.trim().is_empty() {
            problems.push("kafka.brokers is empty".to_owned());
        }
        for (key, value) in [
            ("kafka.group", &self.group),
            ("kafka.manifests_topic", &self.manifests_topic),
            ("kafka.alerts_topic", &self.alerts_topic),
            ("kafka.dead_letters_topic", &self.dead_letters_topic),
        ] {
            if value.trim().is_empty() {
                problems.push(format!("{key} is empty"));
            }
        }
        if self.partitions < 1 || self.replication < 1 {
            problems.push("kafka.partitions and kafka.replication must be at least 1".to_owned());
        }
        if self.max_in_flight == 0 {
            problems.push("kafka.max_in_flight must be at least 1".to_owned());
        }
    }
}

impl Redis {
    /// Appends what is wrong with this section to `problems`.
    pub fn check(&self, problems: &mut Vec<String>) {
        if let Err(error) = redis::Client::open(self.url.as_str()) {
            problems.push(format!("redis.url: {error}"));
        }
        if self.prefix.is_empty() || self.prefix.contains(char::is_whitespace) {
            problems.push("redis.prefix must be a non-empty word".to_owned());
        }
        if self.snapshot_poll_seconds == 0 {
            problems.push("redis.snapshot_poll_seconds must be at least 1".to_owned());
        }
    }
}
