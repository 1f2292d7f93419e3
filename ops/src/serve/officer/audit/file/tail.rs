//! The end of the audit file on opening: its last record, from which the chain continues, after
//! an unterminated last line is completed (a whole record) or removed (an interrupted write).

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

use anyhow::Context;

use super::super::{describe, AuditRecord};

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
pub(super) fn recover_tail(file: &mut File, path: &Path) -> anyhow::Result<Option<AuditRecord>> {
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

#[cfg(test)]
mod tests {
    use super::super::super::{verify, AuditFilter, AuditLog, VerifySummary};
    use super::super::fixtures::{append_n, TempDir};
    use super::super::read_file;
    use super::*;

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
