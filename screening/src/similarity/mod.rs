//! Token similarity: what it costs, in bits of evidence, to take two name tokens for one name.
//!
//! [`token_similarity`] returns the kind of an alignment ([`TokenMatch`]) and its *cost*: how
//! many bits of the information the token carries are lost because the spellings differ. The
//! scorer subtracts it from what the aligned tokens say (see [`crate::score`]).
//!
//! Known spelling families cost little: the same token once national and ICAO spellings are
//! folded (JOERG ~ JORG) 0.5 bit, Wade-Giles and pinyin spellings of the same Chinese syllables
//! (CHANG ~ ZHANG) and a particle written apart or omitted (ALRASHID ~ RASHID) 1 bit, KH written
//! CH (MIKHAIL ~ MICHAIL) 1 bit, a nickname (BILL ~ WILLIAM) 2 bits, transliteration variants
//! sharing a consonant skeleton (MOHAMMED ~ MUHAMMAD) 1–4 bits by how alike they look, RN read
//! as M by OCR 1.5 bits, a name cut short by the passport's machine-readable zone 2.5 bits and
//! more by the letters cut.
//!
//! Any other small difference is an *edit* ([`edits`]): any single insertion, deletion,
//! substitution or swap of two letters, at any position, aligns two tokens (two edits when both
//! have eight letters or more), at a cost of its edit units times [`bits_per_edit`], which is
//! higher for short tokens (more names lie one letter from a short one), and twice that for a
//! second edit (see [`spelling_bits`]). Doubled letters, silent letters, vowels for vowels, letters that sound alike and keying
//! or OCR slips are cheaper edits.
//!
//! Pairs that are most often two names however close they look — feminine and masculine forms,
//! a given name and the family name made of it, HASSAN and HUSSEIN, two pinyin syllables, two
//! known names one letter apart (the `guards` module) — align as [`TokenMatch::Distinct`]: the scorer
//! counts them against the match, and only other evidence can outweigh it.

use serde::Serialize;

use crate::nicknames;
use crate::romanisation::{has_reading, reads_as};
use crate::tokens::{consonants, fold_spellings, particle_remainder, skeleton, vowel_runs};

pub mod edits;
mod guards;

pub use edits::{edit_path, Edit};

/// Cost of national and ICAO spellings of one name (JOERG / JORG).
const FOLDED_BITS: f32 = 0.5;

/// Cost of Wade-Giles against pinyin, of a particle written apart or omitted, of KH for CH.
const VARIANT_BITS: f32 = 1.0;

/// Cost of RN read as M (BARNETT / BAMETT).
const OCR_BITS: f32 = 1.5;

/// Cost of a reading without short vowels against a name of the same consonants.
const CONSONANTAL_BITS: f32 = 2.0;

/// Cost of a nickname.
const NICKNAME_BITS: f32 = 2.0;

/// Least cost of two transliterations sharing a skeleton; more as they look less alike.
const PHONETIC_BITS: f32 = 1.0;

/// Most cost of two transliterations sharing a skeleton.
const PHONETIC_MAX_BITS: f32 = 4.0;

/// Cost of a name cut short, and per letter cut.
const TRUNCATION_BITS: f32 = 2.5;
const TRUNCATION_BITS_PER_LETTER: f32 = 0.3;

/// Shortest token taken for a longer one cut short (a passport's machine-readable zone cuts long
/// names; shorter prefixes are often names of their own).
pub const TRUNCATED_MIN_LEN: usize = 4;

/// Returns the cost in bits of one edit unit between tokens whose shorter has `len` letters:
/// more for short tokens, since more names lie one letter from a short one.
pub fn bits_per_edit(len: usize) -> f32 {
    3.0 + 8.0 / len.max(1) as f32
}

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
    /// One is the other cut short (a passport's machine-readable zone).
    Truncated,
    /// A spelling difference of one or two edits.
    Spelling,
    /// Alike, but most often two names (see the `guards` module): counts against the match.
    Distinct,
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

    /// A short name of the kind, for reasons.
    pub fn label(self) -> &'static str {
        match self {
            TokenMatch::Exact => "exact",
            TokenMatch::Phonetic | TokenMatch::Folded | TokenMatch::Syllables => "transliteration",
            TokenMatch::Nickname => "nickname",
            TokenMatch::Initial => "initial",
            TokenMatch::Particle => "particle",
            TokenMatch::Truncated => "cut short",
            TokenMatch::Spelling => "spelling",
            TokenMatch::Distinct => "another name",
        }
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
    /// True when the token is a known name: in the built-in tables of common names and
    /// nicknames (see the `known_names` module). Two known names one letter apart are two names
    /// (AMIR / AMIN).
    pub known: bool,
    /// True when the token is one toneless pinyin syllable (ZHANG, LIU).
    pub pinyin: bool,
    /// True for a token read from a script that writes no short vowels (Arabic, Hebrew: MHMD for
    /// محمد; see [`crate::scripts`]): it aligns with a token of the same consonants.
    pub consonantal: bool,
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
            known: crate::known_names::is_known(text),
            pinyin: crate::romanisation::is_pinyin_syllable(text),
            consonantal: false,
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

