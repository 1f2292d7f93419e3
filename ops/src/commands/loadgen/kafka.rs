//! The Kafka clients of a run: a reachability check, topic creation (idempotent: a topic that
//! exists is left alone), the idempotent manifest producer, and the consumer of the alert and
//! dead-letter topics, assigned at their high watermarks taken before anything is produced, so
//! that it reads exactly what the service produces during the run.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::RDKafkaErrorCode;
use rdkafka::producer::FutureProducer;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use rdkafka::{ClientConfig, Message};

use super::tracker::{AlertRecord, Tracker};

/// How long the broker has to answer the first request.
const REACH_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a created topic has to show up in the metadata.
const TOPIC_TIMEOUT: Duration = Duration::from_secs(15);

fn config(brokers: &str) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", brokers);
    config
}

/// Checks that a broker answers a metadata request within 5 s.
///
/// # Errors
/// None does.
pub fn check_reachable(brokers: &str) -> anyhow::Result<()> {
    let admin: AdminClient<DefaultClientContext> = config(brokers)
        .create()
        .context("creating the Kafka admin client")?;
    if let Err(error) = admin.inner().fetch_metadata(None, REACH_TIMEOUT) {
        bail!(
            "cannot reach the Kafka broker(s) at {brokers} within {} s: {error}",
            REACH_TIMEOUT.as_secs()
        );
    }
    Ok(())
}

/// Returns the number of partitions of `topic`, `None` when the broker does not know it.
fn partitions(
    admin: &AdminClient<DefaultClientContext>,
    topic: &str,
) -> anyhow::Result<Option<i32>> {
    let metadata = admin
        .inner()
        .fetch_metadata(Some(topic), REACH_TIMEOUT)
        .with_context(|| format!("reading the metadata of topic {topic}"))?;
    Ok(metadata
        .topics()
        .iter()
        .find(|t| t.name() == topic)
        .filter(|t| t.error().is_none() && !t.partitions().is_empty())
        .map(|t| t.partitions().len() as i32))
}

