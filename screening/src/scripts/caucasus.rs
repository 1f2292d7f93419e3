//! Armenian and Georgian names: the national passport transliterations and their common
//! variants.
//!
//! Armenian (upper or lower case): Ա A, Բ B, Գ G, Դ D, Ե E (YE at the start of a word), Զ Z,
//! Է E, Ը Y, Թ T, Ժ ZH, Ի I, Լ L, Խ KH, Ծ TS, Կ K, Հ H, Ձ DZ, Ղ GH, Ճ CH, Մ M, Յ Y, Ն N, Շ SH,
//! Ո O (VO at the start of a word), Չ CH, Պ P, Ջ J, Ռ R, Ս S, Վ V, Տ T, Ր R, Ց TS, Ւ V,
//! Փ P, Ք K, Օ O, Ֆ F, ՈՒ U, և EV (YEV at the start). Readings: the national system
//! (ՊԵՏՐՈՍՅԱՆ PETROSYAN, ՅՈՒՐԻ YURI); then ՈՒ written OU (YOURI); then -ՅԱՆ written -IAN, as the
//! older and diaspora spellings do (PETROSIAN).
//!
//! Georgian (Mkhedruli, and Mtavruli capitals): ა A, ბ B, გ G, დ D, ე E, ვ V, ზ Z, თ T, ი I,
//! კ K, ლ L, მ M, ნ N, ო O, პ P, ჟ ZH, რ R, ს S, ტ T, უ U, ფ P, ქ K, ღ GH, ყ Q, შ SH, ჩ CH,
//! ც TS, ძ DZ, წ TS, ჭ CH, ხ KH, ჯ J, ჰ H; the national system writes no apostrophes for the
//! ejectives, and passports none at all. Readings: the national system (გიორგი GIORGI,
//! ყიფიანი QIPIANI), then ყ written K (KIPIANI).

/// Armenian spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Armenian {
    National,
    Ou,
    Ian,
}

fn armenian_letter(c: char, start: bool) -> Option<&'static str> {
    Some(match c {
        'ա' => "A",
        'բ' => "B",
        'գ' => "G",
        'դ' => "D",
        'ե' if start => "YE",
        'ե' | 'է' => "E",
        'զ' => "Z",
        'ը' | 'յ' => "Y",
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
        'ճ' | 'չ' => "CH",
        'մ' => "M",
        'ն' => "N",
        'շ' => "SH",
        'ո' if start => "VO",
        'ո' | 'օ' => "O",
        'պ' | 'փ' => "P",
        'ջ' => "J",
        'ռ' | 'ր' => "R",
        'ս' => "S",
        'վ' | 'ւ' => "V",
        'ֆ' => "F",
        'և' if start => "YEV",
        'և' => "EV",
        _ => return None,
    })
}

fn spell_armenian(word: &[char], spelling: Armenian) -> String {
    let mut out = String::with_capacity(word.len() * 2);
    let mut i = 0;
    while i < word.len() {
        let c = word[i];
        let start = out.is_empty();
        if c == 'ո' && word.get(i + 1) == Some(&'ւ') {
            out.push_str(if spelling == Armenian::Ou { "OU" } else { "U" });
            i += 2;
            continue;
        }
        if spelling == Armenian::Ian && !start && word[i..] == ['յ', 'ա', 'ն'] {
            out.push_str("IAN");
            break;
        }
        if let Some(latin) = armenian_letter(c, start) {
            out.push_str(latin);
        }
        i += 1;
    }
    out
}

/// Returns the readings of a run of Armenian words.
pub(crate) fn armenian_readings(words: &[&str]) -> Vec<String> {
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect();
    let out = [Armenian::National, Armenian::Ou, Armenian::Ian]
        .into_iter()
        .map(|spelling| join(words.iter().map(|w| spell_armenian(w, spelling))))
        .collect();
    super::distinct(out)
}

fn georgian_letter(c: char, q: &'static str) -> Option<&'static str> {
    Some(match c {
        'ა' => "A",
        'ბ' => "B",
        'გ' => "G",
        'დ' => "D",
        'ე' | 'ჱ' => "E",
        'ვ' => "V",
        'ზ' => "Z",
        'თ' | 'ტ' => "T",
        'ი' => "I",
        'კ' | 'ქ' => "K",
        'ლ' => "L",
        'მ' => "M",
        'ნ' => "N",
        'ო' | 'ჵ' => "O",
        'პ' | 'ფ' => "P",
        'ჟ' => "ZH",
        'რ' => "R",
        'ს' => "S",
        'უ' | 'ჳ' => "U",
        'ღ' => "GH",
        'ყ' => q,
        'შ' => "SH",
        'ჩ' | 'ჭ' => "CH",
        'ც' | 'წ' => "TS",
        'ძ' => "DZ",
        'ხ' | 'ჴ' => "KH",
        'ჯ' => "J",
        'ჰ' => "H",
        'ჲ' | 'ჷ' => "Y",
        'ჶ' => "F",
        _ => return None,
    })
}

/// Returns the readings of a run of Georgian words.
pub(crate) fn georgian_readings(words: &[&str]) -> Vec<String> {
    let out = ["Q", "K"]
        .into_iter()
        .map(|q| {
            join(words.iter().map(|w| {
                w.chars()
                    .flat_map(char::to_lowercase)
                    .filter_map(|c| georgian_letter(c, q))
                    .collect::<String>()
            }))
        })
        .collect();
    super::distinct(out)
}

/// Joins the non-empty words with spaces.
fn join(words: impl Iterator<Item = String>) -> String {
    words
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
