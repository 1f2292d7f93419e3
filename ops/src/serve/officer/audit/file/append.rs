//! Appending a record to the audit file: sealed into the chain, written as one line and synced;
//! a failed write is cut off again before the next one.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::super::{AuditEvent, AuditRecord};
use super::FileState;

impl FileState {
    /// Seals `event` into the chain and writes it, synced; returns the record.
    pub(super) fn append(
        &mut self,
        path: &Path,
        event: AuditEvent,
        now: DateTime<Utc>,
    ) -> anyhow::Result<AuditRecord> {
        self.repair(path)?;
        let mut record = self.chain.seal(String::new(), event, now)?;
        record.id = format!("{}-{}", record.at.timestamp_millis(), record.sequence);
        let mut line = serde_json::to_vec(&record).context("encoding an audit record")?;
        line.push(b'\n');
        if let Err(error) = self
            .file
            .write_all(&line)
            .and_then(|()| self.file.sync_data())
        {
            self.dirty = true;
            if let Err(repair) = self.repair(path) {
                tracing::warn!(error = %repair, "a failed audit write could not be undone yet");
            }
            return Err(error)
                .with_context(|| format!("writing to the audit file {}", path.display()));
        }
        self.len += line.len() as u64;
        self.chain.advance(&record);
        Ok(record)
    }

    /// Cuts off what a failed write may have left after the last whole record.
    pub(super) fn repair(&mut self, path: &Path) -> anyhow::Result<()> {
        if self.dirty {
            self.file
                .set_len(self.len)
                .and_then(|()| self.file.sync_data())
                .with_context(|| {
                    format!(
                        "undoing a failed write to the audit file {}",
                        path.display()
                    )
                })?;
            self.dirty = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::super::tests::{at, event};
    use super::super::super::{verify, AuditFilter, AuditLog, VerifySummary};
    use super::super::fixtures::{append_n, TempDir};
    use super::super::read_file;

    #[tokio::test]
    async fn appends_read_back_in_order() {
        let dir = TempDir::new("round-trip");
        let log = AuditLog::file(&dir.file()).unwrap();
        let written = append_n(&log, &[8, 9, 10]).await;
        let read = log.read(&AuditFilter::default()).await.unwrap();
        assert_eq!(read, written);
        assert_eq!(read[1].id, format!("{}-2", at(9, 0).timestamp_millis()));
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 3,
                writers: 1
            })
        );
        assert_eq!(
            read_file(&dir.file(), &AuditFilter::default()).unwrap(),
            written
        );
        let text = std::fs::read_to_string(dir.file()).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(text.ends_with('\n'));
        let newest = AuditFilter {
            limit: Some(1),
            ..Default::default()
        };
        assert_eq!(log.read(&newest).await.unwrap(), written[2..]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_appends_keep_the_chain() {
        let dir = TempDir::new("concurrent");
        let log = Arc::new(AuditLog::file(&dir.file()).unwrap());
        let tasks: Vec<_> = (0..50)
            .map(|i| {
                let log = Arc::clone(&log);
                tokio::spawn(async move {
                    let actor = format!("officer{i}");
                    log.append(event(&actor, "confirm", Some("A1")), at(10, 0))
                        .await
                        .unwrap()
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
        let read = log.read(&AuditFilter::default()).await.unwrap();
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 50,
                writers: 1
            })
        );
        let sequences: Vec<u64> = read.iter().map(|r| r.sequence).collect();
        assert_eq!(sequences, (1..=50).collect::<Vec<u64>>());
    }
}
