//! The real servers the distributed-mode tests talk to: a Kafka-compatible broker and Redis,
//! named by `PAXSCREEN_TEST_KAFKA` and `PAXSCREEN_TEST_REDIS` (`.ci/run` starts both on
//! loopback and sets them). Without them the tests say so and skip — except under CI, where a
//! missing server is a failure.

use std::collections::BTreeMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use rdkafka::ClientConfig;

/// Addresses of the servers.
#[derive(Debug, Clone)]
pub struct Backends {
    /// Kafka bootstrap servers.
    pub kafka: String,
    /// Redis URL.
    pub redis: String,
}

/// Returns the servers, or `None` (after saying why) when they are not configured outside CI.
///
/// # Panics
/// Panics under CI (`CI` set) when a server is not configured.
pub fn backends(test: &str) -> Option<Backends> {
    let kafka = std::env::var("PAXSCREEN_TEST_KAFKA").ok();
    let redis = std::env::var("PAXSCREEN_TEST_REDIS").ok();
    match (kafka, redis) {
        (Some(kafka), Some(redis)) => Some(Backends { kafka, redis }),
        _ if std::env::var_os("CI").is_some() => {
            panic!("{test}: PAXSCREEN_TEST_KAFKA and PAXSCREEN_TEST_REDIS must be set under CI")
        }
        _ => {
            eprintln!(
                "{test}: skipped: set PAXSCREEN_TEST_KAFKA and PAXSCREEN_TEST_REDIS (as .ci/run does)"
            );
            None
        }
    }
}

/// Returns a name unique to this run, for topics, groups and key prefixes.
pub fn unique(name: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("t{}-{nanos}-{name}", std::process::id())
}

/// One record read from a topic.
#[derive(Debug, Clone)]
pub struct Record {
    /// Partition.
    pub partition: i32,
    /// Key, as text.
    pub key: Option<String>,
    /// Payload.
    pub payload: Vec<u8>,
    /// Headers, as text.
    pub headers: BTreeMap<String, String>,
}

impl Record {
    /// Returns the payload as JSON.
    ///
    /// # Panics
    /// Panics when the payload is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.payload).expect("a JSON payload")
    }
}

/// Produces records (key, payload) to `topic` and waits until all are acknowledged.
///
/// # Panics
/// Panics when the broker does not acknowledge them within 30 s.
pub fn produce(brokers: &str, topic: &str, records: &[(&str, &[u8])]) {
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("enable.idempotence", "true")
        .create()
        .expect("a producer");
    for (key, payload) in records {
        producer
            .send(BaseRecord::to(topic).key(*key).payload(*payload))
            .map_err(|(e, _)| e)
            .expect("record queued");
    }
    producer
        .flush(Duration::from_secs(30))
        .expect("records acknowledged");
}

/// Reads `topic` from the beginning until `done` says the records read are enough, or
/// `timeout` passes; returns what was read.
///
/// # Panics
/// Panics when the topic's partitions cannot be listed.
pub fn read_until(
    brokers: &str,
    topic: &str,
    timeout: Duration,
    done: impl Fn(&[Record]) -> bool,
) -> Vec<Record> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", unique("reader"))
        .set("enable.auto.commit", "false")
        .create()
        .expect("a consumer");
    let deadline = Instant::now() + timeout;
    let partitions = loop {
        let metadata = consumer
            .fetch_metadata(Some(topic), Duration::from_secs(10))
            .expect("topic metadata");
        let count = metadata
            .topics()
            .first()
            .map_or(0, |t| t.partitions().len());
        if count > 0 || Instant::now() > deadline {
            break count;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let mut list = TopicPartitionList::new();
    for partition in 0..partitions {
        list.add_partition_offset(topic, partition as i32, Offset::Beginning)
            .expect("partition added");
    }
    consumer.assign(&list).expect("partitions assigned");
    let mut records = Vec::new();
    while Instant::now() < deadline && !done(&records) {
        let Some(message) = consumer.poll(Duration::from_millis(200)) else {
            continue;
        };
        let Ok(message) = message else {
            continue;
        };
        let headers = message
            .headers()
            .map(|headers| {
                headers
                    .iter()
                    .map(|h| {
                        (
                            h.key.to_owned(),
                            String::from_utf8_lossy(h.value.unwrap_or_default()).into_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        records.push(Record {
            partition: message.partition(),
            key: message
                .key()
                .map(|k| String::from_utf8_lossy(k).into_owned()),
            payload: message.payload().unwrap_or_default().to_vec(),
            headers,
        });
    }
    records
}

/// Returns a Redis connection.
///
/// # Panics
/// Panics when Redis cannot be reached.
pub fn redis(url: &str) -> redis::Connection {
    redis::Client::open(url)
        .and_then(|client| client.get_connection())
        .expect("a Redis connection")
}
