//! The native CSV list format.
//!
//! ```text
//! id,list,category,full_name,aliases,date_of_birth,nationality,gender,document_number,document_country
//! W-001,,wanted,Jane Example Doe,Jane Doe;J. E. Doe,1970-05-06;1971,GBR;fr,F,123456789,GBR
//! ```
//!
//! Columns are found by name (any order, any ASCII case). `id` and `full_name` are required, the
//! others optional; unknown columns are an error listing them, so that a misspelt column is not
//! silently ignored. Multi-valued fields (`aliases`, `date_of_birth`, `nationality`,
//! `document_number`, `document_country`) are separated by `;`.
//!
//! - `list` and `category` override the [`ListInfo`] defaults when not empty.
//! - `date_of_birth`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
//! - `nationality`, `document_country`: alpha-2, alpha-3, numeric or ICAO codes, normalised to
//!   alpha-3 (ICAO).
//! - `gender`: `M`, `F`, `U`, `X`, `male`, `female`.
//! - `document_country`: one value for all documents, or one per `document_number`.
//!
//! Rows without `id` or `full_name`, with the wrong number of fields, not UTF-8, or repeating an
//! id of the same list are skipped and reported. A bad value in an optional field is dropped and
//! reported as a warning; the entry is kept.

use std::io::Read;

use csv::ByteRecord;

use super::common::{
    csv_row_error, csv_text, open_csv, push_native_row, split_values, Collector, NativeRow,
};
use crate::error::LoadError;
use crate::model::{ListEntry, ListInfo};
use crate::report::LoadReport;

/// Name of the format in [`LoadReport::format`].
pub const FORMAT: &str = "native-csv";

/// The columns of the format, in the usual order.
pub const COLUMNS: [&str; 10] = [
    "id",
    "list",
    "category",
    "full_name",
    "aliases",
    "date_of_birth",
    "nationality",
    "gender",
    "document_number",
    "document_country",
];

/// The columns that must be present.
pub const REQUIRED_COLUMNS: [&str; 2] = ["id", "full_name"];

const ID: usize = 0;
const LIST: usize = 1;
const CATEGORY: usize = 2;
const FULL_NAME: usize = 3;
const ALIASES: usize = 4;
const DATE_OF_BIRTH: usize = 5;
const NATIONALITY: usize = 6;
const GENDER: usize = 7;
const DOCUMENT_NUMBER: usize = 8;
const DOCUMENT_COUNTRY: usize = 9;

/// Loads a native CSV list.
///
/// Fatal errors: the input cannot be read, or the header misses `id` or `full_name`, repeats a
/// column or has unknown columns. Everything else is reported in the [`LoadReport`].
pub fn load(reader: impl Read, list: &ListInfo) -> Result<(Vec<ListEntry>, LoadReport), LoadError> {
    let (mut csv, columns) = open_csv(reader, &COLUMNS, &REQUIRED_COLUMNS)?;
    let column = |index: usize| columns.get(index).copied().flatten();

    let mut collector = Collector::new(FORMAT);
    let mut record = ByteRecord::new();
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                let (line, reason) = csv_row_error(error)?;
                collector.report.skip(line, reason);
                continue;
            }
        }
        let line = record.position().map_or(0, csv::Position::line);
        let text = |index: usize| csv_text(&record, column(index), COLUMNS[index]);
        let row = (|| -> Result<NativeRow<'_>, String> {
            Ok(NativeRow {
                id: text(ID)?.into(),
                list: text(LIST)?,
                category: text(CATEGORY)?,
                full_name: text(FULL_NAME)?,
                aliases: split_values(text(ALIASES)?).collect(),
                dates_of_birth: split_values(text(DATE_OF_BIRTH)?).collect(),
                nationalities: split_values(text(NATIONALITY)?).collect(),
                gender: text(GENDER)?,
                document_numbers: split_values(text(DOCUMENT_NUMBER)?).collect(),
                document_countries: split_values(text(DOCUMENT_COUNTRY)?).collect(),
            })
        })();
        match row {
            Ok(row) => push_native_row(row, line, list, &mut collector),
            Err(reason) => collector.report.skip(line, reason),
        }
    }
    Ok(collector.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> ListInfo {
        ListInfo {
            name: "test".to_owned(),
            category: "wanted".to_owned(),
            threshold: None,
        }
    }

    #[test]
    fn minimal_header_any_order() {
        let data = "full_name,ID\nJane Example Doe,1\n";
        let (entries, report) = load(data.as_bytes(), &list()).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].id, "1");
        assert_eq!(entries[0].list, "test");
        assert_eq!(entries[0].category, "wanted");
        assert!(report.is_clean());
    }

    #[test]
    fn header_errors() {
        let err = load("id,name\n".as_bytes(), &list()).unwrap_err();
        assert!(matches!(
            err,
            LoadError::MissingColumn {
                line: 1,
                column: "full_name"
            }
        ));
        let err = load("id,full_name,colour,size\n".as_bytes(), &list()).unwrap_err();
        match err {
            LoadError::UnknownColumns { line, columns } => {
                assert_eq!(line, 1);
                assert_eq!(columns, ["colour", "size"]);
            }
            other => panic!("{other}"),
        }
        let err = load("id,full_name,\n".as_bytes(), &list()).unwrap_err();
        assert_eq!(err.to_string(), "line 1: unknown header column(s): (empty)");
        let err = load("id,full_name,id\n".as_bytes(), &list()).unwrap_err();
        assert!(matches!(err, LoadError::DuplicateColumn { line: 1, .. }));
        let err = load("".as_bytes(), &list()).unwrap_err();
        assert!(matches!(err, LoadError::MissingColumn { column: "id", .. }));
    }

    #[test]
    fn bom_and_crlf() {
        let data = "\u{feff}id,full_name\r\n1,Jane Example Doe\r\n";
        let (entries, report) = load(data.as_bytes(), &list()).unwrap();
        assert_eq!(entries[0].names, ["Jane Example Doe"]);
        assert!(report.is_clean());
    }

    #[test]
    fn not_utf8() {
        let data = b"id,full_name\n1,Jane \xFF Doe\n2,Ok Name\n";
        let (entries, report) = load(&data[..], &list()).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(report.skipped_lines(), [2]);
        assert_eq!(report.skipped[0].reason, "full_name is not valid UTF-8");
    }
}
