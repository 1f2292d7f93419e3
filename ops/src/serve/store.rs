//! The embedded alert store: alerts by id, and per arrival airport ordered by scheduled arrival,
//! as officers read them. An alert with a known id replaces the earlier one (a manifest update
//! or a replay revises, never duplicates).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::RwLock;

use chrono::NaiveDateTime;

use super::alert::{Alert, Encoded};
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
                    store.upsert(encoded.alert.clone());
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
            Store::Memory(store) => Ok(store
                .for_airport(airport, limit)
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?),
            Store::Redis(store) => store.for_airport(airport, limit).await,
        }
    }
}

/// Alerts in memory.
#[derive(Debug, Default)]
pub struct AlertStore {
    inner: RwLock<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    by_id: HashMap<String, Alert>,
    /// airport → (scheduled arrival, id); alerts without a scheduled arrival sort first.
    by_airport: BTreeMap<String, BTreeSet<(Option<NaiveDateTime>, String)>>,
}

impl AlertStore {
    /// Stores an alert; returns true when its id was new.
    pub fn upsert(&self, alert: Alert) -> bool {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let key = (alert.scheduled_arrival, alert.id.clone());
        let airport = alert.arrival_airport.clone();
        let previous = inner.by_id.insert(alert.id.clone(), alert);
        if let Some(previous) = &previous {
            let old = (previous.scheduled_arrival, previous.id.clone());
            if let Some(set) = inner.by_airport.get_mut(&previous.arrival_airport) {
                set.remove(&old);
            }
        }
        inner.by_airport.entry(airport).or_default().insert(key);
        previous.is_none()
    }

    /// Returns up to `limit` alerts for an airport, by scheduled arrival.
    pub fn for_airport(&self, airport: &str, limit: usize) -> Vec<Alert> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        inner
            .by_airport
            .get(airport)
            .into_iter()
            .flatten()
            .take(limit)
            .filter_map(|(_, id)| inner.by_id.get(id).cloned())
            .collect()
    }
}
