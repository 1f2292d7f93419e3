//! Latin readings of names written in other scripts: the spellings a passport of the country
//! would carry for a watchlist alias written in Arabic, Persian, Hebrew, Armenian, Georgian,
//! Chinese, Japanese kana, Korean Hangul, Thai, Cyrillic or Greek.
//!
//! [`latin_readings`] splits a name into words, and the words into runs of one script; each run
//! is read by the reader of its script, and the readings of the runs are combined, most likely
//! first (the one whose parts are each their most likely reading), at most [`MAX_READINGS`]. The
//! readers:
//!
//! - Arabic and Persian (`abjad`) and Hebrew (`hebrew`): the letters as written, consonants
//!   and long vowels, in a [consonantal](Reading::consonantal) reading.
//! - Chinese (`han`): Mandarin pinyin without tones, the surname read as a surname, the given
//!   name's syllables joined and apart. Japanese kanji get these Chinese readings only: a kanji
//!   name cannot be read as Japanese without a dictionary, and a name that mixes kanji with
//!   kana, which is certainly Japanese, gets no reading at all.
//! - Japanese kana (`kana`): passport Hepburn, then the OH and as-written (wāpuro) spellings.
//! - Korean Hangul (`hangul`): Revised Romanization, the given name joined, with the common
//!   passport spellings of surnames and syllables.
//! - Thai (`thai`): the Royal Thai General System, then the common passport variants.
//! - Armenian and Georgian (`caucasus`): the national passport systems and their variants.
//! - Cyrillic and Greek (`cyrillic`): the ICAO reading of
//!   [`transliterate`] first, then the older and national passport systems.
//!
//! Words in Latin letters beside them are kept as `transliterate` gives them. A name with a
//! letter of another script (Devanagari, Ethiopic…) gets no reading: a reading that left a word
//! out would be another name. The module is pure: no I/O, no state.

mod abjad;
mod caucasus;
mod cyrillic;
mod han;
mod hangul;
mod hebrew;
mod kana;
mod segment;
mod thai;

#[cfg(test)]
mod tests;

use paxscreen_ingest::normalise::transliterate;
use segment::{runs, Script};

/// The most readings [`latin_readings`] returns for one name.
pub const MAX_READINGS: usize = 8;

/// The longest name read, in characters: no personal name is longer, and the readers' rules
/// (Thai syllables, the combination of word readings) need not then guard against any length.
const MAX_NAME_CHARS: usize = 512;

/// One Latin reading of a name written in another script.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reading {
    /// Upper-case A–Z words separated by single spaces, never empty.
    pub text: String,
    /// True when part of the reading comes from a script that writes no short vowels (Arabic,
    /// Persian, Hebrew): that part holds the consonants and the long vowels written, and is
    /// to be compared by consonant skeleton.
    pub consonantal: bool,
}

