//! Tests of the variant families on people of every locale.

use std::collections::HashSet;

use super::*;
use crate::synthetic::locales::{person, tables};

fn people(n: usize, seed: u64) -> Vec<Person> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| person(&mut rng, i % tables().len()))
        .collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut previous = row[0];
        row[0] = i;
        for j in 1..=b.len() {
            let current = row[j];
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (row[j] + 1).min(row[j - 1] + 1).min(previous + cost);
            previous = current;
        }
    }
    row[b.len()]
}

#[test]
fn every_family_applies_somewhere_and_keeps_to_its_alphabet() {
    let people = people(2_000, 3);
    let mut rng = Rng::new(4);
    for family in Family::ALL {
        let mut applied = 0;
        for p in &people {
            let Some(v) = apply(family, p, &mut rng) else {
                continue;
            };
            applied += 1;
            let allowed = |c: char| {
                c.is_ascii_uppercase()
                    || c == ' '
                    || (family == Family::SubstituteOcr && c.is_ascii_digit())
                    || (family == Family::ParticleAdded && c == '-')
            };
            assert!(v.name.chars().all(allowed), "{family:?}: {}", v.name);
            assert!(!v.name.trim().is_empty());
            if family != Family::OtherScript {
                assert_ne!(v.name, p.latin_name(), "{family:?}");
            }
        }
        assert!(
            applied >= 3,
            "{family:?} applied to {applied} of 2000 people"
        );
    }
}

#[test]
fn single_edits_change_exactly_one_word_by_one_edit() {
    let people = people(1_000, 5);
    let mut rng = Rng::new(6);
    for family in Family::ALL.into_iter().filter(|f| f.is_single_edit()) {
        for p in &people {
            let Some(v) = apply(family, p, &mut rng) else {
                continue;
            };
            let original = p.latin_name();
            let before: Vec<&str> = original.split(' ').collect();
            let after: Vec<&str> = v.name.split(' ').collect();
            assert_eq!(before.len(), after.len(), "{family:?}: {}", v.name);
            let changed: Vec<usize> = (0..before.len())
                .filter(|&i| before[i] != after[i])
                .collect();
            assert_eq!(
                changed.len(),
                1,
                "{family:?}: {} / {}",
                p.latin_name(),
                v.name
            );
            let (a, b) = (before[changed[0]], after[changed[0]]);
            assert!(a.len() >= 2);
            assert_eq!(v.edited_length, Some(a.len()));
            match family {
                Family::Transpose => assert_eq!(levenshtein(a, b), 2),
                Family::SubstituteOcr => assert!(levenshtein(a, b) <= 2, "{a} {b}"),
                _ => assert_eq!(levenshtein(a, b), 1, "{family:?}: {a} {b}"),
            }
        }
    }
}

#[test]
fn the_edited_word_and_place_are_random() {
    let p = people(40, 8)
        .into_iter()
        .find(|p| p.latin_name().split(' ').filter(|w| w.len() >= 3).count() >= 3)
        .expect("a name of three words");
    let name = p.latin_name();
    let words: Vec<&str> = name.split(' ').collect();
    let mut rng = Rng::new(9);
    let mut edited_words = HashSet::new();
    let mut first_places = HashSet::new();
    for _ in 0..3_000 {
        let v = apply(Family::Delete, &p, &mut rng).unwrap();
        let after: Vec<&str> = v.name.split(' ').collect();
        let at = (0..words.len()).find(|&i| words[i] != after[i]).unwrap();
        edited_words.insert(at);
        if at == 0 {
            let place = words[0]
                .bytes()
                .zip(after[0].bytes())
                .position(|(x, y)| x != y)
                .unwrap_or(words[0].len() - 1);
            first_places.insert(place);
        }
    }
    assert!(edited_words.contains(&0) && edited_words.contains(&(words.len() - 1)));
    assert!(first_places.contains(&0));
}

#[test]
fn structural_families_keep_their_promises() {
    let people = people(3_000, 10);
    let mut rng = Rng::new(11);
    for p in &people {
        let name = p.latin_name();
        let words: Vec<&str> = name.split(' ').collect();
        if let Some(v) = apply(Family::Split, p, &mut rng) {
            assert_eq!(v.name.split(' ').count(), words.len() + 1);
            assert_eq!(v.name.replace(' ', ""), name.replace(' ', ""));
            assert!(v.name.split(' ').all(|w| !w.is_empty()));
        }
        if let Some(v) = apply(Family::Joined, p, &mut rng) {
            let count = v.name.split(' ').count();
            assert!(count == words.len() - 1 || count == 1, "{}", v.name);
            assert_eq!(v.name.replace(' ', ""), name.replace(' ', ""));
        }
        if let Some(v) = apply(Family::SwapOrder, p, &mut rng) {
            let mut a: Vec<&str> = v.name.split(' ').collect();
            let mut b = words.clone();
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b);
        }
        if let Some(v) = apply(Family::MiddleDropped, p, &mut rng) {
            assert!(v.name.split(' ').count() < words.len());
        }
        if let Some(v) = apply(Family::MiddleAdded, p, &mut rng) {
            assert!(v.name.split(' ').count() == words.len() + 1 || v.name.contains(' '));
        }
        if let Some(v) = apply(Family::Initials, p, &mut rng) {
            let after: Vec<&str> = v.name.split(' ').collect();
            assert!(after.iter().any(|w| w.len() == 1), "{}", v.name);
            assert!(
                after.iter().filter(|w| w.len() >= 2).count() >= 2,
                "{}",
                v.name
            );
        }
        if let Some(v) = apply(Family::MrzTruncation, p, &mut rng) {
            assert!(structure::mrz_field(p).len() > structure::MRZ_NAME_LENGTH);
            assert!(v.name.len() < name.len());
            assert!(v.name.ends_with(&p.surname.last().unwrap().latin));
        }
        if let Some(v) = apply(Family::ParticleDropped, p, &mut rng) {
            assert!(v.name.split(' ').count() < words.len());
        }
    }
}

#[test]
fn transliterations_come_from_the_locale() {
    let people = people(3_000, 12);
    let mut rng = Rng::new(13);
    let mut locales = HashSet::new();
    for p in &people {
        if let Some(v) = apply(Family::Transliteration, p, &mut rng) {
            locales.insert(p.locale);
            assert_ne!(v.name, p.latin_name());
        }
    }
    assert!(locales.len() >= 15, "{}", locales.len());
}

#[test]
fn deterministic_for_a_seed() {
    let a = people(300, 14);
    let b = people(300, 14);
    assert_eq!(a, b);
    let run = |seed| {
        let mut rng = Rng::new(seed);
        a.iter()
            .flat_map(|p| Family::ALL.map(|f| apply(f, p, &mut rng)))
            .collect::<Vec<_>>()
    };
    assert_eq!(run(15), run(15));
    assert_ne!(run(15), run(16));
}
