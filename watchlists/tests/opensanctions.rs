//! OpenSanctions FollowTheMoney loader on `tests/data/opensanctions.ftm.json`.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{assert_no_personal_data, list, open};
use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::formats::opensanctions;
use paxscreen_watchlists::{EntryDocument, PartialDate};

#[test]
fn loads_sample_with_exact_skips_and_warnings() {
    let (entries, report) = opensanctions::load(
        open("opensanctions.ftm.json"),
        &list("opensanctions", "sanctions"),
    )
    .unwrap();
    assert_eq!(report.format, "opensanctions");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["os-fict-0001", "os-fict-0003", "os-fict-0008"]);

    // Company, person without a name, duplicate id, truncated line, vessel; line 8 is blank.
    assert_eq!(report.skipped_lines(), [2, 4, 5, 6, 7]);
    let reasons: Vec<&str> = report.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "schema Company is not Person",
            "missing name",
            "duplicate id (first at line 1)",
            "malformed JSON (the line ends inside the object)",
            "schema Vessel is not Person",
        ]
    );

    // Bad birth date, unknown nationality code (`su`), unknown gender, empty passport number.
    assert_eq!(report.warning_lines(), [3, 3, 3, 3]);
    let warnings: Vec<&str> = report.warnings.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(
        warnings,
        [
            "birthDate is not YYYY, YYYY-MM or YYYY-MM-DD",
            "nationality is not a known country code",
            "gender is not male, female or other",
            "passportNumber has no letters or digits",
        ]
    );

    assert_no_personal_data(
        &report,
        &[
            "Example Holdings",
            "Gennady",
            "Samplov",
            "circa 1960",
            "1955-01-01",
            "NN0099887",
            "Repeat",
            "RR5566778",
            "Broken",
            "BB1122334",
            "Example Star",
            "IMO9999999",
        ],
    );
}

#[test]
fn persons_are_mapped() {
    let (entries, _) = opensanctions::load(
        open("opensanctions.ftm.json"),
        &list("opensanctions", "sanctions"),
    )
    .unwrap();
    let first = &entries[0];
    assert_eq!(
        (first.list.as_str(), first.category.as_str()),
        ("opensanctions", "sanctions")
    );
    assert_eq!(
        first.names,
        ["Vasilisa Primerova", "Vasilisa Ivanovna Primerova", "Vasya"]
    );
    assert_eq!(
        first.dates_of_birth,
        [
            PartialDate::Year(1970),
            PartialDate::YearMonth(1970, 5),
            PartialDate::Full(NaiveDate::from_ymd_opt(1970, 5, 6).unwrap()),
        ]
    );
    assert_eq!(first.nationalities, ["RUS", "BLR"]);
    assert_eq!(first.gender, Some(Gender::F));
    assert_eq!(
        first.documents,
        [
            EntryDocument {
                number: "711234567".to_owned(),
                country: None,
                doc_type: Some("passport".to_owned())
            },
            EntryDocument {
                number: "4510123456".to_owned(),
                country: None,
                doc_type: Some("id".to_owned())
            },
        ]
    );
    let warned = &entries[1];
    assert!(warned.dates_of_birth.is_empty() && warned.documents.is_empty());
    assert_eq!(warned.nationalities, ["RKS"]);
    assert_eq!(warned.gender, None);
    assert_eq!(entries[2].gender, Some(Gender::X));
    assert_eq!(entries[2].nationalities, ["NGA"]);
}