/// Returns the Latin readings of a name that contains letters of a non-Latin script: the
/// readings a passport of that country would carry, most likely first, at most
/// [`MAX_READINGS`], distinct.
///
/// The result is empty for a name in Latin letters only (or with no letter), for a name with a
/// letter of a script that has no reader here, for a Japanese name that mixes kanji and kana,
/// and for a text of more than 512 characters, which is no name.
///
/// ```
/// use paxscreen_screening::scripts::latin_readings;
/// let texts = |name: &str| -> Vec<String> {
///     latin_readings(name).into_iter().map(|r| r.text).collect()
/// };
/// assert_eq!(texts("王小明")[..2], ["WANG XIAOMING", "WANG XIAO MING"]);
/// assert_eq!(texts("김민준")[0], "KIM MINJUN");
/// assert_eq!(texts("محمد")[0], "MHMD");
/// assert!(latin_readings("محمد")[0].consonantal);
/// assert!(texts("John Smith").is_empty());
/// ```
pub fn latin_readings(name: &str) -> Vec<Reading> {
    if name.chars().nth(MAX_NAME_CHARS).is_some() {
        return Vec::new();
    }
    let runs = runs(name);
    if !runs.iter().any(|run| run.script != Script::Latin) {
        return Vec::new();
    }
    let kana = runs.iter().any(|run| run.script == Script::Kana);
    let mut parts: Vec<Vec<String>> = Vec::with_capacity(runs.len());
    let mut consonantal = Vec::with_capacity(runs.len());
    let mut read_foreign = false;
    for run in &runs {
        let words: Vec<&str> = run.words.iter().map(String::as_str).collect();
        let readings = match run.script {
            Script::Latin => {
                let text = transliterate(&run.words.join(" "));
                if text.is_empty() {
                    Vec::new()
                } else {
                    vec![text]
                }
            }
            Script::Cyrillic | Script::Greek => cyrillic::readings(&words),
            Script::Arabic => abjad::readings(&words),
            Script::Hebrew => hebrew::readings(&words),
            Script::Armenian => caucasus::armenian_readings(&words),
            Script::Georgian => caucasus::georgian_readings(&words),
            Script::Han if kana => return Vec::new(),
            Script::Han => han::readings(&words),
            Script::Kana => kana::readings(&words),
            Script::Hangul => hangul::readings(&words),
            Script::Thai => thai::readings(&words),
            Script::Other => return Vec::new(),
        };
        let readings: Vec<String> = readings
            .into_iter()
            .map(|r| clean(&r))
            .filter(|r| !r.is_empty())
            .collect();
        if !readings.is_empty() {
            read_foreign |= run.script != Script::Latin;
            parts.push(distinct(readings));
            consonantal.push(matches!(run.script, Script::Arabic | Script::Hebrew));
        }
    }
    if !read_foreign {
        return Vec::new();
    }
    let consonantal = consonantal.iter().any(|c| *c);
    combine(&parts, MAX_READINGS)
        .into_iter()
        .map(|text| Reading { text, consonantal })
        .collect()
}

/// Keeps A–Z (upper-cased) and single spaces between words.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| c.to_ascii_uppercase()));
    }
    out
}

/// Returns the strings in their order, each once.
pub(crate) fn distinct(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Combines lists of alternatives, each most likely first, into at most `cap` distinct strings
/// joined by spaces: in order of the sum of the alternatives' ranks (the first alternative of
/// every list first), and among equal sums the later lists' alternatives changing first. Empty
/// lists are skipped.
pub(crate) fn combine(lists: &[Vec<String>], cap: usize) -> Vec<String> {
    combine_with(lists, cap, " ")
}

/// [`combine`] with another separator (`""` joins syllables into one word).
pub(crate) fn combine_with(lists: &[Vec<String>], cap: usize, separator: &str) -> Vec<String> {
    let lists: Vec<&Vec<String>> = lists.iter().filter(|l| !l.is_empty()).collect();
    let mut out = Vec::new();
    if lists.is_empty() || cap == 0 {
        return out;
    }
    // Highest rank sum reachable from each position to the end, for pruning.
    let mut reach = vec![0usize; lists.len() + 1];
    for i in (0..lists.len()).rev() {
        reach[i] = reach[i + 1] + lists[i].len() - 1;
    }
    let mut ranks = vec![0usize; lists.len()];
    let mut search = Search {
        lists: &lists,
        reach: &reach,
        separator,
        cap,
        out: &mut out,
    };
    for total in 0..=reach[0] {
        search.walk(&mut ranks, 0, total);
        if search.out.len() >= cap {
            break;
        }
    }
    out
}

/// The state of [`combine_with`]'s search over rank vectors of one sum.
struct Search<'a> {
    lists: &'a [&'a Vec<String>],
    reach: &'a [usize],
    separator: &'a str,
    cap: usize,
    out: &'a mut Vec<String>,
}

impl Search<'_> {
    fn walk(&mut self, ranks: &mut [usize], position: usize, left: usize) {
        if self.out.len() >= self.cap {
            return;
        }
        if position == self.lists.len() {
            if left == 0 {
                let text = ranks
                    .iter()
                    .zip(self.lists)
                    .map(|(&rank, list)| list[rank].as_str())
                    .collect::<Vec<_>>()
                    .join(self.separator);
                if !self.out.contains(&text) {
                    self.out.push(text);
                }
            }
            return;
        }
        let own = self.lists[position].len() - 1;
        let rest = self.reach[position + 1];
        let low = left.saturating_sub(rest);
        for rank in low..=own.min(left) {
            ranks[position] = rank;
            self.walk(ranks, position + 1, left - rank);
        }
    }
}
