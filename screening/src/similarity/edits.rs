//! A weighted edit distance between two tokens: restricted Damerau–Levenshtein (insertions,
//! deletions, substitutions and swaps of two adjacent letters), where each operation costs what
//! it says about two spellings being one name.
//!
//! An ordinary edit costs one unit. Edits that spellings and keying make often cost less:
//! - a substitution of a vowel for a vowel, of letters that sound alike (D/T, C/K, S/Z, F/V,
//!   V/W, B/P, G/K, I/Y, J/Y), of neighbouring keys, or of letters OCR confuses (O/Q/D, I/L/J,
//!   U/V, C/G, E/F, P/R, M/N, H/N);
//! - an inserted or deleted letter that doubles its neighbour (ANA / ANNA), a vowel beside a vowel
//!   (VOGT / VOUGT, AHMED / AHMEED), an H after a consonant (TOMAS / THOMAS) or a silent final
//!   E or H (SMYTH / SMYTHE);
//! - two adjacent letters swapped.
//!
//! [`spelling_units`] gives the cheapest total of two tokens at most [`allowed_edits`] edits
//! apart; [`edit_path`] the operations themselves, for explanations.

use std::fmt;

use crate::tokens::TWO_EDIT_MIN_LEN;

/// Cost of an ordinary edit.
pub const UNIT: f32 = 1.0;

/// Cost of a swap of two adjacent letters.
const SWAP: f32 = 0.8;

/// Cost of a vowel for a vowel, or of letters that sound alike.
const SOUND_ALIKE: f32 = 0.6;

/// Cost of a neighbouring key or of letters OCR confuses.
const SLIP: f32 = 0.75;

/// Cost of an inserted or deleted letter doubling its neighbour.
const DOUBLING: f32 = 0.4;

/// Cost of an inserted or deleted vowel beside a vowel, an H after a consonant, or a silent final
/// E or H.
const SILENT: f32 = 0.5;

/// Returns how many edits two tokens may differ by and still be one name: one, two when both
/// have [`TWO_EDIT_MIN_LEN`] letters or more. The index finds every such pair by keys made by
/// deleting as many letters (see [`crate::tokens::token_keys`]).
pub fn allowed_edits(a: &[u8], b: &[u8]) -> usize {
    if a.len().min(b.len()) >= TWO_EDIT_MIN_LEN {
        2
    } else {
        1
    }
}

/// Returns the number of edits (insertions, deletions, substitutions, swaps of two adjacent
/// letters: the optimal string alignment distance) between two tokens when it is at most
/// `bound`.
pub fn edit_count(a: &[u8], b: &[u8], bound: usize) -> Option<usize> {
    let (a, b) = (&a[..a.len().min(MAX_LEN)], &b[..b.len().min(MAX_LEN)]);
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    if a == b {
        return Some(0);
    }
    if bound == 1 {
        return one_edit(a, b).then_some(1);
    }
    // A band of the table around its diagonal, on the stack: cells farther than `bound` from
    // it exceed the bound.
    let width = b.len() + 1;
    let far = u8::MAX / 2;
    let mut rows = [far; 3 * (MAX_LEN + 1)];
    for (j, cell) in rows[..width.min(bound + 1)].iter_mut().enumerate() {
        *cell = j as u8;
    }
    let mut last = 0;
    for i in 1..=a.len() {
        let (current, previous, before) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        let (from, to) = (i.saturating_sub(bound).max(1), (i + bound).min(b.len()));
        for cell in &mut rows[current * width..(current + 1) * width] {
            *cell = far;
        }
        if i <= bound {
            rows[current * width] = i as u8;
        }
        let mut row_min = far;
        for j in from..=to {
            let substitution = u8::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[previous * width + j - 1] + substitution)
                .min(rows[previous * width + j] + 1)
                .min(rows[current * width + j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[before * width + j - 2] + 1);
            }
            let best = best.min(far);
            rows[current * width + j] = best;
            row_min = row_min.min(best);
        }
        if i <= bound {
            row_min = row_min.min(i as u8);
        }
        if usize::from(row_min) > bound {
            return None;
        }
        last = current;
    }
    let distance = usize::from(rows[last * width + b.len()]);
    (distance <= bound).then_some(distance)
}

