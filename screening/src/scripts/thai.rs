//! Thai names: the Royal Thai General System of Transcription (RTGS), then the spellings Thai
//! passports commonly carry instead.
//!
//! Thai writes no spaces between syllables and no vowel after most consonants, so the reader
//! parses syllables by rule, without a dictionary:
//!
//! - A letter under the silent mark ์ is dropped with its vowel (ศักดิ์ SAK, วงศ์ WONG), and so is
//!   a bare consonant before it that follows a closed syllable (จันทร์ CHAN, ลักษณ์ LAK).
//! - A syllable is an optional leading vowel (เ แ โ ใ ไ, written before the consonant it is
//!   said after), an onset (a consonant; a cluster with ร ล ว such as ปร กล ขว; ห or อ leading a
//!   sonorant, silent: หญิง YING), the vowel signs around it, and a final consonant.
//! - Vowels: ะ ั า A, ิ ี I, ึ ื UE, ุ ู U, เ E, แ AE, โ O, ใ ไ AI, ำ AM, เ-า AO, เ-าะ O, อ after a
//!   consonant O, เ-อ เ-ิ OE, เ-ีย IA, เ-ือ UEA, ั-ว and a medial ว UA, รร A before a final and AN
//!   without one (สุวรรณ SUWAN); ย and ว after a vowel are I and O (ชาย CHAI, แก้ว KAEO).
//! - Initials and finals as RTGS writes them: ข ค ฆ KH, ฉ ช ฌ CH, ฐ ฑ ฒ ถ ท ธ TH, ผ พ ภ PH, ญ Y,
//!   อ silent; finals K, NG, T (every dental and ช ซ ศ ษ ส), N (ญ ณ น ร ล ฬ), P, M. The R of
//!   the clusters ศร สร ทร is silent (ศรี SI).
//! - A consonant with no vowel sign takes the inherent vowel: O when it closes with the next
//!   consonant, A when open. Where bare consonants run to the end of the word they pair from the
//!   end (กมล KA-MON, นคร NA-KHON, สมพร SOM-PHON); where they are followed by a vowelled
//!   syllable, from the start (สมชาย SOM-CHAI, วงศ์สวัสดิ์ WONG-SA-WAT). A lone consonant left
//!   at the end after a closed syllable is silent (จักร CHAK, สมุทร SAMUT), as is ร after a
//!   final other than พ ภ (เพชร PHET).
//!
//! Readings: RTGS; then the common passport spelling (OE written ER, and the silent cluster R
//! written: ประเสริฐ PRASERT, ศรี SRI, เลิศ LERT); then that spelling with PH written P and the
//! final ร written RN (สมพร SOMPORN, พงษ์ PONG). Pali and Sanskrit compounds that double a
//! consonant across syllables (วิทยา WITTHAYA) are beyond these rules.

/// One unit of Thai text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Unit {
    /// A leading vowel: เ แ โ ใ ไ.
    Lead(char),
    /// A consonant with the vowel signs written above or below it.
    Cons { c: char, marks: Vec<char> },
    /// A vowel written after its consonant: ะ า ำ ๅ.
    Follow(char),
    /// ฤ or ฦ, a syllable of its own.
    Syllabic(&'static str),
}

/// Which spelling to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    Rtgs,
    Passport,
    Plain,
}

fn is_consonant(c: char) -> bool {
    ('\u{0E01}'..='\u{0E2E}').contains(&c) && c != 'ฤ' && c != 'ฦ'
}

/// Splits a word into units, dropping silent letters and tone marks.
fn units(word: &str) -> Vec<Unit> {
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
    units
        .into_iter()
        .zip(silent)
        .filter(|(_, silent)| !silent)
        .map(|(unit, _)| unit)
        .collect()
}

fn initial(c: char) -> &'static str {
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

fn final_sound(c: char) -> &'static str {
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
fn is_cluster(first: char, second: char) -> bool {
    match second {
        'ร' => "กขคตปพบดฟศสท".contains(first),
        'ล' => "กขคปพผบฟ".contains(first),
        'ว' => "กขค".contains(first),
        _ => false,
    }
}

/// A silent ห or อ before a sonorant.
fn is_leading(first: char, second: char) -> bool {
    (first == 'ห' && "งญนมยรลว".contains(second)) || (first == 'อ' && second == 'ย')
}

/// The parser over a word's units.
struct Parser<'a> {
    u: &'a [Unit],
}

