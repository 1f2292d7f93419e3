//! Kafka: the manifest topic consumed by a consumer group ([`source`]) and the alert and
//! dead-letter topics produced to ([`sink`]).
//!
//! Delivery is at-least-once with idempotent outputs: offsets are committed only once every
//! output of a record is acknowledged (see [`super::offsets`]), the producer is idempotent, and
//! alert ids are deterministic, so a record replayed after a crash rewrites the same alerts.
//! Kafka transactions are not used (not every Kafka-compatible broker has them).

pub mod sink;
pub mod source;

use rdkafka::ClientConfig;

use super::config::Kafka;

/// Returns a client configuration with the brokers and the extra properties.
pub fn client_config(kafka: &Kafka) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", &kafka.brokers);
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
