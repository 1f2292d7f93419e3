//! Korean names in Hangul: Revised Romanization (RR) with the given name's syllables joined, and
//! the spellings Korean passports commonly carry.
//!
//! A Hangul syllable is arithmetic in Unicode: `code − 0xAC00 = (initial × 21 + vowel) × 28 +
//! final`. Each syllable is romanised on its own, as RR prescribes for personal names (no sound
//! change across syllables: 한복남 HAN BOKNAM).
//!
//! The family name is the first syllable of the name (or the first two when they are a
//! compound surname: 남궁, 황보, 제갈, 선우, 독고, 사공, 서문), or the whole first word when the
//! name is written in several words. Common surnames have their passport spellings, most common
//! first (이 LEE, YI, RHEE, RI, I; 박 PARK, PAK, BAK…); another surname is read as a given-name
//! syllable. A one-word name whose first syllable is no surname is read as one given name.
//!
//! Each given-name syllable is read in RR and in the older, McCune–Reischauer-like spelling
//! passports still carry: EO → U (현 HYUN, 석 SUK, 정 JUNG, 성 SUNG), U → OO (준 JOON, 수 SOO,
//! 윤 YOON), 영 → YOUNG, 우 → WOO, 희 → HEE, the initial G → K (경 KYUNG, 기 KI). The given
//! name's readings combine these, fewest changes first, at most [`GIVEN_READINGS`].

use super::{combine, combine_with, distinct};

/// The most readings of one given name.
const GIVEN_READINGS: usize = 4;

const INITIALS: [&str; 19] = [
    "G", "KK", "N", "D", "TT", "R", "M", "B", "PP", "S", "SS", "", "J", "JJ", "CH", "K", "T", "P",
    "H",
];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WO", "WE",
    "WI", "YU", "EU", "UI", "I",
];
const FINALS: [&str; 28] = [
    "", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P",
    "T", "T", "NG", "T", "T", "K", "T", "P", "T",
];

/// Passport spellings of common surnames, most common first.
const SURNAMES: &[(&str, &[&str])] = &[
    ("김", &["KIM", "GIM"]),
    ("이", &["LEE", "YI", "RHEE", "RI", "I"]),
    ("리", &["LEE", "RI", "YI"]),
    ("박", &["PARK", "PAK", "BAK"]),
    ("최", &["CHOI", "CHOE"]),
    ("정", &["JUNG", "JEONG", "CHUNG", "JEUNG"]),
    ("강", &["KANG", "GANG"]),
    ("조", &["CHO", "JO"]),
    ("윤", &["YOON", "YUN"]),
    ("장", &["JANG", "CHANG"]),
    ("임", &["LIM", "IM", "RIM"]),
    ("림", &["LIM", "RIM", "IM"]),
    ("한", &["HAN"]),
    ("오", &["OH", "O"]),
    ("서", &["SEO", "SUH", "SUR"]),
    ("신", &["SHIN", "SIN"]),
    ("권", &["KWON", "GWON", "GWEON"]),
    ("황", &["HWANG"]),
    ("안", &["AHN", "AN"]),
    ("송", &["SONG"]),
    ("류", &["RYU", "YOO", "YU", "RYOO"]),
    ("유", &["YOO", "YU", "RYU"]),
    ("홍", &["HONG"]),
    ("전", &["JEON", "JUN", "CHUN"]),
    ("고", &["KO", "GO"]),
    ("문", &["MOON", "MUN"]),
    ("양", &["YANG"]),
    ("손", &["SON", "SOHN"]),
    ("배", &["BAE", "PAE"]),
    ("백", &["BAEK", "PAIK", "BAIK"]),
    ("허", &["HEO", "HUH"]),
    ("남", &["NAM"]),
    ("노", &["NOH", "RO", "NO"]),
    ("로", &["RO", "NOH"]),
    ("하", &["HA"]),
    ("곽", &["KWAK", "GWAK"]),
    ("성", &["SUNG", "SEONG"]),
    ("차", &["CHA"]),
    ("주", &["JOO", "JU", "CHU"]),
    ("우", &["WOO", "U"]),
    ("구", &["KOO", "GU", "KU"]),
    ("민", &["MIN"]),
    ("나", &["NA", "RA"]),
    ("라", &["RA", "NA"]),
    ("진", &["JIN", "CHIN"]),
    ("지", &["JI", "CHI"]),
    ("엄", &["EOM", "UM", "OM"]),
    ("채", &["CHAE"]),
    ("원", &["WON"]),
    ("천", &["CHEON", "CHUN"]),
    ("방", &["BANG", "PANG"]),
    ("공", &["KONG", "GONG"]),
    ("현", &["HYUN", "HYEON"]),
    ("함", &["HAM"]),
    ("변", &["BYUN", "BYEON", "PYUN"]),
    ("염", &["YEOM", "YUM"]),
    ("여", &["YEO", "YUH"]),
    ("추", &["CHOO", "CHU"]),
    ("도", &["DO", "DOH"]),
    ("소", &["SO"]),
    ("석", &["SEOK", "SUK"]),
    ("선", &["SUN", "SEON"]),
    ("설", &["SEOL", "SUL"]),
    ("마", &["MA"]),
    ("길", &["GIL", "KIL"]),
    ("연", &["YEON", "YUN"]),
    ("위", &["WI", "WEE"]),
    ("표", &["PYO"]),
    ("명", &["MYUNG", "MYEONG"]),
    ("기", &["KI", "GI"]),
    ("반", &["BAN", "PAN"]),
    ("왕", &["WANG"]),
    ("금", &["KEUM", "GEUM", "KUM"]),
    ("옥", &["OK"]),
    ("육", &["YOOK", "YUK"]),
    ("인", &["IN"]),
    ("맹", &["MAENG"]),
    ("제", &["JE", "JEA"]),
    ("모", &["MO"]),
    ("탁", &["TAK"]),
    ("국", &["KOOK", "GUK"]),
    ("어", &["EO", "UH"]),
    ("은", &["EUN"]),
    ("편", &["PYUN", "PYEON"]),
    ("용", &["YONG"]),
    ("예", &["YE"]),
    ("경", &["KYUNG", "GYEONG"]),
    ("봉", &["BONG"]),
    ("사", &["SA"]),
    ("부", &["BOO", "BU"]),
    ("황보", &["HWANGBO"]),
    ("남궁", &["NAMGOONG", "NAMGUNG"]),
    ("제갈", &["JEGAL"]),
    ("선우", &["SUNWOO", "SEONU"]),
    ("독고", &["DOKGO"]),
    ("사공", &["SAGONG"]),
    ("서문", &["SEOMUN", "SUHMOON"]),
];