impl Parser<'_> {
    fn cons(&self, j: usize) -> Option<(char, &[char])> {
        match self.u.get(j) {
            Some(Unit::Cons { c, marks }) => Some((*c, marks.as_slice())),
            _ => None,
        }
    }

    fn bare(&self, j: usize) -> Option<char> {
        self.cons(j).filter(|(_, m)| m.is_empty()).map(|(c, _)| c)
    }

    /// True when the consonant at `j` has a vowel: signs on it, a following vowel, อ or รร
    /// acting as its vowel, or a leading vowel before it.
    fn vowelled(&self, j: usize) -> bool {
        let Some((_, marks)) = self.cons(j) else {
            return false;
        };
        !marks.is_empty()
            || matches!(self.u.get(j + 1), Some(Unit::Follow(_)))
            || (self.bare(j + 1) == Some('อ')
                && !matches!(self.u.get(j + 2), Some(Unit::Follow(_))))
            || (self.bare(j + 1) == Some('ร') && self.bare(j + 2) == Some('ร'))
            || (self.bare(j + 1) == Some('ว') && self.bare(j + 2).is_some())
            || (j > 0 && matches!(self.u.get(j - 1), Some(Unit::Lead(_))))
    }

    /// True when a syllable starts at `j` (it is no final).
    fn starts_onset(&self, j: usize) -> bool {
        match self.u.get(j) {
            Some(Unit::Cons { c, .. }) => {
                self.vowelled(j)
                    || self.cons(j + 1).is_some_and(|(next, _)| {
                        (is_cluster(*c, next) || is_leading(*c, next)) && self.vowelled(j + 1)
                    })
            }
            Some(_) => true,
            None => false,
        }
    }

    /// The bare consonants from `j` that start no syllable, and whether they run to the end.
    fn run(&self, j: usize) -> (usize, bool) {
        let mut k = j;
        while self.cons(k).is_some() && !self.starts_onset(k) {
            k += 1;
        }
        (k - j, k == self.u.len())
    }

    /// Whether the consonant at `j` closes the syllable before it.
    fn takes_final(&self, j: usize) -> bool {
        let (length, to_end) = self.run(j);
        if to_end {
            length % 2 == 1
        } else {
            length >= 1
        }
    }
}

/// Appends a final consonant's sound to a vowel.
fn close(vowel: &str, last: char) -> String {
    match final_sound(last) {
        "I" if vowel.ends_with('I') => vowel.to_owned(),
        "I" if vowel == "E" => "OEI".to_owned(),
        "O" if vowel.ends_with('O') => vowel.to_owned(),
        sound => format!("{vowel}{sound}"),
    }
}

