//! The audit log in the Redis stream `PREFIX:audit`: each record one entry whose field `record`
//! holds its JSON (with an empty `id`: the entry's id, assigned by Redis, is the record's id).
//! Each process appends as its own writer; after a failed append (which may have reached Redis
//! even so) it goes on as a new writer, so that either way every chain holds.

use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use redis::aio::ConnectionManager;
use tokio::sync::{Mutex, OwnedMutexGuard};

use super::chain::Chain;
use super::{describe, AuditEvent, AuditFilter, AuditRecord, NotARecord, Selection};

/// Entries read per round trip.
const PAGE: usize = 500;

/// How far the clocks of Redis (which stamps the entry ids) and of the service (which stamps
/// `at`) may disagree: reads by time look this much further in ids, then filter on `at`.
const CLOCK_SKEW_MINUTES: i64 = 10;

/// The audit stream in Redis.
pub struct RedisLog {
    connection: ConnectionManager,
    key: String,
    /// Held from sealing a record until Redis has it (or refused it).
    chain: Arc<Mutex<Chain>>,
}

impl std::fmt::Debug for RedisLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisLog")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl RedisLog {
    /// Connects (the connection is re-established by itself after a failure).
    pub(super) async fn connect(url: &str, prefix: &str) -> anyhow::Result<RedisLog> {
        let client = redis::Client::open(url).context("the Redis URL of the audit log")?;
        let connection = ConnectionManager::new(client)
            .await
            .context("connecting to Redis for the audit log")?;
        Ok(RedisLog {
            connection,
            key: format!("{prefix}:audit"),
            chain: Arc::new(Mutex::new(Chain::fresh()?)),
        })
    }

    /// Appends a record once Redis acknowledges it. The append runs in its own task, so that
    /// a caller that gives up waiting (a dropped request) cannot leave the chain behind Redis.
    pub(super) async fn append(
        &self,
        event: AuditEvent,
        now: DateTime<Utc>,
    ) -> anyhow::Result<AuditRecord> {
        let chain = Arc::clone(&self.chain).lock_owned().await;
        let mut connection = self.connection.clone();
        let key = self.key.clone();
        tokio::spawn(async move { add(chain, &mut connection, &key, event, now).await })
            .await
            .context("the audit append task failed")?
    }

    /// Reads the records that pass `filter`, oldest first.
    pub(super) async fn read(&self, filter: &AuditFilter) -> anyhow::Result<Vec<AuditRecord>> {
        let skew = Duration::minutes(CLOCK_SKEW_MINUTES);
        let first = filter
            .since
            .map_or_else(|| "-".to_owned(), |since| stream_id(since - skew));
        let last = filter
            .until
            .map_or_else(|| "+".to_owned(), |until| stream_id(until + skew));
        match filter.limit {
            Some(0) => Ok(Vec::new()),
            Some(limit) => self.read_newest(filter, limit, first, last).await,
            None => self.read_all(filter, first, last).await,
        }
    }

    /// Reads forwards from `first` to `last`.
    async fn read_all(
        &self,
        filter: &AuditFilter,
        mut first: String,
        last: String,
    ) -> anyhow::Result<Vec<AuditRecord>> {
        let mut selection = Selection::new(None);
        loop {
            let page = self.page("XRANGE", &first, &last).await?;
            let Some(next) = page.last().map(|record| format!("({}", record.id)) else {
                break;
            };
            let full = page.len() == PAGE;
            for record in page {
                if filter.matches(&record) {
                    selection.push(record);
                }
            }
            if !full {
                break;
            }
            first = next;
        }
        Ok(selection.into_vec())
    }

    /// Reads backwards from `last` until `limit` records pass.
    async fn read_newest(
        &self,
        filter: &AuditFilter,
        limit: usize,
        first: String,
        mut last: String,
    ) -> anyhow::Result<Vec<AuditRecord>> {
        let mut newest_first = Vec::new();
        'pages: loop {
            let page = self.page("XREVRANGE", &last, &first).await?;
            let Some(next) = page.last().map(|record| format!("({}", record.id)) else {
                break;
            };
            let full = page.len() == PAGE;
            for record in page {
                if filter.matches(&record) {
                    newest_first.push(record);
                    if newest_first.len() == limit {
                        break 'pages;
                    }
                }
            }
            if !full {
                break;
            }
            last = next;
        }
        newest_first.reverse();
        Ok(newest_first)
    }

    /// One page of `XRANGE` or `XREVRANGE` (`from` and `to` in the command's order).
    async fn page(&self, command: &str, from: &str, to: &str) -> anyhow::Result<Vec<AuditRecord>> {
        let mut connection = self.connection.clone();
        let entries: Vec<(String, Vec<String>)> = redis::cmd(command)
            .arg(&self.key)
            .arg(from)
            .arg(to)
            .arg("COUNT")
            .arg(PAGE)
            .query_async(&mut connection)
            .await
            .context("reading the audit stream in Redis")?;
        entries
            .into_iter()
            .map(|(id, fields)| Ok(self.record(id, &fields)?))
            .collect()
    }

    /// The record of a stream entry.
    fn record(&self, id: String, fields: &[String]) -> Result<AuditRecord, NotARecord> {
        let not_a_record = |reason: String| NotARecord {
            place: format!("{} {id}", self.key),
            reason,
        };
        let json = fields
            .chunks(2)
            .find_map(|pair| match pair {
                [name, value] if name == "record" => Some(value),
                _ => None,
            })
            .ok_or_else(|| not_a_record("no field `record`".into()))?;
        let mut record: AuditRecord =
            serde_json::from_str(json).map_err(|error| not_a_record(describe(&error)))?;
        record.id = id;
        Ok(record)
    }

    /// Removes the entries whose ids are before `before`; returns how many.
    pub(super) async fn trim(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        let mut connection = self.connection.clone();
        redis::cmd("XTRIM")
            .arg(&self.key)
            .arg("MINID")
            .arg(stream_id(before))
            .query_async(&mut connection)
            .await
            .context("trimming the audit stream in Redis")
    }
}

