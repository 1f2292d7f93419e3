//! Producing the manifests: keyed by flight, each with its CreateTime set when it is handed to
//! the client, paced to a rate of travellers per second. Acknowledgements are awaited in the
//! background and counted.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{FutureProducer, FutureRecord};
use tokio::time::Instant;

/// One message to produce.
#[derive(Debug)]
pub struct Outgoing {
    /// Record key: the flight.
    pub key: String,
    /// The PAXLST interchange.
    pub bytes: Vec<u8>,
    /// Travellers in it.
    pub travellers: usize,
}

/// Counters shared with the progress display.
#[derive(Debug, Default)]
pub struct Progress {
    /// Messages handed to the client.
    pub produced: AtomicUsize,
    /// Messages acknowledged by the broker.
    pub acknowledged: AtomicUsize,
    /// Messages the broker refused or that timed out.
    pub failed: AtomicUsize,
    /// Time (ms since the epoch) of the last acknowledgement.
    pub last_ack_ms: AtomicI64,
    /// Per acknowledged message: its position and when the broker acknowledged it (ms since
    /// the epoch): from then on the service can read the record.
    pub acks: Mutex<Vec<(usize, i64)>>,
}

impl Progress {
    /// Returns the messages acknowledged or failed.
    pub fn settled(&self) -> usize {
        self.acknowledged.load(Ordering::SeqCst) + self.failed.load(Ordering::SeqCst)
    }
}

/// Returns the time now, milliseconds since the epoch.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Produces every message to `topic` at `rate` travellers per second (0: as fast as the client
/// takes them) and returns each message's CreateTime (ms).
///
/// # Errors
/// The client refuses a record for another reason than a full queue.
pub async fn produce_all(
    producer: &FutureProducer,
    topic: &str,
    messages: &[Outgoing],
    rate: f64,
    progress: &Arc<Progress>,
) -> anyhow::Result<Vec<i64>> {
    let started = Instant::now();
    let mut created_ms = Vec::with_capacity(messages.len());
    let mut travellers_sent = 0usize;
    for (position, message) in messages.iter().enumerate() {
        if rate > 0.0 {
            let due = started + Duration::from_secs_f64(travellers_sent as f64 / rate);
            tokio::time::sleep_until(due).await;
        }
        let (timestamp, delivery) = loop {
            let timestamp = now_ms();
            let record = FutureRecord::to(topic)
                .key(message.key.as_str())
                .payload(message.bytes.as_slice())
                .timestamp(timestamp);
            match producer.send_result(record) {
                Ok(delivery) => break (timestamp, delivery),
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
                Err((error, _)) => return Err(error).context("producing a manifest"),
            }
        };
        created_ms.push(timestamp);
        travellers_sent += message.travellers;
        progress.produced.fetch_add(1, Ordering::SeqCst);
        let progress = Arc::clone(progress);
        tokio::spawn(async move {
            match delivery.await {
                Ok(Ok(_)) => {
                    let acknowledged = now_ms();
                    progress
                        .acks
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push((position, acknowledged));
                    progress
                        .last_ack_ms
                        .fetch_max(acknowledged, Ordering::SeqCst);
                    progress.acknowledged.fetch_add(1, Ordering::SeqCst);
                }
                Ok(Err((error, _))) => {
                    let failed = progress.failed.fetch_add(1, Ordering::SeqCst) + 1;
                    if failed <= 5 {
                        eprintln!("loadgen: a manifest was not delivered: {error}");
                    }
                }
                Err(_) => {
                    progress.failed.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
    }
    Ok(created_ms)
}
