//! One edit in one word at a random position with random letters: insert, delete, substitute
//! (any letter, a QWERTY neighbour, an OCR look-alike), transpose, double, undouble, and the
//! vowel digraphs (O↔OU, U↔OO, I↔EE…).
//!
//! Every function takes an upper-case word and returns the edited word, or `None` when the edit
//! has nowhere to apply (no doubled letter to undouble, no pair of different letters to swap).

use crate::synthetic::Rng;

const LETTERS: &[u8; 26] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// QWERTY letter rows; a key's neighbours are beside it and on the rows above and below.
const ROWS: [&[u8]; 3] = [b"QWERTYUIOP", b"ASDFGHJKL", b"ZXCVBNM"];

/// OCR look-alikes: what a scanner may read for a letter or a pair of letters.
pub const OCR: &[(&str, &[&str])] = &[
    ("O", &["0", "Q", "D", "C"]),
    ("Q", &["O", "0"]),
    ("D", &["O", "0", "CL"]),
    ("I", &["1", "L", "J", "T"]),
    ("L", &["I", "1"]),
    ("J", &["I"]),
    ("T", &["I", "7"]),
    ("S", &["5", "8"]),
    ("B", &["8", "E", "R"]),
    ("E", &["F", "B"]),
    ("F", &["E", "P"]),
    ("P", &["F", "R"]),
    ("R", &["P", "B", "K"]),
    ("K", &["X", "R"]),
    ("X", &["K"]),
    ("Z", &["2"]),
    ("G", &["6", "C", "O"]),
    ("C", &["G", "O", "E"]),
    ("A", &["4"]),
    ("M", &["RN", "N"]),
    ("N", &["M", "H"]),
    ("H", &["N"]),
    ("U", &["V", "O"]),
    ("V", &["U", "Y"]),
    ("Y", &["V"]),
    ("W", &["VV"]),
    ("RN", &["M"]),
    ("CL", &["D"]),
    ("VV", &["W"]),
];

/// Vowel digraphs: a vowel written as a pair, or a pair as one vowel.
pub const DIGRAPHS: &[(&str, &str)] = &[
    ("O", "OU"),
    ("OU", "O"),
    ("U", "OO"),
    ("OO", "U"),
    ("U", "OU"),
    ("OU", "U"),
    ("I", "EE"),
    ("EE", "I"),
    ("I", "IE"),
    ("IE", "I"),
    ("A", "AE"),
    ("AE", "A"),
    ("A", "AI"),
    ("AI", "A"),
    ("E", "EI"),
    ("EI", "E"),
    ("E", "EE"),
    ("EE", "E"),
];

fn letter(rng: &mut Rng) -> u8 {
    LETTERS[rng.below(26)]
}

fn text(bytes: Vec<u8>) -> Option<String> {
    String::from_utf8(bytes).ok()
}

/// Inserts a random letter at a random position (before the first letter up to after the last).
pub fn insert(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    let at = rng.below(bytes.len() + 1);
    bytes.insert(at, letter(rng));
    text(bytes)
}

/// Deletes the letter at a random position.
pub fn delete(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    if bytes.len() < 2 {
        return None;
    }
    bytes.remove(rng.below(bytes.len()));
    text(bytes)
}

/// Replaces the letter at a random position by another random letter.
pub fn substitute_any(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    if bytes.is_empty() {
        return None;
    }
    let at = rng.below(bytes.len());
    let others: Vec<u8> = LETTERS
        .iter()
        .copied()
        .filter(|&c| c != bytes[at])
        .collect();
    bytes[at] = others[rng.below(others.len())];
    text(bytes)
}

/// The QWERTY neighbours of a letter.
pub fn keyboard_neighbours(key: u8) -> Vec<u8> {
    let Some((row, col)) = ROWS
        .iter()
        .enumerate()
        .find_map(|(r, keys)| keys.iter().position(|&k| k == key).map(|c| (r, c)))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut add = |r: usize, c: isize| {
        if c >= 0 {
            if let Some(&k) = ROWS[r].get(c as usize) {
                out.push(k);
            }
        }
    };
    let col = col as isize;
    add(row, col - 1);
    add(row, col + 1);
    if row > 0 {
        add(row - 1, col);
        add(row - 1, col + 1);
    }
    if row < 2 {
        add(row + 1, col - 1);
        add(row + 1, col);
    }
    out
}

/// Replaces the letter at a random position by one of its QWERTY neighbours.
pub fn substitute_keyboard(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    if bytes.is_empty() {
        return None;
    }
    let at = rng.below(bytes.len());
    let neighbours = keyboard_neighbours(bytes[at]);
    if neighbours.is_empty() {
        return None;
    }
    bytes[at] = neighbours[rng.below(neighbours.len())];
    text(bytes)
}

/// Every place a pattern table applies: (position, pattern, replacement).
fn matches<'a>(word: &str, table: &[(&'a str, &'a str)]) -> Vec<(usize, &'a str, &'a str)> {
    let mut out = Vec::new();
    for at in 0..word.len() {
        for &(from, to) in table {
            if word[at..].starts_with(from) {
                out.push((at, from, to));
            }
        }
    }
    out
}

/// Replaces a letter or a pair at a random place by an OCR look-alike (digits included).
pub fn substitute_ocr(word: &str, rng: &mut Rng) -> Option<String> {
    let table: Vec<(&str, &str)> = OCR
        .iter()
        .flat_map(|(from, tos)| tos.iter().map(move |to| (*from, *to)))
        .collect();
    replace_one(word, &matches(word, &table), rng)
}

