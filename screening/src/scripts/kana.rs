//! Japanese names in kana (hiragana and katakana): modified Hepburn as Japanese passports write
//! it, then the two other spellings passports and other documents carry.
//!
//! - Passport Hepburn (first): し SHI, ち CHI, つ TSU, ふ FU, じ ぢ JI, づ ZU, を O, small ゃ ゅ ょ
//!   after an I-row kana (きょ KYO, しゃ SHA, ちゅ CHU), small ぁ ぃ ぅ ぇ ぉ after a kana of
//!   katakana words (ファ FA, ティ TI, ウィ WI, シェ SHE), っ doubling the next consonant (っち
//!   TCH), ん N, but M before B, M or P (なんば NAMBA). Long vowels are not marked: おう and おお
//!   are O, うう is U, the long-vowel mark ー is dropped (とうきょう TOKYO, おおの ONO, さとう SATO,
//!   ゆうこ YUKO). う before え is no length mark (いのうえ INOUE).
//! - OH (second): a long O written OH, as passports allow on request (OHNO, SATOH, TOHKYOH).
//! - As written (third): each kana spelt out, as Japanese typists write it (OONO, SATOU, YUUKO,
//!   SHINPEI with N before P); ー repeats its vowel.
//!
//! A name in several words keeps one spelling throughout. Kanji are no part of this reader (see
//! the module above).

/// The three spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Passport,
    Oh,
    Written,
}

/// One syllable and the length marks after it.
#[derive(Debug, Clone, Default)]
struct Syllable {
    text: String,
    /// What the length mark(s) after the syllable spell when written out (U, O, or the vowel).
    long: String,
    /// A syllabic ん.
    nasal: bool,
}

/// The romanisation of a hiragana letter (katakana are moved to hiragana first).
fn romaji(c: char) -> Option<&'static str> {
    Some(match c {
        'あ' => "A",
        'い' => "I",
        'う' => "U",
        'え' => "E",
        'お' => "O",
        'か' => "KA",
        'き' => "KI",
        'く' => "KU",
        'け' => "KE",
        'こ' => "KO",
        'が' => "GA",
        'ぎ' => "GI",
        'ぐ' => "GU",
        'げ' => "GE",
        'ご' => "GO",
        'さ' => "SA",
        'し' => "SHI",
        'す' => "SU",
        'せ' => "SE",
        'そ' => "SO",
        'ざ' => "ZA",
        'じ' | 'ぢ' => "JI",
        'ず' | 'づ' => "ZU",
        'ぜ' => "ZE",
        'ぞ' => "ZO",
        'た' => "TA",
        'ち' => "CHI",
        'つ' => "TSU",
        'て' => "TE",
        'と' => "TO",
        'だ' => "DA",
        'で' => "DE",
        'ど' => "DO",
        'な' => "NA",
        'に' => "NI",
        'ぬ' => "NU",
        'ね' => "NE",
        'の' => "NO",
        'は' => "HA",
        'ひ' => "HI",
        'ふ' => "FU",
        'へ' => "HE",
        'ほ' => "HO",
        'ば' => "BA",
        'び' => "BI",
        'ぶ' => "BU",
        'べ' => "BE",
        'ぼ' => "BO",
        'ぱ' => "PA",
        'ぴ' => "PI",
        'ぷ' => "PU",
        'ぺ' => "PE",
        'ぽ' => "PO",
        'ま' => "MA",
        'み' => "MI",
        'む' => "MU",
        'め' => "ME",
        'も' => "MO",
        'や' => "YA",
        'ゆ' => "YU",
        'よ' => "YO",
        'ら' => "RA",
        'り' => "RI",
        'る' => "RU",
        'れ' => "RE",
        'ろ' => "RO",
        'わ' | 'ゎ' => "WA",
        'ゐ' => "I",
        'ゑ' => "E",
        'を' => "O",
        'ゔ' => "VU",
        'ゕ' => "KA",
        'ゖ' => "KE",
        '\u{30F7}' => "VA",
        '\u{30F8}' => "VI",
        '\u{30F9}' => "VE",
        '\u{30FA}' => "VO",
        _ => return None,
    })
}

/// Moves a katakana letter to its hiragana (the long-vowel mark and the ヷ–ヺ letters stay).
fn to_hiragana(c: char) -> char {
    match u32::from(c) {
        code @ 0x30A1..=0x30F6 | code @ 0x30FD..=0x30FE => char::from_u32(code - 0x60).unwrap_or(c),
        _ => c,
    }
}

/// The small vowels that modify the kana before them, and the vowel each gives.
fn small_vowel(c: char) -> Option<char> {
    Some(match c {
        'ぁ' => 'A',
        'ぃ' => 'I',
        'ぅ' => 'U',
        'ぇ' => 'E',
        'ぉ' => 'O',
        _ => return None,
    })
}

