//! Scripts of the locales, and the romanisations of the alphabets a passport transliterates by
//! rule: Russian (ICAO 9303), Ukrainian (the national system of 2010), Greek (ELOT 743),
//! Armenian and Georgian (the national systems), each with the other romanisations travellers
//! and older documents carry (BGN-like, German, French, phonetic, Russian-mediated…).
//!
//! Names in scripts without such a rule (Arabic, Persian, Hebrew, Chinese, Japanese, Korean,
//! Thai) are written as pairs in the locale tables; their other spellings are listed there.

/// The script a locale writes its names in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin letters: the passport spelling is the name.
    Latin,
    /// Arabic script (Arabic, Persian).
    Arabic,
    /// Hebrew script.
    Hebrew,
    /// Chinese characters.
    Han,
    /// Japanese kana.
    Kana,
    /// Korean Hangul.
    Hangul,
    /// Thai script.
    Thai,
    /// Russian Cyrillic, romanised by ICAO 9303.
    Russian,
    /// Ukrainian Cyrillic, romanised by the national system of 2010.
    Ukrainian,
    /// Greek, romanised by ELOT 743.
    Greek,
    /// Armenian, romanised by the national system.
    Armenian,
    /// Georgian, romanised by the national system of 2002.
    Georgian,
}

impl Script {
    /// True for the scripts whose passport spelling is computed from the native name.
    pub fn transliterates(self) -> bool {
        matches!(
            self,
            Script::Russian
                | Script::Ukrainian
                | Script::Greek
                | Script::Armenian
                | Script::Georgian
        )
    }

    /// True for the scripts other than Latin.
    pub fn is_native(self) -> bool {
        self != Script::Latin
    }

    /// The passport spelling of a native name (empty for scripts without a rule).
    pub fn to_latin(self, native: &str) -> String {
        self.romanise(native, 0)
    }

    /// Other romanisations of a native name than the passport's (distinct, without it).
    pub fn alternatives(self, native: &str) -> Vec<String> {
        let official = self.to_latin(native);
        let mut out: Vec<String> = Vec::new();
        for system in 1..=5 {
            let other = self.romanise(native, system);
            if !other.is_empty() && other != official && !out.contains(&other) {
                out.push(other);
            }
        }
        out
    }

    /// Romanises by words with a system (0: the passport's; others: variants).
    fn romanise(self, native: &str, system: u8) -> String {
        let word = |w: &str| -> String {
            let chars: Vec<char> = w.chars().flat_map(char::to_uppercase).collect();
            match self {
                Script::Russian => super::cyrillic::russian(&chars, system),
                Script::Ukrainian => super::cyrillic::ukrainian(&chars, system),
                Script::Greek => greek(&chars, system),
                Script::Armenian => armenian(w, system),
                Script::Georgian => georgian(w, system),
                _ => String::new(),
            }
        };
        native.split(' ').map(word).collect::<Vec<_>>().join(" ")
    }
}

/// Greek: ELOT 743 (system 0); 1 phonetic (η, υ, ει, οι as I), 2 χ as KH, 3 χ as H, 4 μπ/ντ/γκ
/// as B/D/G.
fn greek(chars: &[char], system: u8) -> String {
    let voiceless = |c: Option<&char>| {
        c.is_none_or(|c| matches!(c, 'Θ' | 'Κ' | 'Ξ' | 'Π' | 'Σ' | 'Τ' | 'Φ' | 'Χ' | 'Ψ'))
    };
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1);
        let pair = (c, next.copied().unwrap_or(' '));
        let two = |out: &mut String, s: &str, i: &mut usize| {
            out.push_str(s);
            *i += 2;
        };
        match pair {
            ('Α' | 'Ε' | 'Η', 'Υ') => {
                let vowel = match c {
                    'Α' => "A",
                    'Ε' => "E",
                    _ => "I",
                };
                out.push_str(vowel);
                out.push(if voiceless(chars.get(i + 2)) {
                    'F'
                } else {
                    'V'
                });
                i += 2;
            }
            ('Ο', 'Υ') => two(&mut out, if system == 1 { "U" } else { "OU" }, &mut i),
            ('Ε' | 'Ο', 'Ι') if system == 1 => two(&mut out, "I", &mut i),
            ('Γ', 'Γ') => two(&mut out, "NG", &mut i),
            ('Γ', 'Χ') => two(&mut out, "NCH", &mut i),
            ('Γ', 'Ξ') => two(&mut out, "NX", &mut i),
            ('Μ', 'Π') if i == 0 || system == 4 => two(&mut out, "B", &mut i),
            ('Ν', 'Τ') if i == 0 || system == 4 => two(&mut out, "D", &mut i),
            ('Γ', 'Κ') if i == 0 || system == 4 => two(&mut out, "G", &mut i),
            _ => {
                out.push_str(match c {
                    'Α' => "A",
                    'Β' => "V",
                    'Γ' => "G",
                    'Δ' => "D",
                    'Ε' => "E",
                    'Ζ' => "Z",
                    'Η' => "I",
                    'Θ' => "TH",
                    'Ι' => "I",
                    'Κ' => "K",
                    'Λ' => "L",
                    'Μ' => "M",
                    'Ν' => "N",
                    'Ξ' => "X",
                    'Ο' => "O",
                    'Π' => "P",
                    'Ρ' => "R",
                    'Σ' => "S",
                    'Τ' => "T",
                    'Υ' if system == 1 => "I",
                    'Υ' => "Y",
                    'Φ' => "F",
                    'Χ' if system == 2 => "KH",
                    'Χ' if system == 3 => "H",
                    'Χ' => "CH",
                    'Ψ' => "PS",
                    'Ω' => "O",
                    _ => "",
                });
                i += 1;
            }
        }
    }
    out
}

