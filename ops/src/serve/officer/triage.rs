//! Officers' dispositions of alerts (status, history, notes, directive override), the
//! traveller/entry pairs they suppressed, and the directives they overrode.
//!
//! Kept beside the alerts, not inside them: a manifest replay revises an alert (same id) without
//! losing what officers decided. In memory in the embedded mode; with `[redis]`, each disposition
//! is `PREFIX:triage:ID` (JSON, expiring with the alert's retention), suppressions the hash
//! `PREFIX:suppressions` and overrides the hash `PREFIX:overrides`, shared by every worker.

use std::collections::HashMap;
use std::sync::Mutex;

use anyhow::Context;
use chrono::{DateTime, Utc};
use paxscreen_rules::Directive;
use redis::aio::ConnectionManager;
use redis::AsyncCommands;
use serde::{Deserialize, Serialize};

/// Where an alert stands with officers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not decided yet.
    #[default]
    Open,
    /// A true match: the officer acts on it.
    Confirmed,
    /// A false positive.
    Dismissed,
    /// Handed to a supervisor or another service.
    Escalated,
}

impl Status {
    /// Returns the status as the API writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Confirmed => "confirmed",
            Status::Dismissed => "dismissed",
            Status::Escalated => "escalated",
        }
    }
}

/// One action in an alert's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// When.
    pub at: DateTime<Utc>,
    /// Who (username).
    pub actor: String,
    /// `confirm`, `dismiss`, `escalate`, `reopen`, `override_directive`.
    pub action: String,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The directive given, for an override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directive: Option<Directive>,
}

/// A note on an alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub actor: String,
    /// The note.
    pub text: String,
}

/// A directive an officer gave instead of the screening's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Override {
    /// The directive in force.
    pub directive: Directive,
    /// The directive before.
    pub previous: Directive,
    /// Who.
    pub by: String,
    /// When.
    pub at: DateTime<Utc>,
    /// Why.
    pub reason: String,
}

/// What officers decided on one alert.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Disposition {
    /// Status.
    pub status: Status,
    /// Every action, oldest first.
    #[serde(default)]
    pub history: Vec<Step>,
    /// Notes, oldest first.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The directive override, when one was given.
    #[serde(default)]
    pub directive_override: Option<Override>,
    /// True when the officer who dismissed the alert suppressed its traveller/entry pair.
    #[serde(default)]
    pub suppressed: bool,
    /// When it is forgotten (the alert's retention).
    pub until: DateTime<Utc>,
    /// Counts the writes: a write names the revision it read and is refused when another
    /// (in this worker or another one) came in between (see [`TriageStore::put`]).
    #[serde(default)]
    pub revision: u64,
}

/// A suppressed traveller/entry pair: the traveller does not alert on the entry again until the
/// entry changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suppression {
    /// The list.
    pub list: String,
    /// The entry id.
    pub entry_id: String,
    /// The entry's content digest when suppressed (see [`super::guards::entry_version`]).
    pub entry_version: String,
    /// Who.
    pub by: String,
    /// When.
    pub at: DateTime<Utc>,
    /// The alert dismissed.
    pub alert_id: String,
    /// When it is forgotten.
    pub until: DateTime<Utc>,
}

/// A directive override as the pipeline applies it to the traveller's later screenings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeldOverride {
    /// The directive.
    pub directive: Directive,
    /// When it is forgotten (the flight's retention).
    pub until: DateTime<Utc>,
}

/// Where dispositions are kept.
pub enum TriageStore {
    /// In this process.
    Memory(Mutex<MemoryStore>),
    /// In Redis.
    Redis {
        /// Connection.
        connection: ConnectionManager,
        /// Key prefix.
        prefix: String,
    },
}

/// Dispositions, suppressions and overrides in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    dispositions: HashMap<String, Disposition>,
    suppressions: HashMap<String, Suppression>,
    overrides: HashMap<String, HeldOverride>,
}

