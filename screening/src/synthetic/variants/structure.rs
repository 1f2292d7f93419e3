//! Variants of a name's structure and spelling: another romanisation, surname first, a middle
//! name dropped or added, given names as initials, words joined or split, a particle added or
//! dropped, and the cut of the passport's machine-readable zone.
//!
//! Each function returns the traveller's name, or `None` when the person's name does not lend
//! itself to the variant (no middle name to drop, no particle, a name too short to be cut).

use crate::synthetic::locales::{Part, PartKind, Person};
use crate::synthetic::Rng;

/// Length of the name field of a TD3 passport's machine-readable zone.
pub const MRZ_NAME_LENGTH: usize = 39;

fn words(parts: &[Part]) -> Vec<String> {
    parts
        .iter()
        .flat_map(|p| p.latin.split_whitespace())
        .map(str::to_owned)
        .collect()
}

/// Another common romanisation of one part of the name (a whole part, or one piece of a
/// compound part).
pub fn transliteration(person: &Person, rng: &mut Rng) -> Option<String> {
    let tables = person.tables();
    let script = tables.locale.script;
    let mut choices: Vec<(bool, usize, String)> = Vec::new();
    let all: Vec<(bool, usize, &Part)> = person
        .given
        .iter()
        .enumerate()
        .map(|(i, p)| (true, i, p))
        .chain(
            person
                .surname
                .iter()
                .enumerate()
                .map(|(i, p)| (false, i, p)),
        )
        .collect();
    for &(given, index, part) in &all {
        let mut add = |latin: String| {
            if latin != part.latin && !latin.is_empty() {
                choices.push((given, index, latin));
            }
        };
        if let (true, Some(native)) = (script.transliterates(), &part.native) {
            script.alternatives(native).into_iter().for_each(&mut add);
        }
        for other in tables.spellings.get(&part.latin).into_iter().flatten() {
            add(other.clone());
        }
        for (k, piece) in part.pieces.iter().enumerate() {
            for other in tables.spellings.get(piece).into_iter().flatten() {
                let mut pieces = part.pieces.clone();
                pieces[k] = other.clone();
                add(pieces.concat());
            }
        }
    }
    if choices.is_empty() {
        return None;
    }
    let (given, index, latin) = choices.swap_remove(rng.below(choices.len()));
    let mut v = person.clone();
    let parts = if given { &mut v.given } else { &mut v.surname };
    parts[index].latin = latin;
    Some(v.latin_name())
}

/// The surname first, then the given names.
pub fn swap_order(person: &Person) -> Option<String> {
    let mut tokens = words(&person.surname);
    tokens.extend(words(&person.given));
    Some(tokens.join(" "))
}

fn is_middle(part: &Part) -> bool {
    matches!(part.kind, PartKind::Middle | PartKind::Patronymic)
}

/// A middle name, patronymic or father's name dropped (with a `BIN` before it).
pub fn middle_dropped(person: &Person, rng: &mut Rng) -> Option<String> {
    let middles: Vec<usize> = (0..person.given.len())
        .filter(|&i| is_middle(&person.given[i]))
        .collect();
    if middles.is_empty() {
        return None;
    }
    let at = middles[rng.below(middles.len())];
    let mut v = person.clone();
    v.given.remove(at);
    if at > 0 && v.given[at - 1].kind == PartKind::Particle {
        v.given.remove(at - 1);
    }
    Some(v.latin_name())
}

/// A given name of the person's locale and gender added after the first one.
pub fn middle_added(person: &Person, rng: &mut Rng) -> Option<String> {
    let tables = person.tables();
    let pool = if person.female {
        &tables.female
    } else {
        &tables.male
    };
    let present = person.latin_name();
    for _ in 0..8 {
        let name = pool.uniform(rng)?.form(person.female).latin.clone();
        if !present.split(' ').any(|w| w == name) {
            let mut tokens = words(&person.given);
            tokens.insert(1.min(tokens.len()), name);
            tokens.extend(words(&person.surname));
            return Some(tokens.join(" "));
        }
    }
    None
}

