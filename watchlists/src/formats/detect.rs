//! Choosing the format of a list file from its extension and its first bytes.
//!
//! - `.xml` → UN Consolidated List;
//! - `.csv` → stolen/lost documents when the header has `document_number` and `status` but no
//!   `full_name`, else native CSV;
//! - `.jsonl`, `.ndjson`, `.json` → OpenSanctions when the first non-blank line has a `schema`
//!   key, else native JSON lines;
//! - any other extension: by content (`<` → XML, `{` → JSON lines, a known CSV header → CSV).

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use super::common::UTF8_BOM;
use crate::error::LoadError;

/// How many bytes of a file [`detect_path`] reads.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// A list file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Native CSV ([`super::native_csv`]).
    NativeCsv,
    /// Native JSON lines ([`super::native_jsonl`]).
    NativeJsonl,
    /// UN Security Council Consolidated List XML ([`super::un_xml`]).
    UnXml,
    /// OpenSanctions FollowTheMoney JSON lines ([`super::opensanctions`]).
    OpenSanctions,
    /// Stolen/lost documents CSV ([`super::documents_csv`]).
    DocumentsCsv,
}

impl Format {
    /// The name used in [`LoadReport::format`](crate::report::LoadReport::format).
    pub fn name(self) -> &'static str {
        match self {
            Format::NativeCsv => super::native_csv::FORMAT,
            Format::NativeJsonl => super::native_jsonl::FORMAT,
            Format::UnXml => super::un_xml::FORMAT,
            Format::OpenSanctions => super::opensanctions::FORMAT,
            Format::DocumentsCsv => super::documents_csv::FORMAT,
        }
    }

    /// Returns true for the formats of person entries (all but documents).
    pub fn has_entries(self) -> bool {
        self != Format::DocumentsCsv
    }
}

/// Detects the format of a file from its extension and its first [`SNIFF_BYTES`] bytes.
pub fn detect_path(path: &Path) -> Result<Format, LoadError> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    File::open(path)?
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    detect(extension.as_deref(), &head)
}

/// Detects the format from a file extension (lower case, without the dot) and the first bytes of
/// the file.
pub fn detect(extension: Option<&str>, head: &[u8]) -> Result<Format, LoadError> {
    let head = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    match extension {
        Some("xml") => Ok(Format::UnXml),
        Some("csv") => csv_kind(head),
        Some("jsonl" | "ndjson" | "json") => json_kind(head),
        _ => match head.trim_ascii_start().first() {
            Some(b'<') => Ok(Format::UnXml),
            Some(b'{' | b'[') => json_kind(head),
            Some(_) => csv_kind(head),
            None => Err(LoadError::UnrecognisedFormat(
                "the file is empty".to_owned(),
            )),
        },
    }
}

/// The first line, without its line end.
fn first_line(head: &[u8]) -> &[u8] {
    let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn csv_kind(head: &[u8]) -> Result<Format, LoadError> {
    let header: Vec<String> = first_line(head)
        .split(|&b| b == b',')
        .map(|name| {
            let name = name.trim_ascii();
            let name = name
                .strip_prefix(b"\"")
                .and_then(|n| n.strip_suffix(b"\""))
                .unwrap_or(name);
            String::from_utf8_lossy(name).to_ascii_lowercase()
        })
        .collect();
    let has = |column: &str| header.iter().any(|name| name == column);
    if has("document_number") && has("status") && !has("full_name") {
        Ok(Format::DocumentsCsv)
    } else if has("id") && has("full_name") {
        Ok(Format::NativeCsv)
    } else if has("document_number") && has("issuing_country") {
        Ok(Format::DocumentsCsv)
    } else {
        // Let the native loader report the missing columns.
        Ok(Format::NativeCsv)
    }
}

fn json_kind(head: &[u8]) -> Result<Format, LoadError> {
    let Some(line) = head
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii)
        .find(|line| !line.is_empty())
    else {
        return Err(LoadError::UnrecognisedFormat(
            "the file is empty".to_owned(),
        ));
    };
    if line.starts_with(b"[") {
        return Err(LoadError::UnrecognisedFormat(
            "a JSON array; expected one JSON object per line".to_owned(),
        ));
    }
    match serde_json::from_slice::<Map<String, Value>>(line) {
        Ok(object) if object.contains_key("schema") => Ok(Format::OpenSanctions),
        Ok(_) => Ok(Format::NativeJsonl),
        // A broken (or cut) first line: the loader will report it; choose by a key in the text.
        Err(_) if contains(line, b"\"schema\"") => Ok(Format::OpenSanctions),
        Err(_) => Ok(Format::NativeJsonl),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_extension_and_content() {
        let docs = b"document_number,issuing_country,document_type,status,reported_on\n";
        assert_eq!(detect(Some("csv"), docs).unwrap(), Format::DocumentsCsv);
        assert_eq!(detect(None, docs).unwrap(), Format::DocumentsCsv);
        let native = b"\xEF\xBB\xBFid,full_name,document_number\n";
        assert_eq!(detect(Some("csv"), native).unwrap(), Format::NativeCsv);
        let ftm = b"\n{\"id\":\"x\",\"schema\":\"Person\"}\n";
        assert_eq!(detect(Some("json"), ftm).unwrap(), Format::OpenSanctions);
        assert_eq!(detect(Some("txt"), ftm).unwrap(), Format::OpenSanctions);
        let jsonl = b"{\"id\":\"x\",\"full_name\":\"A B\"}\n";
        assert_eq!(detect(Some("ndjson"), jsonl).unwrap(), Format::NativeJsonl);
        assert_eq!(
            detect(Some("jsonl"), b"{\"schema\": \"Pers").unwrap(),
            Format::OpenSanctions
        );
        assert_eq!(
            detect(None, b"  <?xml version=\"1.0\"?>").unwrap(),
            Format::UnXml
        );
        assert!(detect(Some("json"), b"[{}]").is_err());
        assert!(detect(None, b"  \n").is_err());
        assert_eq!(Format::UnXml.name(), "un-xml");
    }
}
