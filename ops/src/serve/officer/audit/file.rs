//! The audit log in an append-only JSON-lines file: one record per line, written and synced
//! before the append returns. The process holds an exclusive lock on the file (one writer per
//! file); on opening, it continues the chain of the last record, and an incomplete last line
//! (a write interrupted by a crash, never acknowledged) is completed if it holds a whole record
//! or else removed. Retention rewrites the file without its oldest records and renames it into
//! place.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context};
use chrono::{DateTime, Utc};
use tokio::sync::Mutex;

use super::chain::Chain;
use super::{describe, AuditEvent, AuditFilter, AuditRecord, NotARecord, Selection};

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

impl FileState {
    fn append(
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
    fn repair(&mut self, path: &Path) -> anyhow::Result<()> {
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

    fn trim(&mut self, path: &Path, before: DateTime<Utc>) -> anyhow::Result<u64> {
        self.repair(path)?;
        let shown = path.display();
        let source = File::open(path).with_context(|| format!("opening the audit file {shown}"))?;
        let mut records = RecordReader::new(BufReader::new(source.take(self.len)), path);
        let (mut removed, mut keep_from) = (0_u64, 0_u64);
        while let Some(record) = records.next() {
            if record?.at >= before {
                break;
            }
            removed += 1;
            keep_from = records.offset;
        }
        if removed == 0 {
            return Ok(0);
        }
        let temp = temp_path(path);
        let rewritten = rewrite(path, &temp, keep_from, self.len);
        let file = match rewritten {
            Ok(file) => file,
            Err(error) => {
                // Best effort: the temporary file holds nothing that is not in the original.
                std::fs::remove_file(&temp).ok();
                return Err(error).with_context(|| format!("trimming the audit file {shown}"));
            }
        };
        self.file = file;
        self.len -= keep_from;
        Ok(removed)
    }
}

/// Copies `path` from `from` to `len` into `temp`, locked and synced, and renames it over
/// `path`; returns it open for appending.
fn rewrite(path: &Path, temp: &Path, from: u64, len: u64) -> anyhow::Result<File> {
    match std::fs::remove_file(temp) {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(error).context("removing an old temporary file"),
    }
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create_new(true)
        .open(temp)
        .context("creating the temporary file")?;
    lock(&file, temp)?;
    let mut source = File::open(path)?;
    source.seek(SeekFrom::Start(from))?;
    let copied = io::copy(&mut source.take(len - from), &mut file)?;
    if copied != len - from {
        bail!("the file shrank while being copied");
    }
    file.sync_all()?;
    std::fs::rename(temp, path).context("renaming the temporary file into place")?;
    sync_dir(parent_dir(path))?;
    Ok(file)
}

/// `.NAME.trim` next to `path`.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "audit".into(), |name| name.to_string_lossy());
    parent_dir(path).join(format!(".{name}.trim"))
}

/// The directory of `path` (`.` for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes a directory's entries durable (a created or renamed file).
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Takes the exclusive lock of an audit file: one process appends to it.
fn lock(file: &File, path: &Path) -> anyhow::Result<()> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => bail!(
            "the audit file {} is in use by another process",
            path.display()
        ),
        Err(TryLockError::Error(error)) if error.kind() == io::ErrorKind::Unsupported => {
            tracing::warn!(
                path = %path.display(),
                "the file system cannot lock the audit file: make sure one process writes it"
            );
            Ok(())
        }
        Err(TryLockError::Error(error)) => {
            Err(error).with_context(|| format!("locking the audit file {}", path.display()))
        }
    }
}

/// The end of an audit file: its last whole line and what follows it without a newline.
#[derive(Debug)]
struct Tail {
    /// Where the last whole line starts, and its bytes (without the newline).
    last_line: Option<(u64, Vec<u8>)>,
    /// Where the unterminated rest starts, and its bytes (empty if the file ends in a newline).
    fragment: (u64, Vec<u8>),
}

/// Reads the tail of a file of `len` bytes, reading more of its end until it holds a line.
fn read_tail(file: &mut File, len: u64) -> io::Result<Tail> {
    let mut window: u64 = 64 * 1024;
    loop {
        let start = len.saturating_sub(window);
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(start))?;
        Read::by_ref(file)
            .take(len - start)
            .read_to_end(&mut bytes)?;
        let whole = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let (lines, fragment) = bytes.split_at(whole);
        let fragment = (start + whole as u64, fragment.to_vec());
        let Some((_, body)) = lines.split_last() else {
            if start == 0 {
                return Ok(Tail {
                    last_line: None,
                    fragment,
                });
            }
            window *= 2;
            continue;
        };
        let last_line = match body.iter().rposition(|&b| b == b'\n') {
            Some(i) => (start + i as u64 + 1, body[i + 1..].to_vec()),
            None if start == 0 => (0, body.to_vec()),
            None => {
                window *= 2;
                continue;
            }
        };
        return Ok(Tail {
            last_line: Some(last_line),
            fragment,
        });
    }
}