impl std::fmt::Debug for TriageStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TriageStore::Memory(_) => f.write_str("TriageStore::Memory"),
            TriageStore::Redis { prefix, .. } => write!(f, "TriageStore::Redis({prefix})"),
        }
    }
}

/// Sets a disposition (`ARGV[2]`, expiring at `ARGV[3]`) if the stored one's revision is
/// `ARGV[1]` (none stored counts as 0), in one step on the server: returns 1 when set, 0 when
/// another write came in between.
const PUT_IF_REVISION: &str = r"
local current = redis.call('GET', KEYS[1])
local revision = 0
if current then
  local ok, stored = pcall(cjson.decode, current)
  if ok and type(stored) == 'table' and stored.revision then
    revision = tonumber(stored.revision)
  end
end
if revision ~= tonumber(ARGV[1]) then
  return 0
end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('EXPIREAT', KEYS[1], ARGV[3])
return 1
";

fn parse<T: for<'de> Deserialize<'de>>(json: &str, what: &str) -> anyhow::Result<T> {
    serde_json::from_str(json).with_context(|| format!("reading a stored {what}"))
}

impl TriageStore {
    /// Returns an empty store in memory.
    pub fn memory() -> TriageStore {
        TriageStore::Memory(Mutex::new(MemoryStore::default()))
    }

    /// Connects to Redis.
    ///
    /// # Errors
    /// The URL is invalid or Redis does not answer.
    pub async fn redis(url: &str, prefix: &str) -> anyhow::Result<TriageStore> {
        let client = redis::Client::open(url).context("redis.url")?;
        let connection = ConnectionManager::new(client)
            .await
            .context("connecting to Redis")?;
        Ok(TriageStore::Redis {
            connection,
            prefix: prefix.to_owned(),
        })
    }

