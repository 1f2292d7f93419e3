//! The variant benchmark's data: a list of synthetic listed people, travellers planted as random
//! variants of randomly chosen listed people (each twice: with the listed date of birth and
//! without any), and a separate population of travellers who are not listed.
//!
//! Deterministic for a seed. Entry `i` is drawn from its own generator (seed and `i`), so the
//! list is built in parallel and a planted case regenerates its listed person on demand; the
//! planted cases and the population draw from streams of their own.

use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::{ListEntry, PartialDate};
use rayon::prelude::*;

use crate::screener::Subject;
use crate::synthetic::locales::{person as person_of, random_person, Person};
use crate::synthetic::variants::{apply, Family};
use crate::synthetic::Rng;

/// The name of the benchmark's list.
pub const LIST: &str = "variants";

/// Sizes and seed of a variant benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantBenchmarkConfig {
    /// Listed people.
    pub entries: usize,
    /// Planted travellers per family (each screened with and without date of birth).
    pub planted_per_family: usize,
    /// Travellers who are not listed (for false alerts).
    pub population: usize,
    /// Seed.
    pub seed: u64,
    /// Share of the entries of locales written in another script that the list gives only in
    /// that script (the `other_script` family plants variants of those).
    pub native_only_share: f64,
}

impl Default for VariantBenchmarkConfig {
    fn default() -> Self {
        VariantBenchmarkConfig {
            entries: 1_000_000,
            planted_per_family: 1_000,
            population: 20_000,
            seed: 42,
            native_only_share: 0.03,
        }
    }
}

/// A traveller planted as a variant of a listed person.
#[derive(Debug, Clone)]
pub struct Planted {
    /// The family of the variant.
    pub family: Family,
    /// The listed entry's id.
    pub entry_id: String,
    /// The name the variant was made from (the passport spelling of the listed person).
    pub listed_name: String,
    /// The traveller with the listed date of birth.
    pub with_dob: Subject,
    /// The same traveller without a date of birth (nationality kept).
    pub without_dob: Subject,
    /// Length of the word edited, for the families of one edit in one word.
    pub edited_length: Option<usize>,
}

/// A list, planted travellers and a population of other travellers.
#[derive(Debug, Clone)]
pub struct VariantBenchmark {
    /// The configuration it was built with.
    pub config: VariantBenchmarkConfig,
    /// The listed people (list [`LIST`]).
    pub entries: Vec<ListEntry>,
    /// The planted travellers, family by family.
    pub planted: Vec<Planted>,
    /// Travellers who are not listed.
    pub population: Vec<Subject>,
}

/// Builds the benchmark for a configuration.
pub fn variant_benchmark(config: &VariantBenchmarkConfig) -> VariantBenchmark {
    let entries: Vec<ListEntry> = (0..config.entries)
        .into_par_iter()
        .map(|i| listed(config, i).1)
        .collect();
    let mut rng = Rng::new(config.seed ^ 0x0070_1a47_ed00_0001);
    let mut planted = Vec::new();
    for family in Family::ALL {
        for _ in 0..config.planted_per_family {
            // A family no entry lends itself to (a tiny list) stops at its first failure.
            let Some(case) = plant(config, family, &entries, &mut rng) else {
                break;
            };
            planted.push(case);
        }
    }
    let population = population(config).into_iter().map(|(_, s)| s).collect();
    VariantBenchmark {
        config: config.clone(),
        entries,
        planted,
        population,
    }
}

/// The population of travellers who are not listed: each person and the traveller screened.
pub(crate) fn population(config: &VariantBenchmarkConfig) -> Vec<(Person, Subject)> {
    let mut rng = Rng::new(config.seed ^ 0x0000_9090_1a71_0002);
    (0..config.population)
        .map(|_| {
            let person = random_person(&mut rng);
            let subject = subject(&person, person.latin_name(), true, &mut rng);
            (person, subject)
        })
        .collect()
}

/// Listed person `i` and its entry (as [`variant_benchmark`] draws them).
pub(crate) fn listed_person(config: &VariantBenchmarkConfig, i: usize) -> (Person, ListEntry) {
    let (person, entry, _) = listed(config, i);
    (person, entry)
}

/// The generator of entry `i`.
fn entry_rng(seed: u64, i: usize) -> Rng {
    let mut rng = Rng::new(seed ^ (i as u64 + 1).wrapping_mul(0xd1b5_4a32_d192_ed03));
    rng.next_u64();
    rng
}