/// Checks that the brokers answer, and creates the topics that do not exist with `partitions`
/// partitions (replication 1). Returns the topics created.
///
/// # Errors
/// No broker answers within 5 s, or a topic cannot be created.
pub async fn prepare_topics(
    brokers: &str,
    topics: &[&str],
    partition_count: i32,
) -> anyhow::Result<Vec<String>> {
    check_reachable(brokers)?;
    let admin: AdminClient<DefaultClientContext> = config(brokers)
        .create()
        .context("creating the Kafka admin client")?;
    let mut missing = Vec::new();
    for topic in topics {
        if partitions(&admin, topic)?.is_none() {
            missing.push(*topic);
        }
    }
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let new_topics: Vec<NewTopic<'_>> = missing
        .iter()
        .map(|topic| NewTopic::new(topic, partition_count, TopicReplication::Fixed(1)))
        .collect();
    let options = AdminOptions::new().operation_timeout(Some(TOPIC_TIMEOUT));
    let results = admin
        .create_topics(&new_topics, &options)
        .await
        .context("creating topics")?;
    let mut created = Vec::new();
    for result in results {
        match result {
            Ok(topic) => created.push(topic),
            Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((topic, code)) => bail!("creating topic {topic}: {code}"),
        }
    }
    let started = Instant::now();
    for topic in &missing {
        while partitions(&admin, topic)?.is_none() {
            if started.elapsed() > TOPIC_TIMEOUT {
                bail!("topic {topic} was created but does not appear in the metadata");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    Ok(created)
}

/// Creates the manifest producer: idempotent, all replicas acknowledge.
///
/// # Errors
/// The client refuses the configuration.
pub fn producer(brokers: &str) -> anyhow::Result<FutureProducer> {
    config(brokers)
        .set("enable.idempotence", "true")
        .set("acks", "all")
        .set("linger.ms", "5")
        .set("queue.buffering.max.messages", "100000")
        .set("message.timeout.ms", "60000")
        .create()
        .context("creating the Kafka producer")
}

/// The consumer of the alert and dead-letter topics, running on its own thread.
pub struct Receiver {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

impl Receiver {
    /// Creates the consumer (group `paxscreen-loadgen-RUN`, no commits), assigns it every
    /// partition of both topics at the current high watermark, and starts feeding `tracker`.
    ///
    /// # Errors
    /// The consumer cannot be created or the watermarks cannot be read.
    pub fn start(
        brokers: &str,
        run_id: &str,
        alerts_topic: &str,
        dead_letters_topic: &str,
        tracker: Arc<Mutex<Tracker>>,
    ) -> anyhow::Result<Receiver> {
        let consumer: BaseConsumer = config(brokers)
            .set("group.id", format!("paxscreen-loadgen-{run_id}"))
            .set("enable.auto.commit", "false")
            .set("auto.offset.reset", "earliest")
            .set("fetch.wait.max.ms", "50")
            .create()
            .context("creating the Kafka consumer")?;
        let mut assignment = TopicPartitionList::new();
        for topic in [alerts_topic, dead_letters_topic] {
            let metadata = consumer
                .fetch_metadata(Some(topic), REACH_TIMEOUT)
                .with_context(|| format!("reading the metadata of topic {topic}"))?;
            let partitions: Vec<i32> = metadata
                .topics()
                .iter()
                .filter(|t| t.name() == topic)
                .flat_map(|t| t.partitions().iter().map(|p| p.id()))
                .collect();
            if partitions.is_empty() {
                bail!("topic {topic} has no partitions");
            }
            for partition in partitions {
                let (_, high) = consumer
                    .fetch_watermarks(topic, partition, REACH_TIMEOUT)
                    .with_context(|| format!("reading the end of {topic}/{partition}"))?;
                assignment
                    .add_partition_offset(topic, partition, Offset::Offset(high))
                    .context("building the assignment")?;
            }
        }
        consumer
            .assign(&assignment)
            .context("assigning the alert partitions")?;
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = Arc::clone(&stop);
        let alerts_topic = alerts_topic.to_owned();
        let thread = std::thread::Builder::new()
            .name("loadgen-receiver".to_owned())
            .spawn(move || receive(&consumer, &alerts_topic, &tracker, &stopping))
            .context("starting the receiver thread")?;
        Ok(Receiver { stop, thread })
    }

    /// Stops the consumer and waits for its thread.
    pub fn stop(self) {
        self.stop.store(true, Ordering::SeqCst);
        if self.thread.join().is_err() {
            eprintln!("loadgen: the receiver thread panicked");
        }
    }
}

/// Polls until `stop`, handing every record to the tracker.
fn receive(
    consumer: &BaseConsumer,
    alerts_topic: &str,
    tracker: &Mutex<Tracker>,
    stop: &AtomicBool,
) {
    let mut errors = 0usize;
    // The same record fetched twice is a client or broker quirk, not a duplicate in the log.
    let mut positions: HashSet<(String, i32, i64)> = HashSet::new();
    while !stop.load(Ordering::SeqCst) {
        let message = match consumer.poll(Duration::from_millis(100)) {
            None => continue,
            Some(Ok(message)) => message,
            Some(Err(error)) => {
                errors += 1;
                if errors <= 5 || errors.is_multiple_of(100) {
                    eprintln!("loadgen: consuming alerts: {error} ({errors} errors)");
                }
                continue;
            }
        };
        let payload = message.payload().unwrap_or_default();
        let mut tracker = tracker
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let position = (
            message.topic().to_owned(),
            message.partition(),
            message.offset(),
        );
        if !positions.insert(position) {
            tracker.refetched_records += 1;
            continue;
        }
        if message.topic() == alerts_topic {
            match serde_json::from_slice::<AlertRecord>(payload) {
                Ok(alert) => tracker.on_alert(alert, message.timestamp().to_millis()),
                Err(_) => tracker.foreign_records += 1,
            }
        } else {
            tracker.on_dead_letter(payload);
        }
    }
}
