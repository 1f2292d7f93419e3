//! Cyrillic and Greek names: the ICAO reading first, then the other systems passports of those
//! countries have carried.
//!
//! Cyrillic, in this order (a name keeps one system throughout):
//! 1. ICAO Doc 9303, as [`transliterate`] gives it (Russian passports since 2013): Й I,
//!    Ю IU, Я IA, Ъ IE, Х KH, Ц TS, Щ SHCH (ЮЛИЯ IULIIA, АНДРЕЙ ANDREI).
//! 2. Ukrainian national system (Ukrainian passports since 2010): Г H, Ґ G, И Y, І I, Ї YI at
//!    the start of a word and I inside, Є Й Ю Я YE Y YU YA at the start and IE I IU IA inside,
//!    ЗГ ZGH, Ь and the apostrophe dropped (ОЛЕКСАНДР OLEKSANDR, ГРИГОРІЙ HRYHORII). Second
//!    when the name has a letter only Ukrainian writes (Є І Ї Ґ), last otherwise.
//! 3. Russian passports of 1997–2013: Й Y, Ю YU, Я YA, Ё E, Ъ Ь dropped, Ы Y (YULIYA, ANDREY,
//!    DMITRIY).
//! 4. The English-language (BGN-like) spelling: as 3, with Е YE at the start of a word and after
//!    a vowel, Ъ or Ь, Ё YO (O after Ж Ч Ш Щ), and the endings -ИЙ -ЫЙ written Y (YEVGENY,
//!    FYODOR, DMITRY).
//!
//! Greek, in this order:
//! 1. ICAO, as [`transliterate`] gives it: Β V, Η I, Υ Y, Χ CH, ΟΥ OU.
//! 2. ELOT 743 (Greek passports): ΑΥ ΕΥ ΗΥ AV EV IV (AF EF IF before a voiceless consonant or
//!    at the end), ΜΠ B and ΝΤ D at the start of a word (MP, NT inside), ΓΚ G at the start (NG
//!    inside), ΓΓ NG, ΓΞ NX, ΓΧ NCH (ΓΕΩΡΓΙΟΣ GEORGIOS, ΕΥΑΓΓΕΛΟΣ EVANGELOS, ΜΠΑΚΟΓΙΑΝΝΗΣ
//!    BAKOGIANNIS).
//! 3. As 2 with Χ written H and Υ written I (ΧΡΗΣΤΟΣ HRISTOS), and 4. with Χ written KH.

use paxscreen_ingest::normalise::transliterate;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Upper-case letters of a word, accents dropped when `strip` (Greek), composed otherwise.
fn upper_letters(word: &str, strip: bool) -> Vec<char> {
    let upper: String = word.chars().flat_map(char::to_uppercase).collect();
    if strip {
        upper.nfd().filter(|&c| !is_combining_mark(c)).collect()
    } else {
        upper.nfc().collect()
    }
}

fn is_cyrillic_vowel(c: char) -> bool {
    "АЕЁИОУЫЭЮЯІЇЄЪЬ".contains(c)
}

