//! UN Security Council Consolidated List loader on `tests/data/un_consolidated.xml`.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{assert_no_personal_data, list, open};
use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::formats::un_xml;
use paxscreen_watchlists::{EntryDocument, LoadError, PartialDate};

#[test]
fn loads_sample_with_exact_skips_and_warnings() {
    let (entries, report) =
        un_xml::load(open("un_consolidated.xml"), &list("un-sc", "sanctions")).unwrap();
    assert_eq!(report.format, "un-xml");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["6900001", "6900002", "6900004", "6900007"]);
    assert_eq!(report.loaded, 4);

    // Lines where the records start: no name, duplicate DATAID, no id, two entities.
    assert_eq!(report.skipped_lines(), [87, 124, 130, 150, 160]);
    let reasons: Vec<&str> = report.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "missing name (FIRST_NAME to FOURTH_NAME are empty)",
            "duplicate id (first at line 4)",
            "missing DATAID and REFERENCE_NUMBER",
            "entity (not a person)",
            "entity (not a person)",
        ]
    );

    // Invalid date, a 26-year range, an unknown nationality and issuing country.
    assert_eq!(report.warning_lines(), [98, 98, 98, 98]);
    assert_eq!(
        report.warnings[0].reason,
        "INDIVIDUAL_DATE_OF_BIRTH DATE is not YYYY, YYYY-MM or YYYY-MM-DD"
    );
    assert!(report.warnings[1]
        .reason
        .contains("spans more than 10 years"));
    assert_eq!(
        report.warnings[2].reason,
        "NATIONALITY VALUE is not a known country name"
    );
    assert_eq!(
        report.warnings[3].reason,
        "INDIVIDUAL_DOCUMENT ISSUING_COUNTRY is not a known country name"
    );

    assert_no_personal_data(
        &report,
        &[
            "ANISA",
            "FICTIVOVA",
            "1975-02-31",
            "751234567",
            "Atlantis",
            "Orphan",
            "DUPLICATE",
            "RECORDOV",
            "NOID",
            "IDENTITYLESS",
            "EXAMPLE TRADING",
            "SAMPLE CHARITABLE",
        ],
    );
}

#[test]
fn individuals_are_mapped() {
    let (entries, _) =
        un_xml::load(open("un_consolidated.xml"), &list("un-sc", "sanctions")).unwrap();
    let first = &entries[0];
    assert_eq!(first.list, "un-sc");
    assert_eq!(first.category, "al-qaida");
    assert_eq!(
        first.names,
        [
            "ZARIF EXAMPLEZAI TESTUDDIN",
            "Zarif Examplezai",
            "Abu Testing"
        ]
    );
    assert_eq!(
        first.dates_of_birth,
        [
            PartialDate::Full(NaiveDate::from_ymd_opt(1961, 3, 15).unwrap()),
            PartialDate::Year(1960)
        ]
    );
    assert_eq!(first.nationalities, ["PAK", "AFG"]);
    assert_eq!(first.gender, Some(Gender::M));
    assert_eq!(
        first.documents,
        [
            EntryDocument {
                number: "AB1234567".to_owned(),
                country: Some("PAK".to_owned()),
                doc_type: Some("passport".to_owned())
            },
            EntryDocument {
                number: "4210112345671".to_owned(),
                country: Some("PAK".to_owned()),
                doc_type: Some("national identification number".to_owned())
            },
        ]
    );

    let dprk = &entries[1];
    assert_eq!(dprk.category, "dprk");
    assert_eq!(dprk.nationalities, ["PRK"]);
    assert_eq!(
        dprk.dates_of_birth,
        [
            PartialDate::Year(1963),
            PartialDate::Year(1964),
            PartialDate::Year(1965)
        ]
    );
    assert_eq!(dprk.documents[0].country.as_deref(), Some("PRK"));
    assert_eq!(dprk.gender, None);

    let warned = &entries[2];
    assert_eq!(warned.category, "isil (da'esh) & al-qaida");
    assert!(warned.dates_of_birth.is_empty());
    assert_eq!(warned.nationalities, ["RUS"]);
    assert_eq!(warned.gender, Some(Gender::F));
    assert_eq!(warned.documents[0].country, None);

    let last = &entries[3];
    assert_eq!(last.names, ["SAMIR EXAMPLE-ALAWI"]);
    assert_eq!(last.category, "sanctions");
    assert_eq!(last.nationalities, ["IRQ", "SYR", "IRN"]);
}

#[test]
fn syntax_error_has_position() {
    let data = "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>\n\
                <FIRST_NAME>A</SECOND_NAME>\n</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    match un_xml::load(data.as_bytes(), &list("un-sc", "sanctions")).unwrap_err() {
        LoadError::Xml {
            line,
            position,
            message,
        } => {
            assert_eq!(line, 4);
            // The offset of `</SECOND_NAME>`.
            assert_eq!(position, 78);
            assert!(message.contains("FIRST_NAME"), "{message}");
        }
        other => panic!("unexpected {other}"),
    }
}