/// The consonant part a small vowel keeps from the syllable before it (ファ → F + A).
fn stem_for_small_vowel(previous: &str) -> String {
    match previous {
        "U" => "W".to_owned(),
        "I" => "Y".to_owned(),
        "FU" => "F".to_owned(),
        "VU" => "V".to_owned(),
        "TSU" => "TS".to_owned(),
        "TE" | "TO" => "T".to_owned(),
        "DE" | "DO" => "D".to_owned(),
        "SHI" => "SH".to_owned(),
        "CHI" => "CH".to_owned(),
        "JI" => "J".to_owned(),
        other => other.trim_end_matches(['A', 'I', 'U', 'E', 'O']).to_owned(),
    }
}

/// Splits a word into syllables.
fn syllables(word: &str) -> Vec<Syllable> {
    let chars: Vec<char> = word.chars().map(to_hiragana).collect();
    let mut out: Vec<Syllable> = Vec::with_capacity(chars.len());
    let mut double = false;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        if c == 'っ' {
            double = true;
            continue;
        }
        if c == 'ー' {
            if let Some(last) = out.last_mut() {
                if let Some(vowel) = last.text.chars().last().filter(|v| "AIUEO".contains(*v)) {
                    last.long.push(vowel);
                }
            }
            continue;
        }
        if let Some(last) = out.last_mut() {
            if matches!(c, 'ゃ' | 'ゅ' | 'ょ') {
                let vowel = match c {
                    'ゃ' => "A",
                    'ゅ' => "U",
                    _ => "O",
                };
                if let Some(stem) = last.text.strip_suffix('I').filter(|s| !s.is_empty()) {
                    let palatal =
                        stem.ends_with("SH") || stem.ends_with("CH") || stem.ends_with('J');
                    let glide = if palatal { "" } else { "Y" };
                    last.text = format!("{stem}{glide}{vowel}");
                    continue;
                }
            }
            if let Some(vowel) = small_vowel(c) {
                last.text = format!("{}{vowel}", stem_for_small_vowel(&last.text));
                continue;
            }
            // A length mark: O + う or お, U + う (not before え: いのうえ).
            let ends = last.text.chars().last();
            let lengthens =
                (ends == Some('O') && matches!(c, 'う' | 'お')) || (ends == Some('U') && c == 'う');
            if lengthens && last.long.is_empty() && !last.nasal && next != Some('え') {
                last.long.push_str(if c == 'お' { "O" } else { "U" });
                continue;
            }
            if matches!(c, 'ゝ' | 'ゞ') {
                let again = Syllable {
                    text: last.text.clone(),
                    ..Syllable::default()
                };
                out.push(again);
                continue;
            }
        }
        let text = match c {
            'ん' => "N",
            'ゃ' => "YA",
            'ゅ' => "YU",
            'ょ' => "YO",
            _ => match small_vowel(c) {
                Some('A') => "A",
                Some('I') => "I",
                Some('U') => "U",
                Some('E') => "E",
                Some(_) => "O",
                None => match romaji(c) {
                    Some(text) => text,
                    None => continue,
                },
            },
        };
        let mut text = text.to_owned();
        if std::mem::take(&mut double) && !text.starts_with(['A', 'I', 'U', 'E', 'O']) {
            let first = if text.starts_with("CH") {
                'T'
            } else {
                text.chars().next().unwrap_or('T')
            };
            text.insert(0, first);
        }
        out.push(Syllable {
            nasal: c == 'ん',
            text,
            long: String::new(),
        });
    }
    out
}

/// Spells the syllables of a word in one style.
fn spell(syllables: &[Syllable], style: Style) -> String {
    let mut out = String::new();
    for (i, syllable) in syllables.iter().enumerate() {
        let next = syllables.get(i + 1).and_then(|s| s.text.chars().next());
        if syllable.nasal && style != Style::Written && matches!(next, Some('B' | 'M' | 'P')) {
            out.push('M');
        } else {
            out.push_str(&syllable.text);
        }
        match style {
            Style::Passport => {}
            Style::Oh if syllable.text.ends_with('O') && !syllable.long.is_empty() => out.push('H'),
            Style::Oh => {}
            Style::Written => out.push_str(&syllable.long),
        }
    }
    out
}

/// Returns the readings of a run of kana words: passport Hepburn, OH, as written.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let words: Vec<Vec<Syllable>> = words.iter().map(|w| syllables(w)).collect();
    let out = [Style::Passport, Style::Oh, Style::Written]
        .into_iter()
        .map(|style| {
            words
                .iter()
                .map(|w| spell(w, style))
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|r| !r.is_empty())
        .collect();
    super::distinct(out)
}
