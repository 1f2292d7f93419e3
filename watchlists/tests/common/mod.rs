//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::fs::File;
use std::path::PathBuf;

use paxscreen_watchlists::{ListInfo, LoadReport};

/// Path of a sample file in `tests/data`.
pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

/// Opens a sample file in `tests/data`.
pub fn open(name: &str) -> File {
    File::open(data(name)).unwrap()
}

/// A list with a default category.
pub fn list(name: &str, category: &str) -> ListInfo {
    ListInfo {
        name: name.to_owned(),
        category: category.to_owned(),
        threshold: None,
    }
}

/// Asserts that no skip or warning reason (nor the report's display) contains any of the
/// personal data given (names, document numbers, dates of birth of the broken rows).
pub fn assert_no_personal_data(report: &LoadReport, personal: &[&str]) {
    let display = report.to_string();
    for value in personal {
        for record in report.skipped.iter().chain(&report.warnings) {
            assert!(
                !record.reason.contains(value),
                "reason at line {} contains personal data: {}",
                record.line,
                record.reason
            );
        }
        assert!(
            !display.contains(value),
            "display contains personal data: {display}"
        );
    }
}
