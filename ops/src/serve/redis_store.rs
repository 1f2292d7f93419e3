//! The alert store in Redis, shared by every worker and read by officers' tools: each alert as
//! JSON under `PREFIX:alert:ID`, and per arrival airport a sorted set `PREFIX:alerts:AIRPORT`
//! of alert ids scored by scheduled arrival (seconds since the epoch of the local time as sent;
//! alerts without one score 0 and sort first), and per flight a set `PREFIX:flight:KEY` of alert
//! ids (close-outs revise a flight's alerts). Writing an alert twice (a replay after a crash,
//! a manifest update) overwrites it: the store holds each id once.

use anyhow::Context;
use chrono::NaiveDateTime;
use redis::aio::ConnectionManager;
use redis::AsyncCommands;

use super::alert::Encoded;

/// Alerts in Redis.
#[derive(Clone)]
pub struct RedisStore {
    connection: ConnectionManager,
    prefix: String,
    /// How long alerts are kept after their scheduled arrival.
    retention: chrono::Duration,
}

impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisStore")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

/// The score of an alert in its airport's sorted set.
fn arrival_score(arrival: Option<NaiveDateTime>) -> f64 {
    arrival.map_or(0.0, |at| at.and_utc().timestamp() as f64)
}

impl RedisStore {
    /// Connects (the connection is re-established by itself after a failure).
    ///
    /// # Errors
    /// The URL is invalid or Redis does not answer.
    pub async fn connect(url: &str, prefix: &str) -> anyhow::Result<RedisStore> {
        let client = redis::Client::open(url).context("redis.url")?;
        let connection = ConnectionManager::new(client)
            .await
            .context("connecting to Redis")?;
        Ok(RedisStore {
            connection,
            prefix: prefix.to_owned(),
            retention: chrono::Duration::hours(72),
        })
    }

    /// Keeps alerts `retention` past their scheduled arrival, and at least `retention` past when
    /// they were written: each alert key expires then, and [`RedisStore::purge`] drops the ids
    /// of expired alerts from the airports' queues.
    pub fn with_retention(mut self, retention: chrono::Duration) -> RedisStore {
        self.retention = retention;
        self
    }

    /// Drops from every airport's queue the ids of alerts past their retention (the alerts
    /// themselves expire by themselves); returns how many ids were dropped.
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn purge(&self, now: chrono::DateTime<chrono::Utc>) -> anyhow::Result<usize> {
        let mut connection = self.connection.clone();
        let pattern = format!("{}:alerts:*", self.prefix);
        let mut keys: Vec<String> = Vec::new();
        let mut iter: redis::AsyncIter<'_, String> = connection.scan_match(&pattern).await?;
        while let Some(key) = iter.next_item().await {
            keys.push(key?);
        }
        drop(iter);
        // Only ids scored before the retention horizon can have expired; of those, drop the
        // ones whose alert key is gone.
        let horizon = arrival_score(Some((now - self.retention).naive_utc()));
        let mut dropped = 0;
        for key in keys {
            let old: Vec<String> = connection
                .zrangebyscore(&key, "-inf", format!("({horizon}"))
                .await?;
            if old.is_empty() {
                continue;
            }
            let alert_keys: Vec<String> = old
                .iter()
                .map(|id| format!("{}:alert:{id}", self.prefix))
                .collect();
            let present: Vec<Option<String>> = connection.mget(&alert_keys).await?;
            let gone: Vec<&String> = old
                .iter()
                .zip(&present)
                .filter(|(_, value)| value.is_none())
                .map(|(id, _)| id)
                .collect();
            if !gone.is_empty() {
                let removed: usize = connection.zrem(&key, gone).await?;
                dropped += removed;
            }
        }
        Ok(dropped)
    }

    /// Returns one alert, with its routing.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something that is not an alert.
    pub async fn get(&self, id: &str) -> anyhow::Result<Option<(Encoded, serde_json::Value)>> {
        let json: Option<String> = self
            .connection
            .clone()
            .get(format!("{}:alert:{id}", self.prefix))
            .await?;
        json.map(|json| decode(id.to_owned(), json)).transpose()
    }