/// Returns true when two different tokens are one insertion, deletion, substitution or swap
/// of two adjacent letters apart.
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let first = a.iter().zip(b).take_while(|(p, q)| p == q).count();
    match a.len() as isize - b.len() as isize {
        0 => {
            let rest = first + 1;
            a[rest..] == b[rest..]
                || (rest < a.len()
                    && a[first] == b[rest]
                    && a[rest] == b[first]
                    && a[rest + 1..] == b[rest + 1..])
        }
        1 => a[first + 1..] == b[first..],
        -1 => b[first + 1..] == a[first..],
        _ => false,
    }
}

/// Returns the cheapest cost in edit units of two tokens that are at most
/// [`allowed_edits`] edits apart, or `None`.
pub fn spelling_units(a: &[u8], b: &[u8]) -> Option<f32> {
    let allowed = allowed_edits(a, b);
    edit_count(a, b, allowed)?;
    edit_units(a, b, allowed as f32 * UNIT)
}

/// Returns true for A, E, I, O, U and Y.
pub fn is_vowel(c: u8) -> bool {
    matches!(c, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y')
}

/// Returns the cost of writing `q` for `p` (from a table of the letters A–Z computed once).
#[inline]
pub fn substitution_cost(p: u8, q: u8) -> f32 {
    static TABLE: std::sync::LazyLock<[[f32; 26]; 26]> = std::sync::LazyLock::new(|| {
        let mut table = [[UNIT; 26]; 26];
        for (i, row) in table.iter_mut().enumerate() {
            for (j, cell) in row.iter_mut().enumerate() {
                *cell = letter_substitution_cost(b'A' + i as u8, b'A' + j as u8);
            }
        }
        table
    });
    match (p.checked_sub(b'A'), q.checked_sub(b'A')) {
        (Some(i), Some(j)) if i < 26 && j < 26 => TABLE[usize::from(i)][usize::from(j)],
        _ => letter_substitution_cost(p, q),
    }
}

/// Returns the cost of writing `q` for `p`, computed.
fn letter_substitution_cost(p: u8, q: u8) -> f32 {
    if p == q {
        return 0.0;
    }
    if (is_vowel(p) && is_vowel(q)) || sound_alike(p, q) {
        SOUND_ALIKE
    } else if keys_adjacent(p, q) || ocr_alike(p, q) {
        SLIP
    } else {
        UNIT
    }
}

/// Returns true for letters that sound alike in some romanisation or spelling.
fn sound_alike(p: u8, q: u8) -> bool {
    const PAIRS: &[[u8; 2]] = &[
        *b"DT", *b"CK", *b"CS", *b"KQ", *b"SZ", *b"FV", *b"VW", *b"BP", *b"GK", *b"JY", *b"GJ",
        *b"CZ", *b"KX", *b"SX", *b"FP", *b"BV",
    ];
    PAIRS.iter().any(|pair| *pair == [p, q] || *pair == [q, p])
}

/// Returns true for letters that OCR of a passport's zone or a scanned page confuses.
fn ocr_alike(p: u8, q: u8) -> bool {
    const PAIRS: &[[u8; 2]] = &[
        *b"OQ", *b"OD", *b"DQ", *b"IL", *b"IJ", *b"LJ", *b"UV", *b"CG", *b"EF", *b"PR", *b"MN",
        *b"HN", *b"BR", *b"CE", *b"KR",
    ];
    PAIRS.iter().any(|pair| *pair == [p, q] || *pair == [q, p])
}

/// Returns true for keys next to each other on a QWERTY keyboard (a keying slip).
pub fn keys_adjacent(p: u8, q: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"QWERTYUIOP", b"ASDFGHJKL", b"ZXCVBNM"];
    let locate = |c: u8| {
        ROWS.iter().enumerate().find_map(|(row, keys)| {
            keys.iter()
                .position(|&k| k == c)
                .map(|col| (row as isize, col as isize))
        })
    };
    match (locate(p), locate(q)) {
        (Some((r1, c1)), Some((r2, c2))) => (r1 - r2).abs() <= 1 && (c1 - c2).abs() <= 1,
        _ => false,
    }
}

