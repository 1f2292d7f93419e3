//! Native JSON lines loader on `tests/data/native.jsonl`.

#![allow(clippy::unwrap_used)]

mod common;

use common::{assert_no_personal_data, list, open};
use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::formats::native_jsonl;
use paxscreen_watchlists::PartialDate;

#[test]
fn loads_sample_with_exact_skips_and_warnings() {
    let (entries, report) =
        native_jsonl::load(open("native.jsonl"), &list("national-wanted", "wanted")).unwrap();
    assert_eq!(report.format, "native-jsonl");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["NJ-001", "NJ-002", "NJ-004", "NJ-007", "NJ-009"]);
    assert_eq!(report.loaded, 5);

    // Missing full_name, duplicate id, truncated object, not JSON; the blank line 2 is ignored.
    assert_eq!(report.skipped_lines(), [4, 6, 7, 9]);
    assert_eq!(report.skipped[0].reason, "missing full_name");
    assert_eq!(report.skipped[1].reason, "duplicate id (first at line 1)");
    assert_eq!(
        report.skipped[2].reason,
        "malformed JSON (the line ends inside the object)"
    );
    assert_eq!(
        report.skipped[3].reason,
        "malformed JSON (syntax error at column 2)"
    );

    assert_eq!(report.warning_lines(), [5, 8]);
    assert_eq!(
        report.warnings[0].reason,
        "date_of_birth is not YYYY, YYYY-MM or YYYY-MM-DD"
    );
    assert_eq!(
        report.warnings[1].reason,
        "nationality is not a known country code"
    );

    assert_no_personal_data(
        &report,
        &[
            "Nameless",
            "1980-01-01",
            "Tobiah",
            "12/04/1969",
            "Dorabella",
            "DUP4455",
            "Tamsin",
            "1985-03-0",
            "Ingrid",
            "Bertram",
            "Nonesuch",
            "B7766554",
        ],
    );
}

#[test]
fn values_as_arrays_or_strings() {
    let (entries, _) =
        native_jsonl::load(open("native.jsonl"), &list("national-wanted", "wanted")).unwrap();
    let first = &entries[0];
    assert_eq!(
        first.names,
        ["Marta Quillfeather", "M. Quillfeather", "Marta Q. Feather"]
    );
    assert_eq!(first.dates_of_birth.len(), 2);
    assert_eq!(first.dates_of_birth[1], PartialDate::Year(1972));
    assert_eq!(first.nationalities, ["GBR", "FRA"]);
    assert_eq!(first.documents[0].number, "PA123456");
    assert_eq!(first.documents[0].country.as_deref(), Some("GBR"));
    assert_eq!(
        entries[1].names,
        ["Osric Vantablack", "O. Vantablack", "Ozzie Black"]
    );
    assert!(entries[2].dates_of_birth.is_empty());
    assert_eq!(entries[3].nationalities, ["NOR"]);
    assert_eq!(entries[3].gender, Some(Gender::F));
    let last = &entries[4];
    assert_eq!(
        (last.list.as_str(), last.category.as_str()),
        ("regional-wanted", "terrorism")
    );
    assert_eq!(last.documents[0].country.as_deref(), Some("NGA"));
}
