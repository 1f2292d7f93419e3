//! Format detection and `load_path` on the sample files.

#![allow(clippy::unwrap_used)]

mod common;

use common::{data, list};
use paxscreen_watchlists::formats::detect::detect_path;
use paxscreen_watchlists::{load_path, Format, Loaded};

#[test]
fn detects_every_sample() {
    let cases = [
        ("native.csv", Format::NativeCsv),
        ("native.jsonl", Format::NativeJsonl),
        ("un_consolidated.xml", Format::UnXml),
        ("opensanctions.ftm.json", Format::OpenSanctions),
        ("stolen_documents.csv", Format::DocumentsCsv),
    ];
    for (file, format) in cases {
        assert_eq!(detect_path(&data(file)).unwrap(), format, "{file}");
    }
}

#[test]
fn load_path_returns_entries_or_documents() {
    let info = list("any", "sanctions");
    for (file, loaded) in [
        ("native.csv", 7),
        ("native.jsonl", 5),
        ("un_consolidated.xml", 4),
        ("opensanctions.ftm.json", 3),
    ] {
        match load_path(&data(file), &info).unwrap() {
            Loaded::Entries(entries, report) => {
                assert_eq!(entries.len(), loaded, "{file}");
                assert_eq!(report.loaded, loaded, "{file}");
            }
            Loaded::Documents(..) => panic!("{file} loaded as documents"),
        }
    }
    match load_path(&data("stolen_documents.csv"), &info).unwrap() {
        Loaded::Documents(records, report) => {
            assert_eq!(records.len(), 5);
            assert_eq!(report.format, "documents-csv");
        }
        Loaded::Entries(..) => panic!("documents loaded as entries"),
    }
}

#[test]
fn missing_file_is_an_io_error() {
    let err = load_path(&data("no-such-file.csv"), &list("x", "y")).unwrap_err();
    assert!(matches!(err, paxscreen_watchlists::LoadError::Io(_)));
}
