//! Token similarity: how alike two name tokens are, and why.
//!
//! Exact tokens score 1; a known nickname 0.9; Wade-Giles and pinyin spellings of the same
//! Chinese syllables 0.92; a particle written apart or omitted (ALRASHID ~ RASHID) 0.93; national
//! and ICAO spellings of one name (JOERG ~ JORG) 0.95; tokens with the same consonant skeleton
//! (transliteration variants) at least 0.92; an initial 0.85; otherwise Jaro-Winkler, lowered
//! for very short tokens, which must be nearly exact to count. Below [`ALIGN_THRESHOLD`] two tokens do not align at all, so
//! unrelated tokens give no partial credit.

use serde::Serialize;

use crate::nicknames;
use crate::romanisation::{has_reading, reads_as};
use crate::tokens::{fold_spellings, particle_remainder, skeleton, vowel_runs};

/// The similarity from which two tokens align.
pub const ALIGN_THRESHOLD: f32 = 0.84;

/// Shortest token taken for a longer one cut short (see [`token_similarity`]): the machine-
/// readable zone of a passport truncates long names, but shorter prefixes are often names of
/// their own (WILLIAMS / WILLIAMSON).
pub const TRUNCATED_MIN_LEN: usize = 10;

/// Why two tokens align.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenMatch {
    /// Same token.
    Exact,
    /// Same consonant skeleton: a transliteration variant.
    Phonetic,
    /// Same token once national and ICAO spellings are folded (JOERG/JORG, IURII/YURI; see
    /// [`fold_spellings`]).
    Folded,
    /// The same Chinese syllables in Wade-Giles and in pinyin (CHANG/ZHANG, HSIAOMING/XIAOMING;
    /// see `romanisation`).
    Syllables,
    /// One is a nickname of the other.
    Nickname,
    /// One is an initial of the other.
    Initial,
    /// Same token once a particle is removed (ALRASHID ~ RASHID).
    Particle,
    /// Close spelling (typo), by Jaro-Winkler.
    Fuzzy,
}

impl TokenMatch {
    /// True for the kinds that keep every letter of both tokens (same token, or the same once
    /// spellings are folded) or every syllable (Wade-Giles and pinyin): the only ones that align
    /// a token made by joining two syllables, whose boundary other kinds would blur (JIHOON /
    /// JIHYUN, THIHANH / THIHANG).
    pub fn keeps_letters(self) -> bool {
        matches!(
            self,
            TokenMatch::Exact | TokenMatch::Folded | TokenMatch::Syllables
        )
    }
}

/// Facts about a token that similarity needs, computed once per token (at index build for list
/// tokens, once per query for query tokens) so that comparing is cheap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenFeatures {
    /// Length of a leading particle (ALRASHID → 2), 0 when none.
    pub particle_len: u8,
    /// Runs of vowels.
    pub vowel_groups: u8,
    /// True when the token is a known nickname (it has formal names).
    pub has_formal: bool,
    /// True when [`fold_spellings`] changes the token.
    pub folds: bool,
    /// A hash of the folded spelling: tokens folding alike have the same.
    pub fold_hash: u32,
    /// True when the token reads as Chinese syllables in Wade-Giles with a pinyin spelling of
    /// its own (see `romanisation::pinyin_readings`).
    pub wade_giles: bool,
}

impl TokenFeatures {
    /// Computes the features of a token.
    pub fn of(text: &str) -> TokenFeatures {
        let mut features = TokenFeatures::of_latin(text);
        features.wade_giles = has_reading(text);
        features
    }

    /// Computes the features of a token but for [`TokenFeatures::wade_giles`].
    fn of_latin(text: &str) -> TokenFeatures {
        let bytes = text.as_bytes();
        let folded = fold_spellings(bytes);
        TokenFeatures {
            particle_len: particle_remainder(text)
                .map_or(0, |rest| (text.len() - rest.len()) as u8),
            vowel_groups: vowel_runs(bytes).min(255) as u8,
            has_formal: !nicknames::formal_names(text).is_empty(),
            folds: folded != bytes,
            fold_hash: fnv32(&folded),
            wade_giles: false,
        }
    }
}