/// Returns the cost of the letter at `i` of `token` being there in one spelling and not in the
/// other.
pub fn indel_cost(token: &[u8], i: usize) -> f32 {
    let c = token[i];
    let before = i.checked_sub(1).map(|j| token[j]);
    let after = token.get(i + 1).copied();
    let last = i + 1 == token.len();
    if before == Some(c) || after == Some(c) {
        return DOUBLING;
    }
    let vowel_pair = is_vowel(c) && (before.is_some_and(is_vowel) || after.is_some_and(is_vowel));
    let h_after_consonant = c == b'H' && before.is_some_and(|b| !is_vowel(b));
    let silent_end = last && i > 0 && (c == b'E' || c == b'H');
    if vowel_pair || h_after_consonant || silent_end {
        SILENT
    } else {
        UNIT
    }
}

/// Returns true when one token is the other with one letter more that changes nothing of the
/// name: a doubled letter (ANA / ANNA), an H after a consonant (TOMAS / THOMAS), a final E or H
/// after a consonant (SMYTH / SMYTHE).
pub fn silent_difference(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = short.iter().zip(long).take_while(|(s, l)| s == l).count();
    if long[i + 1..] != short[i..] {
        return false;
    }
    let c = long[i];
    let before = i.checked_sub(1).map(|j| long[j]);
    let doubling = before == Some(c) || long.get(i + 1) == Some(&c);
    let after_consonant = before.is_some_and(|b| !is_vowel(b));
    let silent_end = i + 1 == long.len() && after_consonant && matches!(c, b'E' | b'H');
    doubling || (c == b'H' && after_consonant) || silent_end
}

/// Returns true when two tokens differ by one vowel between consonants (or at the start, before
/// a consonant) written as another vowel or not written at all (KHALED / KHALID, FATMA /
/// FATIMA).
pub fn vowel_between_consonants(a: &[u8], b: &[u8]) -> bool {
    let consonant_at = |t: &[u8], i: usize| t.get(i).is_some_and(|&c| !is_vowel(c));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let i = short.iter().zip(long).take_while(|(s, l)| s == l).count();
    let between = |t: &[u8]| consonant_at(t, i + 1) && (i == 0 || consonant_at(t, i - 1));
    if short.len() == long.len() {
        i < short.len()
            && short[i + 1..] == long[i + 1..]
            && is_vowel(short[i])
            && is_vowel(long[i])
            && between(long)
    } else {
        long.len() == short.len() + 1
            && long[i + 1..] == short[i..]
            && is_vowel(long[i])
            && between(long)
    }
}

/// Longest token compared (longer ones are compared on their first letters).
const MAX_LEN: usize = 40;

/// Returns the cheapest edit cost between two tokens when it is at most `bound`.
pub fn edit_units(a: &[u8], b: &[u8], bound: f32) -> Option<f32> {
    let (a, b) = (&a[..a.len().min(MAX_LEN)], &b[..b.len().min(MAX_LEN)]);
    if (a.len().abs_diff(b.len()) as f32) * DOUBLING > bound + 1e-6 {
        return None;
    }
    // The table's rows i-2, i-1 and i, in turn, on the stack (the whole table is only needed to
    // name the edits, see `edit_path`).
    let width = b.len() + 1;
    let mut rows = [0f32; 3 * (MAX_LEN + 1)];
    for j in 1..=b.len() {
        rows[j] = rows[j - 1] + indel_cost(b, j - 1);
    }
    let mut last = 0;
    for i in 1..=a.len() {
        let (current, previous, before) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[current * width] = rows[previous * width] + indel_cost(a, i - 1);
        let mut row_min = rows[current * width];
        for j in 1..=b.len() {
            let mut best = rows[previous * width + j - 1] + substitution_cost(a[i - 1], b[j - 1]);
            best = best.min(rows[previous * width + j] + indel_cost(a, i - 1));
            best = best.min(rows[current * width + j - 1] + indel_cost(b, j - 1));
            if i > 1
                && j > 1
                && a[i - 1] == b[j - 2]
                && a[i - 2] == b[j - 1]
                && a[i - 1] != b[j - 1]
            {
                best = best.min(rows[before * width + j - 2] + SWAP);
            }
            rows[current * width + j] = best;
            row_min = row_min.min(best);
        }
        if row_min > bound + 1e-6 {
            return None;
        }
        last = current;
    }
    let cost = rows[last * width + b.len()];
    (cost <= bound + 1e-6).then_some(cost)
}