/// Writes a vowel as a digraph or a digraph as one vowel, at a random matching place.
pub fn vowel_digraph(word: &str, rng: &mut Rng) -> Option<String> {
    let places: Vec<_> = matches(word, DIGRAPHS)
        .into_iter()
        .filter(|&(at, from, to)| {
            // A single vowel becomes a pair only where the pair is not already written.
            from.len() > 1 || !word[at + 1..].starts_with(&to[1..])
        })
        .collect();
    replace_one(word, &places, rng)
}

fn replace_one(word: &str, places: &[(usize, &str, &str)], rng: &mut Rng) -> Option<String> {
    if places.is_empty() {
        return None;
    }
    let (at, from, to) = places[rng.below(places.len())];
    Some(format!("{}{to}{}", &word[..at], &word[at + from.len()..]))
}

/// Swaps two adjacent different letters at a random place.
pub fn transpose(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    let places: Vec<usize> = (0..bytes.len().saturating_sub(1))
        .filter(|&i| bytes[i] != bytes[i + 1])
        .collect();
    if places.is_empty() {
        return None;
    }
    let at = places[rng.below(places.len())];
    bytes.swap(at, at + 1);
    text(bytes)
}

/// Doubles the letter at a random position.
pub fn double(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    if bytes.is_empty() {
        return None;
    }
    let at = rng.below(bytes.len());
    bytes.insert(at, bytes[at]);
    text(bytes)
}

/// Writes once a doubled letter chosen at random.
pub fn undouble(word: &str, rng: &mut Rng) -> Option<String> {
    let mut bytes = word.as_bytes().to_vec();
    let places: Vec<usize> = (0..bytes.len().saturating_sub(1))
        .filter(|&i| bytes[i] == bytes[i + 1])
        .collect();
    if places.is_empty() {
        return None;
    }
    bytes.remove(places[rng.below(places.len())]);
    text(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levenshtein(a: &str, b: &str) -> usize {
        let (a, b) = (a.as_bytes(), b.as_bytes());
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

    /// The first position where two words differ.
    fn first_difference(a: &str, b: &str) -> usize {
        a.bytes()
            .zip(b.bytes())
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()))
    }

    type Edit = fn(&str, &mut Rng) -> Option<String>;

    #[test]
    fn one_edit_at_every_position_including_both_ends() {
        let word = "MANSOURI";
        let edits: [(&str, Edit); 4] = [
            ("insert", insert),
            ("delete", delete),
            ("substitute_any", substitute_any),
            ("substitute_keyboard", substitute_keyboard),
        ];
        for (name, edit) in edits {
            let mut rng = Rng::new(11);
            let mut positions = std::collections::HashSet::new();
            let mut letters = std::collections::HashSet::new();
            for _ in 0..2_000 {
                let edited = edit(word, &mut rng).unwrap();
                assert_eq!(levenshtein(word, &edited), 1, "{name}: {edited}");
                assert!(edited.bytes().all(|c| c.is_ascii_uppercase()), "{edited}");
                let at = first_difference(word, &edited);
                positions.insert(at);
                letters.extend(edited.bytes());
            }
            let last = if name == "insert" {
                word.len()
            } else {
                word.len() - 1
            };
            assert!(positions.contains(&0), "{name}: {positions:?}");
            assert!(positions.contains(&last), "{name}: {positions:?}");
            if name == "insert" || name == "substitute_any" {
                assert_eq!(letters.len(), 26, "{name}: every letter drawn");
            }
        }
    }

    #[test]
    fn transpose_double_undouble() {
        let mut rng = Rng::new(5);
        let mut swapped_at = std::collections::HashSet::new();
        for _ in 0..500 {
            let t = transpose("HADDAD", &mut rng).unwrap();
            assert_ne!(t, "HADDAD");
            let mut sorted_a: Vec<u8> = t.bytes().collect();
            let mut sorted_b: Vec<u8> = "HADDAD".bytes().collect();
            sorted_a.sort_unstable();
            sorted_b.sort_unstable();
            assert_eq!(sorted_a, sorted_b);
            swapped_at.insert(first_difference("HADDAD", &t));
            let d = double("HADDAD", &mut rng).unwrap();
            assert_eq!(levenshtein("HADDAD", &d), 1);
            assert_eq!(undouble("HADDAD", &mut rng).as_deref(), Some("HADAD"));
        }
        assert!(
            swapped_at.contains(&0) && swapped_at.contains(&4),
            "{swapped_at:?}"
        );
        assert_eq!(undouble("SMITH", &mut rng), None);
        assert_eq!(transpose("AA", &mut rng), None);
    }

    #[test]
    fn keyboard_neighbours_are_adjacent_keys() {
        assert_eq!(keyboard_neighbours(b'Q'), b"WA".to_vec());
        let g = keyboard_neighbours(b'G');
        for k in b"FHTYVB" {
            assert!(g.contains(k), "{}", *k as char);
        }
        assert_eq!(g.len(), 6);
    }

    #[test]
    fn ocr_and_digraphs_replace_one_pattern() {
        let mut rng = Rng::new(9);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..2_000 {
            let o = substitute_ocr("MORRIS", &mut rng).unwrap();
            assert_ne!(o, "MORRIS");
            assert!(o
                .bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
            seen.insert(o);
            let v = vowel_digraph("MOHAMMED", &mut rng).unwrap();
            assert!(levenshtein("MOHAMMED", &v) <= 2, "{v}");
        }
        assert!(seen.contains("RNORRIS") && seen.contains("MORRI5") && seen.contains("M0RRIS"));
        assert_eq!(vowel_digraph("BCD", &mut rng), None);
    }
}
