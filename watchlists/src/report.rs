//! What a loader did: how many records it loaded, which it skipped and why, and which it kept
//! with a problem in an optional field.
//!
//! Reasons name the field and the problem, never the personal data itself: no names, no document
//! numbers, no dates of birth. Reports can therefore be logged and shown to operators.

use std::fmt;

use serde::Serialize;

/// How many reasons [`LoadReport`]'s `Display` lists per category before summarising the rest.
pub const DISPLAY_REASONS: usize = 10;

/// A record that was skipped, or kept with a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedRecord {
    /// 1-based line of the row (CSV, JSON lines), or for XML the line where the record starts.
    pub line: u64,
    /// What is wrong, naming the field and the problem but never the data.
    pub reason: String,
}

impl SkippedRecord {
    /// Creates a record of a skipped row or a warning.
    pub fn new(line: u64, reason: impl Into<String>) -> SkippedRecord {
        SkippedRecord {
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for SkippedRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// The outcome of loading one list file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadReport {
    /// Format loaded (`native-csv`, `native-jsonl`, `un-xml`, `opensanctions`,
    /// `documents-csv`).
    pub format: &'static str,
    /// Number of records loaded.
    pub loaded: usize,
    /// Records that were not loaded, in file order.
    pub skipped: Vec<SkippedRecord>,
    /// Records that were loaded, but with a problem in an optional field (the bad value was
    /// dropped), in file order.
    pub warnings: Vec<SkippedRecord>,
}

impl LoadReport {
    /// Creates an empty report for a format.
    pub fn new(format: &'static str) -> LoadReport {
        LoadReport {
            format,
            loaded: 0,
            skipped: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Records a skipped row.
    pub fn skip(&mut self, line: u64, reason: impl Into<String>) {
        self.skipped.push(SkippedRecord::new(line, reason));
    }

    /// Records a warning about a loaded row.
    pub fn warn(&mut self, line: u64, reason: impl Into<String>) {
        self.warnings.push(SkippedRecord::new(line, reason));
    }

    /// Returns true when nothing was skipped and there are no warnings.
    pub fn is_clean(&self) -> bool {
        self.skipped.is_empty() && self.warnings.is_empty()
    }

    /// Returns the lines of the skipped rows, in file order.
    pub fn skipped_lines(&self) -> Vec<u64> {
        self.skipped.iter().map(|s| s.line).collect()
    }

    /// Returns the lines of the warnings, in file order.
    pub fn warning_lines(&self) -> Vec<u64> {
        self.warnings.iter().map(|s| s.line).collect()
    }
}

/// Writes ` (line 1: …; line 2: …; and N more)` for a non-empty list.
fn write_reasons(f: &mut fmt::Formatter<'_>, records: &[SkippedRecord]) -> fmt::Result {
    if records.is_empty() {
        return Ok(());
    }
    f.write_str(" (")?;
    for (index, record) in records.iter().take(DISPLAY_REASONS).enumerate() {
        if index > 0 {
            f.write_str("; ")?;
        }
        write!(f, "{record}")?;
    }
    if records.len() > DISPLAY_REASONS {
        write!(f, "; and {} more", records.len() - DISPLAY_REASONS)?;
    }
    f.write_str(")")
}

impl fmt::Display for LoadReport {
    /// `loaded 998, skipped 2 (line 17: …; line 40: …)`, followed by
    /// `, 1 warning (line 5: …)` when there are warnings; at most
    /// [`DISPLAY_REASONS`] reasons are listed per category.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "loaded {}, skipped {}", self.loaded, self.skipped.len())?;
        write_reasons(f, &self.skipped)?;
        if !self.warnings.is_empty() {
            let plural = if self.warnings.len() == 1 { "" } else { "s" };
            write!(f, ", {} warning{plural}", self.warnings.len())?;
            write_reasons(f, &self.warnings)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_summary() {
        let mut report = LoadReport::new("native-csv");
        report.loaded = 998;
        assert_eq!(report.to_string(), "loaded 998, skipped 0");
        report.skip(17, "missing full_name");
        report.skip(40, "duplicate id (first at line 3)");
        assert_eq!(
            report.to_string(),
            "loaded 998, skipped 2 (line 17: missing full_name; line 40: duplicate id (first at \
             line 3))"
        );
        report.warn(5, "gender is not M, F, U or X");
        assert!(report
            .to_string()
            .ends_with(", 1 warning (line 5: gender is not M, F, U or X)"));
        assert!(!report.is_clean());
    }

    #[test]
    fn display_caps_reasons() {
        let mut report = LoadReport::new("native-csv");
        for line in 1..=13 {
            report.skip(line, "missing id");
        }
        let text = report.to_string();
        assert!(text.contains("line 10: missing id; and 3 more)"), "{text}");
        assert!(!text.contains("line 11"));
        assert_eq!(report.skipped_lines().len(), 13);
    }
}