/// Given names reduced to their initials (`J R SMITH`), at least one of them kept whole.
pub fn initials(person: &Person, rng: &mut Rng) -> Option<String> {
    let mut given: Vec<(String, bool)> = person
        .given
        .iter()
        .flat_map(|p| {
            let particle = p.kind == PartKind::Particle;
            p.latin
                .split_whitespace()
                .map(move |w| (w.to_owned(), !particle))
        })
        .collect();
    let names: Vec<usize> = (0..given.len()).filter(|&i| given[i].1).collect();
    if names.len() < 2 {
        return None;
    }
    let keep = names[rng.below(names.len())];
    let others: Vec<usize> = names.iter().copied().filter(|&i| i != keep).collect();
    let mut reduced: Vec<usize> = others.iter().copied().filter(|_| rng.chance(0.5)).collect();
    if reduced.is_empty() {
        reduced.push(others[rng.below(others.len())]);
    }
    for i in reduced {
        given[i].0.truncate(1);
    }
    let mut tokens: Vec<String> = given.into_iter().map(|g| g.0).collect();
    tokens.extend(words(&person.surname));
    Some(tokens.join(" "))
}

/// Two adjacent words written as one, or sometimes the whole name as one word.
pub fn joined(person: &Person, rng: &mut Rng) -> Option<String> {
    let mut tokens = words(&person.given);
    tokens.extend(words(&person.surname));
    if tokens.len() < 2 {
        return None;
    }
    if tokens.len() > 2 && rng.chance(0.2) {
        return Some(tokens.concat());
    }
    let at = rng.below(tokens.len() - 1);
    let next = tokens.remove(at + 1);
    tokens[at].push_str(&next);
    Some(tokens.join(" "))
}

/// A word of four letters or more split in two, at least two letters on each side.
pub fn split(person: &Person, rng: &mut Rng) -> Option<String> {
    let mut tokens = words(&person.given);
    tokens.extend(words(&person.surname));
    let long: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].len() >= 4)
        .collect();
    if long.is_empty() {
        return None;
    }
    let at = long[rng.below(long.len())];
    let word = tokens[at].clone();
    let cut = 2 + rng.below(word.len() - 3);
    tokens[at] = format!("{} {}", &word[..cut], &word[cut..]);
    Some(tokens.join(" "))
}

/// A particle of the locale added before the surname (`AL RASHID`, `AL-RASHID`, `ALRASHID`).
pub fn particle_added(person: &Person, rng: &mut Rng) -> Option<String> {
    let particles = &person.tables().particles;
    let first = person.surname.first()?;
    if particles.is_empty() || first.kind == PartKind::Particle {
        return None;
    }
    let particle = particles.uniform(rng)?.male.latin.clone();
    let separator = match rng.below(20) {
        0..=11 => " ",
        12..=16 => "-",
        _ => "",
    };
    let mut tokens = words(&person.given);
    let surname = words(&person.surname).join(" ");
    tokens.push(format!("{particle}{separator}{surname}"));
    Some(tokens.join(" "))
}

/// A particle dropped from before a surname (`VAN DER BERG` → `BERG`).
pub fn particle_dropped(person: &Person, rng: &mut Rng) -> Option<String> {
    let places: Vec<usize> = (0..person.surname.len())
        .filter(|&i| person.surname[i].kind == PartKind::Particle)
        .collect();
    if places.is_empty() {
        return None;
    }
    let mut v = person.clone();
    v.surname.remove(places[rng.below(places.len())]);
    Some(v.latin_name())
}

/// The name as the machine-readable zone lays it out (`SURNAME<<GIVEN<NAMES`), not cut.
pub fn mrz_field(person: &Person) -> String {
    let surname = words(&person.surname).join("<").replace('-', "<");
    let given = words(&person.given).join("<").replace('-', "<");
    format!("{surname}<<{given}")
}

/// The name read back from a machine-readable zone cut at 39 characters: the last given names
/// cut or dropped. Only for names whose surname and first given name fit before the cut.
pub fn mrz_truncation(person: &Person) -> Option<String> {
    let field = mrz_field(person);
    let given = words(&person.given);
    let surname_length = words(&person.surname).join("<").len();
    let kept_whole = surname_length + 2 + given.first()?.len();
    if field.len() <= MRZ_NAME_LENGTH || kept_whole > MRZ_NAME_LENGTH || given.len() < 2 {
        return None;
    }
    let cut = &field[..MRZ_NAME_LENGTH];
    let (surname, given) = cut.split_once("<<")?;
    let mut tokens: Vec<&str> = given.split('<').filter(|w| !w.is_empty()).collect();
    tokens.extend(surname.split('<').filter(|w| !w.is_empty()));
    Some(tokens.join(" "))
}