/// The dynamic-programming table, rows for `a`, columns for `b`, on the stack.
struct Table {
    width: usize,
    cells: [f32; (MAX_LEN + 1) * (MAX_LEN + 1)],
}

impl Table {
    fn get(&self, i: usize, j: usize) -> f32 {
        self.cells[i * self.width + j]
    }

    /// Fills the table; `None` as soon as every cell of a row exceeds the bound.
    fn fill(a: &[u8], b: &[u8], bound: f32) -> Option<Table> {
        let (a, b) = (&a[..a.len().min(MAX_LEN)], &b[..b.len().min(MAX_LEN)]);
        if (a.len().abs_diff(b.len()) as f32) * DOUBLING > bound + 1e-6 {
            return None;
        }
        let width = b.len() + 1;
        let mut table = Table {
            width,
            cells: [f32::INFINITY; (MAX_LEN + 1) * (MAX_LEN + 1)],
        };
        let cells = &mut table.cells;
        cells[0] = 0.0;
        for j in 1..=b.len() {
            cells[j] = cells[j - 1] + indel_cost(b, j - 1);
        }
        for i in 1..=a.len() {
            cells[i * width] = cells[(i - 1) * width] + indel_cost(a, i - 1);
            let mut row_min = cells[i * width];
            for j in 1..=b.len() {
                let mut best =
                    cells[(i - 1) * width + j - 1] + substitution_cost(a[i - 1], b[j - 1]);
                best = best.min(cells[(i - 1) * width + j] + indel_cost(a, i - 1));
                best = best.min(cells[i * width + j - 1] + indel_cost(b, j - 1));
                if i > 1
                    && j > 1
                    && a[i - 1] == b[j - 2]
                    && a[i - 2] == b[j - 1]
                    && a[i - 1] != b[j - 1]
                {
                    best = best.min(cells[(i - 2) * width + j - 2] + SWAP);
                }
                cells[i * width + j] = best;
                row_min = row_min.min(best);
            }
            if row_min > bound + 1e-6 {
                return None;
            }
        }
        Some(table)
    }
}

/// One edit between two spellings, with the position in the first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Edit {
    /// `from` written `to`.
    Substitution {
        /// The letter of the first spelling.
        from: u8,
        /// The letter of the second.
        to: u8,
    },
    /// `letter` present in the second spelling only.
    Insertion {
        /// The letter.
        letter: u8,
    },
    /// `letter` present in the first spelling only.
    Deletion {
        /// The letter.
        letter: u8,
    },
    /// Two adjacent letters swapped.
    Swap {
        /// The first of the two in the first spelling.
        first: u8,
        /// The second.
        second: u8,
    },
}

impl Edit {
    /// The name of the operation, for reasons.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Edit::Substitution { .. } => "substitution",
            Edit::Insertion { .. } => "insertion",
            Edit::Deletion { .. } => "deletion",
            Edit::Swap { .. } => "swap",
        }
    }
}

impl fmt::Display for Edit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lower = |c: u8| char::from(c.to_ascii_lowercase());
        match *self {
            Edit::Substitution { from, to } => write!(f, "{}→{}", lower(from), lower(to)),
            Edit::Insertion { letter } => write!(f, "+{}", lower(letter)),
            Edit::Deletion { letter } => write!(f, "−{}", lower(letter)),
            Edit::Swap { first, second } => {
                write!(
                    f,
                    "{}{}→{}{}",
                    lower(first),
                    lower(second),
                    lower(second),
                    lower(first)
                )
            }
        }
    }
}

