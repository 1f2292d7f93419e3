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

    /// Returns one alert.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something that is not an alert.
    pub async fn get(&self, id: &str) -> anyhow::Result<Option<(Encoded, serde_json::Value)>> {
        match self {
            Store::Memory(store) => Ok(store.get(id)),
            Store::Redis(store) => store.get(id).await,
        }
    }

    /// Forgets alerts kept `keep` past their scheduled arrival (Redis expires the alerts by
    /// themselves; their ids leave the airports' queues here); returns how many.
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn purge(
        &self,
        now: chrono::DateTime<chrono::Utc>,
        keep: chrono::Duration,
    ) -> anyhow::Result<usize> {
        match self {
            Store::Memory(store) => Ok(store.purge(now, keep)),
            Store::Redis(store) => store.purge(now).await,
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
    /// When it was first stored (UTC): retention counts from it when the alert has no
    /// scheduled arrival.
    stored: NaiveDateTime,
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
        let stored = inner
            .by_id
            .get(&encoded.id)
            .map_or_else(|| chrono::Utc::now().naive_utc(), |held| held.stored);
        let previous = inner.by_id.insert(
            encoded.id.clone(),
            Held {
                encoded: encoded.clone(),
                value,
                stored,
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

    /// Returns one alert.
    pub fn get(&self, id: &str) -> Option<(Encoded, serde_json::Value)> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        inner
            .by_id
            .get(id)
            .map(|held| (held.encoded.clone(), held.value.clone()))
    }

    /// Forgets alerts kept `keep` past their scheduled arrival and past when they were first
    /// stored; returns how many.
    pub fn purge(&self, now: chrono::DateTime<chrono::Utc>, keep: chrono::Duration) -> usize {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let horizon = (now - keep).naive_utc();
        let expired: Vec<String> = inner
            .by_id
            .iter()
            .filter(|(_, held)| {
                let arrival = held.encoded.scheduled_arrival.unwrap_or(held.stored);
                arrival.max(held.stored) < horizon
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in &expired {
            if let Some(held) = inner.by_id.remove(id) {
                let key = (held.encoded.scheduled_arrival, id.clone());
                if let Some(set) = inner.by_airport.get_mut(&held.encoded.arrival_airport) {
                    set.remove(&key);
                }
                if let Some(set) = inner.by_flight.get_mut(&held.encoded.flight_key) {
                    set.remove(id);
                }
            }
        }
        inner.by_airport.retain(|_, set| !set.is_empty());
        inner.by_flight.retain(|_, set| !set.is_empty());
        expired.len()
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
