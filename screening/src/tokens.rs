//! Name tokens for matching: ICAO transliteration, titles and particles removed, and the keys
//! that make variants meet in the index.
//!
//! A name becomes *tokens* (MOHAMMED, AL RASHID → MOHAMMED, RASHID). Each token has a
//! *skeleton*: a consonant key that transliteration variants share (MOHAMMED, MUHAMMAD, MOHAMED →
//! MHMD; JOERG, JORG → JRG; ALEKSANDR, ALEXANDER, OLEKSANDR → LKSNDR). Index keys are the exact
//! token, its skeleton, the token with any one letter deleted (two for long tokens: any edit on
//! either side still shares a key), and the skeleton of the formal name a nickname stands for.

use paxscreen_ingest::normalise::transliterate;

use crate::nicknames;

/// Titles dropped from names before matching.
const TITLES: &[&str] = &[
    "MR", "MRS", "MS", "MISS", "MSTR", "MASTER", "DR", "PROF", "SIR", "MME", "MLLE", "REV", "CAPT",
    "CHD", "INF", "INFT", "MX", "SHEIKH", "SHAIKH",
];

/// Particles: written apart or joined by senders (AL RASHID / ALRASHID / AL-RASHID); a particle
/// written apart is joined to the token that follows, so both spellings meet.
const PARTICLES: &[&str] = &[
    "AL", "EL", "UL", "ASH", "AS", "AD", "AR", "AZ", "AT", "AN", "BIN", "IBN", "BINT", "BINTI",
    "BEN", "ABU", "ABD", "ABDUL", "ABDEL", "ABDUR", "ABDOUL", "VAN", "VON", "DER", "DEN", "DE",
    "DA", "DI", "DOS", "DAS", "DEL", "DELLA", "LA", "LE", "LOS", "LAS", "DU", "DES", "MC", "MAC",
    "O", "TER", "TEN",
];

/// Particle prefixes whose remainder is also a form of the token (ALRASHID ~ RASHID), longest
/// first. Short Romance particles (DE, DI, DA) are left out: DENNIS and DIANA are not DE NNIS.
const STRIPPABLE_PREFIXES: &[&str] = &[
    "VANDER", "VANDEN", "DELLA", "DELOS", "DELAS", "DELA", "ABDUL", "ABDEL", "ABDUR", "BINTI",
    "BINT", "VAN", "VON", "ABU", "BIN", "IBN", "BEN", "MAC", "DOS", "DAS", "DEL", "DES", "DER",
    "DEN", "TER", "TEN", "LOS", "LAS", "AL", "EL", "UL", "MC", "DE", "DI", "DA", "DU", "LA", "LE",
    "O",
];

/// Prefixes that are also the start of many ordinary names (DENNIS, DANIEL, OMAR, LAURA,
/// DERRICK): stripped only when at least five letters remain (four after the three-letter ones:
/// DOS REIS).
const SHORT_PREFIXES: &[&str] = &[
    "DE", "DI", "DA", "DU", "LA", "LE", "O", "DEL", "DOS", "DAS", "DES", "DER", "DEN", "TER",
    "TEN", "LOS", "LAS",
];

/// Splits a full name into matching tokens: transliterated, titles removed, particles written
/// apart joined to the next token. When removing titles would leave nothing, they are kept.
pub fn name_tokens(name: &str) -> Vec<String> {
    let transliterated = transliterate(name);
    let words: Vec<&str> = transliterated
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !TITLES.contains(w))
        .collect();
    let words = if kept.is_empty() { words } else { kept };
    let mut tokens = Vec::with_capacity(words.len());
    let mut pending = String::new();
    for (i, word) in words.iter().enumerate() {
        let is_last = i + 1 == words.len();
        // A particle joins a following word of three letters or more, or another particle (DE LA
        // CRUZ), never an initial; the Irish O only a name starting with a consonant (O NEILL,
        // not the initial of EMMANUEL O ADEYEMI). BEN first in a name is the given name, LE the
        // Vietnamese surname.
        let joins = words.get(i + 1).is_some_and(|next| {
            (next.len() >= 3 || (next.len() == 2 && PARTICLES.contains(next)))
                && (*word != "O" || next.bytes().next().is_some_and(|b| !is_vowel(b)))
        });
        let given_name = i == 0 && matches!(*word, "BEN" | "LE");
        if PARTICLES.contains(word) && !is_last && joins && !given_name {
            pending.push_str(word);
            continue;
        }
        if pending.is_empty() {
            tokens.push((*word).to_owned());
        } else {
            pending.push_str(word);
            tokens.push(std::mem::take(&mut pending));
        }
    }
    tokens
}