/// Reads the last record of an opened audit file, completing or removing an unterminated last
/// line first.
fn recover_tail(file: &mut File, path: &Path) -> anyhow::Result<Option<AuditRecord>> {
    let shown = path.display();
    let len = file
        .metadata()
        .with_context(|| format!("reading the audit file {shown}"))?
        .len();
    let tail = read_tail(file, len).with_context(|| format!("reading the audit file {shown}"))?;
    let (fragment_start, fragment) = tail.fragment;
    if !fragment.is_empty() {
        if let Ok(record) = serde_json::from_slice::<AuditRecord>(&fragment) {
            file.write_all(b"\n")
                .and_then(|()| file.sync_data())
                .with_context(|| format!("completing the last line of {shown}"))?;
            return Ok(Some(record));
        }
        tracing::warn!(
            path = %shown,
            bytes = fragment.len(),
            "the audit file ended in an incomplete record (an interrupted write): removed it"
        );
        file.set_len(fragment_start)
            .and_then(|()| file.sync_data())
            .with_context(|| format!("removing an incomplete last line of {shown}"))?;
    }
    let Some((offset, line)) = tail.last_line else {
        return Ok(None);
    };
    serde_json::from_slice(&line).map(Some).map_err(|error| {
        anyhow::anyhow!(
            "{shown}: the last line (at byte {offset}) is not an audit record ({})",
            describe(&error)
        )
    })
}

/// Reads an audit file (without writing or locking it: another process may be appending),
/// keeping the records that pass `filter`, oldest first. An unterminated last line that does not
/// hold a whole record (a write in progress) is left out.
///
/// # Errors
/// The file cannot be read, or a line is not a record (`FILE:LINE: not an audit record (…)`).
pub fn read_file(path: &Path, filter: &AuditFilter) -> anyhow::Result<Vec<AuditRecord>> {
    let file =
        File::open(path).with_context(|| format!("opening the audit file {}", path.display()))?;
    read_records(BufReader::new(file), path, filter)
}

/// Reads records, keeping those that pass `filter`.
fn read_records(
    reader: impl BufRead,
    path: &Path,
    filter: &AuditFilter,
) -> anyhow::Result<Vec<AuditRecord>> {
    let mut selection = Selection::new(filter.limit);
    for record in RecordReader::new(reader, path) {
        let record = record?;
        if filter.matches(&record) {
            selection.push(record);
        }
    }
    Ok(selection.into_vec())
}

/// The records of an audit file, line by line.
struct RecordReader<'a, R> {
    reader: R,
    path: &'a Path,
    /// Lines read.
    line: usize,
    /// Bytes read.
    offset: u64,
    buffer: Vec<u8>,
}

impl<'a, R: BufRead> RecordReader<'a, R> {
    fn new(reader: R, path: &'a Path) -> Self {
        RecordReader {
            reader,
            path,
            line: 0,
            offset: 0,
            buffer: Vec::new(),
        }
    }
}

