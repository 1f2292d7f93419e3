//! The officers' audit log: every login, every view of an alert and every action, with who did
//! it, when, and the officer's reason. Append-only: the service never removes a record except
//! by retention ([`AuditLog::trim`]).
//!
//! Records are kept in a Redis stream (`PREFIX:audit`, one field `record` holding the record's
//! JSON) when Redis is configured, else in a JSON-lines file (one record per line). Each process
//! writes as one *writer* (a random id, or for the file the writer of its last record) and
//! chains its records: each carries the digest of the same writer's previous record, and its own
//! digest (SHA-256) over that and its contents, so an edited, inserted or removed record shows
//! ([`verify`]). The record's `id` is not covered by the digest: Redis assigns it after the
//! record is sealed; order and completeness are covered by `sequence` and `prev`.

mod chain;
mod file;
mod stream;

use std::collections::VecDeque;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use chain::{verify, ChainBreak, VerifySummary};
pub use file::{read_file, FileLog};
pub use stream::RedisLog;

/// What happened, as the handler knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// The officer's username (for a failed login, the name that was typed).
    pub actor: String,
    /// `officer`, `supervisor` or `admin`, when known.
    pub role: Option<String>,
    /// `login`, `login_failed`, `logout`, `list_alerts`, `view_alert`, `confirm`, `dismiss`,
    /// `escalate`, `note`, `override_directive`, `reopen`, `suppress`, `denied`, …
    pub action: String,
    /// The alert acted on or viewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_id: Option<String>,
    /// The arrival airport of that alert (or of the queue listed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airport: Option<String>,
    /// The officer's reason, as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `ok`, `denied` or `failed`.
    pub outcome: String,
    /// Anything else worth keeping (filters, a directive's old and new value, …).
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub detail: serde_json::Value,
    /// The peer address of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
}

/// One record as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// The Redis stream id (`1732345678901-0`), or for the file `<millis>-<sequence>`.
    pub id: String,
    /// When it happened (the time the handler passed in).
    pub at: DateTime<Utc>,
    /// The process that wrote it (`w-` and 16 hex digits).
    pub writer: String,
    /// The writer's count: 1, 2, 3…
    pub sequence: u64,
    /// What happened.
    #[serde(flatten)]
    pub event: AuditEvent,
    /// The digest of the same writer's previous record (`""` for its first).
    pub prev: String,
    /// Hex SHA-256 over `prev` and the canonical JSON of the record (`id` and `digest` empty).
    pub digest: String,
}

/// Which records to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Records at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Records before this time.
    pub until: Option<DateTime<Utc>>,
    /// Records of this officer.
    pub actor: Option<String>,
    /// Records about this alert.
    pub alert_id: Option<String>,
    /// Records of this action.
    pub action: Option<String>,
    /// Records whose airport is one of these (records without an airport are left out).
    pub airports: Option<Vec<String>>,
    /// Only the newest `limit` matching records (still returned oldest first).
    pub limit: Option<usize>,
}

impl AuditFilter {
    /// Whether a record passes every condition but `limit`.
    #[must_use]
    pub fn matches(&self, record: &AuditRecord) -> bool {
        let event = &record.event;
        self.since.is_none_or(|since| record.at >= since)
            && self.until.is_none_or(|until| record.at < until)
            && self
                .actor
                .as_ref()
                .is_none_or(|actor| &event.actor == actor)
            && self
                .action
                .as_ref()
                .is_none_or(|action| &event.action == action)
            && self
                .alert_id
                .as_ref()
                .is_none_or(|id| event.alert_id.as_ref() == Some(id))
            && self.airports.as_ref().is_none_or(|airports| {
                event
                    .airport
                    .as_ref()
                    .is_some_and(|airport| airports.contains(airport))
            })
    }

    /// Keeps the matching records of `records` (oldest first), the newest `limit` of them.
    #[must_use]
    pub fn select(&self, records: impl IntoIterator<Item = AuditRecord>) -> Vec<AuditRecord> {
        let mut selected = Selection::new(self.limit);
        for record in records {
            if self.matches(&record) {
                selected.push(record);
            }
        }
        selected.into_vec()
    }
}

