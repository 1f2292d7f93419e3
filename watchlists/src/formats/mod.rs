//! List file formats and their loaders.
//!
//! | format | module | loads |
//! |---|---|---|
//! | native CSV | [`native_csv`] | [`ListEntry`] |
//! | native JSON lines | [`native_jsonl`] | [`ListEntry`] |
//! | UN Security Council Consolidated List XML | [`un_xml`] | [`ListEntry`] |
//! | OpenSanctions FollowTheMoney JSON lines | [`opensanctions`] | [`ListEntry`] |
//! | stolen/lost documents CSV | [`documents_csv`] | [`DocumentRecord`] |
//!
//! Every loader returns a [`LoadReport`]: the number loaded, the rows skipped (with line and
//! reason) and the rows kept with a dropped optional value (warnings). A [`LoadError`] is
//! returned only when the file as a whole cannot be used. [`load_path`] chooses the format of a
//! file ([`detect`]) and loads it.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::error::LoadError;
use crate::model::{DocumentRecord, ListEntry, ListInfo};
use crate::report::LoadReport;

mod common;
mod countries;
pub mod detect;
pub mod documents_csv;
pub mod native_csv;
pub mod native_jsonl;
pub mod opensanctions;
pub mod un_xml;

pub use detect::Format;

/// What a list file held.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Persons (native CSV and JSON lines, UN XML, OpenSanctions).
    Entries(Vec<ListEntry>, LoadReport),
    /// Stolen/lost travel documents.
    Documents(Vec<DocumentRecord>, LoadReport),
}

impl Loaded {
    /// The report of the load.
    pub fn report(&self) -> &LoadReport {
        match self {
            Loaded::Entries(_, report) | Loaded::Documents(_, report) => report,
        }
    }
}

/// Loads a list in the given format.
pub fn load_reader(
    format: Format,
    reader: impl Read,
    list: &ListInfo,
) -> Result<Loaded, LoadError> {
    let entries = match format {
        Format::NativeCsv => native_csv::load(reader, list)?,
        Format::NativeJsonl => native_jsonl::load(reader, list)?,
        Format::UnXml => un_xml::load(reader, list)?,
        Format::OpenSanctions => opensanctions::load(reader, list)?,
        Format::DocumentsCsv => {
            let (records, report) = documents_csv::load(reader, list)?;
            return Ok(Loaded::Documents(records, report));
        }
    };
    Ok(Loaded::Entries(entries.0, entries.1))
}

/// Loads a list file, choosing its format by extension and content ([`detect::detect_path`]).
pub fn load_path(path: &Path, list: &ListInfo) -> Result<Loaded, LoadError> {
    let format = detect::detect_path(path)?;
    load_reader(format, File::open(path)?, list)
}
