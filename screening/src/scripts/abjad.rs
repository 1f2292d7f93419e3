//! Arabic and Persian names: consonantal readings, the letters as written.
//!
//! The script writes consonants and long vowels, not short vowels, so a reading holds what is
//! written and the matcher compares it by consonant skeleton (محمد → MHMD, to be met by
//! MOHAMMED, MUHAMMAD). Short-vowel signs (harakat), shadda, sukun and tatweel are dropped.
//!
//! Letters (Arabic; Persian where it differs, after the slash): ب B, ت T, ث TH/S, ج J, ح H,
//! خ KH, د D, ذ DH/Z, ر R, ز Z, س S, ش SH, ص S, ض D/Z, ط T, ظ Z, غ GH, ف F, ق Q/GH, ك ک K, ل L,
//! م M, ن N, ه H, پ P, چ CH, ژ ZH, گ G, ڤ V. Vowel carriers: ا آ أ ٱ A, إ I, ى A (alif maqsura),
//! ة A (AH in the third reading), ع A at the start of a word and dropped inside it, ء dropped,
//! ؤ U, ئ I.
//!
//! A word's readings, most likely first:
//! 1. Letters: و W (Persian V), ي ی Y: علي ALY, حسين HSYN.
//! 2. Long vowels: و and ي after a consonant are the long vowels U and I (علي ALI, حسين HSIN,
//!    محمود MHMUD), as are و ي at the end of a word; a Persian final ه after a consonant is EH
//!    (زاده ZADEH).
//! 3. With ة written AH (فاطمة FATMAH), when the word has ة.
//!
//! The article ال at the start of a word of five letters or more (not الله) is read AL joined to the word
//! (الرشيد ALRSHYD), then apart (AL RSHYD), then assimilated before a sun letter (ARRSHYD,
//! ASHSHRYF), as the names are written in Latin letters. عبد written apart from a word with the
//! article is read joined to it first (عبد الله → ABDALLH, then ABD ALLH). The run is read as
//! Persian when one of its words has a Persian letter (پ چ ژ گ ک ی) or a zero-width
//! non-joiner; محمدرضا alone, with none, is read as Arabic (MHMDRDA).

use super::{combine, distinct};

/// The Latin letters of a letter, or `None` for a character that is dropped.
fn letter(c: char, persian: bool) -> Option<&'static str> {
    Some(match c {
        'ا' | 'آ' | 'أ' | 'ٱ' | 'ى' | 'ة' | 'ۃ' => "A",
        'إ' | 'ئ' => "I",
        'ؤ' => "U",
        'ب' => "B",
        'ت' | 'ط' => "T",
        'ث' if persian => "S",
        'ث' => "TH",
        'ج' => "J",
        'ح' | 'ه' | 'ھ' | 'ۀ' | 'ە' => "H",
        'خ' => "KH",
        'د' => "D",
        'ذ' | 'ض' if persian => "Z",
        'ذ' => "DH",
        'ض' => "D",
        'ر' => "R",
        'ز' | 'ظ' => "Z",
        'س' | 'ص' => "S",
        'ش' => "SH",
        'غ' => "GH",
        'ف' => "F",
        'ق' if persian => "GH",
        'ق' => "Q",
        'ك' | 'ک' | 'ڪ' => "K",
        'ل' => "L",
        'م' => "M",
        'ن' => "N",
        'و' if persian => "V",
        'و' => "W",
        'ي' | 'ی' | 'ې' => "Y",
        'پ' => "P",
        'چ' => "CH",
        'ژ' => "ZH",
        'گ' | 'ڨ' | 'ڭ' => "G",
        'ڤ' | 'ۋ' => "V",
        _ => return None,
    })
}

/// Letters that only Persian (and Urdu, Pashto…) writes, and the zero-width non-joiner that
/// Persian writes inside words (حسن‌زاده) and Arabic does not.
fn is_persian(c: char) -> bool {
    matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ۀ' | '\u{200C}')
}