/// Armenian: the national system (0); 1 western/diaspora (IAN, OU, TCH, DJ), 2 only -YAN as
/// -IAN, 3 no initial Y before E and no initial V before O.
fn armenian(word: &str, system: u8) -> String {
    let chars: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let initial = i == 0;
        if c == 'ո' && chars.get(i + 1) == Some(&'ւ') {
            out.push_str(if system == 1 { "OU" } else { "U" });
            i += 2;
            continue;
        }
        out.push_str(match c {
            'ա' => "A",
            'բ' => "B",
            'գ' => "G",
            'դ' => "D",
            'ե' if initial && system != 3 => "YE",
            'ե' | 'է' => "E",
            'զ' => "Z",
            'ը' => "Y",
            'թ' | 'տ' => "T",
            'ժ' => "ZH",
            'ի' => "I",
            'լ' => "L",
            'խ' => "KH",
            'ծ' | 'ց' => "TS",
            'կ' | 'ք' => "K",
            'հ' => "H",
            'ձ' => "DZ",
            'ղ' => "GH",
            'ճ' | 'չ' if system == 1 => "TCH",
            'ճ' | 'չ' => "CH",
            'մ' => "M",
            'յ' if (system == 1 || system == 2) && chars.get(i + 1) == Some(&'ա') => "I",
            'յ' => "Y",
            'ն' => "N",
            'շ' => "SH",
            'ո' if initial && system != 3 => "VO",
            'ո' | 'օ' => "O",
            'պ' | 'փ' => "P",
            'ջ' if system == 1 => "DJ",
            'ջ' => "J",
            'ռ' | 'ր' => "R",
            'ս' => "S",
            'վ' | 'ւ' => "V",
            'և' if initial => "YEV",
            'և' => "EV",
            'ֆ' => "F",
            _ => "",
        });
        i += 1;
    }
    out
}

/// Georgian: the national system of 2002 (0); 1 Russian-mediated (ყ as K, ღ as G, ჯ as DZH, ხ
/// as KH), 2 ხ as H and ყ as Y, 3 ჯ as DJ and ჭ/ჩ as TCH.
fn georgian(word: &str, system: u8) -> String {
    word.chars()
        .map(|c| match c {
            'ა' => "A",
            'ბ' => "B",
            'გ' => "G",
            'დ' => "D",
            'ე' => "E",
            'ვ' => "V",
            'ზ' => "Z",
            'თ' | 'ტ' => "T",
            'ი' => "I",
            'კ' | 'ქ' => "K",
            'ლ' => "L",
            'მ' => "M",
            'ნ' => "N",
            'ო' => "O",
            'პ' | 'ფ' => "P",
            'ჟ' => "ZH",
            'რ' => "R",
            'ს' => "S",
            'უ' => "U",
            'ღ' if system == 1 => "G",
            'ღ' => "GH",
            'ყ' if system == 1 => "K",
            'ყ' if system == 2 => "Y",
            'ყ' => "Q",
            'შ' => "SH",
            'ჩ' | 'ჭ' if system == 3 => "TCH",
            'ჩ' | 'ჭ' => "CH",
            'ც' | 'წ' => "TS",
            'ძ' => "DZ",
            'ხ' if system == 2 => "H",
            'ხ' => "KH",
            'ჯ' if system == 1 => "DZH",
            'ჯ' if system == 3 => "DJ",
            'ჯ' => "J",
            'ჰ' => "H",
            _ => "",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greek_follows_elot() {
        assert_eq!(Script::Greek.to_latin("ΕΥΑΓΓΕΛΟΣ"), "EVANGELOS");
        assert_eq!(Script::Greek.to_latin("ΕΛΕΥΘΕΡΙΑ"), "ELEFTHERIA");
        assert_eq!(Script::Greek.to_latin("ΠΑΠΑΔΟΠΟΥΛΟΥ"), "PAPADOPOULOU");
        assert_eq!(Script::Greek.to_latin("ΧΡΗΣΤΟΣ"), "CHRISTOS");
        assert!(Script::Greek
            .alternatives("ΧΡΗΣΤΟΣ")
            .contains(&"HRISTOS".to_owned()));
    }

    #[test]
    fn armenian_and_georgian() {
        assert_eq!(Script::Armenian.to_latin("Հովհաննիսյան"), "HOVHANNISYAN");
        assert_eq!(Script::Armenian.to_latin("Երեմյան"), "YEREMYAN");
        assert!(Script::Armenian
            .alternatives("Պետրոսյան")
            .contains(&"PETROSIAN".to_owned()));
        assert_eq!(Script::Georgian.to_latin("ბერიძე"), "BERIDZE");
        assert_eq!(Script::Georgian.to_latin("გელაშვილი"), "GELASHVILI");
    }
}
