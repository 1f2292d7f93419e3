//! Stolen, lost and revoked travel documents, CSV.
//!
//! ```text
//! document_number,issuing_country,document_type,status,reported_on
//! X1234567,GBR,P,stolen,2024-11-02
//! ```
//!
//! Columns are found by name (any order, any ASCII case); `document_number`, `issuing_country`
//! and `status` are required, `document_type` and `reported_on` optional; unknown columns are an
//! error listing them.
//!
//! - `document_number` is normalised (upper-case A–Z and 0–9);
//! - `issuing_country`: alpha-2, alpha-3, numeric or ICAO code, normalised to alpha-3 (ICAO);
//! - `status`: as [`DocumentStatus::parse`] reads it (`stolen`, `lost`, `revoked`,
//!   `stolen blank`, `invalid`…);
//! - `reported_on`: `YYYY-MM-DD`.
//!
//! Rows with an empty number, an unknown country or status, the wrong number of fields, or not
//! UTF-8 are skipped and reported; a bad `reported_on` is dropped with a warning.
//!
//! Loading streams: [`for_each`] reuses one record buffer and allocates nothing per row but the
//! [`DocumentRecord`] handed to the callback, so lists of tens of millions of rows load without
//! being held in memory by the loader.

use std::io::Read;

use chrono::NaiveDate;
use csv::ByteRecord;

use super::common::{csv_row_error, open_csv};
use super::countries::country_from_code;
use crate::error::LoadError;
use crate::model::{DocumentRecord, DocumentStatus, ListInfo};
use crate::report::LoadReport;

/// Name of the format in [`LoadReport::format`].
pub const FORMAT: &str = "documents-csv";

/// The columns of the format, in the usual order.
pub const COLUMNS: [&str; 5] = [
    "document_number",
    "issuing_country",
    "document_type",
    "status",
    "reported_on",
];

/// The columns that must be present.
pub const REQUIRED_COLUMNS: [&str; 3] = ["document_number", "issuing_country", "status"];

const NUMBER: usize = 0;
const COUNTRY: usize = 1;
const DOC_TYPE: usize = 2;
const STATUS: usize = 3;
const REPORTED_ON: usize = 4;

/// Parses a status like [`DocumentStatus::parse`], without allocating.
fn parse_status(raw: &[u8]) -> Option<DocumentStatus> {
    let mut buffer = [0u8; 16];
    let target = buffer.get_mut(..raw.len())?;
    for (slot, &byte) in target.iter_mut().zip(raw) {
        *slot = match byte {
            b' ' | b'-' => b'_',
            other => other.to_ascii_lowercase(),
        };
    }
    match &*target {
        b"stolen" => Some(DocumentStatus::Stolen),
        b"lost" => Some(DocumentStatus::Lost),
        b"revoked" | b"cancelled" | b"canceled" => Some(DocumentStatus::Revoked),
        b"stolen_blank" | b"blank" => Some(DocumentStatus::StolenBlank),
        b"invalid" | b"fraudulent" | b"void" => Some(DocumentStatus::Invalid),
        _ => None,
    }
}

