//! Checks of the composed names: clean word lists, and every composed name in another script
//! paired with the right Latin spelling.

use std::collections::HashMap;

use super::pool::{medial, Pool};
use super::*;
use crate::synthetic::Rng;

fn pools(t: &Tables) -> Vec<&Pool> {
    let mut all = vec![
        &t.male,
        &t.female,
        &t.surnames,
        &t.roots,
        &t.suffixes,
        &t.particles,
    ];
    for composer in t
        .surname_compounds
        .iter()
        .chain(&t.male_compounds)
        .chain(&t.female_compounds)
    {
        all.extend(&composer.parts);
    }
    all
}

#[test]
fn compound_lists_are_clean() {
    for t in tables() {
        let code = t.locale.code;
        for composer in t
            .surname_compounds
            .iter()
            .chain(&t.male_compounds)
            .chain(&t.female_compounds)
        {
            assert!(composer.share > 0.0 && composer.share < 1.0, "{code}");
            assert!(!composer.parts.is_empty(), "{code}");
            for pool in &composer.parts {
                assert!(!pool.is_empty(), "{code}");
                for item in pool.items() {
                    for form in std::iter::once(&item.male).chain(item.female.as_ref()) {
                        let latin_ok = form
                            .latin
                            .chars()
                            .all(|c| c.is_ascii_uppercase() || c == ' ');
                        assert!(latin_ok, "{code}: {form:?}");
                        assert_eq!(form.native.is_some(), t.locale.script.is_native());
                    }
                }
            }
        }
        let shares: f64 = t.surname_compounds.iter().map(|c| c.share).sum();
        assert!(shares < 1.0, "{code}: {shares}");
    }
}

/// True when `native` is the join of natives of `pieces` (Latin spellings) in order.
fn joins(native: &str, pieces: &[String], readings: &HashMap<&str, Vec<&str>>) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return native.is_empty();
    };
    readings.get(first.as_str()).into_iter().flatten().any(|n| {
        let n = if rest.is_empty() {
            (*n).to_owned()
        } else {
            medial(n)
        };
        native
            .strip_prefix(n.as_str())
            .is_some_and(|tail| joins(tail, rest, readings))
    })
}

#[test]
fn composed_names_keep_their_native_spelling() {
    let mut rng = Rng::new(77);
    let mut composed = 0;
    for (index, t) in tables().iter().enumerate() {
        let script = t.locale.script;
        let mut readings: HashMap<&str, Vec<&str>> = HashMap::new();
        for pool in pools(t) {
            for item in pool.items() {
                for form in std::iter::once(&item.male).chain(item.female.as_ref()) {
                    if let Some(native) = &form.native {
                        readings.entry(&form.latin).or_default().push(native);
                    }
                }
            }
        }
        for _ in 0..3_000 {
            let p = person(&mut rng, index);
            for part in p.given.iter().chain(&p.surname) {
                assert!(!part.latin.is_empty(), "{}: {p:?}", t.locale.code);
                let Some(native) = &part.native else {
                    assert!(!script.is_native() || part.latin == "THI" || part.latin == "VAN");
                    continue;
                };
                if script.transliterates() {
                    assert_eq!(script.to_latin(native), part.latin, "{native}");
                    if script == Script::Armenian {
                        let capitals = native.chars().filter(|c| c.is_uppercase()).count();
                        assert!(capitals <= native.split(' ').count(), "{native}");
                    }
                } else if part.pieces.len() > 1 {
                    composed += 1;
                    assert_eq!(part.pieces.concat(), part.latin.replace(' ', ""));
                    assert!(
                        joins(native, &part.pieces, &readings),
                        "{}: {} = {native} from {:?}",
                        t.locale.code,
                        part.latin,
                        part.pieces
                    );
                }
            }
        }
    }
    assert!(composed > 5_000, "{composed}");
}

#[test]
fn at_least_twelve_locales_and_twelve_scripts_beside_latin() {
    let all = locales();
    assert!(all.len() >= 12, "{}", all.len());
    let native = all.iter().filter(|l| l.script.is_native()).count();
    assert!(native >= 12, "{native}");
    let codes: std::collections::HashSet<_> = all.iter().map(|l| l.code).collect();
    assert_eq!(codes.len(), all.len());
}

#[test]
fn every_pool_is_clean() {
    for tables in tables() {
        let locale = tables.locale;
        assert!(tables.male.len() >= 15, "{}", locale.code);
        assert!(tables.female.len() >= 15, "{}", locale.code);
        assert!(
            tables.surnames.len() + tables.roots.len() >= 30,
            "{}",
            locale.code
        );
        for pool in [
            &tables.male,
            &tables.female,
            &tables.surnames,
            &tables.roots,
        ] {
            for item in pool.items() {
                for form in std::iter::once(&item.male).chain(item.female.as_ref()) {
                    assert!(
                        !form.latin.is_empty()
                            && form
                                .latin
                                .chars()
                                .all(|c| c.is_ascii_uppercase() || c == ' '),
                        "{}: {:?}",
                        locale.code,
                        form
                    );
                    assert_eq!(
                        form.native.is_some(),
                        locale.script.is_native(),
                        "{}: {:?}",
                        locale.code,
                        form
                    );
                    if let Some(native) = &form.native {
                        assert!(!native.is_ascii(), "{}: {native}", locale.code);
                    }
                }
            }
        }
    }
}