/// Returns the cost in bits of taking two tokens for one name and the kind of the alignment,
/// or `None` when they do not align (see the module documentation).
pub fn token_similarity(a: TokenRef<'_>, b: TokenRef<'_>) -> Option<(f32, TokenMatch)> {
    if a.text == b.text {
        return Some((0.0, TokenMatch::Exact));
    }
    if a.text.len() == 1 || b.text.len() == 1 {
        let same_initial = a.text.as_bytes().first() == b.text.as_bytes().first();
        return same_initial.then_some((0.0, TokenMatch::Initial));
    }
    if (a.features.has_formal && stands_for(a.text, b))
        || (b.features.has_formal && stands_for(b.text, a))
        || ((a.features.has_formal || b.features.has_formal)
            && nicknames::are_equivalent(a.text, b.text))
    {
        return Some((NICKNAME_BITS, TokenMatch::Nickname));
    }
    if (a.features.wade_giles && reads_as(a.text, b.text))
        || (b.features.wade_giles && reads_as(b.text, a.text))
    {
        return Some((VARIANT_BITS, TokenMatch::Syllables));
    }
    if a.features.consonantal || b.features.consonantal {
        if let Some(cost) = consonantal_cost(a, b) {
            return Some((cost, TokenMatch::Phonetic));
        }
    }
    let (x, y) = (a.text.as_bytes(), b.text.as_bytes());
    let (particle_a, particle_b) = (a.features.particle_len, b.features.particle_len);
    if particle_a > 0 || particle_b > 0 {
        let (rest_a, rest_b) = (a.remainder(), b.remainder());
        if rest_a == rest_b {
            return Some((VARIANT_BITS, TokenMatch::Particle));
        }
        let same_particle = particle_a > 0
            && particle_a == particle_b
            && a.text[..usize::from(particle_a)] == b.text[..usize::from(particle_b)];
        if same_particle {
            // BEN AMMAR / BEN OMAR: the names after the same particle decide. Vowels alone
            // written otherwise in a name of three consonants or more is a transliteration
            // (ABU BAKR / ABUBAKAR).
            let (skeleton_a, skeleton_b) = (skeleton(rest_a), skeleton(rest_b));
            let after = token_similarity(
                TokenRef::after_particle(rest_a, &skeleton_a),
                TokenRef::after_particle(rest_b, &skeleton_b),
            )
            .or_else(|| {
                (skeleton_a == skeleton_b && skeleton_a.len() >= 3)
                    .then_some((PHONETIC_BITS + 1.0, TokenMatch::Phonetic))
            });
            if after.is_some() {
                return after;
            }
            // Only a spelling difference of the whole remains (two edits in a long name):
            // transliteration would read the particle alike and blur the names after it.
            return edits::spelling_units(x, y).map(|units| {
                (
                    spelling_bits(units, x.len().min(y.len())),
                    TokenMatch::Spelling,
                )
            });
        }
    }
    if (a.features.folds || b.features.folds)
        && a.features.fold_hash == b.features.fold_hash
        && fold_spellings(x) == fold_spellings(y)
    {
        // JOERG/JORG, IURII/YURI, KHALEEL/KHALIL: ICAO, national and plain spellings.
        return Some((FOLDED_BITS, TokenMatch::Folded));
    }
    if x.len().min(y.len()) >= 5 && kh_for_ch(x, y) {
        // MIKHAIL / MICHAIL, ZAKHAROV / ZACHAROV: the Cyrillic and Arabic KH written CH, as
        // German and Greek spellings do.
        return Some((VARIANT_BITS, TokenMatch::Phonetic));
    }
    let mut best: Option<(f32, TokenMatch)> = None;
    let mut keep = |candidate: (f32, TokenMatch)| {
        if best.is_none_or(|(cost, _)| candidate.0 < cost) {
            best = Some(candidate);
        }
    };
    let shortest = x.len().min(y.len());
    let allowed = edits::allowed_edits(x, y);
    let edit_count = edits::edit_count(x, y, allowed);
    let edit = edit_count.and_then(|_| edits::edit_units(x, y, allowed as f32));
    if let Some(units) = edit {
        keep((spelling_bits(units, shortest), TokenMatch::Spelling));
    }
    if shortest >= 4 && reads_rn_as_m(x, y) {
        keep((OCR_BITS, TokenMatch::Spelling));
    }

    if let Some(cost) = phonetic_cost(a, b) {
        keep((cost, TokenMatch::Phonetic));
    }
    if let Some(cost) = truncation_cost(x, y) {
        keep((cost, TokenMatch::Truncated));
    }
    let (cost, kind) = best?;
    // Two known names one edit apart are two names (AMIR / AMIN, AHMED / HAMED, LUCA / LUCIA),
    // unless the edit is a doubled or silent letter, which tells nothing of another name (ANA /
    // ANNA).
    // A vowel between consonants written otherwise or not at all is a transliteration of a
    // vowel the original script does not write (KHALED / KHALID, MUSTAFA / MOSTAFA, FATMA /
    // FATIMA), not another name; a final vowel (YUKI / YUKO) or one of a pair (SAID / SAAD,
    // LUCA / LUCIA) is.
    let variant = edits::vowel_between_consonants(x, y);
    let known_names = a.features.known
        && b.features.known
        && edit_count == Some(1)
        && !edits::silent_difference(x, y)
        && !variant;
    let distinct = match kind {
        TokenMatch::Spelling | TokenMatch::Phonetic => guards::two_names(a, b, known_names),
        // A name cut short to another name's feminine or nisba form is no cut.
        TokenMatch::Truncated if guards::is_gender_variant(x, y) => return None,
        _ => false,
    };
    Some((cost, if distinct { TokenMatch::Distinct } else { kind }))
}