/// Russian passport spellings: 1997–2013 (`english` false) or the English-language one.
fn russian(word: &str, english: bool) -> String {
    let letters = upper_letters(word, false);
    let mut out = String::new();
    for (i, &c) in letters.iter().enumerate() {
        let after_vowel = i == 0 || is_cyrillic_vowel(letters[i - 1]);
        let last_two = i + 2 == letters.len() && letters[i + 1] == 'Й';
        let latin = match c {
            'И' | 'Ы' if english && last_two => "Y",
            'Й' if english && i + 1 == letters.len() && i > 0 && "ИЫ".contains(letters[i - 1]) => {
                ""
            }
            'Й' => "Y",
            'Ю' => "YU",
            'Я' => "YA",
            'Е' if english && after_vowel => "YE",
            'Ё' if english && i > 0 && "ЖЧШЩ".contains(letters[i - 1]) => "O",
            'Ё' if english => "YO",
            'Ё' => "E",
            'Ъ' | 'Ь' => "",
            'Ы' => "Y",
            _ => {
                out.push_str(&transliterate(&c.to_string()));
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

/// The Ukrainian national system.
fn ukrainian(word: &str) -> String {
    let letters = upper_letters(word, false);
    let mut out = String::new();
    for (i, &c) in letters.iter().enumerate() {
        let start = out.is_empty();
        let latin = match c {
            'Г' if i > 0 && letters[i - 1] == 'З' => "GH",
            'Г' => "H",
            'Ґ' => "G",
            'И' => "Y",
            'І' => "I",
            'Ї' | 'Є' | 'Й' | 'Ю' | 'Я' if start => match c {
                'Ї' => "YI",
                'Є' => "YE",
                'Й' => "Y",
                'Ю' => "YU",
                _ => "YA",
            },
            'Ї' | 'Й' => "I",
            'Є' => "IE",
            'Ю' => "IU",
            'Я' => "IA",
            'Ь' => "",
            _ => {
                out.push_str(&russian(&c.to_string(), false));
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

/// Greek spellings: ELOT 743, and with Χ written `chi` and Υ written `upsilon`.
fn greek(word: &str, chi: &str, upsilon: &str) -> String {
    let letters: Vec<char> = upper_letters(word, true)
        .into_iter()
        .map(|c| if c == 'ς' { 'Σ' } else { c })
        .collect();
    let voiceless = |c: Option<&char>| c.is_none_or(|c| "ΘΚΞΠΣΤΦΧΨ".contains(*c));
    let mut out = String::new();
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        let next = letters.get(i + 1).copied();
        let start = i == 0;
        let (latin, taken): (&str, usize) = match (c, next) {
            ('Α' | 'Ε' | 'Η', Some('Υ')) => {
                let v = if voiceless(letters.get(i + 2)) {
                    "F"
                } else {
                    "V"
                };
                out.push_str(match c {
                    'Α' => "A",
                    'Ε' => "E",
                    _ => "I",
                });
                (v, 2)
            }
            ('Ο', Some('Υ')) => ("OU", 2),
            ('Μ', Some('Π')) if start => ("B", 2),
            ('Ν', Some('Τ')) if start => ("D", 2),
            ('Γ', Some('Κ')) if start => ("G", 2),
            ('Γ', Some('Κ')) => ("NG", 2),
            ('Γ', Some('Γ')) => ("NG", 2),
            ('Γ', Some('Ξ')) => ("NX", 2),
            ('Γ', Some('Χ')) => {
                out.push('N');
                (chi, 2)
            }
            ('Χ', _) => (chi, 1),
            ('Υ', _) => (upsilon, 1),
            _ => {
                out.push_str(&transliterate(&c.to_string()));
                i += 1;
                continue;
            }
        };
        out.push_str(latin);
        i += taken;
    }
    out
}

/// Returns the readings of a run of Cyrillic or Greek words.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let is_greek = words
        .iter()
        .flat_map(|w| w.chars())
        .any(|c| matches!(u32::from(c), 0x0370..=0x03FF | 0x1F00..=0x1FFF));
    let spell = |f: &dyn Fn(&str) -> String| -> String {
        words
            .iter()
            .map(|w| f(w))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = vec![transliterate(&words.join(" "))];
    if is_greek {
        out.push(spell(&|w| greek(w, "CH", "Y")));
        out.push(spell(&|w| greek(w, "H", "I")));
        out.push(spell(&|w| greek(w, "KH", "Y")));
    } else {
        let ukrainian_letters = words
            .iter()
            .flat_map(|w| w.chars())
            .any(|c| "ЄєІіЇїҐґ".contains(c));
        if ukrainian_letters {
            out.push(spell(&ukrainian));
        }
        out.push(spell(&|w| russian(w, false)));
        out.push(spell(&|w| russian(w, true)));
        if !ukrainian_letters {
            out.push(spell(&ukrainian));
        }
    }
    out.retain(|r| !r.is_empty());
    super::distinct(out)
}
