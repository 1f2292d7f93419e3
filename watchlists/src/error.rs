//! Fatal loading errors: the file as a whole cannot be used.
//!
//! Problems with single rows or records are not errors: the loaders skip them and report them in
//! [`LoadReport`](crate::report::LoadReport). A [`LoadError`] means nothing could be loaded (the
//! file cannot be read, its header is wrong, its XML is broken, or its format is unknown).
//!
//! Error messages never contain personal data from the list: they name columns, tags and
//! positions only.

use thiserror::Error;

/// Why a list file could not be loaded at all.
#[non_exhaustive]
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read the list: {0}")]
    Io(#[from] std::io::Error),

    /// A required column is missing from the header (or the header line itself is missing).
    #[error("line {line}: missing column `{column}` (is the header line missing?)")]
    MissingColumn {
        /// Line of the header (1-based).
        line: u64,
        /// Name of the missing column.
        column: &'static str,
    },

    /// The header has columns this format does not know.
    #[error("line {line}: unknown header column(s): {}", columns.join(", "))]
    UnknownColumns {
        /// Line of the header (1-based).
        line: u64,
        /// The unknown column names, as written (trimmed).
        columns: Vec<String>,
    },

    /// A column appears more than once in the header.
    #[error("line {line}: column `{column}` appears more than once in the header")]
    DuplicateColumn {
        /// Line of the header (1-based).
        line: u64,
        /// Name of the repeated column.
        column: String,
    },

    /// The XML is not well-formed.
    #[error("XML syntax error at line {line} (byte {position}): {message}")]
    Xml {
        /// Line (1-based) the reader had reached.
        line: u64,
        /// Byte offset of the error in the file.
        position: u64,
        /// What is wrong (tag names and syntax only, never content).
        message: String,
    },

    /// The content is not a list format this crate knows.
    #[error("format not recognised: {0}")]
    UnrecognisedFormat(String),
}
