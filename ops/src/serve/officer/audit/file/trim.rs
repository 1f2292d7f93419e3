//! Retention: the audit file rewritten without its oldest records (into a locked, synced
//! temporary file renamed into place), the chain of the records kept intact.

use std::fs::{File, OpenOptions};
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use chrono::{DateTime, Utc};

use super::disk::{lock, parent_dir, sync_dir};
use super::read::RecordReader;
use super::FileState;

impl FileState {
    /// Removes the leading records older than `before`; returns how many.
    pub(super) fn trim(&mut self, path: &Path, before: DateTime<Utc>) -> anyhow::Result<u64> {
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

#[cfg(test)]
mod tests {
    use super::super::super::tests::at;
    use super::super::super::{verify, AuditFilter, AuditLog, VerifySummary};
    use super::super::fixtures::{append_n, TempDir};

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
}
