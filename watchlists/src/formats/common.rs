//! Helpers shared by the loaders: collecting entries with duplicate detection, reading lines,
//! dates, countries and the native row shape shared by CSV and JSON lines.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};

use paxscreen_ingest::model::Gender;
use paxscreen_ingest::normalise::normalise_document_number;

use super::countries::country_from_code;
use crate::error::LoadError;
use crate::model::{EntryDocument, ListEntry, ListInfo, PartialDate};
use crate::report::LoadReport;

/// Size of the read buffers of the loaders.
pub(crate) const BUFFER_SIZE: usize = 256 * 1024;

/// The UTF-8 byte order mark.
pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Collects entries, rejects duplicate ids within a list and keeps the report.
pub(crate) struct Collector {
    entries: Vec<ListEntry>,
    /// First line of each (list, id).
    seen: HashMap<(String, String), u64>,
    /// The report being built.
    pub(crate) report: LoadReport,
}

impl Collector {
    pub(crate) fn new(format: &'static str) -> Collector {
        Collector {
            entries: Vec::new(),
            seen: HashMap::new(),
            report: LoadReport::new(format),
        }
    }

    /// Adds an entry, unless its id is already in its list (then the line is skipped).
    pub(crate) fn push(&mut self, line: u64, entry: ListEntry) {
        let key = (entry.list.clone(), entry.id.clone());
        if let Some(first) = self.seen.get(&key) {
            let reason = format!("duplicate id (first at line {first})");
            self.report.skip(line, reason);
            return;
        }
        self.seen.insert(key, line);
        self.entries.push(entry);
        self.report.loaded += 1;
    }

    pub(crate) fn finish(self) -> (Vec<ListEntry>, LoadReport) {
        (self.entries, self.report)
    }
}

/// Reads a text file line by line with a reused buffer, calling `f` with the 1-based line number
/// and the line (`None` when it is not valid UTF-8). Line ends (`\n`, `\r\n`) and a leading
/// byte order mark are removed; blank lines are not passed on.
pub(crate) fn for_each_line(
    reader: impl Read,
    mut f: impl FnMut(u64, Option<&str>),
) -> Result<(), LoadError> {
    let mut reader = BufReader::with_capacity(BUFFER_SIZE, reader);
    let mut buffer = Vec::with_capacity(4096);
    let mut line_number = 0u64;
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer)? == 0 {
            return Ok(());
        }
        line_number += 1;
        let mut bytes = buffer.as_slice();
        if line_number == 1 {
            bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
        }
        let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) if text.trim().is_empty() => {}
            Ok(text) => f(line_number, Some(text)),
            Err(_) => f(line_number, None),
        }
    }
}

/// A reason for a JSON line that does not parse, with the error category and column only (the
/// messages of `serde_json` quote the data).
pub(crate) fn json_reason(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax => format!("malformed JSON (syntax error at column {})", error.column()),
        Category::Eof => "malformed JSON (the line ends inside the object)".to_owned(),
        Category::Data => format!(
            "JSON value of the wrong type or shape (data error at column {})",
            error.column()
        ),
        Category::Io => "JSON line could not be read".to_owned(),
    }
}

/// Returns `word` when it is a short identifier (ASCII letters, digits, `_`, `-`, `.`), so that it
/// may be quoted in a reason; `None` when it could be data.
pub(crate) fn safe_word(word: &str) -> Option<&str> {
    let ok = !word.is_empty()
        && word.len() <= 40
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
    ok.then_some(word)
}

/// Parses a date as lists give it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, also with a time after `T`
/// or a blank (`1970-05-06T00:00:00`), which is dropped.
pub(crate) fn parse_partial_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    let date = text.split(['T', ' ']).next().unwrap_or(text);
    PartialDate::parse(date)
}

/// Adds `date` to `dates` unless already there.
pub(crate) fn push_unique<T: PartialEq>(values: &mut Vec<T>, value: T) {
    if !values.contains(&value) {
        values.push(value);
    }
}

/// Collapses runs of blanks into single spaces and trims.
pub(crate) fn collapse_blanks(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim();
    let needs_work = trimmed
        .as_bytes()
        .windows(2)
        .any(|pair| pair[0].is_ascii_whitespace() && pair[1].is_ascii_whitespace())
        || trimmed.chars().any(|c| c.is_whitespace() && c != ' ');
    if needs_work {
        Cow::Owned(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(trimmed)
    }
}

/// Parses a gender: `M`, `F`, `U`, `X`, `male`, `female`, and `other` (as `X`).
pub(crate) fn parse_gender(text: &str) -> Option<Gender> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("other") {
        return Some(Gender::X);
    }
    Gender::from_code(text)
}