/// The parts of a Hangul syllable (indices into the tables), or `None` for another character.
fn parts(c: char) -> Option<(usize, usize, usize)> {
    let index = u32::from(c).checked_sub(0xAC00)?;
    if index >= 11172 {
        return None;
    }
    let index = usize::try_from(index).ok()?;
    Some((index / 588, (index % 588) / 28, index % 28))
}

/// The RR of one syllable; the empty string for a character that is none.
fn revised(c: char) -> String {
    match parts(c) {
        Some((initial, vowel, last)) => [INITIALS[initial], VOWELS[vowel], FINALS[last]].concat(),
        None => String::new(),
    }
}

/// The readings of one given-name syllable: RR, then the older passport spelling if it differs.
fn syllable_readings(c: char) -> Vec<String> {
    let rr = revised(c);
    if rr.is_empty() {
        return Vec::new();
    }
    let older = match rr.as_str() {
        "YEONG" => "YOUNG".to_owned(),
        "U" => "WOO".to_owned(),
        "HUI" => "HEE".to_owned(),
        "I" => "YI".to_owned(),
        _ => older_spelling(&rr),
    };
    distinct(vec![rr, older])
}

/// EO → U, U → OO (not in EU, WU, UI), the initial G → K.
fn older_spelling(rr: &str) -> String {
    let mut s = rr.replace("EO", "U");
    if !rr.contains("EU") && !rr.contains("UI") && !rr.contains("EO") {
        s = s.replacen('U', "OO", 1);
    }
    if let Some(rest) = s.strip_prefix('G') {
        s = format!("K{rest}");
    }
    s
}

/// The readings of a given name written in the syllables of `word`.
fn given_readings(word: &[char]) -> Vec<String> {
    let syllables: Vec<Vec<String>> = word.iter().map(|&c| syllable_readings(c)).collect();
    combine_with(&syllables, GIVEN_READINGS, "")
}

/// The surname readings of the start of a word: (readings, syllables taken), or `None` when it
/// starts with no known surname.
fn surname(word: &[char], alone: bool) -> Option<(Vec<String>, usize)> {
    let lookup = |text: &str| {
        SURNAMES
            .iter()
            .find(|(s, _)| *s == text)
            .map(|(_, readings)| readings.iter().map(|r| (*r).to_owned()).collect())
    };
    if word.len() >= 3 || (alone && word.len() == 2) {
        let two: String = word[..2].iter().collect();
        if let Some(readings) = lookup(&two) {
            return Some((readings, 2));
        }
    }
    let first: String = word.first()?.to_string();
    lookup(&first).map(|readings| (readings, 1))
}

/// Returns the readings of a run of Hangul words, most likely first.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.chars().filter(|&c| parts(c).is_some()).collect())
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    let mut lists: Vec<Vec<String>> = Vec::with_capacity(words.len() + 1);
    let several = words.len() > 1;
    // A lone two-syllable word may be a surname and a one-syllable given name, or a given
    // name: both, the first first.
    let mut also_joined = false;
    let first_rest = match surname(first, several) {
        Some((readings, taken)) if taken == first.len() || (!several && first.len() <= 5) => {
            lists.push(readings);
            also_joined = !several && first.len() == 2 && taken == 1;
            &first[taken..]
        }
        _ => &first[..],
    };
    if !first_rest.is_empty() {
        lists.push(given_readings(first_rest));
    }
    lists.extend(words[1..].iter().map(|w| given_readings(w)));
    if also_joined {
        let mut out = combine(&lists, super::MAX_READINGS - 2);
        out.extend(given_readings(first).into_iter().take(2));
        return distinct(out);
    }
    combine(&lists, super::MAX_READINGS)
}