/// Parses `YYYY-MM-DD` from bytes, without allocating.
fn parse_date(raw: &[u8]) -> Option<NaiveDate> {
    fn number(digits: &[u8]) -> Option<u32> {
        digits.iter().try_fold(0u32, |value, &digit| {
            digit
                .is_ascii_digit()
                .then(|| value * 10 + u32::from(digit - b'0'))
        })
    }
    if raw.len() != 10 || raw.get(4) != Some(&b'-') || raw.get(7) != Some(&b'-') {
        return None;
    }
    let year = i32::try_from(number(raw.get(..4)?)?).ok()?;
    let month = number(raw.get(5..7)?)?;
    let day = number(raw.get(8..10)?)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Returns the trimmed field of a column (empty when the column is absent).
fn field(record: &ByteRecord, column: Option<usize>) -> &[u8] {
    column
        .and_then(|index| record.get(index))
        .unwrap_or_default()
        .trim_ascii()
}

/// Streams the records of a stolen/lost documents CSV to `f`, in file order.
///
/// `list` names the list the file belongs to; records do not carry it (the caller keeps
/// documents per list).
///
/// Fatal errors: the input cannot be read, or the header misses a required column, repeats a
/// column or has unknown columns. Everything else is reported in the returned [`LoadReport`].
pub fn for_each(
    reader: impl Read,
    list: &ListInfo,
    mut f: impl FnMut(DocumentRecord),
) -> Result<LoadReport, LoadError> {
    let _ = list;
    let (mut csv, columns) = open_csv(reader, &COLUMNS, &REQUIRED_COLUMNS)?;
    let column = |index: usize| columns.get(index).copied().flatten();
    let (number_column, country_column, type_column, status_column, date_column) = (
        column(NUMBER),
        column(COUNTRY),
        column(DOC_TYPE),
        column(STATUS),
        column(REPORTED_ON),
    );

    let mut report = LoadReport::new(FORMAT);
    let mut record = ByteRecord::new();
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                let (line, reason) = csv_row_error(error)?;
                report.skip(line, reason);
                continue;
            }
        }
        let line = record.position().map_or(0, csv::Position::line);

        let Ok(number) = std::str::from_utf8(field(&record, number_column)) else {
            report.skip(line, "document_number is not valid UTF-8");
            continue;
        };
        if number.is_empty() {
            report.skip(line, "missing document_number");
            continue;
        }
        let Ok(country) = std::str::from_utf8(field(&record, country_column)) else {
            report.skip(line, "issuing_country is not valid UTF-8");
            continue;
        };
        if country.is_empty() {
            report.skip(line, "missing issuing_country");
            continue;
        }
        let Some(issuing_country) = country_from_code(country) else {
            report.skip(line, "issuing_country is not a known country code");
            continue;
        };
        let status = field(&record, status_column);
        if status.is_empty() {
            report.skip(line, "missing status");
            continue;
        }
        let Some(status) = parse_status(status) else {
            report.skip(
                line,
                "status is not stolen, lost, revoked, stolen blank or invalid",
            );
            continue;
        };
        let Ok(doc_type) = std::str::from_utf8(field(&record, type_column)) else {
            report.skip(line, "document_type is not valid UTF-8");
            continue;
        };
        let reported = field(&record, date_column);
        let reported_on = if reported.is_empty() {
            None
        } else {
            let date = parse_date(reported);
            if date.is_none() {
                report.warn(line, "reported_on is not YYYY-MM-DD; dropped");
            }
            date
        };
        let number = paxscreen_ingest::normalise::normalise_document_number(number);
        if number.is_empty() {
            report.skip(line, "document_number has no letters or digits");
            continue;
        }
        f(DocumentRecord {
            number,
            issuing_country,
            doc_type: (!doc_type.is_empty()).then(|| doc_type.to_owned()),
            status,
            reported_on,
        });
        report.loaded += 1;
    }
    Ok(report)
}

/// Loads a stolen/lost documents CSV into memory (built on [`for_each`]).
pub fn load(
    reader: impl Read,
    list: &ListInfo,
) -> Result<(Vec<DocumentRecord>, LoadReport), LoadError> {
    let mut records = Vec::new();
    let report = for_each(reader, list, |record| records.push(record))?;
    Ok((records, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_matches_model_parser() {
        for word in [
            "stolen",
            "STOLEN",
            "Lost",
            "revoked",
            "cancelled",
            "canceled",
            "stolen blank",
            "Stolen-Blank",
            "stolen_blank",
            "blank",
            "invalid",
            "fraudulent",
            "void",
            "mislaid",
            "",
            "a very long status word indeed",
        ] {
            assert_eq!(
                parse_status(word.as_bytes()),
                DocumentStatus::parse(word),
                "{word}"
            );
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date(b"2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_date(b"2023-02-29"), None);
        assert_eq!(parse_date(b"2024-2-29"), None);
        assert_eq!(parse_date(b"2024-02-2x"), None);
        assert_eq!(parse_date(b"+024-02-20"), None);
    }
}
