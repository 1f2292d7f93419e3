//! How diverse the names of the variant benchmark are: distinct name words and full names on
//! the list, how often the most common full names recur, and how many travellers of the
//! population carry a full name that is on the list (see [`super::locales`] for the real-world
//! figures these are compared with and the figures of a list of a million entries, which
//! `cargo run --release -p paxscreen-screening --features synthetic --example name_diversity`
//! prints; the tests here hold floors on a list of 100,000).
//!
//! A listed person's name is the entry's first name as listed: the passport spelling, or for the
//! few entries listed only in their own script, the name in that script; a word is a
//! whitespace-separated token of such a name. A population traveller is on the list when the
//! name on the passport equals any name an entry lists (aliases and other spellings included).
//! The figures per locale count passport spellings.

use std::collections::{HashMap, HashSet};

use paxscreen_watchlists::ListEntry;

use rayon::prelude::*;

use crate::synthetic::benchmark::{listed_person, population, VariantBenchmarkConfig};
use crate::synthetic::locales::{locales, Part, Person};

/// Diversity figures of one locale's listed people.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleDiversity {
    /// The locale's code.
    pub code: &'static str,
    /// Listed people of the locale.
    pub entries: usize,
    /// Distinct surnames (all surname parts of a person, particles included).
    pub surnames: usize,
    /// The most common last surname word (SMITH, KIM, NGUYEN) and its count.
    pub top_surname: (String, usize),
    /// Distinct given-name words (given, middle, patronymic and father's names).
    pub given: usize,
    /// Distinct full names.
    pub full_names: usize,
    /// The most common full name and its count.
    pub most_common: (String, usize),
    /// Population travellers of the locale.
    pub population: usize,
    /// Of those, travellers whose name is on the list.
    pub population_on_list: usize,
}

/// Diversity figures of a list and a population.
#[derive(Debug, Clone, PartialEq)]
pub struct NameDiversity {
    /// Listed people.
    pub entries: usize,
    /// Distinct words of the entries' names as listed.
    pub distinct_tokens: usize,
    /// Distinct names as listed.
    pub distinct_names: usize,
    /// Names as listed that exactly one entry carries.
    pub unique_names: usize,
    /// The most common names as listed with their counts, most common first.
    pub most_common: Vec<(String, usize)>,
    /// Population travellers.
    pub population: usize,
    /// Population travellers whose name is one of the names some entry lists.
    pub population_on_list: usize,
    /// Figures per locale (on passport spellings), in the order of [`locales`].
    pub locales: Vec<LocaleDiversity>,
}

impl NameDiversity {
    /// Share of the population whose name is on the list.
    pub fn population_on_list_share(&self) -> f64 {
        self.population_on_list as f64 / self.population.max(1) as f64
    }

    /// Count of the most common name.
    pub fn top_count(&self) -> usize {
        self.most_common.first().map_or(0, |(_, n)| *n)
    }
}

fn words(parts: &[Part]) -> impl Iterator<Item = &str> {
    parts.iter().flat_map(|p| p.latin.split_whitespace())
}