/// Seals the next record of `chain` and adds it to the stream `key`. When Redis fails (the entry
/// may have been added even so), the chain goes on as a new writer.
async fn add(
    mut chain: OwnedMutexGuard<Chain>,
    connection: &mut ConnectionManager,
    key: &str,
    event: AuditEvent,
    now: DateTime<Utc>,
) -> anyhow::Result<AuditRecord> {
    let mut record = chain.seal(String::new(), event, now)?;
    let json = serde_json::to_string(&record).context("encoding an audit record")?;
    let added = redis::cmd("XADD")
        .arg(key)
        .arg("*")
        .arg("record")
        .arg(json)
        .query_async::<String>(connection)
        .await;
    match added {
        Ok(id) => {
            record.id = id;
            chain.advance(&record);
            Ok(record)
        }
        Err(error) => {
            *chain = Chain::fresh()?;
            tracing::warn!("an audit append to Redis failed: going on as a new writer");
            Err(error).context("appending to the audit stream in Redis")
        }
    }
}

/// The stream id of the first entry at or after `at` (milliseconds since the epoch).
fn stream_id(at: DateTime<Utc>) -> String {
    at.timestamp_millis().max(0).to_string()
}

#[cfg(test)]
mod tests {
    use super::super::tests::event;
    use super::super::{verify, AuditLog, VerifySummary};
    use super::*;

    fn log_of(log: &AuditLog) -> &RedisLog {
        match log {
            AuditLog::Redis(log) => log,
            AuditLog::File(_) => unreachable!(),
        }
    }

    async fn delete(log: &AuditLog) {
        let log = log_of(log);
        let mut connection = log.connection.clone();
        redis::cmd("DEL")
            .arg(&log.key)
            .query_async::<()>(&mut connection)
            .await
            .unwrap();
    }

    async fn pause() {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn redis_concurrent_appends_keep_the_chain() {
        let Ok(url) = std::env::var("PAXSCREEN_TEST_REDIS") else {
            eprintln!("PAXSCREEN_TEST_REDIS unset: skipping the Redis audit test");
            return;
        };
        let prefix = format!(
            "audit-test-{}-{}",
            std::process::id(),
            Utc::now().timestamp_micros()
        );
        let log = std::sync::Arc::new(AuditLog::redis(&url, &prefix).await.unwrap());
        let tasks: Vec<_> = (0..50)
            .map(|i| {
                let log = std::sync::Arc::clone(&log);
                tokio::spawn(async move {
                    let actor = format!("officer{i}");
                    log.append(event(&actor, "note", Some("A1")), Utc::now())
                        .await
                        .unwrap()
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
        let read = log.read(&AuditFilter::default()).await.unwrap();
        delete(&log).await;
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 50,
                writers: 1
            })
        );
    }

    #[tokio::test]
    async fn redis_appends_reads_trims_and_verifies() {
        let Ok(url) = std::env::var("PAXSCREEN_TEST_REDIS") else {
            eprintln!("PAXSCREEN_TEST_REDIS unset: skipping the Redis audit test");
            return;
        };
        let prefix = format!(
            "audit-test-{}-{}",
            std::process::id(),
            Utc::now().timestamp_micros()
        );
        let log = AuditLog::redis(&url, &prefix).await.unwrap();
        let other = AuditLog::redis(&url, &prefix).await.unwrap();
        let mut written = Vec::new();
        for (log, actor) in [(&log, "alice"), (&other, "bob"), (&log, "alice")] {
            pause().await;
            let record = log
                .append(event(actor, "view_alert", Some("A1")), Utc::now())
                .await
                .unwrap();
            written.push(record);
        }
        assert_ne!(written[0].writer, written[1].writer);
        assert_eq!(written[2].prev, written[0].digest);
        let read = log.read(&AuditFilter::default()).await.unwrap();
        assert_eq!(read, written);
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 3,
                writers: 2
            })
        );

        let bob = AuditFilter {
            actor: Some("bob".into()),
            ..Default::default()
        };
        assert_eq!(log.read(&bob).await.unwrap(), written[1..2]);
        let newest = AuditFilter {
            limit: Some(2),
            ..Default::default()
        };
        assert_eq!(log.read(&newest).await.unwrap(), written[1..]);
        let since = AuditFilter {
            since: Some(written[1].at),
            ..Default::default()
        };
        assert_eq!(log.read(&since).await.unwrap(), written[1..]);
        let until = AuditFilter {
            until: Some(written[1].at),
            ..Default::default()
        };
        assert_eq!(log.read(&until).await.unwrap(), written[..1]);

        pause().await;
        let cut = Utc::now();
        pause().await;
        let last = log
            .append(event("alice", "confirm", Some("A1")), Utc::now())
            .await
            .unwrap();
        assert_eq!(log.trim(cut).await.unwrap(), 3);
        let read = log.read(&AuditFilter::default()).await.unwrap();
        assert_eq!(read, [last]);
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 1,
                writers: 1
            })
        );
        delete(&log).await;
    }
}