/// The sun letters: the article's L is assimilated to them in speech.
fn is_sun(c: char) -> bool {
    matches!(
        c,
        'ت' | 'ث' | 'د' | 'ذ' | 'ر' | 'ز' | 'س' | 'ش' | 'ص' | 'ض' | 'ط' | 'ظ' | 'ن'
    )
}

/// Which reading of a word to spell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    Letters,
    LongVowels,
    LongVowelsAh,
}

/// Spells the letters of a word (without its article).
fn spell(letters: &[char], spelling: Spelling, persian: bool) -> String {
    let mut out = String::with_capacity(letters.len() * 2);
    // Whether the letter before was a consonant (not a vowel carrier).
    let mut after_consonant = false;
    for (i, &c) in letters.iter().enumerate() {
        let last = i + 1 == letters.len();
        let vowels = spelling != Spelling::Letters;
        let latin = match c {
            'ع' if i == 0 => "A",
            'ع' | 'ء' => "",
            'ة' | 'ۃ' if spelling == Spelling::LongVowelsAh => "AH",
            'و' if vowels && (after_consonant || (last && i > 0)) => "U",
            'ي' | 'ی' if vowels && (after_consonant || (last && i > 0)) => "I",
            'ه' if vowels && persian && last && after_consonant => "EH",
            _ => match letter(c, persian) {
                Some(latin) => latin,
                None => continue,
            },
        };
        // ع and ء inside a word are consonants though dropped.
        after_consonant = latin.is_empty() || !matches!(latin, "A" | "I" | "U" | "AH" | "EH");
        out.push_str(latin);
    }
    out
}

/// The letters of a word that have a reading (marks and tatweel dropped).
fn letters_of(word: &str) -> Vec<char> {
    word.chars()
        .filter(|&c| letter(c, true).is_some() || matches!(c, 'ع' | 'ء'))
        .collect()
}

/// The readings of one word, most likely first.
fn word_readings(word: &[char], persian: bool) -> Vec<String> {
    let mut spellings = vec![Spelling::Letters, Spelling::LongVowels];
    if word.iter().any(|&c| matches!(c, 'ة' | 'ۃ')) {
        spellings.push(Spelling::LongVowelsAh);
    }
    let article = word.len() >= 5 && word[0] == 'ا' && word[1] == 'ل';
    if !article {
        let out = spellings.iter().map(|&s| spell(word, s, persian)).collect();
        return distinct(out);
    }
    let stem = &word[2..];
    let stems: Vec<String> = spellings.iter().map(|&s| spell(stem, s, persian)).collect();
    let mut out = Vec::new();
    for stem_latin in &stems {
        out.push(format!("AL{stem_latin}"));
    }
    for stem_latin in &stems {
        out.push(format!("AL {stem_latin}"));
        if is_sun(stem[0]) {
            let consonant = letter(stem[0], persian).unwrap_or("");
            out.push(format!("A{consonant}{stem_latin}"));
        }
    }
    distinct(out)
}

/// Returns the readings of a run of Arabic-script words, most likely first.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let persian = words.iter().any(|w| w.chars().any(is_persian));
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| letters_of(w))
        .filter(|w| !w.is_empty())
        .collect();
    let mut lists: Vec<Vec<String>> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        let next = words.get(i + 1);
        let servant = word.as_slice() == ['ع', 'ب', 'د'];
        if let Some(next) = next.filter(|n| servant && n.len() >= 3 && n[0] == 'ا' && n[1] == 'ل')
        {
            let joined: Vec<char> = word.iter().chain(next.iter()).copied().collect();
            let mut pair = word_readings(&joined, persian);
            let apart = combine(
                &[word_readings(word, persian), word_readings(next, persian)],
                4,
            );
            pair.truncate(2);
            pair.extend(apart);
            lists.push(distinct(pair));
            i += 2;
            continue;
        }
        lists.push(word_readings(word, persian));
        i += 1;
    }
    combine(&lists, super::MAX_READINGS)
}
