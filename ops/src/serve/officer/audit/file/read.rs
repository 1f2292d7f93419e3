//! Reading the audit file: its records line by line, a malformed line named by its number, and
//! an unterminated last line (a write in progress) left out.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use anyhow::Context;

use super::super::{describe, AuditFilter, AuditRecord, NotARecord, Selection};

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
pub(super) fn read_records(
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
pub(super) struct RecordReader<'a, R> {
    reader: R,
    path: &'a Path,
    /// Lines read.
    line: usize,
    /// Bytes read.
    pub(super) offset: u64,
    buffer: Vec<u8>,
}

impl<'a, R: BufRead> RecordReader<'a, R> {
    pub(super) fn new(reader: R, path: &'a Path) -> Self {
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
    use super::super::super::AuditLog;
    use super::super::fixtures::{append_n, TempDir};
    use super::*;

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
}
