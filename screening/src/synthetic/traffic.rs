//! The original synthetic list and traffic: ten name origins, aliases, dates of birth,
//! documents, and travellers among whom some are variants of listed people (typos,
//! transliterations, swapped order, dropped middle names, initials, particles, nicknames).
//!
//! Used by `paxscreen bench`, `paxscreen loadgen` and the crate's own tests; its output for a
//! seed is kept as it was so that earlier figures stay comparable.

use chrono::NaiveDate;
use paxscreen_watchlists::{DocumentRecord, DocumentStatus, EntryDocument, ListEntry, PartialDate};

use super::origins::{NICKNAMES, ORIGINS, SPELLINGS};
use super::Rng;
use crate::screener::Subject;

/// A generated person (list entry or traveller).
#[derive(Debug, Clone)]
struct Person {
    given: Vec<String>,
    surname: String,
    date_of_birth: NaiveDate,
    nationality: &'static str,
    document: String,
}

impl Person {
    fn full_name(&self) -> String {
        format!("{} {}", self.given.join(" "), self.surname)
    }
}

fn person(rng: &mut Rng) -> Person {
    let origin = &ORIGINS[rng.below(ORIGINS.len())];
    let mut given = vec![rng.skewed(origin.given).to_string()];
    if rng.chance(0.35) {
        given.push(origin.given[rng.below(origin.given.len())].to_string());
    }
    let root = origin.surname_roots[rng.below(origin.surname_roots.len())];
    let suffix = origin.surname_suffixes[rng.below(origin.surname_suffixes.len())];
    // Syllables make surnames diverse, as in real lists of a million people.
    let mut surname = format!("{root}{suffix}");
    if rng.chance(0.6) {
        let syllables = [
            "AN", "EL", "OR", "IM", "US", "AR", "EN", "ID", "OL", "AK", "ES", "UR", "IN", "AB",
            "OV",
        ];
        surname.push_str(syllables[rng.below(syllables.len())]);
        if rng.chance(0.5) {
            surname.push_str(syllables[rng.below(syllables.len())]);
        }
    }
    if !origin.prefixes.is_empty() && rng.chance(0.3) {
        surname = format!(
            "{} {surname}",
            origin.prefixes[rng.below(origin.prefixes.len())]
        );
    }
    if rng.chance(0.15) {
        let second = origin.surname_roots[rng.below(origin.surname_roots.len())];
        surname = format!(
            "{surname} {second}{}",
            origin.surname_suffixes[rng.below(origin.surname_suffixes.len())]
        );
    }
    let days = rng.below(365 * 70) as i64;
    let date_of_birth =
        NaiveDate::from_ymd_opt(1940, 1, 1).unwrap_or_default() + chrono::Duration::days(days);
    let nationality = origin.nationalities[rng.below(origin.nationalities.len())];
    let document = format!(
        "{}{:08}",
        char::from(b'A' + rng.below(26) as u8),
        rng.below(100_000_000)
    );
    Person {
        given,
        surname,
        date_of_birth,
        nationality,
        document,
    }
}

/// Returns `n` synthetic list entries (about a third with aliases).
pub fn entries(n: usize, seed: u64) -> Vec<ListEntry> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let p = person(&mut rng);
            let mut names = vec![p.full_name()];
            if rng.chance(0.35) {
                names.push(variant(&p, &mut rng).full_name());
            }
            if rng.chance(0.1) {
                names.push(person(&mut rng).full_name());
            }
            let dates_of_birth = if rng.chance(0.2) {
                vec![PartialDate::Year(chrono::Datelike::year(&p.date_of_birth))]
            } else {
                vec![PartialDate::Full(p.date_of_birth)]
            };
            ListEntry {
                id: format!("SYN{i:07}"),
                list: "synthetic".to_owned(),
                category: "sanctions".to_owned(),
                names,
                dates_of_birth,
                nationalities: vec![p.nationality.to_owned()],
                gender: None,
                documents: if rng.chance(0.3) {
                    vec![EntryDocument {
                        number: p.document.clone(),
                        country: Some(p.nationality.to_owned()),
                        doc_type: Some("P".to_owned()),
                    }]
                } else {
                    Vec::new()
                },
            }
        })
        .collect()
}

