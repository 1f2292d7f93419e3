//! Native CSV loader on `tests/data/native.csv`.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{assert_no_personal_data, list, open};
use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::formats::native_csv;
use paxscreen_watchlists::{EntryDocument, PartialDate};

#[test]
fn loads_sample_with_exact_skips_and_warnings() {
    let (entries, report) =
        native_csv::load(open("native.csv"), &list("national-wanted", "wanted")).unwrap();
    assert_eq!(report.format, "native-csv");
    assert_eq!(report.loaded, entries.len());
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["NW-001", "NW-002", "NW-004", "NW-006", "NW-009", "NW-010", "NW-011"]
    );

    // Missing full_name, duplicate id, missing id, too few fields.
    assert_eq!(report.skipped_lines(), [4, 6, 8, 9]);
    assert_eq!(report.skipped[0].reason, "missing full_name");
    assert_eq!(report.skipped[1].reason, "duplicate id (first at line 2)");
    assert_eq!(report.skipped[2].reason, "missing id");
    assert_eq!(
        report.skipped[3].reason,
        "row has 5 fields, the header has 10"
    );

    // Bad date (kept without it), unknown nationality, bad gender (line 12: after a quoted
    // alias spanning lines 10 and 11).
    assert_eq!(report.warning_lines(), [5, 7, 12]);
    assert_eq!(
        report.warnings[0].reason,
        "date_of_birth is not YYYY, YYYY-MM or YYYY-MM-DD"
    );
    assert_eq!(
        report.warnings[1].reason,
        "nationality is not a known country code"
    );
    assert_eq!(
        report.warnings[2].reason,
        "gender is not M, F, U, X, male or female"
    );

    assert_no_personal_data(
        &report,
        &[
            "Nameless",
            "ZX998877",
            "1980-01-01",
            "Tobiah",
            "Wrenfield",
            "1969-13-40",
            "Dorabella",
            "DUP4455",
            "1990-09-09",
            "Ingrid",
            "Solvang",
            "ZZ",
            "Idless",
            "Peregrine",
            "IDL3344",
            "1977-07-07",
            "Too Few",
            "1960",
            "Petronella",
            "Grue",
            "1958-02",
        ],
    );
    let text = report.to_string();
    assert!(
        text.starts_with("loaded 7, skipped 4 (line 4: missing full_name; line 6:"),
        "{text}"
    );
}

#[test]
fn fields_are_normalised() {
    let (entries, _) =
        native_csv::load(open("native.csv"), &list("national-wanted", "wanted")).unwrap();
    let first = &entries[0];
    assert_eq!(first.list, "national-wanted");
    assert_eq!(first.category, "wanted");
    assert_eq!(
        first.names,
        ["Marta Quillfeather", "M. Quillfeather", "Marta Q. Feather"]
    );
    assert_eq!(
        first.dates_of_birth,
        [
            PartialDate::Full(NaiveDate::from_ymd_opt(1971, 4, 12).unwrap()),
            PartialDate::Year(1972)
        ]
    );
    assert_eq!(first.nationalities, ["GBR", "FRA"]);
    assert_eq!(first.gender, Some(Gender::F));
    assert_eq!(
        first.documents,
        [EntryDocument {
            number: "PA123456".to_owned(),
            country: Some("GBR".to_owned()),
            doc_type: None
        }]
    );

    let minimal = &entries[1];
    assert_eq!(minimal.names, ["Osric Vantablack"]);
    assert!(minimal.dates_of_birth.is_empty() && minimal.documents.is_empty());
    assert_eq!(minimal.gender, None);

    let bad_date = &entries[2];
    assert!(bad_date.dates_of_birth.is_empty());
    assert_eq!(bad_date.nationalities, ["NLD"]);

    let bad_country = &entries[3];
    assert_eq!(bad_country.nationalities, ["NOR"]);
    assert_eq!(bad_country.dates_of_birth, [PartialDate::Year(1985)]);

    let multiline = &entries[4];
    assert_eq!(multiline.names, ["Cassius Multiline", "Cass Multiline"]);
    assert_eq!(multiline.gender, Some(Gender::M));
    let documents: Vec<(&str, Option<&str>)> = multiline
        .documents
        .iter()
        .map(|d| (d.number.as_str(), d.country.as_deref()))
        .collect();
    assert_eq!(
        documents,
        [("US556677", Some("USA")), ("US778899", Some("CAN"))]
    );

    let bad_gender = &entries[5];
    assert_eq!(bad_gender.gender, None);
    assert_eq!(bad_gender.dates_of_birth, [PartialDate::YearMonth(1958, 2)]);

    let overridden = &entries[6];
    assert_eq!(overridden.list, "regional-wanted");
    assert_eq!(overridden.category, "terrorism");
    assert_eq!(overridden.nationalities, ["NGA"]);
}

#[test]
fn same_id_in_another_list_is_not_a_duplicate() {
    let data = "id,list,full_name\nA1,one,Ann Example\nA1,two,Ann Example\nA1,one,Ann Example\n";
    let (entries, report) = native_csv::load(data.as_bytes(), &list("one", "wanted")).unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(report.skipped_lines(), [4]);
}
