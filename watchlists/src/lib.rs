//! Watchlists: the list entry model, list formats and snapshots.
//!
//! Data flow: list files and feeds → loaders (`formats`) → [`ListEntry`] (persons, with names,
//! aliases, dates of birth, nationalities, documents) and [`DocumentRecord`] (stolen/lost travel
//! documents) → `paxscreen-screening`, which builds its index from them.
//!
//! Every loader reports what it skipped with the line (or record) and the reason: nothing is
//! skipped silently.

pub mod error;
pub mod formats;
pub mod model;
pub mod report;

pub use error::LoadError;
pub use formats::{load_path, load_reader, Format, Loaded};
pub use model::{DocumentRecord, DocumentStatus, EntryDocument, ListEntry, ListInfo, PartialDate};
pub use report::{LoadReport, SkippedRecord};