/// A token with its precomputed skeleton and features.
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'a> {
    /// The token (upper-case A–Z).
    pub text: &'a str,
    /// Its consonant skeleton.
    pub skeleton: &'a str,
    /// Its features.
    pub features: TokenFeatures,
}

impl<'a> TokenRef<'a> {
    /// Returns a token reference, computing its features.
    pub fn new(text: &'a str, skeleton: &'a str) -> TokenRef<'a> {
        TokenRef {
            text,
            skeleton,
            features: TokenFeatures::of(text),
        }
    }

    /// Returns the reference of what follows a particle (RASHID in ALRASHID): a name in Arabic,
    /// Dutch or Romance scripts, never read as Wade-Giles, whose features are computed for each
    /// comparison and so are spared that search.
    fn after_particle(text: &'a str, skeleton: &'a str) -> TokenRef<'a> {
        TokenRef {
            text,
            skeleton,
            features: TokenFeatures::of_latin(text),
        }
    }

    fn remainder(&self) -> &'a str {
        &self.text[usize::from(self.features.particle_len)..]
    }
}

/// Returns how alike two tokens are, or `None` when they do not align.
pub fn token_similarity(a: TokenRef<'_>, b: TokenRef<'_>) -> Option<(f32, TokenMatch)> {
    if a.text == b.text {
        return Some((1.0, TokenMatch::Exact));
    }
    if a.text.len() == 1 || b.text.len() == 1 {
        let same_initial = a.text.as_bytes().first() == b.text.as_bytes().first();
        return same_initial.then_some((0.85, TokenMatch::Initial));
    }
    if (a.features.has_formal && stands_for(a.text, b))
        || (b.features.has_formal && stands_for(b.text, a))
        || ((a.features.has_formal || b.features.has_formal)
            && nicknames::are_equivalent(a.text, b.text))
    {
        return Some((0.9, TokenMatch::Nickname));
    }
    if (a.features.wade_giles && reads_as(a.text, b.text))
        || (b.features.wade_giles && reads_as(b.text, a.text))
    {
        return Some((0.92, TokenMatch::Syllables));
    }
    let (x, y) = (a.text.as_bytes(), b.text.as_bytes());
    if is_truncation(x, y) {
        // VONDERHEYDENBR / VONDERHEYDENBRUCK: a long name cut short by the passport's
        // machine-readable zone.
        return Some((0.9, TokenMatch::Fuzzy));
    }
    let (particle_a, particle_b) = (a.features.particle_len, b.features.particle_len);
    if particle_a > 0 || particle_b > 0 {
        let (rest_a, rest_b) = (a.remainder(), b.remainder());
        if rest_a == rest_b {
            return Some((0.93, TokenMatch::Particle));
        }
        let same_particle = particle_a > 0
            && particle_a == particle_b
            && a.text[..usize::from(particle_a)] == b.text[..usize::from(particle_b)];
        if same_particle {
            // BEN AMMAR / BEN OMAR: the names after the same particle decide. Vowels alone
            // written otherwise in a name of three consonants or more is a transliteration
            // (ABU BAKR / ABUBAKAR).
            let (skeleton_a, skeleton_b) = (skeleton(rest_a), skeleton(rest_b));
            return token_similarity(
                TokenRef::after_particle(rest_a, &skeleton_a),
                TokenRef::after_particle(rest_b, &skeleton_b),
            )
            .or_else(|| {
                (skeleton_a == skeleton_b && skeleton_a.len() >= 3)
                    .then_some((0.92, TokenMatch::Phonetic))
            });
        }
    }
    // Past this point only spellings remain, and each needs the same skeleton or lengths within
    // one: most tokens sharing only a deletion key stop here, before any string work.
    if a.skeleton != b.skeleton && (x.len().abs_diff(y.len()) > 1 || x.first() != y.first()) {
        // Spelling slips never touch the first letter (see below).
        return None;
    }
    if is_gender_variant(x, y) {
        // MARIO/MARIA, DANIEL/DANIELA, IVANOV/IVANOVA: another person.
        return None;
    }
    if (a.features.folds || b.features.folds)
        && a.features.fold_hash == b.features.fold_hash
        && fold_spellings(x) == fold_spellings(y)
    {
        // JOERG/JORG, IURII/YURI, KHALEEL/KHALIL: ICAO, national and plain spellings.
        return Some((0.95, TokenMatch::Folded));
    }
    let shortest = x.len().min(y.len());
    let edit = single_edit(x, y);
    match edit {
        Some(Edit::Transposition(position)) if position > 0 => {
            return Some((0.93, TokenMatch::Fuzzy))
        }
        Some(Edit::InsertDelete(position))
            if position > 0 && (shortest >= 5 || doubles_a_letter(x, y, position)) =>
        {
            return Some((0.92, TokenMatch::Fuzzy))
        }
        Some(Edit::Substitution(position, p, q))
            if position > 0 && shortest >= 5 && plausible_substitution(x, position, p, q) =>
        {
            return Some((0.9, TokenMatch::Fuzzy))
        }
        _ => {}
    }
    if shortest >= 4 && reads_rn_as_m(x, y) {
        // BARNETT / BAMETT: RN read as M by OCR.
        return Some((0.9, TokenMatch::Fuzzy));
    }
    if shortest >= 5 && kh_for_ch(x, y) {
        // MIKHAIL / MICHAIL, ZAKHAROV / ZACHAROV: the Cyrillic and Arabic KH written CH, as
        // German and Greek spellings do.
        return Some((0.92, TokenMatch::Phonetic));
    }
    let one_substitution = matches!(edit, Some(Edit::Substitution(..)));
    if a.skeleton == b.skeleton
        && a.skeleton.len() >= 3
        && shortest >= 5
        && !matches!(edit, Some(Edit::Transposition(0)))
        && !(one_substitution && shortest < 7 && !consonant_for_consonant(&edit))
        && (shortest >= 8 || a.features.vowel_groups == b.features.vowel_groups)
    {
        // First letters that the skeleton reads alike (QASIM / KASSEM, CARIM / KARIM) may count
        // as the same for Jaro-Winkler, which rewards a common start (not where one is silent:
        // YEVGENY / EVGENII).
        let mut jaro_winkler = strsim::jaro_winkler(a.text, b.text);
        if x[0] != y[0] {
            let same_start = format!("{}{}", &a.text[..1], &b.text[1..]);
            jaro_winkler = jaro_winkler.max(strsim::jaro_winkler(a.text, &same_start));
        }
        if a.features.folds || b.features.folds {
            // ZOUBEIDI / ZUBAYDI: compared as folded (ZUBEIDI / ZUBAIDI), they are closer.
            let (fa, fb) = (fold_spellings(x), fold_spellings(y));
            jaro_winkler = jaro_winkler.max(strsim::generic_jaro_winkler(&fa, &fb));
        }
        let jaro_winkler = jaro_winkler as f32;
        if (jaro_winkler >= 0.78 || shortest >= 8)
            && first_vowels_agree(x, y)
            && !feminine_against_masculine(x, y)
        {
            // MOHAMMED/MUHAMMAD, HOSSEIN/HUSSEIN, ALEKSANDR/ALEXANDER: transliteration variants.
            return Some((jaro_winkler.max(0.92), TokenMatch::Phonetic));
        }
    }
    // Two slips in a long name (BARTHOLOMEW/BARTHOLEMEW) still align; one implausible letter
    // change (ZAHRANI/ZAHRAWI) does not.
    let close_lengths = x.len().abs_diff(y.len()) <= 1;
    let same_ending = x.len() >= 2 && y.len() >= 2 && x[x.len() - 2..] == y[y.len() - 2..];
    if shortest >= 8 && close_lengths && same_ending && !one_substitution {
        let jaro_winkler = strsim::jaro_winkler(a.text, b.text) as f32;
        return (jaro_winkler >= 0.93).then_some((jaro_winkler - 0.03, TokenMatch::Fuzzy));
    }
    None
}

