//! Hebrew names: consonantal readings, the letters as written (without niqqud the script writes
//! no short vowels), compared by the matcher by consonant skeleton (דוד → DVD, to be met by
//! DAVID).
//!
//! Letters: א A, ב B at the start of a word and V inside it (B with a dagesh), ג G, ד D, ה H,
//! ו V, ז Z, ח H, ט T, י Y, כ K at the start and KH inside (K with a dagesh), ך KH, ל L, מ ם M,
//! נ ן N, ס S, ע A at the start of a word and dropped inside it, פ P at the start and F inside
//! (P with a dagesh), ף F, צ ץ TS, ק K, ר R, ש SH (S with the sin dot), ת T; with a geresh (׳ or
//! an apostrophe) ג׳ J, ז׳ ZH, צ׳ CH. The doubled וו is V and the doubled יי is Y. Other points
//! (niqqud, cantillation) are dropped.
//!
//! A word's readings, most likely first:
//! 1. Letters: ו V, י Y (יוסף YVSF, דניאל DNYAL).
//! 2. Long vowels: ו and י after a consonant are the vowels O and I (יוסף YOSF, דניאל DNIAL).
//! 3. As (2) with ח written CH and צ ץ TZ, the other spelling Israeli documents use (יצחק YTZCHK).

use super::{combine, distinct};

const DAGESH: char = '\u{05BC}';
const SIN_DOT: char = '\u{05C2}';

/// Which reading of a word to spell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    Letters,
    Vowels,
    Other,
}

/// A letter with the signs on it.
#[derive(Debug, Clone, Copy)]
struct Letter {
    c: char,
    dagesh: bool,
    sin: bool,
    geresh: bool,
}

fn letters_of(word: &str) -> Vec<Letter> {
    let mut out: Vec<Letter> = Vec::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{05D0}'..='\u{05EA}' => out.push(Letter {
                c,
                dagesh: false,
                sin: false,
                geresh: false,
            }),
            DAGESH => {
                if let Some(last) = out.last_mut() {
                    last.dagesh = true;
                }
            }
            SIN_DOT => {
                if let Some(last) = out.last_mut() {
                    last.sin = true;
                }
            }
            '\u{05F3}' | '\'' | '\u{2019}' => {
                if let Some(last) = out.last_mut() {
                    last.geresh = true;
                }
            }
            _ => {}
        }
    }
    out
}

/// Spells a word in one reading.
fn spell(letters: &[Letter], spelling: Spelling) -> String {
    let mut out = String::with_capacity(letters.len() * 2);
    let mut after_consonant = false;
    let mut previous: Option<char> = None;
    for (i, letter) in letters.iter().enumerate() {
        let start = i == 0;
        let vowels = spelling != Spelling::Letters;
        let doubled = letters.get(i + 1).is_some_and(|next| next.c == letter.c);
        let latin = match letter.c {
            // The doubled וו and יי are one consonant.
            'ו' | 'י' if previous == Some(letter.c) => "",
            'ו' if doubled => "V",
            'י' if doubled => "Y",
            'ו' if vowels && after_consonant => "O",
            'י' if vowels && after_consonant => "I",
            'ו' => "V",
            'י' => "Y",
            'א' => "A",
            'ע' if start => "A",
            'ע' => "",
            'ב' if start || letter.dagesh => "B",
            'ב' => "V",
            'ג' if letter.geresh => "J",
            'ג' => "G",
            'ד' => "D",
            'ה' => "H",
            'ז' if letter.geresh => "ZH",
            'ז' => "Z",
            'ח' if spelling == Spelling::Other => "CH",
            'ח' => "H",
            'ט' | 'ת' => "T",
            'כ' if start || letter.dagesh => "K",
            'כ' | 'ך' => "KH",
            'ל' => "L",
            'מ' | 'ם' => "M",
            'נ' | 'ן' => "N",
            'ס' => "S",
            'פ' if start || letter.dagesh => "P",
            'פ' | 'ף' => "F",
            'צ' | 'ץ' if letter.geresh => "CH",
            'צ' | 'ץ' if spelling == Spelling::Other => "TZ",
            'צ' | 'ץ' => "TS",
            'ק' => "K",
            'ר' => "R",
            'ש' if letter.sin => "S",
            'ש' => "SH",
            _ => "",
        };
        // ע inside a word is a consonant though dropped.
        after_consonant = match latin {
            "" => letter.c == 'ע' || after_consonant,
            "A" | "O" | "I" => false,
            _ => true,
        };
        previous = Some(letter.c);
        out.push_str(latin);
    }
    out
}

/// Returns the readings of a run of Hebrew words, most likely first.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let lists: Vec<Vec<String>> = words
        .iter()
        .map(|w| letters_of(w))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut spellings = vec![Spelling::Letters, Spelling::Vowels];
            if w.iter().any(|l| matches!(l.c, 'ח' | 'צ' | 'ץ')) {
                spellings.push(Spelling::Other);
            }
            distinct(spellings.into_iter().map(|s| spell(&w, s)).collect())
        })
        .collect();
    combine(&lists, super::MAX_READINGS)
}