/// Characters of a name from which it may have been cut short by a passport's machine-readable
/// zone: the zone of an identity card holds 30 characters of name, a passport's 39, counting the
/// separators (`SURNAME<<GIVEN<NAMES`); a name cut there has lost its end.
pub const ZONE_NAME_CHARS: usize = 28;

/// Returns true when a name of these tokens is as long as a machine-readable zone holds (see
/// [`ZONE_NAME_CHARS`]), so that its last tokens may have been cut short.
pub fn fills_zone<'a>(tokens: impl Iterator<Item = &'a str>) -> bool {
    let (letters, count) =
        tokens.fold((0, 0), |(letters, count), t| (letters + t.len(), count + 1));
    letters + count >= ZONE_NAME_CHARS
}

/// Longest syllable that [`joined_variants`] joins to its neighbour.
const JOINABLE_MAX_LEN: usize = 5;

/// Returns the names that joining two adjacent syllables of a name gives: East Asian given names
/// are written in one word, hyphenated or in two (SOOJIN / SOO-JIN / SOO JIN, MEILING / MEI
/// LING). Both must be syllables (two to five letters, one run of vowels: DONG, HYUN, XIAO, not
/// OMAR or ALI), in a name of three tokens or more, so that the joined name keeps two; each
/// variant joins one pair (KIM DONG HYUN gives KIMDONG HYUN and KIM DONGHYUN). Yields the
/// position of the joined token with each variant.
pub fn joined_variants(tokens: &[String]) -> impl Iterator<Item = (usize, Vec<String>)> + '_ {
    let joinable =
        |t: &String| (2..=JOINABLE_MAX_LEN).contains(&t.len()) && vowel_runs(t.as_bytes()) == 1;
    (0..tokens.len().saturating_sub(1))
        .filter(move |&i| tokens.len() >= 3 && joinable(&tokens[i]) && joinable(&tokens[i + 1]))
        .map(move |i| (i, joined_at(tokens, i)))
}

/// Returns the tokens with tokens `i` and `i + 1` joined.
fn joined_at(tokens: &[String], i: usize) -> Vec<String> {
    let mut joined = Vec::with_capacity(tokens.len() - 1);
    joined.extend_from_slice(&tokens[..i]);
    joined.push(format!("{}{}", tokens[i], tokens[i + 1]));
    joined.extend_from_slice(&tokens[i + 2..]);
    joined
}

/// Returns what remains of a token after a particle prefix (ALRASHID → RASHID), when at least
/// three letters remain and they start with a consonant.
pub fn particle_remainder(token: &str) -> Option<&str> {
    STRIPPABLE_PREFIXES.iter().find_map(|prefix| {
        let rest = token.strip_prefix(prefix)?;
        let starts_with_consonant = rest.bytes().next().is_some_and(|b| !is_vowel(b));
        let minimum = match prefix.len() {
            _ if !SHORT_PREFIXES.contains(prefix) => 3,
            3 => 4,
            _ => 5,
        };
        // BIN ISMAIL, ABU OMAR, DEL ANTONERI, DE ALVAREZ: a name after these may start with a
        // vowel, when four letters are left at least (five after the short particles). Not
        // after AL, EL, UL, LE, BEN, which start too many names (ALEKSANDR, ELENA, LEONARDO).
        let vowel_allowed = (VOWEL_REST_PREFIXES.contains(prefix) && rest.len() >= 4)
            || (SHORT_PREFIXES.contains(prefix)
                && !matches!(*prefix, "LE" | "O")
                && rest.len() >= 5);
        (rest.len() >= minimum && (starts_with_consonant || vowel_allowed)).then_some(rest)
    })
}

