//! The labelled name pairs (`tests/data/name_pairs.csv`, written by hand across the variant
//! families: typos, transliteration, name order, middle names, initials, particles, diacritics,
//! nicknames, date of birth and nationality, unrelated names) scored with `explain_pair` at the
//! default threshold. Prints precision and recall per family and asserts the floors overall.

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use std::collections::BTreeMap;

use paxscreen_screening::{explain_pair, Subject, DEFAULT_THRESHOLD};
use paxscreen_watchlists::PartialDate;

#[derive(Default)]
struct Counts {
    true_positive: usize,
    false_positive: usize,
    false_negative: usize,
    true_negative: usize,
}

impl Counts {
    fn add(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.true_positive += 1,
            (true, false) => self.false_positive += 1,
            (false, true) => self.false_negative += 1,
            (false, false) => self.true_negative += 1,
        }
    }
    fn precision(&self) -> f64 {
        let predicted = self.true_positive + self.false_positive;
        if predicted == 0 {
            1.0
        } else {
            self.true_positive as f64 / predicted as f64
        }
    }
    fn recall(&self) -> f64 {
        let actual = self.true_positive + self.false_negative;
        if actual == 0 {
            1.0
        } else {
            self.true_positive as f64 / actual as f64
        }
    }
}

#[test]
fn labelled_pairs_precision_and_recall() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/name_pairs.csv");
    let mut reader = csv::Reader::from_path(path).unwrap();
    let mut overall = Counts::default();
    let mut families: BTreeMap<String, Counts> = BTreeMap::new();
    let mut errors = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        let field = |name: &str| -> &str {
            let position = [
                "family",
                "query_name",
                "candidate_name",
                "query_dob",
                "candidate_dob",
                "query_nationality",
                "candidate_nationality",
                "match",
                "note",
            ]
            .iter()
            .position(|f| *f == name)
            .unwrap();
            row.get(position).unwrap_or("").trim()
        };
        let subject = Subject {
            name: field("query_name").to_owned(),
            date_of_birth: chrono::NaiveDate::parse_from_str(field("query_dob"), "%Y-%m-%d").ok(),
            nationality: Some(field("query_nationality"))
                .filter(|n| !n.is_empty())
                .map(str::to_owned),
            ..Subject::default()
        };
        let dobs: Vec<PartialDate> = PartialDate::parse(field("candidate_dob"))
            .into_iter()
            .collect();
        let nationalities: Vec<String> = Some(field("candidate_nationality"))
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .into_iter()
            .collect();
        let (score, _) = explain_pair(&subject, field("candidate_name"), &dobs, &nationalities);
        let predicted = score >= DEFAULT_THRESHOLD;
        let actual = field("match") == "true";
        overall.add(predicted, actual);
        families
            .entry(field("family").to_owned())
            .or_default()
            .add(predicted, actual);
        if predicted != actual {
            errors.push(format!(
                "{:>5} {score:.3} {} | {} | {} ({})",
                actual,
                field("family"),
                field("query_name"),
                field("candidate_name"),
                field("note")
            ));
        }
    }
    println!("threshold {DEFAULT_THRESHOLD}");
    for (family, counts) in &families {
        println!(
            "{family:<18} precision {:.3} recall {:.3} (tp {} fp {} fn {} tn {})",
            counts.precision(),
            counts.recall(),
            counts.true_positive,
            counts.false_positive,
            counts.false_negative,
            counts.true_negative
        );
    }
    println!(
        "{:<18} precision {:.3} recall {:.3}",
        "overall",
        overall.precision(),
        overall.recall()
    );
    println!("misclassified:\n{}", errors.join("\n"));
    assert!(
        overall.true_positive + overall.false_negative >= 200,
        "too few true pairs"
    );
    assert!(
        overall.precision() >= 0.9,
        "precision {:.3}",
        overall.precision()
    );
    assert!(overall.recall() >= 0.9, "recall {:.3}", overall.recall());
}