    /// Stores alerts, in one round trip.
    ///
    /// # Errors
    /// Redis refuses or cannot be reached.
    pub async fn upsert(&self, alerts: &[Encoded]) -> anyhow::Result<()> {
        if alerts.is_empty() {
            return Ok(());
        }
        let mut pipe = redis::pipe();
        let now = chrono::Utc::now().naive_utc();
        for encoded in alerts {
            // Kept `retention` after the arrival, and at least that long after being written (an
            // alert raised late, or a replay of an old manifest, is still seen).
            let expires = (encoded.scheduled_arrival.unwrap_or(now).max(now) + self.retention)
                .and_utc()
                .timestamp()
                .max(1);
            let key = format!("{}:alert:{}", self.prefix, encoded.id);
            pipe.set(&key, &encoded.json)
                .ignore()
                .cmd("EXPIREAT")
                .arg(&key)
                .arg(expires)
                .ignore()
                .zadd(
                    format!("{}:alerts:{}", self.prefix, encoded.arrival_airport),
                    &encoded.id,
                    arrival_score(encoded.scheduled_arrival),
                )
                .ignore()
                .sadd(
                    format!("{}:flight:{}", self.prefix, encoded.flight_key),
                    &encoded.id,
                )
                .ignore();
        }
        let mut connection = self.connection.clone();
        pipe.query_async::<()>(&mut connection)
            .await
            .context("storing alerts in Redis")
    }

    /// Returns up to `limit` alerts of an airport, by scheduled arrival, as stored.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something that is not an alert.
    pub async fn for_airport(
        &self,
        airport: &str,
        limit: usize,
    ) -> anyhow::Result<Vec<serde_json::Value>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut connection = self.connection.clone();
        let ids: Vec<String> = connection
            .zrange(
                format!("{}:alerts:{airport}", self.prefix),
                0,
                limit as isize - 1,
            )
            .await?;
        self.stored(&mut connection, ids)
            .await?
            .into_iter()
            .map(|(_, json)| serde_json::from_str(&json).context("an alert in Redis is not JSON"))
            .collect()
    }

    /// Returns every alert of a flight, with its routing, for revision.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something that is not an alert.
    pub async fn for_flight(
        &self,
        flight_key: &str,
    ) -> anyhow::Result<Vec<(Encoded, serde_json::Value)>> {
        let mut connection = self.connection.clone();
        let ids: Vec<String> = connection
            .smembers(format!("{}:flight:{flight_key}", self.prefix))
            .await?;
        self.stored(&mut connection, ids)
            .await?
            .into_iter()
            .map(|(id, json)| decode(id, json))
            .collect()
    }

    /// Returns the stored JSON of the alerts `ids` still held, in order, with their ids (one
    /// MGET; an id whose alert expired is left out).
    async fn stored(
        &self,
        connection: &mut ConnectionManager,
        ids: Vec<String>,
    ) -> anyhow::Result<Vec<(String, String)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let keys: Vec<String> = ids
            .iter()
            .map(|id| format!("{}:alert:{id}", self.prefix))
            .collect();
        let values: Vec<Option<String>> = connection.mget(keys).await?;
        Ok(ids
            .into_iter()
            .zip(values)
            .filter_map(|(id, json)| Some((id, json?)))
            .collect())
    }
}

/// Reads an alert as stored, with its routing.
fn decode(id: String, json: String) -> anyhow::Result<(Encoded, serde_json::Value)> {
    let value: serde_json::Value =
        serde_json::from_str(&json).context("an alert in Redis is not JSON")?;
    let scheduled_arrival = value["scheduled_arrival"]
        .as_str()
        .and_then(|at| at.parse::<NaiveDateTime>().ok());
    let flight: super::alert::FlightView = serde_json::from_value(value["flight"].clone())
        .context("an alert in Redis has no flight")?;
    Ok((
        Encoded {
            id,
            arrival_airport: value["arrival_airport"]
                .as_str()
                .unwrap_or("UNKNOWN")
                .to_owned(),
            scheduled_arrival,
            flight_key: super::alert::flight_key(&flight),
            json,
        },
        value,
    ))
}
