//! The embedded alert store: alerts by id, per arrival airport ordered by scheduled arrival (as
//! officers read them), and per flight (as close-outs revise them). An alert with a known id
//! replaces the earlier one (a manifest update or a replay revises, never duplicates).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::RwLock;

use chrono::NaiveDateTime;

use super::alert::Encoded;
use super::redis_store::RedisStore;

/// Where alerts are kept for officers: in memory (embedded mode) or in Redis.
#[derive(Debug)]
pub enum Store {
    /// In this process.
    Memory(AlertStore),
    /// In Redis, shared by every worker.
    Redis(RedisStore),
}

impl Store {
    /// Stores alerts; an alert with a known id replaces the earlier one.
    ///
    /// # Errors
    /// Redis refuses or cannot be reached.
    pub async fn upsert(&self, alerts: &[Encoded]) -> anyhow::Result<()> {
        match self {
            Store::Memory(store) => {
                for encoded in alerts {
                    store.upsert(encoded)?;
                }
                Ok(())
            }
            Store::Redis(store) => store.upsert(alerts).await,
        }
    }

    /// Returns up to `limit` alerts for an airport, by scheduled arrival.
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn for_airport(
        &self,
        airport: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<serde_json::Value>> {
        match self {
            Store::Memory(store) => Ok(store.for_airport(airport, limit)),
            Store::Redis(store) => store.for_airport(airport, limit).await,
        }
    }

    /// Returns every alert of a flight (by [`flight_key`](super::alert::flight_key)), with its
    /// routing, for revision.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something that is not an alert.
    pub async fn for_flight(
        &self,
        flight_key: &str,
    ) -> anyhow::Result<Vec<(Encoded, serde_json::Value)>> {
        match self {
            Store::Memory(store) => Ok(store.for_flight(flight_key)),
            Store::Redis(store) => store.for_flight(flight_key).await,
        }
    }
}

/// An alert as held in memory.
#[derive(Debug, Clone)]
struct Held {
    encoded: Encoded,
    value: serde_json::Value,
}

/// Alerts in memory.
#[derive(Debug, Default)]
pub struct AlertStore {
    inner: RwLock<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    by_id: HashMap<String, Held>,
    /// airport → (scheduled arrival, id); alerts without a scheduled arrival sort first.
    by_airport: BTreeMap<String, BTreeSet<(Option<NaiveDateTime>, String)>>,
    /// flight key → ids.
    by_flight: HashMap<String, BTreeSet<String>>,
}

impl AlertStore {
    /// Stores an alert; returns true when its id was new.
    ///
    /// # Errors
    /// The alert's JSON does not parse (not expected: it was just written).
    pub fn upsert(&self, encoded: &Encoded) -> anyhow::Result<bool> {
        let value: serde_json::Value = serde_json::from_str(&encoded.json)?;
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let key = (encoded.scheduled_arrival, encoded.id.clone());
        let previous = inner.by_id.insert(
            encoded.id.clone(),
            Held {
                encoded: encoded.clone(),
                value,
            },
        );
        if let Some(previous) = &previous {
            let old = (
                previous.encoded.scheduled_arrival,
                previous.encoded.id.clone(),
            );
            if let Some(set) = inner.by_airport.get_mut(&previous.encoded.arrival_airport) {
                set.remove(&old);
            }
        }
        inner
            .by_airport
            .entry(encoded.arrival_airport.clone())
            .or_default()
            .insert(key);
        inner
            .by_flight
            .entry(encoded.flight_key.clone())
            .or_default()
            .insert(encoded.id.clone());
        Ok(previous.is_none())
    }

    /// Returns up to `limit` alerts for an airport, by scheduled arrival.
    pub fn for_airport(&self, airport: &str, limit: usize) -> Vec<serde_json::Value> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        inner
            .by_airport
            .get(airport)
            .into_iter()
            .flatten()
            .take(limit)
            .filter_map(|(_, id)| inner.by_id.get(id).map(|held| held.value.clone()))
            .collect()
    }

    /// Returns every alert of a flight.
    pub fn for_flight(&self, flight_key: &str) -> Vec<(Encoded, serde_json::Value)> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        inner
            .by_flight
            .get(flight_key)
            .into_iter()
            .flatten()
            .filter_map(|id| inner.by_id.get(id))
            .map(|held| (held.encoded.clone(), held.value.clone()))
            .collect()
    }
}
