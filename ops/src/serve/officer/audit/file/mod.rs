//! The audit log in an append-only JSON-lines file: one record per line, written and synced
//! before the append returns. The process holds an exclusive lock on the file (one writer per
//! file); on opening, it continues the chain of the last record, and an incomplete last line
//! (a write interrupted by a crash, never acknowledged) is completed if it holds a whole record
//! or else removed. Retention rewrites the file without its oldest records and renames it into
//! place.
//!
//! This module holds [`FileLog`] and its opening; appending, reading, trimming, recovering the
//! tail and the file-system helpers are in the submodules.

mod append;
mod disk;
mod read;
mod tail;
mod trim;

use std::fs::{File, OpenOptions};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};
use tokio::sync::Mutex;

use super::chain::Chain;
use super::{AuditEvent, AuditFilter, AuditRecord};
use disk::{lock, parent_dir, sync_dir};
pub use read::read_file;
use read::read_records;
use tail::recover_tail;

/// An audit file open for appending.
pub struct FileLog {
    path: PathBuf,
    state: Arc<Mutex<FileState>>,
}

impl std::fmt::Debug for FileLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileLog")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The open file and where the chain stands; one append or trim at a time holds it.
#[derive(Debug)]
struct FileState {
    file: File,
    chain: Chain,
    /// The length of the file up to its last whole record.
    len: u64,
    /// A failed write may have left part of a record after `len`.
    dirty: bool,
}

impl FileLog {
    /// Opens or creates the file (and its directories), locks it, and continues its chain.
    pub(super) fn open(path: &Path) -> anyhow::Result<FileLog> {
        let shown = path.display();
        let parent = parent_dir(path);
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating the directory of the audit file {shown}"))?;
        let existed = path.exists();
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .with_context(|| format!("opening the audit file {shown}"))?;
        lock(&file, path)?;
        if !existed {
            sync_dir(parent).with_context(|| format!("creating the audit file {shown}"))?;
        }
        let last = recover_tail(&mut file, path)?;
        let len = file
            .metadata()
            .with_context(|| format!("reading the audit file {shown}"))?
            .len();
        let chain = match &last {
            Some(record) => Chain::after(record),
            None => Chain::fresh()?,
        };
        Ok(FileLog {
            path: path.to_owned(),
            state: Arc::new(Mutex::new(FileState {
                file,
                chain,
                len,
                dirty: false,
            })),
        })
    }

    /// Appends a record, written and synced.
    pub(super) async fn append(
        &self,
        event: AuditEvent,
        now: DateTime<Utc>,
    ) -> anyhow::Result<AuditRecord> {
        let mut state = Arc::clone(&self.state).lock_owned().await;
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || state.append(&path, event, now))
            .await
            .context("the audit append task failed")?
    }

    /// Reads the records that pass `filter`, oldest first.
    pub(super) async fn read(&self, filter: &AuditFilter) -> anyhow::Result<Vec<AuditRecord>> {
        let (file, len) = {
            // Opened under the lock: the file is the current one (not one a trim replaced), and
            // `len` ends at a whole record.
            let state = self.state.lock().await;
            let file = File::open(&self.path)
                .with_context(|| format!("opening the audit file {}", self.path.display()))?;
            (file, state.len)
        };
        let path = self.path.clone();
        let filter = filter.clone();
        tokio::task::spawn_blocking(move || {
            read_records(BufReader::new(file.take(len)), &path, &filter)
        })
        .await
        .context("the audit read task failed")?
    }

    /// Removes the leading records older than `before`; returns how many.
    pub(super) async fn trim(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        let mut state = Arc::clone(&self.state).lock_owned().await;
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || state.trim(&path, before))
            .await
            .context("the audit trim task failed")?
    }
}

/// Test helpers shared by the tests of the submodules: a temporary audit file and appends.
#[cfg(test)]
mod fixtures {
    use super::super::tests::{at, event};
    use super::super::AuditLog;
    use super::*;

    /// A fresh directory under the system's temporary directory, removed when dropped.
    pub(super) struct TempDir(pub(super) PathBuf);

    impl TempDir {
        pub(super) fn new(name: &str) -> TempDir {
            let dir =
                std::env::temp_dir().join(format!("paxscreen-audit-{}-{name}", std::process::id()));
            std::fs::remove_dir_all(&dir).ok();
            TempDir(dir)
        }

        pub(super) fn file(&self) -> PathBuf {
            self.0.join("logs/audit.jsonl")
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            std::fs::remove_dir_all(&self.0).ok();
        }
    }

    pub(super) async fn append_n(log: &AuditLog, hours: &[u32]) -> Vec<AuditRecord> {
        let mut records = Vec::new();
        for (i, hour) in hours.iter().enumerate() {
            let alert = format!("A{i}");
            let record = log
                .append(event("alice", "view_alert", Some(&alert)), at(*hour, 0))
                .await
                .unwrap();
            records.push(record);
        }
        records
    }
}

#[cfg(test)]
mod tests {
    use super::super::{verify, AuditLog, VerifySummary};
    use super::fixtures::{append_n, TempDir};
    use super::*;

    #[tokio::test]
    async fn the_chain_continues_after_reopening() {
        let dir = TempDir::new("reopen");
        let log = AuditLog::file(&dir.file()).unwrap();
        let first = append_n(&log, &[8, 9]).await;
        drop(log);
        let log = AuditLog::file(&dir.file()).unwrap();
        let next = append_n(&log, &[10]).await.remove(0);
        assert_eq!(next.writer, first[0].writer);
        assert_eq!(next.sequence, 3);
        assert_eq!(next.prev, first[1].digest);
        let read = log.read(&AuditFilter::default()).await.unwrap();
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 3,
                writers: 1
            })
        );
    }

    #[tokio::test]
    async fn a_second_writer_is_refused() {
        let dir = TempDir::new("lock");
        let _log = AuditLog::file(&dir.file()).unwrap();
        let error = AuditLog::file(&dir.file()).unwrap_err();
        assert!(error.to_string().contains("in use"), "{error:#}");
    }
}
