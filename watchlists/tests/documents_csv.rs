//! Stolen/lost documents loader on `tests/data/stolen_documents.csv`.

#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{assert_no_personal_data, list, open};
use paxscreen_watchlists::formats::documents_csv;
use paxscreen_watchlists::{DocumentRecord, DocumentStatus, LoadError};

#[test]
fn loads_sample_with_exact_skips_and_warnings() {
    let (records, report) = documents_csv::load(
        open("stolen_documents.csv"),
        &list("sltd", "stolen-documents"),
    )
    .unwrap();
    assert_eq!(report.format, "documents-csv");
    assert_eq!(report.loaded, 5);
    assert_eq!(records.len(), 5);

    // Unknown country, missing number, unknown status, too few fields.
    assert_eq!(report.skipped_lines(), [4, 5, 6, 8]);
    let reasons: Vec<&str> = report.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "issuing_country is not a known country code",
            "missing document_number",
            "status is not stolen, lost, revoked, stolen blank or invalid",
            "row has 3 fields, the header has 5",
        ]
    );
    assert_eq!(report.warning_lines(), [7]);
    assert_eq!(
        report.warnings[0].reason,
        "reported_on is not YYYY-MM-DD; dropped"
    );
    assert_no_personal_data(
        &report,
        &[
            "PZ9988776",
            "QQ1122334",
            "RS5566778",
            "2024-02-30",
            "TT9988776",
        ],
    );

    assert_eq!(
        records[0],
        DocumentRecord {
            number: "X1234567".to_owned(),
            issuing_country: "GBR".to_owned(),
            doc_type: Some("P".to_owned()),
            status: DocumentStatus::Stolen,
            reported_on: NaiveDate::from_ymd_opt(2024, 11, 2),
        }
    );
    assert_eq!(records[1].number, "C7654321");
    assert_eq!(records[1].issuing_country, "DEU");
    assert_eq!(records[1].status, DocumentStatus::Lost);
    assert_eq!(records[1].reported_on, None);
    assert_eq!(records[2].number, "RS5566778");
    assert_eq!(records[2].reported_on, None);
    assert_eq!(records[3].issuing_country, "DEU");
    assert_eq!(records[3].status, DocumentStatus::StolenBlank);
    assert_eq!(records[4].doc_type, None);
    assert_eq!(records[4].status, DocumentStatus::Invalid);
}

#[test]
fn streams_in_file_order() {
    let mut numbers = Vec::new();
    let report = documents_csv::for_each(
        open("stolen_documents.csv"),
        &list("sltd", "stolen-documents"),
        |record| numbers.push(record.number),
    )
    .unwrap();
    assert_eq!(report.loaded, numbers.len());
    assert_eq!(
        numbers,
        [
            "X1234567",
            "C7654321",
            "RS5566778",
            "UU1234509",
            "VV0011223"
        ]
    );
}

#[test]
fn header_errors_are_fatal() {
    let sltd = list("sltd", "stolen-documents");
    let err =
        documents_csv::load("document_number,issuing_country\n".as_bytes(), &sltd).unwrap_err();
    assert!(matches!(
        err,
        LoadError::MissingColumn {
            line: 1,
            column: "status"
        }
    ));
    assert_eq!(
        err.to_string(),
        "line 1: missing column `status` (is the header line missing?)"
    );
    let err = documents_csv::load(
        "document_number,issuing_country,status,holder_name\n".as_bytes(),
        &sltd,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1: unknown header column(s): holder_name"
    );
    // Columns in another order and case.
    let (records, report) = documents_csv::load(
        "STATUS, Issuing_Country ,document_number\nlost,fr,ab-12\n".as_bytes(),
        &sltd,
    )
    .unwrap();
    assert!(report.is_clean());
    assert_eq!(records[0].number, "AB12");
    assert_eq!(records[0].issuing_country, "FRA");
}
