//! [`AccountsError`]: where and why an accounts file is refused, as `file:line:column: message`,
//! with TOML and serde messages tidied to this crate's style and stripped of quoted values.

use std::fmt;

/// An accounts file refused: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountsError {
    origin: String,
    position: Option<(usize, usize)>,
    message: String,
}

impl AccountsError {
    /// An error at a byte offset of `text`.
    pub(super) fn at(
        origin: &str,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> AccountsError {
        AccountsError {
            origin: origin.to_owned(),
            position: Some(line_column(text, offset)),
            message: message.into(),
        }
    }

    /// An error about the whole file (it cannot be read).
    pub(super) fn whole(origin: &str, message: impl Into<String>) -> AccountsError {
        AccountsError {
            origin: origin.to_owned(),
            position: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for AccountsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => {
                write!(f, "{}:{line}:{column}: {}", self.origin, self.message)
            }
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for AccountsError {}

/// The line and column (both from 1, the column in characters) of a byte offset.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A TOML or serde message in this crate's style: lowercase start, no trailing period, and no
/// quoted string value (a misplaced value could be a hash).
pub(super) fn tidy_toml_message(message: &str) -> String {
    let message = redact_strings(message.trim().trim_end_matches('.'));
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "invalid accounts file".to_owned(),
    }
}

/// Replaces serde's `string "…"` by `string`.
fn redact_strings(message: &str) -> String {
    const MARK: &str = "string \"";
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at + MARK.len() - 2]);
        let after = &rest[at + MARK.len()..];
        rest = match after.find("\", ") {
            Some(end) => &after[end + 1..],
            None => after.rfind('"').map_or("", |end| &after[end + 1..]),
        };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        assert_eq!(line_column("ab\ncdé f", 0), (1, 1));
        assert_eq!(line_column("ab\ncdé f", 3), (2, 1));
        assert_eq!(line_column("ab\ncdé f", 7), (2, 4));
        assert_eq!(line_column("ab", 99), (1, 3));
    }

    #[test]
    fn redacts_quoted_strings() {
        assert_eq!(
            redact_strings("invalid type: string \"a\", expected a boolean"),
            "invalid type: string, expected a boolean"
        );
        assert_eq!(redact_strings("no strings here"), "no strings here");
    }
}
