//! Screens a variant benchmark and reports recall per family and false alerts.
//!
//! A planted traveller is found when a watchlist hit names its entry. A hit on a population
//! traveller is a false alert, unless the entry hit is the traveller's namesake: one of its
//! names equals the traveller's name (upper-cased, spaces and hyphens removed) and its date of
//! birth is the traveller's (a year-only or year-and-month date counts when it agrees); those
//! are counted apart.

use std::time::Instant;

use paxscreen_watchlists::PartialDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::hit::HitKind;
use crate::screener::{Screener, Subject};
use crate::synthetic::benchmark::VariantBenchmark;
use crate::synthetic::variants::Family;

/// Recall floor for one edit anywhere in one word, with the date of birth.
pub const FLOOR_ONE_EDIT_WITH_DOB: f64 = 0.99;
/// Recall floor for one edit in a word of five letters or more, without date of birth.
pub const FLOOR_LONG_WORD_EDIT_WITHOUT_DOB: f64 = 0.95;
/// Recall floor of every other family, with the date of birth.
pub const FLOOR_OTHER_FAMILY_WITH_DOB: f64 = 0.90;
/// Recall floor of `other_script`, with the date of birth.
pub const FLOOR_OTHER_SCRIPT_WITH_DOB: f64 = 0.80;
/// Most false alerts per 1,000 population travellers.
pub const CEILING_FALSE_ALERTS_PER_1000: f64 = 1.0;

/// Recall of one family.
#[derive(Debug, Clone, Serialize)]
pub struct FamilyReport {
    /// The family's name.
    pub family: &'static str,
    /// Planted cases (each screened twice).
    pub cases: usize,
    /// Share found with the listed date of birth.
    pub recall_with_dob: f64,
    /// Share found without a date of birth.
    pub recall_without_dob: f64,
}

/// Recall over a group of cases.
#[derive(Debug, Clone, Serialize)]
pub struct GroupReport {
    /// Cases in the group.
    pub cases: usize,
    /// Share found.
    pub recall: f64,
}

/// A floor of the acceptance and whether it is met.
#[derive(Debug, Clone, Serialize)]
pub struct FloorCheck {
    /// What is measured.
    pub name: String,
    /// The floor (or ceiling, for false alerts).
    pub bound: f64,
    /// The figure measured.
    pub value: f64,
    /// True when met.
    pub met: bool,
}

/// The figures of a variant benchmark.
#[derive(Debug, Clone, Serialize)]
pub struct VariantReport {
    /// Seed of the data.
    pub seed: u64,
    /// Listed people.
    pub entries: usize,
    /// Names indexed (names and aliases).
    pub names_indexed: usize,
    /// Planted cases in all (each screened with and without date of birth).
    pub planted_cases: usize,
    /// Population travellers.
    pub population: usize,
    /// Seconds to build the screener (set by the caller, which builds it).
    pub index_build_seconds: f64,
    /// Recall per family.
    pub families: Vec<FamilyReport>,
    /// One edit anywhere in one word (insert, delete, substitutions, transpose, double,
    /// undouble), with the listed date of birth.
    pub one_edit_anywhere_in_one_token_with_dob: GroupReport,
    /// The same edits in a word of five letters or more, without date of birth.
    pub one_edit_in_token_of_5_plus_letters_without_dob: GroupReport,
    /// Hits on population travellers that are not namesakes.
    pub false_alerts: usize,
    /// False alerts per 1,000 population travellers.
    pub false_alerts_per_1000: f64,
    /// Population travellers with at least one false alert.
    pub population_alerted: usize,
    /// Hits on population travellers whose entry is their namesake (same name and date of birth).
    pub namesakes: usize,
    /// Namesake hits per 1,000 population travellers.
    pub namesakes_per_1000: f64,
    /// Travellers screened (planted twice, plus the population).
    pub screened: usize,
    /// Seconds spent screening.
    pub screening_seconds: f64,
    /// Travellers screened per second on all threads.
    pub travellers_per_second: f64,
    /// Threads used.
    pub threads: usize,
    /// The acceptance floors and whether each is met.
    pub floors: Vec<FloorCheck>,
}

