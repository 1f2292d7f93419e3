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
//! - A leading เ แ โ before two consonants that make no cluster belongs to the second when that
//!   one bears the rest of the vowel or closes with a third; the first is then a syllable with A
//!   (เจริญ CHAROEN, เฉลิม CHALOEM, เกษม KASEM). ทร at the start of a word is S (ทรง SONG).
//! - A dental with ิ or ุ after a long A or after ั, at the end of a word or before a vowelled
//!   syllable, closes the syllable before and its vowel is silent (ชาติ CHAT, สมบัติ SOMBAT); so
//!   after ยร with a silent ร (เกียรติ KIAT).
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
//! consonant across syllables (วิทยา WITTHAYA, read WITYA) or link syllables with A (ธนพล
//! THANAPHON, read THONPHON) are beyond these rules: they need a dictionary.

mod letters;

use letters::{final_sound, initial, is_cluster, is_leading, units, Unit};

/// Which spelling to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    Rtgs,
    Passport,
    Plain,
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
    // A leading vowel carried over to the second consonant (เจริญ CHA-ROEN).
    let mut carried: Option<char> = None;
    while i < units.len() {
        let lead = match units[i] {
            _ if carried.is_some() => carried.take(),
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
        // A leading เ แ โ before two consonants that make no cluster belongs to the second
        // when that one bears the vowel's other part or closes with a third consonant; the first
        // is a syllable of its own with A (เจริญ CHAROEN, เฉลิม CHALOEM, เกษม KASEM), but
        // not before a final with a silent ร (เพชร PHET).
        if let (Some(l), Some((c2, m2)), Some((_, m1))) = (lead, p.cons(i + 1), p.cons(i)) {
            let vowel_on_second = l == 'เ'
                && m2
                    .iter()
                    .any(|m| matches!(m, '\u{0E34}' | '\u{0E35}' | '\u{0E37}' | '\u{0E47}'));
            let closes = matches!(l, 'เ' | 'แ' | 'โ')
                && m2.is_empty()
                && p.bare(i + 2)
                    .is_some_and(|c3| c3 != 'ร' || i + 3 < units.len())
                && !p.starts_onset(i + 2)
                && (i + 3 == units.len() || p.starts_onset(i + 3));
            if m1.is_empty()
                && !is_cluster(c1, c2)
                && !is_leading(c1, c2)
                && (vowel_on_second || closes)
            {
                let first = initial(c1);
                out.push_str(if spelling == Spelling::Plain && first == "PH" {
                    "P"
                } else {
                    first
                });
                out.push('A');
                carried = Some(l);
                closed = false;
                i += 1;
                continue;
            }
        }
        // The onset.
        let mut onset = initial(c1).to_owned();
        let mut silent_r = false;
        if let Some((c2, _)) = p.cons(i + 1) {
            // ทร at the start of a word is S (ทรง SONG).
            let joins = p.vowelled(i + 1)
                || (lead.is_some() && p.cons(i + 2).is_some())
                || (i == 0 && c1 == 'ท' && c2 == 'ร' && p.cons(i + 2).is_some());
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
