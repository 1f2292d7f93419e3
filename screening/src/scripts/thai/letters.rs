//! Thai letters: splitting a word into units (leading vowels, consonants with their vowel signs,
//! following vowels), dropping tone marks and silent letters, and the RTGS tables of initials,
//! finals, clusters and silent leading consonants.

/// One unit of Thai text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Unit {
    /// A leading vowel: เ แ โ ใ ไ.
    Lead(char),
    /// A consonant with the vowel signs written above or below it.
    Cons { c: char, marks: Vec<char> },
    /// A vowel written after its consonant: ะ า ำ ๅ.
    Follow(char),
    /// ฤ or ฦ, a syllable of its own.
    Syllabic(&'static str),
}

fn is_consonant(c: char) -> bool {
    ('\u{0E01}'..='\u{0E2E}').contains(&c) && c != 'ฤ' && c != 'ฦ'
}

/// Splits a word into units, dropping silent letters and tone marks.
pub(super) fn units(word: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut silent: Vec<bool> = Vec::new();
    for c in word.chars() {
        match c {
            'เ' | 'แ' | 'โ' | 'ใ' | 'ไ' => units.push(Unit::Lead(c)),
            'ะ' | 'า' | 'ำ' | 'ๅ' => units.push(Unit::Follow(c)),
            'ฤ' => units.push(Unit::Syllabic("RI")),
            'ฦ' => units.push(Unit::Syllabic("LUE")),
            '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}' | '\u{0E4D}' => {
                if let Some(Unit::Cons { marks, .. }) = units.last_mut() {
                    marks.push(c);
                }
            }
            '\u{0E4C}' => {
                if let Some(flag) = silent.last_mut() {
                    *flag = true;
                }
            }
            _ if is_consonant(c) => units.push(Unit::Cons {
                c,
                marks: Vec::new(),
            }),
            _ => {}
        }
        silent.resize(units.len(), false);
    }
    let bare = |u: Option<&Unit>| matches!(u, Some(Unit::Cons { marks, .. }) if marks.is_empty());
    for i in 0..units.len() {
        if silent[i] && i >= 2 && bare(units.get(i - 1)) && bare(units.get(i - 2)) {
            // A bare consonant between a final and a silent letter: silent too (จันทร์).
            if i >= 3 && !bare(units.get(i - 3)) && !matches!(units[i - 3], Unit::Lead(_)) {
                silent[i - 1] = true;
            }
        }
    }
    // A dental with ิ or ุ after a long A or after ั, ending the word or before a vowelled
    // syllable, loses its vowel and closes the syllable before (ชาติ CHAT, สมบัติ SOMBAT); so
    // does ติ after ยร, whose ร is silent (เกียรติ KIAT).
    let mut unvoiced = Vec::new();
    for i in 1..units.len() {
        let Unit::Cons { c, marks } = &units[i] else {
            continue;
        };
        if !"ตธฒท".contains(*c) || !(marks == &['\u{0E34}'] || marks == &['\u{0E38}']) {
            continue;
        }
        let next_vowelled = match units.get(i + 1) {
            None | Some(Unit::Lead(_)) => true,
            Some(Unit::Cons { marks, .. }) => {
                !marks.is_empty() || matches!(units.get(i + 2), Some(Unit::Follow(_)))
            }
            _ => false,
        };
        let after_long = matches!(units[i - 1], Unit::Follow('า'))
            || matches!(&units[i - 1], Unit::Cons { marks, .. } if marks == &['\u{0E31}']);
        let after_yr = i >= 2
            && matches!(&units[i - 1], Unit::Cons { c: 'ร', marks } if marks.is_empty())
            && matches!(&units[i - 2], Unit::Cons { c: 'ย', marks } if marks.is_empty());
        if next_vowelled && (after_long || after_yr) {
            unvoiced.push(i);
            if after_yr {
                silent[i - 1] = true;
            }
        }
    }
    for i in unvoiced {
        if let Some(Unit::Cons { marks, .. }) = units.get_mut(i) {
            marks.clear();
        }
    }
    units
        .into_iter()
        .zip(silent)
        .filter(|(_, silent)| !silent)
        .map(|(unit, _)| unit)
        .collect()
}

pub(super) fn initial(c: char) -> &'static str {
    match c {
        'ก' => "K",
        'ข' | 'ฃ' | 'ค' | 'ฅ' | 'ฆ' => "KH",
        'ง' => "NG",
        'จ' | 'ฉ' | 'ช' | 'ฌ' => "CH",
        'ซ' | 'ศ' | 'ษ' | 'ส' => "S",
        'ญ' | 'ย' => "Y",
        'ฎ' | 'ด' => "D",
        'ฏ' | 'ต' => "T",
        'ฐ' | 'ฑ' | 'ฒ' | 'ถ' | 'ท' | 'ธ' => "TH",
        'ณ' | 'น' => "N",
        'บ' => "B",
        'ป' => "P",
        'ผ' | 'พ' | 'ภ' => "PH",
        'ฝ' | 'ฟ' => "F",
        'ม' => "M",
        'ร' => "R",
        'ล' | 'ฬ' => "L",
        'ว' => "W",
        'ห' | 'ฮ' => "H",
        _ => "",
    }
}

pub(super) fn final_sound(c: char) -> &'static str {
    match c {
        'ก' | 'ข' | 'ฃ' | 'ค' | 'ฅ' | 'ฆ' => "K",
        'ง' => "NG",
        'ญ' | 'ณ' | 'น' | 'ร' | 'ล' | 'ฬ' => "N",
        'บ' | 'ป' | 'พ' | 'ฟ' | 'ภ' => "P",
        'ม' => "M",
        'ย' => "I",
        'ว' => "O",
        'ห' | 'อ' | 'ฮ' => "",
        _ => "T",
    }
}

/// Onset clusters: the second consonant and the first consonants it follows.
pub(super) fn is_cluster(first: char, second: char) -> bool {
    match second {
        'ร' => "กขคตปพบดฟศสท".contains(first),
        'ล' => "กขคปพผบฟ".contains(first),
        'ว' => "กขค".contains(first),
        _ => false,
    }
}

/// A silent ห or อ before a sonorant.
pub(super) fn is_leading(first: char, second: char) -> bool {
    (first == 'ห' && "งญนมยรลว".contains(second)) || (first == 'อ' && second == 'ย')
}
