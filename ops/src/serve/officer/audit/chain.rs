//! The chain of a writer's records: sealing a record (sequence, previous digest, own digest)
//! and checking the chains of records read back.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::{AuditEvent, AuditRecord};

/// Where a writer's chain stands: its id, its last sequence and last digest.
#[derive(Debug, Clone)]
pub(super) struct Chain {
    writer: String,
    sequence: u64,
    prev: String,
}

impl Chain {
    /// A new writer, with a random id and no record yet.
    pub(super) fn fresh() -> anyhow::Result<Chain> {
        Ok(Chain {
            writer: writer_id()?,
            sequence: 0,
            prev: String::new(),
        })
    }

    /// The chain of the writer of `last`, continuing after it.
    pub(super) fn after(last: &AuditRecord) -> Chain {
        Chain {
            writer: last.writer.clone(),
            sequence: last.sequence,
            prev: last.digest.clone(),
        }
    }

    /// The next record of this writer, sealed with its digest (the chain does not move until
    /// [`Chain::advance`]).
    pub(super) fn seal(
        &self,
        id: String,
        event: AuditEvent,
        at: DateTime<Utc>,
    ) -> anyhow::Result<AuditRecord> {
        let mut record = AuditRecord {
            id,
            at,
            writer: self.writer.clone(),
            sequence: self.sequence + 1,
            event,
            prev: self.prev.clone(),
            digest: String::new(),
        };
        record.digest = digest(&record)?;
        Ok(record)
    }

    /// Moves past `record`, once it is stored.
    pub(super) fn advance(&mut self, record: &AuditRecord) {
        self.sequence = record.sequence;
        self.prev.clone_from(&record.digest);
    }

    /// The sequence the next record will have.
    #[cfg(test)]
    pub(super) fn next_sequence(&self) -> u64 {
        self.sequence + 1
    }
}

/// A random writer id: `w-` and 16 hex digits.
fn writer_id() -> anyhow::Result<String> {
    let mut bytes = [0_u8; 8];
    getrandom::fill(&mut bytes)
        .map_err(|error| anyhow::anyhow!("no randomness for the audit writer id: {error}"))?;
    Ok(format!("w-{}", hex(&bytes)))
}

/// Lower-case hex.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// The digest of a record: hex SHA-256 over `prev` followed by the canonical JSON of the record
/// with `id` and `digest` empty (object keys of `detail` sorted).
pub(super) fn digest(record: &AuditRecord) -> anyhow::Result<String> {
    let mut canonical = record.clone();
    canonical.id = String::new();
    canonical.digest = String::new();
    canonical.event.detail = sorted(canonical.event.detail);
    let json = serde_json::to_vec(&canonical).context("encoding an audit record")?;
    let mut hasher = Sha256::new();
    hasher.update(record.prev.as_bytes());
    hasher.update(&json);
    Ok(hex(&hasher.finalize()))
}

/// A JSON value with the keys of every object in sorted order, whatever map serde_json uses.
fn sorted(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<(String, serde_json::Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(
                entries
                    .into_iter()
                    .map(|(key, value)| (key, sorted(value)))
                    .collect(),
            )
        }
        serde_json::Value::Array(values) => {
            serde_json::Value::Array(values.into_iter().map(sorted).collect())
        }
        other => other,
    }
}

/// What [`verify`] checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifySummary {
    /// Records checked.
    pub records: usize,
    /// Distinct writers among them.
    pub writers: usize,
}

/// The first record whose chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    /// Its id.
    pub id: String,
    /// Its writer.
    pub writer: String,
    /// Its sequence.
    pub sequence: u64,
    /// What is wrong.
    pub reason: String,
}

impl std::fmt::Display for ChainBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "record {} (writer {}, sequence {}): {}",
            self.id, self.writer, self.sequence, self.reason
        )
    }
}

impl std::error::Error for ChainBreak {}

/// Checks every writer's chain in `records` (in log order, oldest first): each record's digest
/// recomputes, and each record follows the same writer's previous record present (the next
/// sequence, `prev` its digest). A writer's first record present may have any `prev`
/// (retention removes the start of the log), except that a sequence 1 must have none.
///
/// # Errors
/// The first record that breaks its chain, and why.
pub fn verify(records: &[AuditRecord]) -> Result<VerifySummary, ChainBreak> {
    let mut last: HashMap<&str, &AuditRecord> = HashMap::new();
    for record in records {
        if let Some(reason) = check(record, last.get(record.writer.as_str()).copied()) {
            return Err(ChainBreak {
                id: record.id.clone(),
                writer: record.writer.clone(),
                sequence: record.sequence,
                reason,
            });
        }
        last.insert(&record.writer, record);
    }
    Ok(VerifySummary {
        records: records.len(),
        writers: last.len(),
    })
}

