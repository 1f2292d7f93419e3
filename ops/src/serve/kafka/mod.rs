//! Kafka: the manifest topic consumed by a consumer group ([`source`]) and the alert and
//! dead-letter topics produced to ([`sink`]).
//!
//! Delivery is at-least-once with idempotent outputs: offsets are committed only once every
//! output of a record is acknowledged (see [`super::offsets`]), the producer is idempotent, and
//! alert ids are deterministic, so a record replayed after a crash rewrites the same alerts.
//! Kafka transactions are not used (not every Kafka-compatible broker has them).

pub mod sink;
pub mod source;

use anyhow::Context;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::ClientConfig;

use super::config::Kafka;

/// Creates the manifest, alert, dead-letter and directive topics that do not exist yet.
///
/// # Errors
/// The broker cannot be reached or refuses to create a topic.
pub async fn ensure_topics(kafka: &Kafka) -> anyhow::Result<()> {
    let admin: AdminClient<DefaultClientContext> = client_config(kafka, &[])
        .create()
        .context("creating the Kafka admin client")?;
    let topics: Vec<NewTopic<'_>> = [
        &kafka.manifests_topic,
        &kafka.alerts_topic,
        &kafka.dead_letters_topic,
        &kafka.directives_topic,
    ]
    .into_iter()
    .map(|name| {
        NewTopic::new(
            name,
            kafka.partitions,
            TopicReplication::Fixed(kafka.replication),
        )
    })
    .collect();
    let options = AdminOptions::new().operation_timeout(Some(std::time::Duration::from_secs(10)));
    let results = admin
        .create_topics(&topics, &options)
        .await
        .with_context(|| format!("creating topics on {}", kafka.brokers))?;
    for result in results {
        match result {
            Ok(topic) => tracing::info!(topic = %topic, "topic created"),
            Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((topic, code)) => anyhow::bail!("creating topic {topic}: {code}"),
        }
    }
    Ok(())
}

/// Returns a client configuration with the brokers, then `defaults`, then the configured extra
/// properties (which may override the defaults).
pub fn client_config(kafka: &Kafka, defaults: &[(&str, &str)]) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", &kafka.brokers);
    for (key, value) in defaults {
        config.set(*key, *value);
    }
    for (key, value) in &kafka.properties {
        config.set(key, value);
    }
    config
}

/// Forwards librdkafka's own log lines (brokers, partitions, errors: no message content) to
/// the service log.
pub fn forward_log(level: rdkafka::config::RDKafkaLogLevel, facility: &str, message: &str) {
    use rdkafka::config::RDKafkaLogLevel as Level;
    match level {
        Level::Emerg | Level::Alert | Level::Critical | Level::Error => {
            tracing::error!(facility, "kafka: {message}")
        }
        Level::Warning => tracing::warn!(facility, "kafka: {message}"),
        Level::Notice | Level::Info => tracing::info!(facility, "kafka: {message}"),
        Level::Debug => tracing::debug!(facility, "kafka: {message}"),
    }
}