/// Returns one variant of a person's name, as a traveller or an alias might write it.
fn variant(p: &Person, rng: &mut Rng) -> Person {
    let mut v = p.clone();
    match rng.below(9) {
        0 => v.surname = typo(&v.surname, rng),
        1 => {
            let first = typo(&v.given[0], rng);
            v.given[0] = first;
        }
        2 => {
            for (from, to) in SPELLINGS {
                if v.full_name().contains(from) {
                    v.given = v.given.iter().map(|g| g.replace(from, to)).collect();
                    v.surname = v.surname.replace(from, to);
                    break;
                }
            }
        }
        3 => {
            // Surname first, as some senders write it.
            let surname = std::mem::take(&mut v.surname);
            v.surname = v.given.join(" ");
            v.given = vec![surname];
        }
        4 if v.given.len() > 1 => {
            v.given.truncate(1);
        }
        4 => v.given.push("JAMAL".to_owned()),
        5 => v.surname = v.surname.replace(' ', ""),
        6 => v.surname = v.surname.replace("AL", "AL-").replace("VAN", "VAN "),
        7 => {
            for (formal, nickname) in NICKNAMES {
                if v.given[0] == *formal {
                    v.given[0] = (*nickname).to_owned();
                }
            }
        }
        _ => {
            if v.given.len() > 1 {
                v.given[1] = v.given[1][..1].to_owned();
            }
        }
    }
    v
}

fn typo(word: &str, rng: &mut Rng) -> String {
    let mut bytes = word.as_bytes().to_vec();
    if bytes.len() < 4 {
        return word.to_owned();
    }
    let i = 1 + rng.below(bytes.len() - 2);
    match rng.below(3) {
        0 => bytes.swap(i, i + 1),
        1 => {
            bytes.remove(i);
        }
        _ => bytes.insert(i, bytes[i]),
    }
    String::from_utf8(bytes).unwrap_or_else(|_| word.to_owned())
}

/// Returns `n` travellers: `listed_share` of them variants of entries of `list` (with the listed
/// date of birth, sometimes day and month swapped), the others new people.
pub fn travellers(list: &[ListEntry], n: usize, listed_share: f64, seed: u64) -> Vec<Subject> {
    let mut rng = Rng::new(seed.wrapping_add(1));
    (0..n)
        .map(|_| {
            if !list.is_empty() && rng.chance(listed_share) {
                let entry = &list[rng.below(list.len())];
                let listed = parse_listed(entry, &mut rng);
                let v = variant(&listed, &mut rng);
                Subject {
                    name: v.full_name(),
                    date_of_birth: Some(v.date_of_birth),
                    nationality: Some(v.nationality.to_owned()),
                    gender: None,
                    documents: vec![(v.nationality.to_owned(), v.document)],
                }
            } else {
                let p = person(&mut rng);
                Subject {
                    name: p.full_name(),
                    date_of_birth: Some(p.date_of_birth),
                    nationality: Some(p.nationality.to_owned()),
                    gender: None,
                    documents: vec![(p.nationality.to_owned(), p.document)],
                }
            }
        })
        .collect()
}

/// Rebuilds a person from a list entry's primary name (first word(s) given, last surname).
fn parse_listed(entry: &ListEntry, rng: &mut Rng) -> Person {
    let name = entry.names.first().cloned().unwrap_or_default();
    let mut words: Vec<String> = name.split(' ').map(str::to_owned).collect();
    let surname = words.pop().unwrap_or_default();
    let date_of_birth = match entry.dates_of_birth.first() {
        Some(PartialDate::Full(date)) => *date,
        Some(other) => NaiveDate::from_ymd_opt(
            other.year(),
            1 + rng.below(12) as u32,
            1 + rng.below(28) as u32,
        )
        .unwrap_or_default(),
        None => NaiveDate::default(),
    };
    let nationality = ORIGINS
        .iter()
        .flat_map(|o| o.nationalities.iter())
        .find(|n| entry.nationalities.first().is_some_and(|l| l == *n))
        .copied()
        .unwrap_or("XXX");
    let document = entry
        .documents
        .first()
        .map(|d| d.number.clone())
        .unwrap_or_default();
    Person {
        given: if words.is_empty() {
            vec![surname.clone()]
        } else {
            words
        },
        surname,
        date_of_birth,
        nationality,
        document,
    }
}

/// Returns `n` stolen/lost document records with numbers of the shapes travellers carry.
pub fn lost_documents(n: usize, seed: u64) -> impl Iterator<Item = DocumentRecord> {
    let mut rng = Rng::new(seed.wrapping_add(2));
    let countries: Vec<&'static str> = ORIGINS
        .iter()
        .flat_map(|o| o.nationalities.iter().copied())
        .collect();
    (0..n).map(move |_| DocumentRecord {
        number: format!(
            "{}{:08}",
            char::from(b'A' + rng.below(26) as u8),
            rng.below(100_000_000)
        ),
        issuing_country: countries[rng.below(countries.len())].to_owned(),
        doc_type: Some("P".to_owned()),
        status: if rng.chance(0.7) {
            DocumentStatus::Stolen
        } else {
            DocumentStatus::Lost
        },
        reported_on: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        let a = entries(200, 7);
        let b = entries(200, 7);
        assert_eq!(a, b);
        let distinct: std::collections::HashSet<_> = a.iter().map(|e| e.names[0].clone()).collect();
        assert!(distinct.len() > 150, "{}", distinct.len());
        let traffic = travellers(&a, 100, 0.5, 7);
        assert_eq!(traffic.len(), 100);
    }
}