/// The matching records read so far, keeping only the newest `limit`.
#[derive(Debug)]
struct Selection {
    records: VecDeque<AuditRecord>,
    limit: Option<usize>,
}

impl Selection {
    fn new(limit: Option<usize>) -> Selection {
        Selection {
            records: VecDeque::new(),
            limit,
        }
    }

    fn push(&mut self, record: AuditRecord) {
        if self.limit == Some(0) {
            return;
        }
        self.records.push_back(record);
        if self.limit.is_some_and(|limit| self.records.len() > limit) {
            self.records.pop_front();
        }
    }

    fn into_vec(self) -> Vec<AuditRecord> {
        self.records.into()
    }
}

/// Where the audit log is kept.
#[derive(Debug)]
pub enum AuditLog {
    /// An append-only JSON-lines file.
    File(FileLog),
    /// The Redis stream `PREFIX:audit`.
    Redis(RedisLog),
}

impl AuditLog {
    /// Opens (or creates, with its directories) an audit file for appending, continuing the
    /// chain of its last record, and locks it against other processes.
    ///
    /// # Errors
    /// The file cannot be created, opened or locked, or its last line is not a record.
    pub fn file(path: &Path) -> anyhow::Result<AuditLog> {
        FileLog::open(path).map(AuditLog::File)
    }

    /// Connects to Redis; records go to the stream `PREFIX:audit` under a new random writer.
    ///
    /// # Errors
    /// The URL is invalid or Redis does not answer.
    pub async fn redis(url: &str, prefix: &str) -> anyhow::Result<AuditLog> {
        RedisLog::connect(url, prefix).await.map(AuditLog::Redis)
    }

    /// Appends a record; returns once it is durable (the file written and synced, or the XADD
    /// acknowledged). Appends of a process are serialised, so each writer's chain stays whole.
    ///
    /// # Errors
    /// The record could not be written; nothing was recorded (the caller should refuse the
    /// action it was auditing).
    pub async fn append(
        &self,
        event: AuditEvent,
        now: DateTime<Utc>,
    ) -> anyhow::Result<AuditRecord> {
        match self {
            AuditLog::File(log) => log.append(event, now).await,
            AuditLog::Redis(log) => log.append(event, now).await,
        }
    }

    /// Reads the records that pass `filter`, oldest first.
    ///
    /// # Errors
    /// The log cannot be read or holds something that is not a record.
    pub async fn read(&self, filter: &AuditFilter) -> anyhow::Result<Vec<AuditRecord>> {
        match self {
            AuditLog::File(log) => log.read(filter).await,
            AuditLog::Redis(log) => log.read(filter).await,
        }
    }

    /// Retention: removes the records older than `before` (the file: the leading records with
    /// `at` before it, rewritten atomically; Redis: the entries with ids before it, by
    /// `XTRIM MINID`). Returns how many were removed.
    ///
    /// # Errors
    /// The log cannot be read or rewritten.
    pub async fn trim(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        match self {
            AuditLog::File(log) => log.trim(before).await,
            AuditLog::Redis(log) => log.trim(before).await,
        }
    }
}

/// A line of the audit file, or an entry of the stream, that is not a record: the log was
/// damaged or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotARecord {
    /// Where: `FILE:LINE`, or `KEY ID` for the stream.
    pub place: String,
    /// What is wrong (without the contents, which may be personal).
    pub reason: String,
}

impl std::fmt::Display for NotARecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: not an audit record ({})", self.place, self.reason)
    }
}

impl std::error::Error for NotARecord {}

