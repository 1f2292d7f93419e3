//! The error a rule file returns when it cannot be loaded: where (file, line, column) and why.
//!
//! Rule files are written by officers, so every error points at the value at fault. Messages
//! quote only rule text, never traveller data: rules are loaded before any traveller is seen.

use std::fmt;
use std::path::{Path, PathBuf};

/// A rule file that cannot be read, parsed or compiled.
///
/// Rule files are configuration: the error means the file must be fixed, and retrying does not
/// help. The service keeps its previous rule set when a reload fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[must_use]
pub struct RulesError {
    /// The file, when the rules came from one.
    pub path: Option<PathBuf>,
    /// Line of the value at fault, from 1; 0 when the error has no position (an unreadable
    /// file).
    pub line: usize,
    /// Column of the value at fault, in characters from 1; 0 when the error has no position.
    pub column: usize,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
}

impl RulesError {
    /// Returns an error at a byte offset of `text`, converted to a line and a column.
    pub fn at_offset(text: &str, offset: usize, message: impl Into<String>) -> RulesError {
        let (line, column) = line_and_column(text, offset);
        RulesError {
            path: None,
            line,
            column,
            message: message.into(),
        }
    }

    /// Returns an error without a position, such as a file that cannot be read.
    pub fn without_position(message: impl Into<String>) -> RulesError {
        RulesError {
            path: None,
            line: 0,
            column: 0,
            message: message.into(),
        }
    }

    /// Returns this error with the file it concerns.
    pub fn with_path(mut self, path: &Path) -> RulesError {
        self.path = Some(path.to_path_buf());
        self
    }
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line) {
            (Some(path), 0) => write!(f, "{}: {}", path.display(), self.message),
            (Some(path), line) => {
                write!(
                    f,
                    "{}:{line}:{}: {}",
                    path.display(),
                    self.column,
                    self.message
                )
            }
            (None, 0) => f.write_str(&self.message),
            (None, line) => write!(f, "line {line}, column {}: {}", self.column, self.message),
        }
    }
}

/// Returns the 1-based line and character column of a byte offset (clamped to the text).
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 4), (1, 5));
        assert_eq!(line_and_column(text, 6), (2, 1));
        // `é` is two bytes but one column: `=` is at byte 10, column 4.
        assert_eq!(line_and_column(text, 10), (2, 4));
        assert_eq!(line_and_column(text, 1000), (3, 1));
    }

    #[test]
    fn display_with_and_without_a_path() {
        let error = RulesError::at_offset("x\ny", 2, "unknown field `traveller.x`");
        assert_eq!(
            error.to_string(),
            "line 2, column 1: unknown field `traveller.x`"
        );
        let error = error.with_path(Path::new("rules.toml"));
        assert_eq!(
            error.to_string(),
            "rules.toml:2:1: unknown field `traveller.x`"
        );
        let unreadable =
            RulesError::without_position("cannot read the file").with_path(Path::new("r.toml"));
        assert_eq!(unreadable.to_string(), "r.toml: cannot read the file");
    }
}