impl<R: BufRead> Iterator for RecordReader<'_, R> {
    type Item = anyhow::Result<AuditRecord>;

    fn next(&mut self) -> Option<Self::Item> {
        self.buffer.clear();
        let read = match self.reader.read_until(b'\n', &mut self.buffer) {
            Ok(0) => return None,
            Ok(read) => read,
            Err(error) => {
                return Some(
                    Err(error)
                        .with_context(|| format!("reading the audit file {}", self.path.display())),
                )
            }
        };
        self.line += 1;
        self.offset += read as u64;
        let (body, terminated) = match self.buffer.split_last() {
            Some((b'\n', body)) => (body, true),
            _ => (&self.buffer[..], false),
        };
        match serde_json::from_slice(body) {
            Ok(record) => Some(Ok(record)),
            Err(_) if !terminated => None,
            Err(error) => Some(Err(NotARecord {
                place: format!("{}:{}", self.path.display(), self.line),
                reason: describe(&error),
            }
            .into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{at, event};
    use super::super::{verify, AuditLog, VerifySummary};
    use super::*;

    /// A fresh directory under the system's temporary directory, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir =
                std::env::temp_dir().join(format!("paxscreen-audit-{}-{name}", std::process::id()));
            std::fs::remove_dir_all(&dir).ok();
            TempDir(dir)
        }

        fn file(&self) -> PathBuf {
            self.0.join("logs/audit.jsonl")
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            std::fs::remove_dir_all(&self.0).ok();
        }
    }

    async fn append_n(log: &AuditLog, hours: &[u32]) -> Vec<AuditRecord> {
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

    #[tokio::test]
    async fn trim_removes_the_oldest_and_keeps_a_valid_chain() {
        let dir = TempDir::new("trim");
        let log = AuditLog::file(&dir.file()).unwrap();
        let written = append_n(&log, &[8, 9, 10, 11]).await;
        assert_eq!(log.trim(at(7, 0)).await.unwrap(), 0);
        assert_eq!(log.trim(at(10, 0)).await.unwrap(), 2);
        assert_eq!(
            log.read(&AuditFilter::default()).await.unwrap(),
            written[2..]
        );
        let later = append_n(&log, &[12]).await.remove(0);
        assert_eq!(later.sequence, 5);
        let read = log.read(&AuditFilter::default()).await.unwrap();
        assert_eq!(
            verify(&read),
            Ok(VerifySummary {
                records: 3,
                writers: 1
            })
        );
        drop(log);
        // The rewritten file is the one locked and continued.
        let log = AuditLog::file(&dir.file()).unwrap();
        assert_eq!(append_n(&log, &[13]).await[0].sequence, 6);
        assert!(AuditLog::file(&dir.file()).is_err());
        assert_eq!(log.trim(at(23, 0)).await.unwrap(), 4);
        assert!(log.read(&AuditFilter::default()).await.unwrap().is_empty());
        assert!(!dir.0.join("logs/.audit.jsonl.trim").exists());
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

    #[tokio::test]
    async fn a_malformed_line_is_reported_with_its_number() {
        let dir = TempDir::new("malformed");
        let log = AuditLog::file(&dir.file()).unwrap();
        append_n(&log, &[8]).await;
        drop(log);
        let first = std::fs::read_to_string(dir.file()).unwrap();
        let text = format!("{first}{{\"id\": \"secret name\"}}\n{first}");
        std::fs::write(dir.file(), &text).unwrap();
        let error = read_file(&dir.file(), &AuditFilter::default()).unwrap_err();
        let message = error.to_string();
        assert!(message.ends_with(")"), "{message}");
        assert!(
            message.contains("audit.jsonl:2: not an audit record ("),
            "{message}"
        );
        assert!(!message.contains("secret"), "{message}");
        std::fs::write(dir.file(), "not json\n").unwrap();
        let error = AuditLog::file(&dir.file()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("last line (at byte 0) is not an audit record"),
            "{error:#}"
        );
    }

    #[tokio::test]
    async fn an_interrupted_write_is_removed_on_opening() {
        let dir = TempDir::new("fragment");
        let log = AuditLog::file(&dir.file()).unwrap();
        let written = append_n(&log, &[8, 9]).await;
        drop(log);
        let whole = std::fs::read(dir.file()).unwrap();
        let mut broken = whole.clone();
        broken.extend_from_slice(b"{\"id\":\"1-3\",\"at\":");
        std::fs::write(dir.file(), &broken).unwrap();
        // A reader skips the write in progress.
        assert_eq!(
            read_file(&dir.file(), &AuditFilter::default()).unwrap(),
            written
        );
        let log = AuditLog::file(&dir.file()).unwrap();
        assert_eq!(std::fs::read(dir.file()).unwrap(), whole);
        assert_eq!(append_n(&log, &[10]).await[0].sequence, 3);
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
    async fn a_whole_record_missing_its_newline_is_kept() {
        let dir = TempDir::new("no-newline");
        let log = AuditLog::file(&dir.file()).unwrap();
        let written = append_n(&log, &[8, 9]).await;
        drop(log);
        let mut bytes = std::fs::read(dir.file()).unwrap();
        bytes.pop();
        std::fs::write(dir.file(), &bytes).unwrap();
        let log = AuditLog::file(&dir.file()).unwrap();
        assert_eq!(append_n(&log, &[10]).await[0].prev, written[1].digest);
        assert_eq!(log.read(&AuditFilter::default()).await.unwrap().len(), 3);
    }

    #[test]
    fn the_tail_of_a_long_file_is_found() {
        let dir = TempDir::new("tail");
        std::fs::create_dir_all(dir.0.join("logs")).unwrap();
        let long = "x".repeat(200_000);
        std::fs::write(dir.file(), format!("{long}\n{long}\nend")).unwrap();
        let mut file = File::open(dir.file()).unwrap();
        let len = file.metadata().unwrap().len();
        let tail = read_tail(&mut file, len).unwrap();
        let (offset, line) = tail.last_line.unwrap();
        assert_eq!((offset, line.len()), (200_001, 200_000));
        assert_eq!(tail.fragment, (400_002, b"end".to_vec()));
    }
}