/// Returns true when a one-letter change is a likely slip or spelling variant rather than another
/// name: neighbouring keys, a vowel for a vowel in a name of two syllables or more, Y/I, V/W; but
/// not a final A or O (ANDRES/ANDREA), nor a final N for M in a short name (SELIN/SELIM).
fn plausible_substitution(token: &[u8], position: usize, p: u8, q: u8) -> bool {
    let last = position + 1 == token.len();
    if last
        && (matches!(p, b'A' | b'O')
            || matches!(q, b'A' | b'O')
            || (token.len() < 7 && matches!((p, q), (b'N', b'M') | (b'M', b'N'))))
    {
        // ANDRES/ANDREA, SELIN/SELIM, KARIN/KARIM: another name, not a slip (in a longer name,
        // KARAHAN/KARAHAM, a misread letter).
        return false;
    }
    let vowel_for_vowel = is_vowel(p) && is_vowel(q) && vowel_runs(token) >= 2;
    let spelling_pair = matches!(
        (p, q),
        (b'Y', b'I') | (b'I', b'Y') | (b'V', b'W') | (b'W', b'V')
    );
    keys_adjacent(p, q) || vowel_for_vowel || spelling_pair
}

/// Returns true for one consonant written for another that sounds alike (same skeleton: QASIM /
/// KASIM), which short names tolerate where a changed vowel (MARIO / MARIA) they do not.
fn consonant_for_consonant(edit: &Option<Edit>) -> bool {
    matches!(edit, Some(Edit::Substitution(_, p, q)) if !is_vowel(*p) && !is_vowel(*q))
}

