//! Producing alerts, dead letters and carrier directives. The producer is idempotent (`enable.idempotence`,
//! `acks=all`): a retry inside the client never duplicates a record; a record replayed after a
//! crash duplicates, with the same alert id, which consumers de-duplicate.

use std::time::Duration;

use anyhow::Context;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord, Producer};
use rdkafka::util::Timeout;

use super::client_config;
use crate::serve::alert::Encoded;
use crate::serve::config::Kafka;
use crate::serve::pipeline::DeadLetter;

/// Writes alerts and dead letters to their topics.
pub struct KafkaSink {
    producer: FutureProducer,
    alerts_topic: String,
    dead_letters_topic: String,
    directives_topic: String,
}

impl std::fmt::Debug for KafkaSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KafkaSink")
            .field("alerts_topic", &self.alerts_topic)
            .finish_non_exhaustive()
    }
}

impl KafkaSink {
    /// Creates the producer.
    ///
    /// # Errors
    /// The configuration is refused by the client.
    pub fn new(kafka: &Kafka) -> anyhow::Result<KafkaSink> {
        let producer: FutureProducer = client_config(
            kafka,
            &[("linger.ms", "2"), ("message.timeout.ms", "60000")],
        )
        // Not overridable: the delivery guarantees rest on them.
        .set("enable.idempotence", "true")
        .set("acks", "all")
        .create()
        .context("creating the Kafka producer")?;
        Ok(KafkaSink {
            producer,
            alerts_topic: kafka.alerts_topic.clone(),
            dead_letters_topic: kafka.dead_letters_topic.clone(),
            directives_topic: kafka.directives_topic.clone(),
        })
    }

    /// Produces alerts keyed by arrival airport, with the alert id in the `alert_id` header, and
    /// waits until every one is acknowledged.
    ///
    /// # Errors
    /// A record could not be delivered.
    pub async fn alerts(&self, alerts: &[Encoded]) -> anyhow::Result<()> {
        let mut deliveries = Vec::with_capacity(alerts.len());
        for Encoded {
            id,
            arrival_airport,
            json,
            ..
        } in alerts
        {
            let headers = OwnedHeaders::new().insert(Header {
                key: "alert_id",
                value: Some(id.as_str()),
            });
            let record = FutureRecord::to(&self.alerts_topic)
                .key(arrival_airport.as_str())
                .payload(json.as_bytes())
                .headers(headers);
            deliveries.push(self.enqueue(record).await?);
        }
        for delivery in deliveries {
            acknowledged(delivery, "an alert").await?;
        }
        Ok(())
    }

    /// Produces a refused input: the raw bytes, keyed by its reference, with the source,
    /// reason, detail and time in headers; waits for the acknowledgement.
    ///
    /// # Errors
    /// The record could not be delivered.
    pub async fn dead_letter(&self, letter: &DeadLetter, bytes: &[u8]) -> anyhow::Result<()> {
        let at = letter.at.to_rfc3339();
        let headers = OwnedHeaders::new()
            .insert(Header {
                key: "source",
                value: Some(letter.source.as_str()),
            })
            .insert(Header {
                key: "reason",
                value: Some(letter.reason.as_str()),
            })
            .insert(Header {
                key: "detail",
                value: Some(letter.detail.as_str()),
            })
            .insert(Header {
                key: "at",
                value: Some(at.as_str()),
            });
        let record = FutureRecord::to(&self.dead_letters_topic)
            .key(letter.reference.as_str())
            .payload(bytes)
            .headers(headers);
        let delivery = self.enqueue(record).await?;
        acknowledged(delivery, "a dead letter").await
    }

    /// Produces carrier directives (JSON, one record per answer) keyed by carrier, with the
    /// directive message id in the `directive_id` header, and waits for the acknowledgements.
    ///
    /// # Errors
    /// A record could not be delivered.
    pub async fn directives(&self, records: &[(String, String, String)]) -> anyhow::Result<()> {
        let mut deliveries = Vec::with_capacity(records.len());
        for (carrier, id, json) in records {
            let headers = OwnedHeaders::new().insert(Header {
                key: "directive_id",
                value: Some(id.as_str()),
            });
            let record = FutureRecord::to(&self.directives_topic)
                .key(carrier.as_str())
                .payload(json.as_bytes())
                .headers(headers);
            deliveries.push(self.enqueue(record).await?);
        }
        for delivery in deliveries {
            acknowledged(delivery, "a directive").await?;
        }
        Ok(())
    }

    /// Hands a record to the client, waiting while its queue is full.
    async fn enqueue<'a>(
        &self,
        mut record: FutureRecord<'a, str, [u8]>,
    ) -> anyhow::Result<DeliveryFuture> {
        loop {
            match self.producer.send_result(record) {
                Ok(delivery) => return Ok(delivery),
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), back)) => {
                    record = back;
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                Err((error, _)) => return Err(error).context("producing to Kafka"),
            }
        }
    }

    /// Waits until every record handed over is acknowledged (at shutdown).
    pub fn flush(&self) {
        if let Err(error) = self.producer.flush(Timeout::After(Duration::from_secs(10))) {
            tracing::warn!(error = %error, "flushing the Kafka producer");
        }
    }
}

async fn acknowledged(delivery: DeliveryFuture, what: &str) -> anyhow::Result<()> {
    match delivery.await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err((error, _))) => Err(error).with_context(|| format!("producing {what}")),
        Err(_) => anyhow::bail!("the Kafka producer stopped before acknowledging {what}"),
    }
}