/// The fields of one native row (CSV or JSON line), trimmed, multi-valued fields split.
#[derive(Debug, Default)]
pub(crate) struct NativeRow<'a> {
    pub(crate) id: Cow<'a, str>,
    pub(crate) list: &'a str,
    pub(crate) category: &'a str,
    pub(crate) full_name: &'a str,
    pub(crate) aliases: Vec<&'a str>,
    pub(crate) dates_of_birth: Vec<&'a str>,
    pub(crate) nationalities: Vec<&'a str>,
    pub(crate) gender: &'a str,
    pub(crate) document_numbers: Vec<&'a str>,
    pub(crate) document_countries: Vec<&'a str>,
}

/// Splits a `;`-separated value into trimmed, non-empty parts.
pub(crate) fn split_values(text: &str) -> impl Iterator<Item = &str> {
    text.split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
}

/// Builds the entry of a native row, skipping the row (missing id or name) or warning about bad
/// optional values, and adds it to the collector.
pub(crate) fn push_native_row(
    row: NativeRow<'_>,
    line: u64,
    list: &ListInfo,
    collector: &mut Collector,
) {
    let id = row.id.trim();
    if id.is_empty() {
        collector.report.skip(line, "missing id");
        return;
    }
    let full_name = collapse_blanks(row.full_name);
    if full_name.is_empty() {
        collector.report.skip(line, "missing full_name");
        return;
    }
    let report = &mut collector.report;

    let mut names = vec![full_name.into_owned()];
    for alias in &row.aliases {
        let alias = collapse_blanks(alias);
        if !alias.is_empty() {
            push_unique(&mut names, alias.into_owned());
        }
    }

    let mut dates_of_birth = Vec::new();
    for text in &row.dates_of_birth {
        match parse_partial_date(text) {
            Some(date) => push_unique(&mut dates_of_birth, date),
            None => report.warn(line, "date_of_birth is not YYYY, YYYY-MM or YYYY-MM-DD"),
        }
    }

    let mut nationalities = Vec::new();
    for code in &row.nationalities {
        match country_from_code(code) {
            Some(alpha3) => push_unique(&mut nationalities, alpha3),
            None => report.warn(line, "nationality is not a known country code"),
        }
    }

    let gender = if row.gender.is_empty() {
        None
    } else {
        let gender = parse_gender(row.gender);
        if gender.is_none() {
            report.warn(line, "gender is not M, F, U, X, male or female");
        }
        gender
    };

    let countries: Vec<Option<String>> = row
        .document_countries
        .iter()
        .map(|code| {
            let country = country_from_code(code);
            if country.is_none() {
                report.warn(line, "document_country is not a known country code");
            }
            country
        })
        .collect();
    let mut documents = Vec::new();
    if !row.document_numbers.is_empty() {
        let pairs = countries.len() == row.document_numbers.len();
        if !pairs && countries.len() > 1 {
            report.warn(
                line,
                "document_country has more than one value but not one per document_number; \
                 countries not used",
            );
        }
        for (index, raw) in row.document_numbers.iter().enumerate() {
            let number = normalise_document_number(raw);
            if number.is_empty() {
                report.warn(line, "document_number has no letters or digits");
                continue;
            }
            let country = match (pairs, countries.len()) {
                (true, _) => countries.get(index).cloned().flatten(),
                (false, 1) => countries.first().cloned().flatten(),
                _ => None,
            };
            let document = EntryDocument {
                number,
                country,
                doc_type: None,
            };
            push_unique(&mut documents, document);
        }
    } else if !countries.is_empty() {
        report.warn(line, "document_country without document_number ignored");
    }

    let entry = ListEntry {
        id: id.to_owned(),
        list: if row.list.is_empty() {
            list.name.clone()
        } else {
            row.list.to_owned()
        },
        category: if row.category.is_empty() {
            list.category.clone()
        } else {
            row.category.to_owned()
        },
        names,
        dates_of_birth,
        nationalities,
        gender,
        documents,
    };
    collector.push(line, entry);
}

