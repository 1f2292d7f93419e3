//! Golden tests: every `tests/fixtures/paxlst/*.edi` is parsed and compared with the `.json`
//! (the manifests) or `.err` (the one-line error) beside it. Run with `UPDATE_GOLDEN=1` to
//! rewrite the expectations, then review the diff: the files are the specification.

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use paxscreen_ingest::{parse_with, ParseOptions};

fn fixtures(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "edi"))
        .collect();
    files.sort();
    files
}

fn options() -> ParseOptions {
    ParseOptions {
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

#[test]
fn paxlst_fixtures_match_their_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let files = fixtures("paxlst");
    assert!(files.len() >= 10, "fixtures missing");
    let mut failures = Vec::new();
    for path in files {
        let input = fs::read(&path).unwrap();
        let (actual, expected_path) = match parse_with(&input, &options()) {
            Ok(manifests) => (
                serde_json::to_string_pretty(&manifests).unwrap() + "\n",
                path.with_extension("json"),
            ),
            Err(error) => (format!("{error}\n"), path.with_extension("err")),
        };
        if update {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!(
                "{}: output differs from {}\n--- expected\n{expected}\n--- actual\n{actual}",
                path.display(),
                expected_path.display()
            )),
            Err(_) => failures.push(format!(
                "{}: no {} (run with UPDATE_GOLDEN=1); output was\n{actual}",
                path.display(),
                expected_path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