/// Returns true when one token ends in A and the other in a consonant other than a silent H: a
/// feminine and a masculine form of one name (ALEKSANDRA / ALEKSANDER, ANDREA / ANDRES).
fn feminine_against_masculine(a: &[u8], b: &[u8]) -> bool {
    let consonant = |c: u8| !is_vowel(c) && c != b'H';
    match (a.last(), b.last()) {
        (Some(b'A'), Some(&c)) | (Some(&c), Some(b'A')) => consonant(c),
        _ => false,
    }
}

/// Returns false when the first vowels are A and U: HASSAN and HUSSEIN, HASAN and HUSAYN are two
/// names however written (O and U, A and O, E and I vary between romanisations of one name:
/// MOHAMMED / MUHAMMAD, ALEKSANDR / OLEKSANDR).
fn first_vowels_agree(a: &[u8], b: &[u8]) -> bool {
    let first = |t: &[u8]| {
        t.iter()
            .copied()
            .find(|&c| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U'))
    };
    !matches!(
        (first(a), first(b)),
        (Some(b'A'), Some(b'U')) | (Some(b'U'), Some(b'A'))
    )
}

/// Returns true when the shorter token, of [`TRUNCATED_MIN_LEN`] letters or more, starts the
/// longer one, which has three letters more at least (fewer are an ending: ABUMANSOUR /
/// ABUMANSOURI, ALEKSANDROV / ALEKSANDROVA).
fn is_truncation(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short.len() >= TRUNCATED_MIN_LEN && long.len() >= short.len() + 3 && long.starts_with(short)
}

/// Returns true when the two tokens differ only by one KH written CH.
fn kh_for_ch(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let swapped = matches!(
        (a.get(p..p + 2), b.get(p..p + 2)),
        (Some(b"KH"), Some(b"CH")) | (Some(b"CH"), Some(b"KH"))
    );
    swapped && a[p + 2..] == b[p + 2..]
}

/// Returns true when `nickname` stands for `token` written in one of the formal name's spellings
/// (ZHENYA for YEVGENIYA as for EVGENIYA): the same skeleton and first vowel, and a Jaro-Winkler
/// similarity of 0.85 or more.
fn stands_for(nickname: &str, token: TokenRef<'_>) -> bool {
    nicknames::formal_names(nickname).iter().any(|formal| {
        *formal == token.text
            || (nicknames::formal_skeleton(formal) == token.skeleton
                && first_vowels_agree(formal.as_bytes(), token.text.as_bytes())
                && strsim::jaro_winkler(formal, token.text) >= 0.85)
    })
}

/// Returns true when one token is the other with one RN read as M (BARNETT / BAMETT).
fn reads_rn_as_m(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let p = short.iter().zip(long).take_while(|(s, l)| s == l).count();
    short.get(p) == Some(&b'M') && long[p..].starts_with(b"RN") && long[p + 2..] == short[p + 1..]
}

/// Returns true when the inserted or deleted letter doubles its neighbour (ANA/ANNA).
fn doubles_a_letter(a: &[u8], b: &[u8], position: usize) -> bool {
    let long = if a.len() > b.len() { a } else { b };
    let letter = long[position];
    (position > 0 && long[position - 1] == letter) || long.get(position + 1) == Some(&letter)
}

/// One edit between two tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    /// One character replaced: position, the two characters.
    Substitution(usize, u8, u8),
    /// One character inserted or deleted, at this position.
    InsertDelete(usize),
    /// Two adjacent characters swapped, at this position.
    Transposition(usize),
}