/// Measures the list and population of a benchmark configuration (planted cases play no part),
/// keeping the `top` most common names.
pub fn name_diversity(config: &VariantBenchmarkConfig, top: usize) -> NameDiversity {
    let listed: Vec<(Person, ListEntry)> = (0..config.entries)
        .into_par_iter()
        .map(|i| listed_person(config, i))
        .collect();
    let mut names: HashMap<&str, usize> = HashMap::new();
    let mut tokens: HashSet<&str> = HashSet::new();
    let mut every_name: HashSet<&str> = HashSet::new();
    for (_, entry) in &listed {
        if let Some(name) = entry.names.first() {
            *names.entry(name).or_default() += 1;
            tokens.extend(name.split_whitespace());
        }
        every_name.extend(entry.names.iter().map(String::as_str));
    }
    let all = locales();
    let mut per_locale: Vec<LocaleStats> = all.iter().map(|_| LocaleStats::default()).collect();
    for (person, _) in &listed {
        let stats = &mut per_locale[person.locale];
        stats.entries += 1;
        *stats.names.entry(person.latin_name()).or_default() += 1;
        let surname: Vec<&str> = words(&person.surname).collect();
        stats.surnames.insert(surname.join(" "));
        if let Some(last) = surname.last() {
            *stats.last_words.entry((*last).to_owned()).or_default() += 1;
        }
        stats.given.extend(words(&person.given).map(str::to_owned));
    }
    let mut ranked: Vec<(String, usize)> = names.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(top);
    let travellers = population(config);
    let mut population_on_list = 0;
    for (person, subject) in &travellers {
        let on_list = every_name.contains(subject.name.as_str());
        let stats = &mut per_locale[person.locale];
        stats.population += 1;
        stats.population_on_list += usize::from(on_list);
        population_on_list += usize::from(on_list);
    }
    NameDiversity {
        entries: listed.len(),
        distinct_tokens: tokens.len(),
        distinct_names: names.len(),
        unique_names: names.values().filter(|&&n| n == 1).count(),
        most_common: ranked,
        population: travellers.len(),
        population_on_list,
        locales: all
            .iter()
            .zip(per_locale)
            .map(|(locale, stats)| stats.finish(locale.code))
            .collect(),
    }
}

#[derive(Default)]
struct LocaleStats {
    entries: usize,
    names: HashMap<String, usize>,
    surnames: HashSet<String>,
    last_words: HashMap<String, usize>,
    given: HashSet<String>,
    population: usize,
    population_on_list: usize,
}

impl LocaleStats {
    fn finish(self, code: &'static str) -> LocaleDiversity {
        let top = |counts: &HashMap<String, usize>| {
            counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(k, v)| (k.clone(), *v))
                .unwrap_or_default()
        };
        let most_common = top(&self.names);
        let top_surname = top(&self.last_words);
        LocaleDiversity {
            code,
            entries: self.entries,
            surnames: self.surnames.len(),
            top_surname,
            given: self.given.len(),
            full_names: self.names.len(),
            most_common,
            population: self.population,
            population_on_list: self.population_on_list,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Floors on a list of 100,000 entries, in proportion to the figures of a list of a
    /// million (see the module doc of [`crate::synthetic::locales`]). Before the name stocks
    /// were lengthened, this list (seed 1001) had 9,719 distinct words, 79,960 distinct names
    /// (70,012 unique), a most common name 50 times and 31.5 % of the population on the list;
    /// now 46,516 words, 98,407 names (97,066 unique), 9 and 3.0 %.
    #[test]
    fn a_list_of_100_000_is_diverse() {
        let config = VariantBenchmarkConfig {
            entries: 100_000,
            planted_per_family: 0,
            population: 5_000,
            seed: 1001,
            native_only_share: 0.03,
        };
        let d = name_diversity(&config, 5);
        assert_eq!(d.entries, 100_000);
        assert!(d.distinct_tokens >= 40_000, "{}", d.distinct_tokens);
        assert!(d.distinct_names >= 95_000, "{}", d.distinct_names);
        assert!(d.unique_names >= 92_000, "{}", d.unique_names);
        assert!(d.top_count() <= 20, "{:?}", d.most_common);
        assert!(
            d.population_on_list_share() <= 0.08,
            "{}",
            d.population_on_list_share()
        );
        // Every locale keeps a realistic head: its most common name recurs, but rarely.
        for l in &d.locales {
            assert!(l.entries > 0, "{}", l.code);
            assert!(l.full_names * 10 >= l.entries * 7, "{l:?}");
        }
    }

    #[test]
    fn the_figures_are_deterministic() {
        let config = VariantBenchmarkConfig {
            entries: 3_000,
            planted_per_family: 0,
            population: 300,
            seed: 5,
            native_only_share: 0.03,
        };
        assert_eq!(name_diversity(&config, 3), name_diversity(&config, 3));
    }
}
