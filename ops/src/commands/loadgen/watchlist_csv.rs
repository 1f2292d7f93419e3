//! Writing list entries in the native CSV format the loaders read
//! (`paxscreen_watchlists::formats::native_csv`): one row per entry, multi-valued fields
//! separated by `;`, one document country per document number.
//!
//! The format has no document type column, and the loader collapses blanks in names and drops
//! repeated names, dates and documents: [`as_loaded`] gives an entry as the service will see it
//! after the round trip.

use std::io::Write;

use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::formats::native_csv::COLUMNS;
use paxscreen_watchlists::{EntryDocument, ListEntry};

/// Entries between two progress calls.
const PROGRESS_EVERY: usize = 100_000;

/// Writes `entries` as native CSV with the header, calling `progress` with the number written
/// every 100,000 entries.
///
/// # Errors
/// The writer fails.
pub fn write(
    entries: &[ListEntry],
    out: impl Write,
    mut progress: impl FnMut(usize),
) -> anyhow::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(COLUMNS)?;
    for (written, entry) in entries.iter().enumerate() {
        if written > 0 && written.is_multiple_of(PROGRESS_EVERY) {
            progress(written);
        }
        csv.write_record(row(entry))?;
    }
    csv.flush()?;
    Ok(())
}

/// Returns the fields of an entry, in the order of [`COLUMNS`].
fn row(entry: &ListEntry) -> [String; 10] {
    let join = |values: &mut dyn Iterator<Item = String>| values.collect::<Vec<_>>().join(";");
    [
        entry.id.clone(),
        entry.list.clone(),
        entry.category.clone(),
        entry.names.first().cloned().unwrap_or_default(),
        join(&mut entry.names.iter().skip(1).cloned()),
        join(&mut entry.dates_of_birth.iter().map(ToString::to_string)),
        entry.nationalities.join(";"),
        entry.gender.map(gender_code).unwrap_or_default().to_owned(),
        join(&mut entry.documents.iter().map(|d| d.number.clone())),
        join(
            &mut entry
                .documents
                .iter()
                .map(|d| d.country.clone().unwrap_or_default()),
        ),
    ]
}

/// Returns the code of a gender in the `gender` column.
fn gender_code(gender: Gender) -> &'static str {
    match gender {
        Gender::M => "M",
        Gender::F => "F",
        Gender::U => "U",
        Gender::X => "X",
    }
}

/// Returns an entry as the native CSV loader gives it back: blanks in names collapsed, repeated
/// names, dates and documents once, no document type.
pub fn as_loaded(entry: &ListEntry) -> ListEntry {
    fn unique<T: PartialEq + Clone>(values: &[T]) -> Vec<T> {
        let mut kept: Vec<T> = Vec::with_capacity(values.len());
        for value in values {
            if !kept.contains(value) {
                kept.push(value.clone());
            }
        }
        kept
    }
    let documents: Vec<EntryDocument> = entry
        .documents
        .iter()
        .map(|document| EntryDocument {
            doc_type: None,
            ..document.clone()
        })
        .collect();
    let names: Vec<String> = entry
        .names
        .iter()
        .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|name| !name.is_empty())
        .collect();
    ListEntry {
        names: unique(&names),
        dates_of_birth: unique(&entry.dates_of_birth),
        nationalities: unique(&entry.nationalities),
        documents: unique(&documents),
        ..entry.clone()
    }
}

#[cfg(test)]
mod tests {
    use paxscreen_screening::synthetic;
    use paxscreen_watchlists::formats::native_csv;
    use paxscreen_watchlists::ListInfo;

    use super::*;

    #[test]
    fn written_list_reads_back_the_same() {
        let entries = synthetic::entries(400, 11);
        let mut bytes = Vec::new();
        write(&entries, &mut bytes, |_| {}).unwrap();
        let info = ListInfo {
            name: "other".to_owned(),
            category: "other".to_owned(),
            threshold: None,
        };
        let (loaded, report) = native_csv::load(bytes.as_slice(), &info).unwrap();
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(loaded.len(), entries.len());
        for (read, written) in loaded.iter().zip(&entries) {
            assert_eq!(*read, as_loaded(written));
            assert_eq!(read.list, "synthetic");
            assert_eq!(read.category, "sanctions");
        }
        // The sample exercises every field.
        assert!(entries.iter().any(|e| e.names.len() > 1));
        assert!(entries.iter().any(|e| !e.documents.is_empty()));
        assert!(entries.iter().any(|e| matches!(
            e.dates_of_birth.first(),
            Some(paxscreen_watchlists::PartialDate::Year(_))
        )));
    }

    #[test]
    fn gender_and_several_documents_round_trip() {
        let mut entry = synthetic::entries(1, 3).remove(0);
        entry.gender = Some(Gender::F);
        entry.nationalities = vec!["GBR".to_owned(), "FRA".to_owned()];
        entry.documents = vec![
            EntryDocument {
                number: "X1234567".to_owned(),
                country: Some("GBR".to_owned()),
                doc_type: Some("P".to_owned()),
            },
            EntryDocument {
                number: "Y7654321".to_owned(),
                country: Some("FRA".to_owned()),
                doc_type: None,
            },
        ];
        let mut bytes = Vec::new();
        write(std::slice::from_ref(&entry), &mut bytes, |_| {}).unwrap();
        let info = ListInfo {
            name: "synthetic".to_owned(),
            category: "sanctions".to_owned(),
            threshold: None,
        };
        let (loaded, report) = native_csv::load(bytes.as_slice(), &info).unwrap();
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(loaded, [as_loaded(&entry)]);
    }
}