/// Returns the single edit that turns one token into the other, if there is exactly one.
fn single_edit(a: &[u8], b: &[u8]) -> Option<Edit> {
    let first = a
        .iter()
        .zip(b)
        .position(|(p, q)| p != q)
        .unwrap_or(a.len().min(b.len()));
    match a.len() as isize - b.len() as isize {
        0 => {
            let differing: Vec<usize> = (first..a.len()).filter(|&i| a[i] != b[i]).collect();
            match differing.as_slice() {
                [i] => Some(Edit::Substitution(*i, a[*i], b[*i])),
                [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i] => {
                    Some(Edit::Transposition(*i))
                }
                _ => None,
            }
        }
        1 => (a[first + 1..] == b[first..]).then_some(Edit::InsertDelete(first)),
        -1 => (b[first + 1..] == a[first..]).then_some(Edit::InsertDelete(first)),
        _ => None,
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y')
}

/// Returns true when two tokens differ only by a feminine or masculine ending, or by the Arabic
/// and Persian suffix that makes a family name of a given name: one is the other plus one or two
/// letters ending in A, E or I (IVAN/IVANA, IVANOV/IVANOVA, RENE/RENEE, KARIM/KARIMI,
/// KHALID/KHALIDI), or the same but for a final A or O (MARIO/MARIA, FRANCESCO/FRANCESCA), or
/// the Slavic -KA for -KI or -KY (WISNIEWSKA/WISNIEWSKI, KOVALSKA/KOVALSKY).
fn is_gender_variant(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let n = short.len();
    if long.len() > n && long.len() - n <= 2 && long.starts_with(short) {
        return n >= 3
            && long
                .last()
                .is_some_and(|&c| matches!(c, b'A' | b'E' | b'I'));
    }
    n == long.len()
        && n >= 3
        && short[..n - 1] == long[..n - 1]
        && match (short[n - 1], long[n - 1]) {
            (b'A' | b'O', b'A' | b'O') => true,
            (b'A', b'I' | b'Y') | (b'I' | b'Y', b'A') => short[n - 2] == b'K',
            _ => false,
        }
}

/// Returns the hash of a token's folded spelling ([`TokenFeatures::fold_hash`]).
pub(crate) fn fold_hash(token: &str) -> u32 {
    fnv32(&fold_spellings(token.as_bytes()))
}

/// FNV-1a, 32 bits.
fn fnv32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Returns true for keys next to each other on a QWERTY keyboard (a keying slip).
fn keys_adjacent(p: u8, q: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"QWERTYUIOP", b"ASDFGHJKL", b"ZXCVBNM"];
    let locate = |c: u8| {
        ROWS.iter().enumerate().find_map(|(row, keys)| {
            keys.iter()
                .position(|&k| k == c)
                .map(|col| (row as isize, col as isize))
        })
    };
    match (locate(p), locate(q)) {
        (Some((r1, c1)), Some((r2, c2))) => (r1 - r2).abs() <= 1 && (c1 - c2).abs() <= 1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> Option<(f32, TokenMatch)> {
        let (sa, sb) = (skeleton(a), skeleton(b));
        token_similarity(TokenRef::new(a, &sa), TokenRef::new(b, &sb))
    }

    #[test]
    fn kinds() {
        assert_eq!(sim("SMITH", "SMITH").unwrap().1, TokenMatch::Exact);
        assert_eq!(sim("MOHAMMED", "MUHAMMAD").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("BILL", "WILLIAM").unwrap().1, TokenMatch::Nickname);
        assert_eq!(sim("J", "JOHN").unwrap().1, TokenMatch::Initial);
        assert_eq!(sim("ALRASHID", "RASHID").unwrap().1, TokenMatch::Particle);
        assert_eq!(sim("JONATHAN", "JONATHON").unwrap().1, TokenMatch::Fuzzy);
        assert_eq!(sim("JOHNSON", "JOHNSTON").unwrap().1, TokenMatch::Fuzzy);
        assert_eq!(sim("VOLKONSKY", "VOLKNOSKY").unwrap().1, TokenMatch::Fuzzy);
        assert_eq!(sim("KARAHAN", "KARAHAM").unwrap().1, TokenMatch::Fuzzy);
        assert_eq!(sim("JOERG", "JORG").unwrap().1, TokenMatch::Folded);
        assert_eq!(sim("IURII", "YURI").unwrap().1, TokenMatch::Folded);
        assert_eq!(sim("KHALEEL", "KHALIL").unwrap().1, TokenMatch::Folded);
        assert_eq!(sim("GHORBANI", "QORBANI").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("ABUBAKR", "ABUBAKAR").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("BARNETT", "BAMETT").unwrap().1, TokenMatch::Fuzzy);
        assert_eq!(sim("QASIM", "KASSEM").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("QASIM", "KASIM").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("MIKHAIL", "MICHAIL").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("ZOUBEIDI", "ZUBAYDI").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("ZHENYA", "YEVGENIYA").unwrap().1, TokenMatch::Nickname);
        assert_eq!(
            sim("VONDERHEYDENBR", "VONDERHEYDENBRUCK").unwrap().1,
            TokenMatch::Fuzzy
        );
        assert_eq!(sim("YEVGENY", "EVGENII").unwrap().1, TokenMatch::Phonetic);
        assert_eq!(sim("CHANG", "ZHANG").unwrap().1, TokenMatch::Syllables);
        assert_eq!(
            sim("XIAOMING", "HSIAOMING").unwrap().1,
            TokenMatch::Syllables
        );
        assert_eq!(
            sim("OSTERGAARD", "OESTERGAARD").unwrap().1,
            TokenMatch::Folded
        );
    }

    #[test]
    fn unrelated_and_short_tokens_do_not_align() {
        assert!(sim("SMITH", "JONES").is_none());
        assert!(sim("P", "JOHN").is_none());
        assert!(sim("LI", "LIU").is_none());
        assert!(sim("ALI", "ELI").is_none());
        assert!(sim("EMMA", "EMMANUEL").is_none());
        assert!(sim("MARIO", "MARIA").is_none());
        assert!(sim("IVANOV", "IVANOVA").is_none());
        assert!(sim("AMIR", "AMIN").is_none());
        assert!(sim("FARHAD", "FARZAD").is_none());
        assert!(sim("ZHANG", "ZHENG").is_none());
        assert!(sim("MAHMOUD", "MOHAMMAD").is_none());
        assert!(sim("ELODIE", "MELODIE").is_none());
        assert!(sim("HASSAN", "HUSSAIN").is_none());
        assert!(sim("KHALID", "KHALIDI").is_none());
        assert!(sim("WISNIEWSKA", "WISNIEWSKI").is_none());
        assert!(sim("ALEKSANDRA", "ALEKSANDER").is_none());
        assert!(sim("SELIN", "SELIM").is_none());
        assert!(sim("WILLIAMS", "WILLIAMSON").is_none());
        assert!(sim("ALEKSANDROV", "ALEKSANDROVA").is_none());
    }
}