/// Listed person `i`: the person and the entry (with a flag: names only in native script).
fn listed(config: &VariantBenchmarkConfig, i: usize) -> (Person, ListEntry, bool) {
    let mut rng = entry_rng(config.seed, i);
    let person = random_person(&mut rng);
    let native = person.native_name();
    let native_only = native.is_some() && rng.chance(config.native_only_share);
    let mut names = Vec::new();
    match (&native, native_only) {
        (Some(native), true) => names.push(native.clone()),
        _ => {
            names.push(person.latin_name());
            if let Some(native) = native.filter(|_| rng.chance(0.3)) {
                names.push(native);
            }
            if rng.chance(0.15) {
                if let Some(v) = apply(Family::Transliteration, &person, &mut rng) {
                    names.push(v.name);
                }
            }
            if rng.chance(0.05) {
                // An alias under another name of the same culture.
                names.push(person_of(&mut rng, person.locale).latin_name());
            }
        }
    }
    let year = chrono::Datelike::year(&person.date_of_birth);
    let dates_of_birth = if rng.chance(0.15) {
        vec![PartialDate::Year(year)]
    } else {
        vec![PartialDate::Full(person.date_of_birth)]
    };
    let category = ["sanctions", "wanted", "terrorism"][rng.below(3)];
    let entry = ListEntry {
        id: format!("VAR{i:07}"),
        list: LIST.to_owned(),
        category: category.to_owned(),
        names,
        dates_of_birth,
        nationalities: vec![person.nationality.to_owned()],
        gender: Some(gender(&person)),
        documents: Vec::new(),
    };
    (person, entry, native_only)
}

fn gender(person: &Person) -> Gender {
    if person.female {
        Gender::F
    } else {
        Gender::M
    }
}

/// Plants one variant of the family on a randomly chosen entry that lends itself to it.
fn plant(
    config: &VariantBenchmarkConfig,
    family: Family,
    entries: &[ListEntry],
    rng: &mut Rng,
) -> Option<Planted> {
    if entries.is_empty() {
        return None;
    }
    for _ in 0..100_000 {
        let i = rng.below(entries.len());
        let (person, entry, native_only) = listed(config, i);
        if native_only != (family == Family::OtherScript) {
            continue;
        }
        let Some(variant) = apply(family, &person, rng) else {
            continue;
        };
        if family != Family::OtherScript && entry.names.contains(&variant.name) {
            continue;
        }
        let with_dob = subject(&person, variant.name, true, rng);
        let without_dob = Subject {
            date_of_birth: None,
            ..with_dob.clone()
        };
        return Some(Planted {
            family,
            entry_id: entry.id,
            listed_name: person.latin_name(),
            with_dob,
            without_dob,
            edited_length: variant.edited_length,
        });
    }
    None
}

/// A traveller with a passport of the person's nationality.
fn subject(person: &Person, name: String, with_dob: bool, rng: &mut Rng) -> Subject {
    let number = format!(
        "{}{:08}",
        char::from(b'A' + rng.below(26) as u8),
        rng.below(100_000_000)
    );
    Subject {
        name,
        date_of_birth: with_dob.then_some(person.date_of_birth),
        nationality: Some(person.nationality.to_owned()),
        gender: Some(gender(person)),
        documents: vec![(person.nationality.to_owned(), number)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> VariantBenchmarkConfig {
        VariantBenchmarkConfig {
            entries: 3_000,
            planted_per_family: 10,
            population: 200,
            seed: 7,
            native_only_share: 0.05,
        }
    }

    #[test]
    fn deterministic_and_complete() {
        let a = variant_benchmark(&small());
        let b = variant_benchmark(&small());
        assert_eq!(a.entries, b.entries);
        let names = |x: &VariantBenchmark| -> Vec<String> {
            x.planted.iter().map(|p| p.with_dob.name.clone()).collect()
        };
        assert_eq!(names(&a), names(&b));
        assert_eq!(a.planted.len(), Family::ALL.len() * 10);
        assert_eq!(a.population.len(), 200);
        let c = variant_benchmark(&VariantBenchmarkConfig { seed: 8, ..small() });
        assert_ne!(names(&a), names(&c));
    }

    #[test]
    fn planted_cases_point_at_their_entries() {
        let bench = variant_benchmark(&small());
        for case in &bench.planted {
            let index: usize = case.entry_id[3..].parse().unwrap();
            let entry = &bench.entries[index];
            assert_eq!(entry.id, case.entry_id);
            assert!(case.with_dob.date_of_birth.is_some());
            assert!(case.without_dob.date_of_birth.is_none());
            assert_eq!(case.with_dob.nationality, case.without_dob.nationality);
            let latin = entry.names.iter().any(|n| n.is_ascii());
            assert_eq!(latin, case.family != Family::OtherScript, "{entry:?}");
            let year = chrono::Datelike::year(&case.with_dob.date_of_birth.unwrap());
            assert_eq!(entry.dates_of_birth[0].year(), year);
        }
    }

    #[test]
    fn the_list_mixes_scripts_and_partial_dates() {
        let bench = variant_benchmark(&small());
        let native = bench
            .entries
            .iter()
            .filter(|e| e.names.iter().any(|n| !n.is_ascii()))
            .count();
        let year_only = bench
            .entries
            .iter()
            .filter(|e| matches!(e.dates_of_birth[0], PartialDate::Year(_)))
            .count();
        assert!(native > 300, "{native}");
        assert!(year_only > 200 && year_only < 800, "{year_only}");
    }
}