/// Spells one word.
fn spell(units: &[Unit], spelling: Spelling) -> String {
    let p = Parser { u: units };
    let mut out = String::new();
    let mut i = 0;
    let mut closed = false;
    while i < units.len() {
        let lead = match units[i] {
            Unit::Lead(c) => {
                i += 1;
                Some(c)
            }
            Unit::Syllabic(s) => {
                out.push_str(s);
                i += 1;
                closed = false;
                continue;
            }
            _ => None,
        };
        let Some((c1, _)) = p.cons(i) else {
            i += 1;
            continue;
        };
        // The onset.
        let mut onset = initial(c1).to_owned();
        let mut silent_r = false;
        if let Some((c2, _)) = p.cons(i + 1) {
            let joins = p.vowelled(i + 1) || (lead.is_some() && p.cons(i + 2).is_some());
            if joins && is_leading(c1, c2) {
                onset = initial(c2).to_owned();
                i += 1;
            } else if joins && is_cluster(c1, c2) {
                silent_r = c2 == 'ร' && "ศสท".contains(c1);
                if c1 == 'ท' && silent_r {
                    onset = "S".to_owned();
                }
                if !silent_r || spelling != Spelling::Rtgs {
                    onset.push_str(initial(c2));
                }
                i += 1;
            }
        }
        if spelling == Spelling::Plain && onset == "PH" {
            onset = "P".to_owned();
        }
        let marks: Vec<char> = p.cons(i).map(|(_, m)| m.to_vec()).unwrap_or_default();
        let has = |m: char| marks.contains(&m);
        let last_alone = i + 1 == units.len() && lead.is_none() && marks.is_empty();
        let mut inherent_closed = false;
        i += 1;
        // The vowel; `finals` tells whether a final consonant may follow.
        let (vowel, finals): (&str, bool) = match lead {
            Some('เ') if has('\u{0E35}') && p.bare(i) == Some('ย') => {
                i += 1;
                ("IA", true)
            }
            Some('เ') if has('\u{0E37}') && p.bare(i) == Some('อ') => {
                i += 1;
                ("UEA", true)
            }
            Some('เ') if has('\u{0E34}') => ("OE", true),
            Some('เ') if units.get(i) == Some(&Unit::Follow('า')) => {
                i += 1;
                if units.get(i) == Some(&Unit::Follow('ะ')) {
                    i += 1;
                    ("O", false)
                } else {
                    ("AO", false)
                }
            }
            Some('เ' | 'แ' | 'โ') if units.get(i) == Some(&Unit::Follow('ะ')) => {
                i += 1;
                (
                    if lead == Some('เ') {
                        "E"
                    } else if lead == Some('แ') {
                        "AE"
                    } else {
                        "O"
                    },
                    false,
                )
            }
            Some('เ') if p.bare(i) == Some('อ') => {
                i += 1;
                ("OE", true)
            }
            Some('เ') => ("E", true),
            Some('แ') => ("AE", true),
            Some('โ') => ("O", true),
            Some(_) => ("AI", true),
            None if has('\u{0E31}') && p.bare(i) == Some('ว') => {
                i += 1;
                ("UA", true)
            }
            None if has('\u{0E31}') => ("A", true),
            None if has('\u{0E34}') || has('\u{0E35}') => ("I", true),
            None if has('\u{0E36}') || has('\u{0E37}') => {
                if p.bare(i) == Some('อ') {
                    i += 1;
                }
                ("UE", true)
            }
            None if has('\u{0E38}') || has('\u{0E39}') => ("U", true),
            None if has('\u{0E47}') => ("O", true),
            None => match units.get(i) {
                Some(Unit::Follow('ะ')) => {
                    i += 1;
                    ("A", false)
                }
                Some(Unit::Follow('ำ')) => {
                    i += 1;
                    ("AM", false)
                }
                Some(Unit::Follow(_)) => {
                    i += 1;
                    ("A", true)
                }
                _ if p.bare(i) == Some('อ') => {
                    i += 1;
                    ("O", true)
                }
                _ if p.bare(i) == Some('ร') && p.bare(i + 1) == Some('ร') => {
                    i += 2;
                    if p.cons(i).is_some() && !p.starts_onset(i) {
                        ("A", true)
                    } else {
                        ("AN", false)
                    }
                }
                _ if p.bare(i) == Some('ว') && p.bare(i + 1).is_some() => {
                    i += 1;
                    ("UA", true)
                }
                _ if last_alone && closed => {
                    // A lone consonant after a closed syllable at the end: silent (จักร).
                    continue;
                }
                _ if p.cons(i).is_some() && p.takes_final(i) => {
                    inherent_closed = true;
                    ("O", true)
                }
                _ => ("A", false),
            },
        };
        let mut syllable = vowel.to_owned();
        closed = false;
        let final_ok = finals && p.cons(i).is_some() && !p.starts_onset(i);
        if final_ok && (inherent_closed || p.takes_final(i) || silent_final_r(&p, i)) {
            if let Some((last, _)) = p.cons(i) {
                syllable = close(vowel, last);
                if spelling == Spelling::Plain && last == 'ร' && vowel == "O" {
                    syllable = "ORN".to_owned();
                }
                closed = !matches!(final_sound(last), "I" | "O");
                i += if silent_final_r(&p, i) { 2 } else { 1 };
            }
        }
        if spelling != Spelling::Rtgs && syllable.starts_with("OE") && !syllable.starts_with("OEI")
        {
            // The passport spelling of OE: ER (เลิศ LERT); a silent cluster R is that R.
            syllable = format!("ER{}", &syllable[2..]);
            if silent_r {
                onset.pop();
            }
        }
        out.push_str(&onset);
        out.push_str(&syllable);
    }
    out
}

/// True when the consonant at `j` is a final followed by a silent ร ending the word (เพชร).
fn silent_final_r(p: &Parser<'_>, j: usize) -> bool {
    p.bare(j).is_some_and(|c| !"พภบ".contains(c))
        && p.bare(j + 1) == Some('ร')
        && j + 2 == p.u.len()
}

/// Returns the readings of a run of Thai words: RTGS, then the common passport spellings.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let words: Vec<Vec<Unit>> = words.iter().map(|w| units(w)).collect();
    let out = [Spelling::Rtgs, Spelling::Passport, Spelling::Plain]
        .into_iter()
        .map(|spelling| {
            words
                .iter()
                .map(|w| spell(w, spelling))
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|r| !r.is_empty())
        .collect();
    super::distinct(out)
}