/// Returns the cost in bits of a spelling difference of `units` edit units between tokens whose
/// shorter has `len` letters: [`bits_per_edit`] for the first unit, twice that for each unit
/// beyond (a second edit makes another name likelier than a second slip).
pub fn spelling_bits(units: f32, len: usize) -> f32 {
    bits_per_edit(len) * (units + (units - 1.0).max(0.0))
}

/// Returns the cost of a token read from a script that writes no short vowels against another:
/// the same consonants (see [`consonants`]: MHMD ~ MOHAMMED, KHN ~ COHEN), or, where there are
/// three or more, consonants one edit apart (MHMWD ~ MAHMOUD).
fn consonantal_cost(a: TokenRef<'_>, b: TokenRef<'_>) -> Option<f32> {
    let (x, y) = (consonants(a.text), consonants(b.text));
    if x.is_empty() || y.is_empty() {
        return None;
    }
    if x == y {
        return Some(CONSONANTAL_BITS);
    }
    let shortest = x.len().min(y.len());
    (shortest >= 3 && edits::edit_count(x.as_bytes(), y.as_bytes(), 1).is_some())
        .then(|| CONSONANTAL_BITS + bits_per_edit(shortest))
}

/// Returns the cost of two transliterations of one name: the same consonant skeleton (three
/// consonants at least, five letters at least) and, in names under eight letters, as many runs
/// of vowels and a Jaro-Winkler similarity of 0.78 or more; the cost grows as Jaro-Winkler finds
/// them less alike.
fn phonetic_cost(a: TokenRef<'_>, b: TokenRef<'_>) -> Option<f32> {
    let (x, y) = (a.text.as_bytes(), b.text.as_bytes());
    let shortest = x.len().min(y.len());
    // The same consonants with vowels in other places or numbers are other names (MAHMOUD /
    // MOHAMMAD), unless the names are long.
    if a.skeleton != b.skeleton
        || a.skeleton.len() < 3
        || shortest < 5
        || (shortest < 8 && a.features.vowel_groups != b.features.vowel_groups)
    {
        return None;
    }
    // First letters that the skeleton reads alike (QASIM / KASSEM, CARIM / KARIM) may count as
    // the same for Jaro-Winkler, which rewards a common start (not where one is silent:
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
    if jaro_winkler < 0.78 && shortest < 8 {
        return None;
    }
    let cost = PHONETIC_BITS + 10.0 * (0.95 - jaro_winkler as f32).max(0.0);
    Some(cost.min(PHONETIC_MAX_BITS))
}

/// Returns the cost of one token cut short from the other (see `truncation_cost`), unless the
/// cut makes a feminine or nisba form of the other (SALEH / SALEHNA), which is no cut: what the
/// index asks of a token and the listed tokens it starts or that start it.
pub fn cut_short_cost(a: &str, b: &str) -> Option<f32> {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    truncation_cost(x, y).filter(|_| !guards::is_gender_variant(x, y))
}

/// Returns the cost of a token cut short: the shorter, of [`TRUNCATED_MIN_LEN`] letters or
/// more, starts the longer, which has two letters more at least (one more is an edit).
fn truncation_cost(a: &[u8], b: &[u8]) -> Option<f32> {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let cut = long.len().saturating_sub(short.len());
    (short.len() >= TRUNCATED_MIN_LEN && cut >= 2 && long.starts_with(short))
        .then_some(TRUNCATION_BITS + TRUNCATION_BITS_PER_LETTER * cut as f32)
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
                && guards::first_vowels_agree(formal.as_bytes(), token.text.as_bytes())
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

#[cfg(test)]
mod tests;
