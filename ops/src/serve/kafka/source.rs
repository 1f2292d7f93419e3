//! Consuming the manifest topic in a consumer group, auto-commit off.
//!
//! Each record is queued like any other input (bounded by `kafka.max_in_flight` and the
//! pipeline queue, so memory stays bounded when the topic grows faster than the workers
//! screen). When its outcome comes back — every alert and dead letter acknowledged — its offset
//! is marked done, and each partition is committed up to its first record not done. A part of
//! a multi-part manifest stays not done until the manifest is complete and screened. After a
//! crash the next owner of a partition replays from the last commit: alerts come again with the
//! same ids.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use rdkafka::consumer::{CommitMode, Consumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::statistics::Statistics;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use rdkafka::{ClientContext, Message};
use tokio::sync::{mpsc, watch, Semaphore};

use super::{client_config, forward_log};
use crate::serve::config::Kafka;
use crate::serve::offsets::Offsets;
use crate::serve::pipeline::Origin;
use crate::serve::{Outcome, Service};

/// Callbacks of the consumer: rebalances, statistics (the lag metric) and logs.
struct Hooks {
    topic: String,
    offsets: Arc<Mutex<Offsets>>,
    lag: prometheus_client::metrics::gauge::Gauge,
    assigned: prometheus_client::metrics::gauge::Gauge,
}

impl ClientContext for Hooks {
    fn log(&self, level: rdkafka::config::RDKafkaLogLevel, facility: &str, message: &str) {
        forward_log(level, facility, message);
    }

    fn stats(&self, statistics: Statistics) {
        let lag: i64 = statistics
            .topics
            .get(&self.topic)
            .map(|topic| {
                topic
                    .partitions
                    .values()
                    .filter(|p| p.partition >= 0 && p.desired && p.consumer_lag >= 0)
                    .map(|p| p.consumer_lag)
                    .sum()
            })
            .unwrap_or(0);
        self.lag.set(lag);
    }
}

impl ConsumerContext for Hooks {
    fn pre_rebalance(
        &self,
        consumer: &rdkafka::consumer::BaseConsumer<Self>,
        rebalance: &Rebalance<'_>,
    ) {
        let Rebalance::Revoke(revoked) = rebalance else {
            return;
        };
        // Commit what is done before the partitions go; what is not done will be replayed by
        // the next owner.
        let mut offsets = self.offsets.lock().unwrap_or_else(|e| e.into_inner());
        let commits = offsets.committable();
        let partitions: Vec<i32> = revoked
            .elements()
            .iter()
            .map(rdkafka::topic_partition_list::TopicPartitionListElem::partition)
            .collect();
        offsets.revoke(&partitions);
        drop(offsets);
        self.assigned.set(0);
        if let Some(list) = partition_list(&self.topic, &commits) {
            if let Err(error) = consumer.commit(&list, CommitMode::Sync) {
                tracing::warn!(error = %error, "committing before a rebalance");
            }
        }
        tracing::info!(partitions = ?partitions, "partitions revoked");
    }

    fn post_rebalance(
        &self,
        _consumer: &rdkafka::consumer::BaseConsumer<Self>,
        rebalance: &Rebalance<'_>,
    ) {
        if let Rebalance::Assign(assigned) = rebalance {
            let partitions: Vec<i32> = assigned
                .elements()
                .iter()
                .map(rdkafka::topic_partition_list::TopicPartitionListElem::partition)
                .collect();
            self.assigned.set(partitions.len() as i64);
            if partitions.is_empty() {
                tracing::warn!(
                    "no partition assigned: more workers than partitions, or the group still counts a dead worker (give each worker a kafka.instance_id)"
                );
            } else {
                tracing::info!(partitions = ?partitions, "partitions assigned");
            }
        }
    }
}

fn partition_list(topic: &str, commits: &[(i32, i64)]) -> Option<TopicPartitionList> {
    if commits.is_empty() {
        return None;
    }
    let mut list = TopicPartitionList::new();
    for &(partition, next) in commits {
        // Adding a partition to a list of our own making cannot fail.
        let _added = list.add_partition_offset(topic, partition, Offset::Offset(next));
    }
    Some(list)
}

/// What comes back for a consumed record.
struct Done {
    partition: i32,
    offset: i64,
    outcome: Result<Outcome, tokio::sync::oneshot::error::RecvError>,
}