/// Returns the edits of a cheapest path from `a` to `b` (at most `bound` units) and its cost.
pub fn edit_path(a: &[u8], b: &[u8], bound: f32) -> Option<(Vec<Edit>, f32)> {
    let table = Table::fill(a, b, bound)?;
    let (mut i, mut j) = (a.len().min(MAX_LEN), b.len().min(MAX_LEN));
    let cost = table.get(i, j);
    if cost > bound + 1e-6 {
        return None;
    }
    let mut edits = Vec::new();
    let close = |x: f32, y: f32| (x - y).abs() < 1e-4;
    while i > 0 || j > 0 {
        let here = table.get(i, j);
        if i > 0
            && j > 0
            && close(
                here,
                table.get(i - 1, j - 1) + substitution_cost(a[i - 1], b[j - 1]),
            )
        {
            if a[i - 1] != b[j - 1] {
                edits.push(Edit::Substitution {
                    from: a[i - 1],
                    to: b[j - 1],
                });
            }
            i -= 1;
            j -= 1;
        } else if i > 1
            && j > 1
            && a[i - 1] == b[j - 2]
            && a[i - 2] == b[j - 1]
            && close(here, table.get(i - 2, j - 2) + SWAP)
        {
            edits.push(Edit::Swap {
                first: a[i - 2],
                second: a[i - 1],
            });
            i -= 2;
            j -= 2;
        } else if i > 0 && close(here, table.get(i - 1, j) + indel_cost(a, i - 1)) {
            edits.push(Edit::Deletion { letter: a[i - 1] });
            i -= 1;
        } else {
            edits.push(Edit::Insertion { letter: b[j - 1] });
            j -= 1;
        }
    }
    edits.reverse();
    Some((edits, cost))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(a: &str, b: &str) -> Option<f32> {
        edit_units(a.as_bytes(), b.as_bytes(), 2.0)
    }

    #[test]
    fn one_edit_anywhere_costs_at_most_a_unit() {
        for (a, b) in [
            ("SCHMIDT", "SCHMITT"),
            ("ROSSI", "ROSSO"),
            ("SMYTHE", "SMYTH"),
            ("VOUGT", "VOGT"),
            ("CLARKE", "CLARK"),
            ("XANNA", "ANNA"),
            ("ANNA", "ANNX"),
            ("BOGT", "VOGT"),
            ("SMIHT", "SMITH"),
        ] {
            let cost = units(a, b).unwrap_or(f32::INFINITY);
            assert!(cost <= UNIT, "{a} {b}: {cost}");
            assert!(cost > 0.0);
        }
    }

    #[test]
    fn cheap_edits_cost_less() {
        let cost = |a: &str, b: &str| units(a, b).unwrap();
        assert!(cost("ANA", "ANNA") < cost("ANA", "ANKA"));
        assert!(cost("SCHMIDT", "SCHMITT") < cost("SCHMIDT", "SCHMIRT"));
        assert!(cost("VOGT", "VOUGT") < cost("VOGT", "VOKGT"));
        assert!(cost("SMITH", "SMIHT") < UNIT);
    }

    #[test]
    fn beyond_the_bound_is_none() {
        assert_eq!(edit_units(b"SMITH", b"JONES", 1.0), None);
        assert_eq!(edit_units(b"ANDERSON", b"ANDREWS", 1.0), None);
        assert!(edit_units(b"BARTHOLOMEW", b"BARTOLOMEU", 2.0).is_some());
    }

    #[test]
    fn paths_name_their_edits() {
        let (edits, _) = edit_path(b"SCHMIDT", b"SCHMITT", 1.0).unwrap();
        assert_eq!(
            edits,
            [Edit::Substitution {
                from: b'D',
                to: b'T'
            }]
        );
        assert_eq!(edits[0].to_string(), "d→t");
        let (edits, _) = edit_path(b"SMYTHE", b"SMYTH", 1.0).unwrap();
        assert_eq!(edits, [Edit::Deletion { letter: b'E' }]);
        let (edits, _) = edit_path(b"SMIHT", b"SMITH", 1.0).unwrap();
        assert_eq!(
            edits,
            [Edit::Swap {
                first: b'H',
                second: b'T'
            }]
        );
        let (edits, _) = edit_path(b"VOGT", b"VOUGT", 1.0).unwrap();
        assert_eq!(edits, [Edit::Insertion { letter: b'U' }]);
    }

    #[test]
    fn allowed_edits_grow_with_length() {
        assert_eq!(allowed_edits(b"ROSSI", b"ROSSO"), 1);
        assert_eq!(allowed_edits(b"BARTHOLOMEW", b"BARTOLOMEU"), 2);
        assert!(spelling_units(b"BARTHOLOMEW", b"BARTOLOMEU").is_some());
        assert!(
            spelling_units(b"ANA", b"ANNAH").is_none(),
            "two edits in a short name"
        );
    }

    #[test]
    fn silent_differences() {
        assert!(silent_difference(b"ANA", b"ANNA"));
        assert!(silent_difference(b"THOMAS", b"TOMAS"));
        assert!(silent_difference(b"SMYTHE", b"SMYTH"));
        assert!(!silent_difference(b"LUCA", b"LUCIA"));
        assert!(!silent_difference(b"DINA", b"DIANA"));
        assert!(!silent_difference(b"ROSSI", b"ROSSO"));
    }

    #[test]
    fn vowels_between_consonants() {
        assert!(vowel_between_consonants(b"KHALED", b"KHALID"));
        assert!(vowel_between_consonants(b"FATMA", b"FATIMA"));
        assert!(vowel_between_consonants(b"OMAR", b"UMAR"));
        assert!(!vowel_between_consonants(b"YUKI", b"YUKO"));
        assert!(!vowel_between_consonants(b"SAID", b"SAAD"));
        assert!(!vowel_between_consonants(b"LUCA", b"LUCIA"));
        assert!(!vowel_between_consonants(b"AMIR", b"AMIN"));
    }

    #[test]
    fn edit_counts_agree_with_the_full_table() {
        // The one-edit check and the band against the plain table, on random near spellings.
        fn full(a: &[u8], b: &[u8]) -> usize {
            let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for (i, row) in d.iter_mut().enumerate() {
                row[0] = i;
            }
            for (j, cell) in d[0].iter_mut().enumerate() {
                *cell = j;
            }
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    d[i][j] = (d[i - 1][j - 1] + cost)
                        .min(d[i - 1][j] + 1)
                        .min(d[i][j - 1] + 1);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                    }
                }
            }
            d[a.len()][b.len()]
        }
        let mut rng = crate::synthetic::Rng::new(5);
        for _ in 0..20_000 {
            let len = 1 + rng.below(10);
            let a: Vec<u8> = (0..len).map(|_| b"ABCDE"[rng.below(5)]).collect();
            let mut b = a.clone();
            for _ in 0..rng.below(4) {
                let i = rng.below(b.len().max(1));
                match rng.below(3) {
                    0 if !b.is_empty() => {
                        b.remove(i);
                    }
                    1 => b.insert(i.min(b.len()), b"ABCDE"[rng.below(5)]),
                    _ if !b.is_empty() => b[i] = b"ABCDE"[rng.below(5)],
                    _ => {}
                }
            }
            let distance = full(&a, &b);
            for bound in [1, 2] {
                let expected = (distance <= bound).then_some(distance);
                assert_eq!(edit_count(&a, &b, bound), expected, "{a:?} {b:?} {bound}");
            }
        }
    }

    #[test]
    fn edit_counts() {
        assert_eq!(edit_count(b"SMITH", b"SMIHT", 2), Some(1));
        assert_eq!(edit_count(b"SMITH", b"SMYTHE", 2), Some(2));
        assert_eq!(edit_count(b"SMITH", b"JONES", 2), None);
        assert_eq!(edit_count(b"", b"AB", 2), Some(2));
    }
}