/// Particle prefixes after which the name may start with a vowel (four letters or more).
/// (BEN is left out: written joined, it starts Maghrebi family names, BENANNI / BENNANI.)
const VOWEL_REST_PREFIXES: &[&str] = &["BIN", "BINT", "BINTI", "IBN", "ABU"];

/// Counts the runs of vowels of a token (Y counts as a vowel).
pub(crate) fn vowel_runs(token: &[u8]) -> usize {
    let mut runs = 0;
    let mut previous_vowel = false;
    for &c in token {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            runs += 1;
        }
        previous_vowel = vowel;
    }
    runs
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y')
}

/// Returns the consonant skeleton of an upper-case A–Z token.
///
/// Digraphs are folded (PH→F, TH→T, DH→D, DJ→D, KH→K, GH→K, CH/SH/SCH/TCH/TSCH→X, ZH→J, CK→K), C
/// before E/I/Y sounds as S and otherwise as K, Q→K, X→KS, W→V; at the start YU/IU, YA/IA,
/// YO/IO are J and YE, YI, IE lose their Y or I; vowels (and Y after a consonant) are dropped and
/// doubled consonants collapsed. An all-vowel token keeps its first letter.
pub fn skeleton(token: &str) -> String {
    let bytes = token.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let push = |out: &mut Vec<u8>, c: u8| {
        if out.last() != Some(&c) {
            out.push(c);
        }
    };
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        let after = bytes.get(i + 2).copied();
        let (code, advance): (Option<u8>, usize) = match (c, next, after) {
            // German spellings of Slavic names: TSCH for CH (SHEVCHUK / SCHEWTSCHUK).
            (b'T', Some(b'S'), Some(b'C')) if bytes.get(i + 3) == Some(&b'H') => (Some(b'X'), 4),
            (b'S', Some(b'C'), Some(b'H')) | (b'T', Some(b'C'), Some(b'H')) => (Some(b'X'), 3),
            (b'C' | b'S', Some(b'H'), _) => (Some(b'X'), 2),
            (b'P', Some(b'H'), _) => (Some(b'F'), 2),
            (b'T', Some(b'H'), _) => (Some(b'T'), 2),
            (b'D', Some(b'H'), _) => (Some(b'D'), 2),
            (b'K', Some(b'H'), _) | (b'C', Some(b'K'), _) => (Some(b'K'), 2),
            // GH and Q write the same Persian letter (GHORBANI / QORBANI, SADEGHI / SADEQI).
            (b'G', Some(b'H'), _) => (Some(b'K'), 2),
            (b'Z', Some(b'H'), _) => (Some(b'J'), 2),
            // Serbian Đ written DJ or, as ICAO writes it, D (DJORDJE / DORDE).
            (b'D', Some(b'J'), _) => (Some(b'D'), 2),
            (b'C', Some(b'E' | b'I' | b'Y'), _) => (Some(b'S'), 1),
            (b'C' | b'Q', _, _) => (Some(b'K'), 1),
            // GADDAFI / QADHAFI / KADHAFI: the initial guttural varies between spellings, and
            // Ukrainian writes H where Russian writes G (HRYTSENKO / GRITSENKO).
            (b'G', _, _) if i == 0 => (Some(b'K'), 1),
            (b'H', Some(b'R' | b'L' | b'N'), _) if i == 0 => (Some(b'K'), 1),
            // YE at the start is E in other romanisations (YEVGENY / EVGENII, YELENA / ELENA), YI
            // is I (YITZHAK / ITZHAK).
            (b'Y', Some(b'E' | b'I'), _) if i == 0 => (None, 1),
            // ICAO writes Ю, Я, Ё at the start as IU, IA, IO where others write YU, YA, YO
            // (IURII / YURI, IAKOV / YAKOV); IE is YE, dropped as above.
            (b'I', Some(b'A' | b'O' | b'U'), _) if i == 0 => (Some(b'J'), 1),
            // A final H after a vowel is not pronounced (FATEMEH / FATIMA).
            (b'H', None, _) if i > 0 && is_vowel(bytes[i - 1]) => (None, 1),
            (b'X', _, _) => {
                push(&mut out, b'K');
                (Some(b'S'), 1)
            }
            (b'W', _, _) => (Some(b'V'), 1),
            // Y before a vowel at the start of a word is a consonant (YUSUF, YOUSSEF).
            (b'Y', Some(n), _) if i == 0 && is_vowel(n) => (Some(b'J'), 1),
            (b'J', _, _) => (Some(b'J'), 1),
            (v, _, _) if is_vowel(v) => (None, 1),
            (other, _, _) => (Some(other), 1),
        };
        if let Some(code) = code {
            push(&mut out, code);
        }
        i += advance;
    }
    if out.is_empty() {
        if let Some(&first) = bytes.first() {
            out.push(first);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Returns the consonants of a token as a script without short vowels writes them, for comparing
/// a consonantal reading (MHMD, KHN for محمد, כהן) with a Latin name: the [`skeleton`] with every
/// H left out (Latin writes H in digraphs the other script writes as one letter, KH, and leaves
/// some it writes unwritten, COHEN / KHN) and doubles collapsed.
pub fn consonants(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    for c in skeleton(token).chars().filter(|&c| c != 'H') {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Folds spellings that romanisations and national conventions write differently onto one form,
/// so that two tokens folding alike are spelling variants of one name:
/// - vowel digraphs: the ICAO umlaut spellings AE, OE, UE, AA (JOERG / JORG, MUELLER / MULLER,
///   OESTERGAARD / OSTERGARD), French OU for U (YOUSSEF / YUSSEF), EE for I and OO for U
///   (KHALEEL / KHALIL, MAHMOOD / MAHMUD, JIHOON / JIHUN), II for I (IULIIA / YULIA);
/// - at the start, ICAO's IA, IE, IO, IU for YA, YE, YO, YU (IURII / YURI, IAKOV / YAKOV);
/// - in tokens of five letters or more: Y after the first letter and not before a vowel as I
///   (SERGEY / SERGEI, DMITRIY / DMITRII / DMITRI), Y dropped between I and a vowel (YULIYA /
///   YULIA), YI at the start as I (YITZHAK / ITZHAK), the German W for V (WOLKOW / VOLKOV).
///
/// Every rule keeps the consonant [`skeleton`]: tokens that fold alike share a skeleton, and so
/// an index key (a test checks this on random spellings).
pub fn fold_spellings(token: &[u8]) -> Vec<u8> {
    let n = token.len();
    let silent = |i: usize, b: u8| {
        is_vowel(b) || (b == b'H' && i + 1 == n && i > 0 && is_vowel(token[i - 1]))
    };
    if token.iter().enumerate().all(|(i, &b)| silent(i, b)) {
        // The skeleton of a token without a sounded consonant is its first letter, which
        // folding could change.
        return token.to_vec();
    }
    let long = n >= 5;
    let mut out: Vec<u8> = Vec::with_capacity(n);
    for (i, &c) in token.iter().enumerate() {
        let next = token.get(i + 1).copied();
        let next_is_vowel = next.is_some_and(|b| matches!(b, b'A' | b'E' | b'I' | b'O' | b'U'));
        match (c, out.last().copied()) {
            (b'I', _) if i == 0 && n >= 4 && next_is_vowel && next != Some(b'I') => out.push(b'Y'),
            (b'Y', _) if i == 0 && long && next == Some(b'I') && !is_vowel(token[2]) => {}
            (b'W', _) if long => out.push(b'V'),
            (b'Y', Some(b'I')) if i > 1 && long && next_is_vowel => {}
            (b'Y', previous) if i > 1 && long && !next_is_vowel => {
                if previous != Some(b'I') {
                    out.push(b'I');
                }
            }
            (b'E', Some(b'A' | b'O' | b'U')) | (b'A', Some(b'A')) => {}
            // Not at the start, where an I before a vowel reads as a consonant.
            (b'I', Some(b'I')) if out.len() > 1 => {}
            (b'E', Some(b'E')) if out.len() > 1 => {
                out.pop();
                out.push(b'I');
            }
            (b'U' | b'O', Some(b'O')) => {
                out.pop();
                out.push(b'U');
            }
            _ => out.push(c),
        }
    }
    out
}

/// Shortest token whose two-letter deletions are index keys (see [`edit_keys_depth`]).
pub const TWO_EDIT_MIN_LEN: usize = 8;

/// Returns how many letters are deleted to make a token's spelling keys (see [`token_keys`]):
/// one for tokens of two letters or more, two for tokens of [`TWO_EDIT_MIN_LEN`] letters or
/// more. Two tokens that align by spelling (see `similarity::edits`) are at most that many edits
/// apart, and so share a key.
pub fn edit_keys_depth(token: &str) -> usize {
    match token.len() {
        0 | 1 => 0,
        n if n >= TWO_EDIT_MIN_LEN => 2,
        _ => 1,
    }
}

/// What a key stands for: exact and phonetic keys are precise; deletion and anagram keys gather
/// near spellings and may be skipped when a key is shared by too many tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// The token itself, a formal name for a nickname, or the part after a particle.
    Exact,
    /// A consonant skeleton.
    Skeleton,
    /// A skeleton or token with one character deleted, or the token's letters sorted.
    Near,
    /// The skeleton, as carried by tokens read from a script without short vowels (see
    /// [`crate::similarity::TokenFeatures::consonantal`]): every token asks for it, only those
    /// tokens are filed under it.
    Consonantal,
}

/// Returns the index keys of a token, as 64-bit hashes with their kind.
pub fn token_keys(token: &str) -> Vec<(u64, KeyKind)> {
    let skel = skeleton(token);
    let mut keys = vec![(hash_key(b'T', token), KeyKind::Exact)];
    // A skeleton of one or two consonants (ALI → L, AMINA → MN) is shared by thousands of tokens;
    // short tokens only align when nearly exact, so only tokens of five letters or more carry it.
    if skel.len() >= 3 || token.len() >= 5 {
        keys.push((hash_key(b'S', &skel), KeyKind::Skeleton));
    }
    // Every spelling one edit away (two for long tokens) shares a key made by deleting letters:
    // a letter inserted, deleted or replaced anywhere, or two letters swapped, is one deletion
    // on each side (SMITH / SMIHT meet at SMIH, ROSSI / ROSSO at ROSS, VOGT / VOUGT at VOGT).
    let bytes = token.as_bytes();
    let depth = edit_keys_depth(token);
    for i in (0..bytes.len()).filter(|_| depth >= 1) {
        keys.push((hash_skipping(b'T', bytes, i, usize::MAX), KeyKind::Near));
        for j in (i + 1..bytes.len()).filter(|_| depth >= 2) {
            keys.push((hash_skipping(b'T', bytes, i, j), KeyKind::Near));
        }
    }
    if skel.len() < 3 {
        // Tokens folding alike share a skeleton (see `fold_spellings`), but one this short has
        // no key in tokens under five letters (YURI / IURII): the folded spelling serves.
        let folded = fold_spellings(bytes);
        if folded != bytes {
            keys.push((
                hash_key(b'T', std::str::from_utf8(&folded).unwrap_or_default()),
                KeyKind::Exact,
            ));
        }
    }
    // RN read as M by OCR (BARNETT / BAMETT), two edits in one: the other spelling meets the
    // other's token.
    if let Some(p) = token.find("RN") {
        let respelt = format!("{}M{}", &token[..p], &token[p + 2..]);
        keys.push((hash_key(b'T', &respelt), KeyKind::Near));
    }
    if let Some(rest) = particle_remainder(token) {
        keys.push((hash_key(b'T', rest), KeyKind::Exact));
        keys.push((hash_key(b'S', &skeleton(rest)), KeyKind::Skeleton));
    }
    for reading in crate::romanisation::pinyin_readings(token) {
        // Wade-Giles read as pinyin (CHANG / ZHANG): the reading meets the other's token.
        keys.push((hash_key(b'T', &reading), KeyKind::Exact));
    }
    for formal in nicknames::formal_names(token) {
        keys.push((hash_key(b'T', formal), KeyKind::Exact));
        keys.push((hash_key(b'S', &skeleton(formal)), KeyKind::Skeleton));
    }
    // Readings without vowels (see `consonants`): their consonants, and their skeleton with one
    // consonant more or less (MHMWD / MAHMOUD).
    keys.push((hash_key(b'C', &consonants(token)), KeyKind::Consonantal));
    if skel.len() >= 4 {
        let skeleton_bytes = skel.as_bytes();
        for i in 0..skeleton_bytes.len() {
            keys.push((
                hash_skipping(b'S', skeleton_bytes, i, usize::MAX),
                KeyKind::Consonantal,
            ));
        }
    }
    keys.sort_unstable_by_key(|k| k.0);
    keys.dedup_by_key(|k| k.0);
    keys
}

/// Hashes a key with its kind as [`hash_key`] does, of `bytes` without the bytes at positions
/// `skip_a` and `skip_b` (`usize::MAX` for none): a deletion key without building the string.
fn hash_skipping(kind: u8, bytes: &[u8], skip_a: usize, skip_b: usize) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let kept = bytes
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != skip_a && i != skip_b)
        .map(|(_, b)| b);
    for &b in std::iter::once(&kind).chain(kept) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Hashes a key with its kind (FNV-1a, stable across runs and platforms).
fn hash_key(kind: u8, text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&kind).chain(text.as_bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_share_a_skeleton() {
        let same = |a: &str, b: &str| assert_eq!(skeleton(a), skeleton(b), "{a} vs {b}");
        same("MOHAMMED", "MUHAMMAD");
        same("MOHAMED", "MOHAMMAD");
        same("JOERG", "JORG");
        same("MUELLER", "MULLER");
        same("ALEKSANDR", "ALEXANDER");
        same("ALEKSANDR", "OLEKSANDR");
        same("HUSSEIN", "HUSAYN");
        same("YUSUF", "YOUSSEF");
        same("TCHAIKOVSKY", "CHAIKOVSKII");
        same("KHALID", "KHALED");
        same("DJORDJE", "DORDE");
        assert_eq!(skeleton("MOHAMMED"), "MHMD");
    }

    #[test]
    fn folding_keeps_the_skeleton() {
        // Random spellings over the letters the folding rules and the skeleton's digraphs touch.
        const LETTERS: &[u8] = b"AEIOUYWVSCHTKGQJRNMLDPZX";
        let mut rng = crate::synthetic::Rng::new(7);
        for _ in 0..300_000 {
            let len = 1 + rng.below(11);
            let token: Vec<u8> = (0..len)
                .map(|_| LETTERS[rng.below(LETTERS.len())])
                .collect();
            let token = String::from_utf8(token).unwrap();
            let folded = String::from_utf8(fold_spellings(token.as_bytes())).unwrap();
            assert_eq!(
                skeleton(&token),
                skeleton(&folded),
                "{token} folds to {folded}"
            );
        }
    }

    #[test]
    fn spelling_variants_fold_alike() {
        let same = |a: &str, b: &str| {
            assert_eq!(
                fold_spellings(a.as_bytes()),
                fold_spellings(b.as_bytes()),
                "{a} vs {b}"
            );
        };
        same("JOERG", "JORG");
        same("IURII", "YURI");
        same("IULIIA", "YULIA");
        same("YULIYA", "YULIA");
        same("KHALEEL", "KHALIL");
        same("MAHMOOD", "MAHMUD");
        same("SERGEY", "SERGEI");
        same("DMITRIY", "DMITRI");
        same("WOLKOW", "VOLKOV");
        same("YITZHAK", "ITZHAK");
        let differ = |a: &str, b: &str| {
            assert_ne!(
                fold_spellings(a.as_bytes()),
                fold_spellings(b.as_bytes()),
                "{a} vs {b}"
            );
        };
        differ("WANG", "VANG");
        differ("RAY", "RAI");
        differ("MARIO", "MARIA");
    }

    #[test]
    fn one_typo_shares_a_deletion_key() {
        let shares = |a: &str, b: &str| {
            let (ka, kb) = (token_keys(a), token_keys(b));
            assert!(
                ka.iter().any(|k| kb.iter().any(|l| l.0 == k.0)),
                "{a} vs {b}"
            );
        };
        shares("JOHNSON", "JOHNSTON");
        shares("SMITH", "SMIHT");
        shares("KRISTOFER", "CHRISTOPHER");
        shares("SERGEY", "SERHII");
        shares("BILL", "WILLIAM");
        shares("LINDA", "LIDNA");
        shares("SANJAY", "SANAY");
        shares("BROWNTON", "BROWNON");
        shares("MOHAMMADI", "MOAMMADI");
        shares("LEE", "LE");
        shares("YURI", "IURII");
        shares("BARNETT", "BAMETT");
        shares("MIKHAIL", "MICHAIL");
        shares("HNATYSHYN", "GNATYSHYN");
    }

    #[test]
    fn adjacent_syllables_join() {
        let tokens = |name: &str| name_tokens(name);
        let variants: Vec<(usize, Vec<String>)> =
            joined_variants(&tokens("KIM DONG HYUN")).collect();
        assert_eq!(
            variants,
            [(0, tokens("KIMDONG HYUN")), (1, tokens("KIM DONGHYUN"))]
        );
        // Two tokens stay two; long tokens are not syllables.
        assert_eq!(joined_variants(&tokens("MEI LING")).count(), 0);
        assert_eq!(joined_variants(&tokens("OMAR HASSAN ALI")).count(), 0);
        assert_eq!(joined_variants(&tokens("J R SMITH")).count(), 0);
    }

    #[test]
    fn tokens_drop_titles_and_join_particles() {
        assert_eq!(name_tokens("Mr Omar al-Rashid"), ["OMAR", "ALRASHID"]);
        assert_eq!(name_tokens("ALRASHID OMAR"), ["ALRASHID", "OMAR"]);
        assert_eq!(name_tokens("Jan van der Berg"), ["JAN", "VANDERBERG"]);
        assert_eq!(name_tokens("O Neill, Sean"), ["ONEILL", "SEAN"]);
        assert_eq!(name_tokens("Dr. Müller"), ["MUELLER"]);
        assert_eq!(name_tokens("O'Neill"), ["ONEILL"]);
        assert_eq!(name_tokens("MR"), ["MR"]);
        assert_eq!(name_tokens("HASSAN AL"), ["HASSAN", "AL"]);
        assert_eq!(name_tokens("Claire Le Gall"), ["CLAIRE", "LEGALL"]);
        assert_eq!(name_tokens("LE VAN THANH"), ["LE", "VANTHANH"]);
        assert_eq!(
            name_tokens("EMMANUEL O ADEYEMI"),
            ["EMMANUEL", "O", "ADEYEMI"]
        );
        assert_eq!(particle_remainder("DOSREIS"), Some("REIS"));
        assert_eq!(particle_remainder("BINISMAIL"), Some("ISMAIL"));
        assert_eq!(particle_remainder("BENITO"), None);
        assert_eq!(particle_remainder("ALRASHID"), Some("RASHID"));
        assert_eq!(particle_remainder("VANDERBERG"), Some("BERG"));
        assert_eq!(particle_remainder("ALEKSANDR"), None);
        assert_eq!(particle_remainder("DENNIS"), None);
        assert_eq!(particle_remainder("ALI"), None);
    }
}