/// Consumes the manifest topic until `stopping` turns true, then waits for the records in
/// flight and commits them.
///
/// # Errors
/// The consumer cannot be created or subscribed.
pub async fn consume(
    service: Arc<Service>,
    kafka: Kafka,
    mut stopping: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let offsets = Arc::new(Mutex::new(Offsets::default()));
    let hooks = Hooks {
        topic: kafka.manifests_topic.clone(),
        offsets: Arc::clone(&offsets),
        lag: service.metrics.consumer_lag.clone(),
        assigned: service.metrics.assigned_partitions.clone(),
    };
    let mut config = client_config(
        &kafka,
        &[
            ("auto.offset.reset", "earliest"),
            ("statistics.interval.ms", "1000"),
            // librdkafka waits up to 500 ms for a fetch to fill by default: most of the
            // end-to-end latency at moderate rates (5 ms: p50 20 ms instead of 50 ms at 5,000
            // travellers/s, for more, cheap, fetch requests).
            ("fetch.wait.max.ms", "5"),
            // A worker that dies loses its partitions after this long: short, so that a
            // restarted or surviving worker takes over quickly.
            ("session.timeout.ms", "10000"),
            ("heartbeat.interval.ms", "1000"),
            // Prefetched records at most (bounds memory when the topic runs ahead of
            // screening).
            ("queued.max.messages.kbytes", "16384"),
        ],
    );
    // Not overridable: at-least-once rests on them.
    config
        .set("group.id", &kafka.group)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false");
    if let Some(id) = &kafka.instance_id {
        config.set("group.instance.id", id);
    }
    let consumer: StreamConsumer<Hooks> = config
        .create_with_context(hooks)
        .context("creating the Kafka consumer")?;
    consumer
        .subscribe(&[&kafka.manifests_topic])
        .context("subscribing to the manifest topic")?;
    let consumer = Arc::new(consumer);
    let (done_sender, done) = mpsc::unbounded_channel::<Done>();
    let committer = tokio::spawn(commit_loop(
        Arc::clone(&consumer),
        Arc::clone(&service),
        kafka.manifests_topic.clone(),
        Arc::clone(&offsets),
        done,
    ));
    let room = Arc::new(Semaphore::new(kafka.max_in_flight));
    tracing::info!(topic = %kafka.manifests_topic, group = %kafka.group, "consuming");
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&room).acquire_owned() => permit?,
            _ = stopping.changed() => break,
        };
        let message = tokio::select! {
            message = consumer.recv() => message,
            _ = stopping.changed() => break,
        };
        let message = match message {
            Ok(message) => message,
            Err(error) => {
                tracing::warn!(error = %error, "consuming manifests");
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
        };
        let (partition, offset) = (message.partition(), message.offset());
        if let Some(produced) = message.timestamp().to_millis() {
            let age = chrono::Utc::now().timestamp_millis() - produced;
            service.observe_seconds("consume", age.max(0) as f64 / 1000.0);
        }
        let bytes = message.payload().unwrap_or_default().to_vec();
        drop(message);
        if !lock(&offsets).start(partition, offset) {
            // Delivered twice: processed (or being processed) already.
            tracing::debug!(partition, offset, "record received again: skipped");
            continue;
        }
        let origin = Origin {
            kind: "kafka",
            reference: format!("{}/{partition}/{offset}", kafka.manifests_topic),
            carrier: None,
            position: Some((partition, offset)),
        };
        let Some(reply) = service.submit(origin, bytes).await else {
            break;
        };
        let done_sender = done_sender.clone();
        tokio::spawn(async move {
            let outcome = reply.await;
            drop(permit);
            // The committer outlives every record in flight.
            let _sent = done_sender.send(Done {
                partition,
                offset,
                outcome,
            });
        });
    }
    // Wait for the records in flight (each holds a permit), then let the committer finish.
    let _all = room
        .acquire_many(u32::try_from(kafka.max_in_flight).unwrap_or(u32::MAX))
        .await;
    drop(done_sender);
    committer.await?;
    let commits = lock(&offsets).committable();
    if let Some(list) = partition_list(&kafka.manifests_topic, &commits) {
        consumer
            .commit(&list, CommitMode::Sync)
            .context("committing offsets at shutdown")?;
    }
    tracing::info!(
        outstanding = lock(&offsets).outstanding(),
        "stopped consuming: records not committed will be replayed"
    );
    Ok(())
}

fn lock(offsets: &Mutex<Offsets>) -> std::sync::MutexGuard<'_, Offsets> {
    offsets.lock().unwrap_or_else(|e| e.into_inner())
}

/// How often offsets are committed at most (a commit per record would load the broker).
const COMMIT_EVERY: Duration = Duration::from_millis(200);

/// Marks records done as their outcomes come back and commits what is contiguous, at most
/// every [`COMMIT_EVERY`] (what is left is committed by the caller at shutdown).
async fn commit_loop(
    consumer: Arc<StreamConsumer<Hooks>>,
    service: Arc<Service>,
    topic: String,
    offsets: Arc<Mutex<Offsets>>,
    mut done: mpsc::UnboundedReceiver<Done>,
) {
    let mut last_commit = tokio::time::Instant::now();
    loop {
        let record = match tokio::time::timeout(COMMIT_EVERY, done.recv()).await {
            Ok(Some(record)) => Some(record),
            Ok(None) => break,
            Err(_elapsed) => None,
        };
        if let Some(record) = record {
            let mut offsets = lock(&offsets);
            match &record.outcome {
                Ok(outcome) => {
                    for origin in &outcome.released {
                        if let Some((partition, offset)) = origin.position {
                            offsets.release(partition, offset);
                        }
                    }
                    offsets.finish(record.partition, record.offset, outcome.held);
                }
                // Outputs not written: the record stays uncommitted and is replayed after a
                // restart or rebalance.
                Err(_) => tracing::error!(
                    partition = record.partition,
                    offset = record.offset,
                    "outputs of a record failed: its partition stops committing"
                ),
            }
            offsets.advance();
            service
                .metrics
                .uncommitted
                .set(offsets.outstanding() as i64);
        }
        if last_commit.elapsed() >= COMMIT_EVERY {
            let commits = lock(&offsets).take_ready();
            if let Some(list) = partition_list(&topic, &commits) {
                if let Err(error) = consumer.commit(&list, CommitMode::Async) {
                    tracing::warn!(error = %error, "committing offsets");
                }
            }
            last_commit = tokio::time::Instant::now();
        }
    }
}