/// Maps the header of a CSV file to the known columns of a format: for each known column, its
/// index in the file. Header names are trimmed and compared without ASCII case; a byte order mark
/// before the first is ignored.
///
/// Errors: a required column missing (checked first, so that a data row taken for a header is not
/// quoted back as unknown columns), a known column repeated, unknown columns.
pub(crate) fn csv_columns(
    headers: &csv::ByteRecord,
    line: u64,
    known: &[&'static str],
    required: &[&'static str],
) -> Result<Vec<Option<usize>>, LoadError> {
    let mut names = Vec::with_capacity(headers.len());
    for (index, raw) in headers.iter().enumerate() {
        let raw = if index == 0 {
            raw.strip_prefix(UTF8_BOM).unwrap_or(raw)
        } else {
            raw
        };
        names.push(String::from_utf8_lossy(raw.trim_ascii()).to_ascii_lowercase());
    }
    let mut columns = vec![None; known.len()];
    for (index, name) in names.iter().enumerate() {
        if let Some(slot) = known.iter().position(|k| k == name) {
            if let Some(column) = columns.get_mut(slot) {
                if column.is_some() {
                    return Err(LoadError::DuplicateColumn {
                        line,
                        column: name.clone(),
                    });
                }
                *column = Some(index);
            }
        }
    }
    for name in required {
        let present = known
            .iter()
            .position(|k| k == name)
            .and_then(|slot| columns.get(slot).copied().flatten())
            .is_some();
        if !present {
            return Err(LoadError::MissingColumn { line, column: name });
        }
    }
    let unknown: Vec<String> = names
        .iter()
        .filter(|name| !known.contains(&name.as_str()))
        .map(|name| {
            if name.is_empty() {
                "(empty)".to_owned()
            } else {
                name.clone()
            }
        })
        .collect();
    if !unknown.is_empty() {
        return Err(LoadError::UnknownColumns {
            line,
            columns: unknown,
        });
    }
    Ok(columns)
}

/// Opens a CSV input with the settings every CSV loader uses (strict field counts, fields
/// trimmed by the loaders, a large buffer) and reads its header into column positions (see
/// [`csv_columns`]).
pub(crate) fn open_csv<R: Read>(
    reader: R,
    known: &[&'static str],
    required: &[&'static str],
) -> Result<(csv::Reader<R>, Vec<Option<usize>>), LoadError> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .trim(csv::Trim::None)
        .buffer_capacity(BUFFER_SIZE)
        .from_reader(reader);
    let headers = csv.byte_headers().map_err(csv_fatal)?.clone();
    let header_line = headers.position().map_or(1, csv::Position::line);
    let columns = csv_columns(&headers, header_line, known, required)?;
    Ok((csv, columns))
}

/// Converts a fatal `csv` error: I/O errors stay I/O errors.
pub(crate) fn csv_fatal(error: csv::Error) -> LoadError {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => LoadError::Io(error),
        _ => LoadError::UnrecognisedFormat("the header line is not valid CSV".to_owned()),
    }
}

/// What to do with a `csv` error while reading rows: I/O errors are fatal, anything else skips
/// the row with a reason (line, reason).
pub(crate) fn csv_row_error(error: csv::Error) -> Result<(u64, String), LoadError> {
    let line = error.position().map_or(0, csv::Position::line);
    match error.into_kind() {
        csv::ErrorKind::Io(error) => Err(LoadError::Io(error)),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Ok((
            line,
            format!("row has {len} fields, the header has {expected_len}"),
        )),
        csv::ErrorKind::Utf8 { .. } => Ok((line, "row is not valid UTF-8".to_owned())),
        _ => Ok((line, "row could not be read as CSV".to_owned())),
    }
}

/// Returns a field of a byte record as trimmed text; empty when the column is absent. The error
/// names the column when the field is not UTF-8.
pub(crate) fn csv_text<'r>(
    record: &'r csv::ByteRecord,
    column: Option<usize>,
    name: &str,
) -> Result<&'r str, String> {
    let Some(bytes) = column.and_then(|index| record.get(index)) else {
        return Ok("");
    };
    std::str::from_utf8(bytes)
        .map(str::trim)
        .map_err(|_| format!("{name} is not valid UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_partial_date("1970"), Some(PartialDate::Year(1970)));
        assert_eq!(
            parse_partial_date(" 1970-05 "),
            Some(PartialDate::YearMonth(1970, 5))
        );
        assert_eq!(
            parse_partial_date("1970-05-06T00:00:00").map(|d| d.to_string()),
            Some("1970-05-06".to_owned())
        );
        assert_eq!(parse_partial_date("06/05/1970"), None);
    }

    #[test]
    fn blanks() {
        assert_eq!(collapse_blanks("  a  b\tc "), "a b c");
        assert!(matches!(collapse_blanks(" a b "), Cow::Borrowed("a b")));
    }

    #[test]
    fn words() {
        assert_eq!(safe_word("Company"), Some("Company"));
        assert_eq!(safe_word("John Smith"), None);
        assert_eq!(safe_word(""), None);
    }

    #[test]
    fn lines() {
        let mut seen = Vec::new();
        for_each_line(&b"\xEF\xBB\xBFa\r\n\n  \nb\n\xFF\nc"[..], |line, text| {
            seen.push((line, text.map(str::to_owned)));
        })
        .unwrap();
        assert_eq!(
            seen,
            vec![
                (1, Some("a".to_owned())),
                (4, Some("b".to_owned())),
                (5, None),
                (6, Some("c".to_owned())),
            ]
        );
    }
}