    fn memory_lock(store: &Mutex<MemoryStore>) -> std::sync::MutexGuard<'_, MemoryStore> {
        store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Returns the dispositions of alerts, in the order of `ids` (`None` for an alert no
    /// officer acted on).
    ///
    /// # Errors
    /// Redis cannot be reached or holds something unreadable.
    pub async fn get_many(&self, ids: &[String]) -> anyhow::Result<Vec<Option<Disposition>>> {
        match self {
            TriageStore::Memory(store) => {
                let store = Self::memory_lock(store);
                Ok(ids
                    .iter()
                    .map(|id| store.dispositions.get(id).cloned())
                    .collect())
            }
            TriageStore::Redis { connection, prefix } => {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let keys: Vec<String> = ids
                    .iter()
                    .map(|id| format!("{prefix}:triage:{id}"))
                    .collect();
                let values: Vec<Option<String>> = connection.clone().mget(&keys).await?;
                values
                    .into_iter()
                    .map(|v| v.map(|json| parse(&json, "disposition")).transpose())
                    .collect()
            }
        }
    }

    /// Returns the disposition of one alert.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something unreadable.
    pub async fn get(&self, id: &str) -> anyhow::Result<Option<Disposition>> {
        Ok(self.get_many(&[id.to_owned()]).await?.pop().flatten())
    }

    /// Stores the disposition of an alert until `disposition.until`, if the stored one is still
    /// at revision `read` (0: none stored): returns false, storing nothing, when another write
    /// came in between. `disposition.revision` should be `read + 1`.
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn put(
        &self,
        id: &str,
        disposition: &Disposition,
        read: u64,
    ) -> anyhow::Result<bool> {
        match self {
            TriageStore::Memory(store) => {
                let mut store = Self::memory_lock(store);
                let current = store.dispositions.get(id).map_or(0, |d| d.revision);
                if current != read {
                    return Ok(false);
                }
                store
                    .dispositions
                    .insert(id.to_owned(), disposition.clone());
                Ok(true)
            }
            TriageStore::Redis { connection, prefix } => {
                let json = serde_json::to_string(disposition)?;
                let stored: i64 = redis::Script::new(PUT_IF_REVISION)
                    .key(format!("{prefix}:triage:{id}"))
                    .arg(read)
                    .arg(json)
                    .arg(disposition.until.timestamp().max(1))
                    .invoke_async(&mut connection.clone())
                    .await?;
                Ok(stored == 1)
            }
        }
    }

    /// Records a suppressed pair.
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn suppress(&self, pair: &str, suppression: &Suppression) -> anyhow::Result<()> {
        match self {
            TriageStore::Memory(store) => {
                Self::memory_lock(store)
                    .suppressions
                    .insert(pair.to_owned(), suppression.clone());
                Ok(())
            }
            TriageStore::Redis { connection, prefix } => {
                let json = serde_json::to_string(suppression)?;
                let () = connection
                    .clone()
                    .hset(format!("{prefix}:suppressions"), pair, json)
                    .await?;
                Ok(())
            }
        }
    }

    /// Records a directive override for a traveller of a flight.
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn set_override(&self, key: &str, held: &HeldOverride) -> anyhow::Result<()> {
        match self {
            TriageStore::Memory(store) => {
                Self::memory_lock(store)
                    .overrides
                    .insert(key.to_owned(), held.clone());
                Ok(())
            }
            TriageStore::Redis { connection, prefix } => {
                let json = serde_json::to_string(held)?;
                let () = connection
                    .clone()
                    .hset(format!("{prefix}:overrides"), key, json)
                    .await?;
                Ok(())
            }
        }
    }

    /// Returns every suppressed pair and directive override in force, forgetting those past
    /// their retention.
    ///
    /// # Errors
    /// Redis cannot be reached or holds something unreadable.
    pub async fn guards(
        &self,
        now: DateTime<Utc>,
    ) -> anyhow::Result<(HashMap<String, Suppression>, HashMap<String, HeldOverride>)> {
        match self {
            TriageStore::Memory(store) => {
                let mut store = Self::memory_lock(store);
                store.suppressions.retain(|_, s| s.until > now);
                store.overrides.retain(|_, o| o.until > now);
                Ok((store.suppressions.clone(), store.overrides.clone()))
            }
            TriageStore::Redis { connection, prefix } => {
                let mut connection = connection.clone();
                let suppressions = read_hash::<Suppression>(
                    &mut connection,
                    &format!("{prefix}:suppressions"),
                    now,
                    |s| s.until,
                )
                .await?;
                let overrides = read_hash::<HeldOverride>(
                    &mut connection,
                    &format!("{prefix}:overrides"),
                    now,
                    |o| o.until,
                )
                .await?;
                Ok((suppressions, overrides))
            }
        }
    }

    /// Forgets dispositions past their retention (Redis expires them by itself).
    pub fn purge(&self, now: DateTime<Utc>) -> usize {
        match self {
            TriageStore::Memory(store) => {
                let mut store = Self::memory_lock(store);
                let before = store.dispositions.len();
                store.dispositions.retain(|_, d| d.until > now);
                before - store.dispositions.len()
            }
            TriageStore::Redis { .. } => 0,
        }
    }
}

/// Reads a hash of JSON values, deleting the fields past their retention.
async fn read_hash<T: for<'de> Deserialize<'de>>(
    connection: &mut ConnectionManager,
    key: &str,
    now: DateTime<Utc>,
    until: impl Fn(&T) -> DateTime<Utc>,
) -> anyhow::Result<HashMap<String, T>> {
    let raw: HashMap<String, String> = connection.hgetall(key).await?;
    let mut kept = HashMap::with_capacity(raw.len());
    let mut expired = Vec::new();
    for (field, json) in raw {
        let value: T = parse(&json, key)?;
        if until(&value) > now {
            kept.insert(field, value);
        } else {
            expired.push(field);
        }
    }
    if !expired.is_empty() {
        let () = connection.hdel(key, expired).await?;
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn disposition(until: DateTime<Utc>) -> Disposition {
        Disposition {
            status: Status::Dismissed,
            history: vec![Step {
                at: until,
                actor: "a".into(),
                action: "dismiss".into(),
                reason: Some("not him".into()),
                directive: None,
            }],
            until,
            ..Disposition::default()
        }
    }

    fn connection_of(store: &TriageStore) -> ConnectionManager {
        let TriageStore::Redis { connection, .. } = store else {
            unreachable!()
        };
        connection.clone()
    }

    /// Two writers read revision 0: the first write lands, the second is refused and lands
    /// once it names the revision it then reads.
    async fn assert_revisions_guard_writes(store: &TriageStore, id: &str) {
        let until = Utc::now() + chrono::Duration::hours(1);
        let first = Disposition {
            revision: 1,
            ..disposition(until)
        };
        let second = Disposition {
            status: Status::Confirmed,
            revision: 1,
            ..disposition(until)
        };
        assert!(store.put(id, &first, 0).await.unwrap());
        assert!(!store.put(id, &second, 0).await.unwrap());
        assert_eq!(store.get(id).await.unwrap(), Some(first));
        let retried = Disposition {
            revision: 2,
            ..second
        };
        assert!(store.put(id, &retried, 1).await.unwrap());
        assert_eq!(
            store.get(id).await.unwrap().unwrap().status,
            Status::Confirmed
        );
    }

    #[tokio::test]
    async fn memory_store_refuses_a_write_over_a_newer_one() {
        assert_revisions_guard_writes(&TriageStore::memory(), "a").await;
    }

    #[tokio::test]
    async fn memory_store_keeps_and_purges_dispositions() {
        let store = TriageStore::memory();
        let now = Utc::now();
        assert!(store
            .put("a1", &disposition(now + chrono::Duration::hours(1)), 0)
            .await
            .unwrap());
        assert!(store
            .put("a2", &disposition(now - chrono::Duration::hours(1)), 0)
            .await
            .unwrap());
        let got = store
            .get_many(&["a1".into(), "a2".into(), "a3".into()])
            .await
            .unwrap();
        assert_eq!(got.iter().filter(|d| d.is_some()).count(), 2);
        assert_eq!(store.purge(now), 1);
        assert!(store.get("a2").await.unwrap().is_none());
        assert_eq!(
            store.get("a1").await.unwrap().unwrap().status,
            Status::Dismissed
        );
    }

    #[tokio::test]
    async fn redis_store_round_trips_and_expires_guards() {
        let Ok(url) = std::env::var("PAXSCREEN_TEST_REDIS") else {
            eprintln!("PAXSCREEN_TEST_REDIS unset: skipping the Redis triage test");
            return;
        };
        let prefix = format!("triage-test-{}", std::process::id());
        let store = TriageStore::redis(&url, &prefix).await.unwrap();
        let now = Utc::now();
        let later = now + chrono::Duration::hours(1);
        assert!(store.put("x", &disposition(later), 0).await.unwrap());
        assert_eq!(store.get("x").await.unwrap(), Some(disposition(later)));
        assert_revisions_guard_writes(&store, "y").await;
        let () = connection_of(&store)
            .del(format!("{prefix}:triage:y"))
            .await
            .unwrap();
        let suppression = |until| Suppression {
            list: "l".into(),
            entry_id: "e".into(),
            entry_version: "v".into(),
            by: "a".into(),
            at: now,
            alert_id: "x".into(),
            until,
        };
        store.suppress("kept", &suppression(later)).await.unwrap();
        store
            .suppress("gone", &suppression(now - chrono::Duration::hours(1)))
            .await
            .unwrap();
        store
            .set_override(
                "k",
                &HeldOverride {
                    directive: Directive::OkToBoard,
                    until: later,
                },
            )
            .await
            .unwrap();
        let (suppressions, overrides) = store.guards(now).await.unwrap();
        assert_eq!(suppressions.keys().collect::<Vec<_>>(), vec!["kept"]);
        assert_eq!(overrides["k"].directive, Directive::OkToBoard);
        let () = connection_of(&store)
            .del(&[
                format!("{prefix}:triage:x"),
                format!("{prefix}:suppressions"),
                format!("{prefix}:overrides"),
            ])
            .await
            .unwrap();
    }
}