/// What is wrong with a line, without quoting its contents (they may be personal).
fn describe(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => "the JSON ends early".into(),
        Category::Syntax | Category::Io => format!("invalid JSON at column {}", error.column()),
        Category::Data if error.to_string().contains('"') => {
            format!(
                "a field has the wrong type or value, at column {}",
                error.column()
            )
        }
        Category::Data => error.to_string(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;

    /// An event of `actor` doing `action` on `alert` at `airport`.
    pub(crate) fn event(actor: &str, action: &str, alert: Option<&str>) -> AuditEvent {
        AuditEvent {
            actor: actor.into(),
            role: Some("officer".into()),
            action: action.into(),
            alert_id: alert.map(Into::into),
            airport: alert.map(|_| "LHR".into()),
            reason: Some("checked the passport scan".into()),
            outcome: "ok".into(),
            detail: serde_json::json!({"z": 1, "a": [true, null]}),
            client: Some("10.0.0.1:5000".into()),
        }
    }

    /// 2026-11-23 at `hour`:`minute` UTC.
    pub(crate) fn at(hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, minute, 0)
            .single()
            .unwrap()
    }

    fn record(actor: &str, action: &str, alert: Option<&str>, hour: u32) -> AuditRecord {
        AuditRecord {
            id: format!("{hour}-0"),
            at: at(hour, 0),
            writer: "w-1".into(),
            sequence: u64::from(hour),
            event: event(actor, action, alert),
            prev: String::new(),
            digest: String::new(),
        }
    }

    #[test]
    fn record_json_is_flat_and_round_trips() {
        let record = record("alice", "view_alert", Some("A1"), 10);
        let json = serde_json::to_value(&record).unwrap();
        assert_eq!(json["actor"], "alice");
        assert_eq!(json["alert_id"], "A1");
        let back: AuditRecord = serde_json::from_value(json).unwrap();
        assert_eq!(back, record);
        let mut bare = record;
        bare.event.alert_id = None;
        bare.event.detail = serde_json::Value::Null;
        let json = serde_json::to_string(&bare).unwrap();
        assert!(
            !json.contains("alert_id") && !json.contains("detail"),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<AuditRecord>(&json).unwrap(), bare);
    }

    #[test]
    fn filter_selects_and_limits() {
        let records = vec![
            record("alice", "login", None, 8),
            record("alice", "view_alert", Some("A1"), 9),
            record("bob", "view_alert", Some("A2"), 10),
            record("bob", "dismiss", Some("A1"), 11),
            record("alice", "confirm", Some("A2"), 12),
        ];
        let pick = |filter: AuditFilter| -> Vec<u64> {
            filter
                .select(records.clone())
                .iter()
                .map(|r| r.sequence)
                .collect()
        };
        let actor = Some("bob".to_owned());
        assert_eq!(
            pick(AuditFilter {
                actor,
                ..Default::default()
            }),
            [10, 11]
        );
        let alert_id = Some("A1".to_owned());
        assert_eq!(
            pick(AuditFilter {
                alert_id,
                ..Default::default()
            }),
            [9, 11]
        );
        let action = Some("view_alert".to_owned());
        assert_eq!(
            pick(AuditFilter {
                action,
                ..Default::default()
            }),
            [9, 10]
        );
        let window = AuditFilter {
            since: Some(at(9, 0)),
            until: Some(at(11, 0)),
            ..Default::default()
        };
        assert_eq!(pick(window), [9, 10]);
        let airports = Some(vec!["LHR".to_owned()]);
        assert_eq!(
            pick(AuditFilter {
                airports,
                ..Default::default()
            }),
            [9, 10, 11, 12]
        );
        let airports = Some(vec!["CDG".to_owned()]);
        assert!(pick(AuditFilter {
            airports,
            ..Default::default()
        })
        .is_empty());
        assert_eq!(
            pick(AuditFilter {
                limit: Some(2),
                ..Default::default()
            }),
            [11, 12]
        );
        assert!(pick(AuditFilter {
            limit: Some(0),
            ..Default::default()
        })
        .is_empty());
        let both = AuditFilter {
            actor: Some("alice".into()),
            limit: Some(2),
            ..Default::default()
        };
        assert_eq!(pick(both), [9, 12]);
    }
}