impl VariantReport {
    /// The floors not met, as readable lines.
    pub fn floor_failures(&self) -> Vec<String> {
        self.floors
            .iter()
            .filter(|f| !f.met)
            .map(|f| format!("{}: {:.4} (bound {})", f.name, f.value, f.bound))
            .collect()
    }
}

/// Screens every planted and population traveller (on all threads) and reports. `progress` is
/// called with the number of travellers screened since its last call.
pub fn evaluate(
    screener: &Screener,
    bench: &VariantBenchmark,
    progress: &(dyn Fn(usize) + Sync),
) -> VariantReport {
    let found = |subject: &Subject, id: &str| {
        screener
            .screen_subject(subject)
            .iter()
            .any(|h| h.kind == HitKind::Watchlist && h.entry_id == id)
    };
    let started = Instant::now();
    let planted: Vec<(bool, bool)> = bench
        .planted
        .par_iter()
        .map(|case| {
            let result = (
                found(&case.with_dob, &case.entry_id),
                found(&case.without_dob, &case.entry_id),
            );
            progress(2);
            result
        })
        .collect();
    let population: Vec<(usize, usize)> = bench
        .population
        .par_iter()
        .map(|subject| {
            let (mut false_alerts, mut namesakes) = (0, 0);
            for hit in screener.screen_subject(subject) {
                if hit.kind != HitKind::Watchlist {
                    continue;
                }
                match screener.entry(&hit.list, &hit.entry_id) {
                    Some(entry) if namesake(subject, &entry.names, &entry.dates_of_birth) => {
                        namesakes += 1
                    }
                    _ => false_alerts += 1,
                }
            }
            progress(1);
            (false_alerts, namesakes)
        })
        .collect();
    let screening_seconds = started.elapsed().as_secs_f64();
    let screened = planted.len() * 2 + population.len();
    report(
        bench,
        screener,
        &planted,
        &population,
        screened,
        screening_seconds,
    )
}