/// What is wrong with `record` following `previous` (the same writer's previous record
/// present), if anything.
fn check(record: &AuditRecord, previous: Option<&AuditRecord>) -> Option<String> {
    match digest(record) {
        Ok(digest) if digest == record.digest => {}
        Ok(_) => return Some("its digest does not match its contents (edited)".into()),
        Err(error) => return Some(format!("cannot be encoded ({error})")),
    }
    let Some(previous) = previous else {
        return (record.sequence == 1 && !record.prev.is_empty())
            .then(|| "a writer's first record names a previous one".into());
    };
    if record.sequence != previous.sequence + 1 {
        return Some(if record.sequence > previous.sequence {
            format!(
                "follows sequence {}: {} record(s) of this writer missing",
                previous.sequence,
                record.sequence - previous.sequence - 1
            )
        } else {
            format!(
                "follows sequence {}: out of order or repeated",
                previous.sequence
            )
        });
    }
    (record.prev != previous.digest).then(|| {
        format!(
            "prev is not the digest of sequence {} (replaced or edited)",
            previous.sequence
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{at, event};
    use super::*;

    fn chain_of(n: u32) -> Vec<AuditRecord> {
        let mut chain = Chain::fresh().unwrap();
        (0..n)
            .map(|i| {
                let record = chain
                    .seal(
                        format!("{i}-0"),
                        event("alice", "view_alert", Some("A1")),
                        at(10, i),
                    )
                    .unwrap();
                chain.advance(&record);
                record
            })
            .collect()
    }

    #[test]
    fn a_whole_chain_verifies() {
        let records = chain_of(5);
        assert_eq!(
            verify(&records),
            Ok(VerifySummary {
                records: 5,
                writers: 1
            })
        );
        assert_eq!(records[0].prev, "");
        assert_eq!(records[1].prev, records[0].digest);
        assert_eq!(records[4].sequence, 5);
        assert!(records[0].writer.starts_with("w-") && records[0].writer.len() == 18);
        assert_eq!(
            verify(&[]),
            Ok(VerifySummary {
                records: 0,
                writers: 0
            })
        );
    }

    #[test]
    fn interleaved_writers_verify() {
        let (a, b) = (chain_of(3), chain_of(3));
        let mixed: Vec<AuditRecord> = a.into_iter().zip(b).flat_map(|(x, y)| [x, y]).collect();
        assert_eq!(
            verify(&mixed),
            Ok(VerifySummary {
                records: 6,
                writers: 2
            })
        );
    }

    #[test]
    fn an_edited_reason_breaks_the_chain() {
        let mut records = chain_of(4);
        records[2].event.reason = Some("something else".into());
        let broken = verify(&records).unwrap_err();
        assert_eq!((broken.id.as_str(), broken.sequence), ("2-0", 3));
        assert!(broken.reason.contains("digest"), "{broken}");
        assert!(broken.to_string().starts_with("record 2-0 (writer w-"));
    }

    #[test]
    fn an_edit_with_a_recomputed_digest_breaks_the_next_link() {
        let mut records = chain_of(4);
        records[1].event.outcome = "denied".into();
        records[1].digest = digest(&records[1]).unwrap();
        let broken = verify(&records).unwrap_err();
        assert_eq!(broken.sequence, 3);
        assert!(broken.reason.contains("prev"), "{broken}");
    }

    #[test]
    fn a_deleted_middle_record_breaks_the_chain() {
        let mut records = chain_of(5);
        records.remove(2);
        let broken = verify(&records).unwrap_err();
        assert_eq!(broken.sequence, 4);
        assert!(broken.reason.contains("1 record(s)"), "{broken}");
    }

    #[test]
    fn a_trimmed_start_verifies() {
        let records = chain_of(5);
        assert_eq!(
            verify(&records[2..]),
            Ok(VerifySummary {
                records: 3,
                writers: 1
            })
        );
    }

    #[test]
    fn a_forged_first_record_is_refused() {
        let mut records = chain_of(2);
        records[1].sequence = 1;
        records[1].digest = digest(&records[1]).unwrap();
        let broken = verify(&records[1..]).unwrap_err();
        assert!(broken.reason.contains("first"), "{broken}");
    }

    #[test]
    fn the_digest_ignores_the_id_and_key_order() {
        let record = chain_of(1).remove(0);
        let mut other = record.clone();
        other.id = "1732345678901-0".into();
        other.event.detail = serde_json::json!({"a": [true, null], "z": 1});
        assert_eq!(digest(&other).unwrap(), record.digest);
        assert_eq!(record.digest.len(), 64);
    }

    #[test]
    fn next_sequence_counts_from_one() {
        let mut chain = Chain::fresh().unwrap();
        assert_eq!(chain.next_sequence(), 1);
        let record = chain
            .seal(String::new(), event("a", "login", None), at(1, 0))
            .unwrap();
        chain.advance(&record);
        assert_eq!(chain.next_sequence(), 2);
        assert_eq!(Chain::after(&record).next_sequence(), 2);
    }
}