fn report(
    bench: &VariantBenchmark,
    screener: &Screener,
    planted: &[(bool, bool)],
    population: &[(usize, usize)],
    screened: usize,
    screening_seconds: f64,
) -> VariantReport {
    let share = |hits: usize, cases: usize| {
        if cases == 0 {
            0.0
        } else {
            hits as f64 / cases as f64
        }
    };
    let cases = || bench.planted.iter().zip(planted);
    let families: Vec<FamilyReport> = Family::ALL
        .iter()
        .map(|&family| {
            let of: Vec<&(bool, bool)> = cases()
                .filter(|(c, _)| c.family == family)
                .map(|(_, r)| r)
                .collect();
            FamilyReport {
                family: family.name(),
                cases: of.len(),
                recall_with_dob: share(of.iter().filter(|r| r.0).count(), of.len()),
                recall_without_dob: share(of.iter().filter(|r| r.1).count(), of.len()),
            }
        })
        .collect();
    let group = |keep: &dyn Fn(&crate::synthetic::Planted) -> bool, with_dob: bool| {
        let of: Vec<bool> = cases()
            .filter(|(c, _)| keep(c))
            .map(|(_, r)| if with_dob { r.0 } else { r.1 })
            .collect();
        GroupReport {
            cases: of.len(),
            recall: share(of.iter().filter(|&&f| f).count(), of.len()),
        }
    };
    let one_edit = group(&|c| c.family.is_single_edit(), true);
    let long_edit = group(
        &|c| c.family.is_single_edit() && c.edited_length.is_some_and(|l| l >= 5),
        false,
    );
    let per_1000 = |n: usize| share(n, population.len()) * 1_000.0;
    let false_alerts: usize = population.iter().map(|p| p.0).sum();
    let namesakes: usize = population.iter().map(|p| p.1).sum();
    let mut floors = vec![
        check(
            "one edit anywhere in one token, with DOB",
            FLOOR_ONE_EDIT_WITH_DOB,
            one_edit.recall,
        ),
        check(
            "one edit in a token of 5+ letters, without DOB",
            FLOOR_LONG_WORD_EDIT_WITHOUT_DOB,
            long_edit.recall,
        ),
    ];
    for f in families.iter().filter(|f| f.cases > 0) {
        let family = Family::ALL.iter().find(|x| x.name() == f.family);
        if family.is_some_and(|x| x.is_single_edit()) {
            continue;
        }
        let bound = if f.family == Family::OtherScript.name() {
            FLOOR_OTHER_SCRIPT_WITH_DOB
        } else {
            FLOOR_OTHER_FAMILY_WITH_DOB
        };
        floors.push(check(
            &format!("{}, with DOB", f.family),
            bound,
            f.recall_with_dob,
        ));
    }
    let false_per_1000 = per_1000(false_alerts);
    floors.push(FloorCheck {
        name: "false alerts per 1,000 population travellers".to_owned(),
        bound: CEILING_FALSE_ALERTS_PER_1000,
        value: false_per_1000,
        met: false_per_1000 <= CEILING_FALSE_ALERTS_PER_1000,
    });
    VariantReport {
        seed: bench.config.seed,
        entries: screener.entry_count(),
        names_indexed: screener.name_index().name_count(),
        planted_cases: bench.planted.len(),
        population: population.len(),
        index_build_seconds: 0.0,
        families,
        one_edit_anywhere_in_one_token_with_dob: one_edit,
        one_edit_in_token_of_5_plus_letters_without_dob: long_edit,
        false_alerts,
        false_alerts_per_1000: false_per_1000,
        population_alerted: population.iter().filter(|p| p.0 > 0).count(),
        namesakes,
        namesakes_per_1000: per_1000(namesakes),
        screened,
        screening_seconds,
        travellers_per_second: if screening_seconds > 0.0 {
            screened as f64 / screening_seconds
        } else {
            0.0
        },
        threads: rayon::current_num_threads(),
        floors,
    }
}

fn check(name: &str, bound: f64, value: f64) -> FloorCheck {
    FloorCheck {
        name: name.to_owned(),
        bound,
        value,
        met: value >= bound,
    }
}

/// A name compared as the namesake rule does: upper-cased, without spaces and hyphens.
pub fn folded(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// True when an entry with these names and dates of birth is the subject's namesake.
pub fn namesake(subject: &Subject, names: &[String], dates: &[PartialDate]) -> bool {
    let name = folded(&subject.name);
    let Some(born) = subject.date_of_birth else {
        return false;
    };
    let same_date = dates.iter().any(|d| match *d {
        PartialDate::Full(date) => date == born,
        PartialDate::YearMonth(y, m) => {
            chrono::Datelike::year(&born) == y && chrono::Datelike::month(&born) == m
        }
        PartialDate::Year(y) => chrono::Datelike::year(&born) == y,
    });
    same_date && names.iter().any(|n| folded(n) == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn namesakes_need_the_same_name_and_date() {
        let born = NaiveDate::from_ymd_opt(1980, 5, 17).unwrap();
        let subject = Subject {
            name: "Jean-Pierre Martin".into(),
            date_of_birth: Some(born),
            ..Subject::default()
        };
        let names = vec!["JEAN PIERRE MARTIN".to_owned()];
        assert!(namesake(&subject, &names, &[PartialDate::Full(born)]));
        assert!(namesake(&subject, &names, &[PartialDate::Year(1980)]));
        assert!(!namesake(&subject, &names, &[PartialDate::Year(1981)]));
        assert!(!namesake(
            &subject,
            &["JEAN MARTIN".to_owned()],
            &[PartialDate::Full(born)]
        ));
    }
}
