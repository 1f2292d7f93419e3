//! The scorer: evidence for and against a match, in bits, added up (Fellegi–Sunter style) and
//! turned into a score between 0 and 1.
//!
//! **Names.** Each token carries *information*: how many bits it says about who someone is
//! (`-log2` of how common it is: a rare surname about 13 bits, MOHAMMED or SMITH about 6, an
//! initial 3; see [`crate::index`]'s vocabulary and `common_names`). Tokens of the two names are
//! aligned one to one, best pairs first. An aligned pair adds the information both tokens carry
//! (the lesser of the two) minus the cost of their difference in spelling (see
//! [`crate::similarity`]); a pair that is most often two names ([`TokenMatch::Distinct`]) counts
//! against the match. Tokens contradicted on both sides (another surname) cost what they would
//! have told; a token present on one side only (a middle name the other side omits) costs
//! little. Two names with two tokens or more each need two aligned tokens: otherwise the names
//! are not one name, whatever else agrees.
//!
//! **Other evidence** ([`evidence`]): date of birth, nationality, gender and documents add or
//! subtract their own weights. The total is mapped to a score by [`model::score_of`]; the
//! threshold of a list is a total in bits (see [`model`]).

use smallvec::SmallVec;

use crate::similarity::TokenMatch;

pub mod evidence;
pub mod model;

pub use evidence::{
    date_of_birth_bits, date_of_birth_effect, gender_bits, gender_effect, nationality_bits,
    nationality_effect, DateAgreement,
};

/// What tokens contradicted on both sides cost, per bit the lesser would have told (another
/// surname, another father's name)…
pub const CONTRADICTION: f32 = 1.5;

/// …and per pair of them, however common: two names that disagree on a token are most often two
/// people.
pub const CONTRADICTED_PAIR_BITS: f32 = 4.0;

/// What a token present on one side only costs, per bit it tells: at most
/// [`OMISSION_SHARE`] of the aligned information when two tokens or more align.
pub const OMISSION: f32 = 0.3;

/// Most that omitted tokens cost, as a share of the aligned information.
pub const OMISSION_SHARE: f32 = 0.15;

/// What a pair of two names ([`TokenMatch::Distinct`]) counts against the match, per bit of the
/// lesser token.
pub const DISTINCT: f32 = 0.25;

/// Name evidence of two names that are not one name (too few tokens aligned): below anything
/// other evidence can lift.
pub const NOT_ONE_NAME_BITS: f32 = -40.0;

/// One piece of evidence for or against a match.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Reason {
    /// Stable code, such as `token_match`, `dob_mismatch`, `document_exact`.
    pub code: &'static str,
    /// What was compared, for a human.
    pub detail: String,
    /// What it did: bits of evidence for (positive) or against (negative) the match; for
    /// `name_score`, the name's evidence in bits.
    pub effect: f32,
}

/// A token on one side of a comparison, with its information.
#[derive(Debug, Clone, Copy)]
pub struct Weighted {
    /// Bits the token tells about who someone is.
    pub bits: f32,
    /// True for a token of two letters or more (an initial is not strong).
    pub strong: bool,
}

impl Weighted {
    /// Returns a token of this information and strength.
    pub fn new(bits: f32, strong: bool) -> Weighted {
        Weighted { bits, strong }
    }

    /// Returns token `token` of information `bits`.
    pub fn of_token(token: &str, bits: f32) -> Weighted {
        Weighted {
            bits,
            strong: token.len() >= 2,
        }
    }
}

/// Aligned token pairs: query token index, candidate token index, cost in bits, kind. Names
/// have a handful of tokens, so pairs live inline unless a name is unusually long.
pub type Aligned = SmallVec<[(usize, usize, f32, TokenMatch); 4]>;

/// Result of comparing two names.
#[derive(Debug, Clone, PartialEq)]
pub struct NameScore {
    /// The names' evidence, in bits ([`NOT_ONE_NAME_BITS`] or less when they are not one name).
    pub bits: f32,
    /// Aligned pairs.
    pub aligned: Aligned,
}

/// Returns what an aligned pair adds: the information both tokens carry less the cost of their
/// difference, or, for two names, a share of it against the match.
#[inline]
pub fn pair_bits(query: Weighted, candidate: Weighted, cost: f32, kind: TokenMatch) -> f32 {
    let information = query.bits.min(candidate.bits);
    if kind == TokenMatch::Distinct {
        -DISTINCT * information
    } else {
        information - cost
    }
}

/// A pair of tokens that can align: query index, candidate index, cost, kind, and what it adds.
type Pair = (usize, usize, f32, TokenMatch, f32);

/// Compares two names given as weighted tokens and a similarity function between them (the
/// cost in bits and kind of aligning query token `i` with candidate token `j`).
pub fn score_name(
    query: &[Weighted],
    candidate: &[Weighted],
    similarity: impl Fn(usize, usize) -> Option<(f32, TokenMatch)>,
) -> NameScore {
    // Names have a handful of tokens: pairs live on the stack unless a name is unusually long.
    let mut pairs: SmallVec<[Pair; 16]> = SmallVec::new();
    for (i, q) in query.iter().enumerate() {
        for (j, c) in candidate.iter().enumerate() {
            if let Some((cost, kind)) = similarity(i, j) {
                pairs.push((i, j, cost, kind, pair_bits(*q, *c, cost, kind)));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| {
        b.4.total_cmp(&a.4)
            .then_with(|| (a.0, a.1).cmp(&(b.0, b.1)))
    });
    let mut used_q = 0u64;
    let mut used_c = 0u64;
    let mut aligned = Aligned::new();
    for (i, j, cost, kind, _) in pairs {
        if i >= 64 || j >= 64 || used_q & (1 << i) != 0 || used_c & (1 << j) != 0 {
            continue;
        }
        used_q |= 1 << i;
        used_c |= 1 << j;
        aligned.push((i, j, cost, kind));
    }
    let bits = score_aligned(
        query,
        candidate,
        Totals::of(query, candidate),
        aligned.iter().map(|&(i, j, cost, kind)| (i, j, cost, kind)),
    );
    NameScore { bits, aligned }
}

/// Sums over the tokens of both names that every alignment of the two shares.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Totals {
    query_bits: f32,
    candidate_bits: f32,
    /// `min(strong query tokens, strong candidate tokens, 2)`: the aligned strong pairs needed.
    required: usize,
}

impl Totals {
    pub(crate) fn of(query: &[Weighted], candidate: &[Weighted]) -> Totals {
        let strong = |tokens: &[Weighted]| tokens.iter().filter(|t| t.strong).count();
        Totals {
            query_bits: query.iter().map(|t| t.bits).sum(),
            candidate_bits: candidate.iter().map(|t| t.bits).sum(),
            required: strong(query).min(strong(candidate)).min(2),
        }
    }
}

/// Returns the names' evidence in bits for an alignment: `aligned` gives one-to-one pairs (query
/// token index, candidate token index, cost, kind). [`score_name`] calls it with the pairs it
/// chose; the candidate walk with every pair exact, for an upper bound.
pub(crate) fn score_aligned(
    query: &[Weighted],
    candidate: &[Weighted],
    totals: Totals,
    aligned: impl Iterator<Item = (usize, usize, f32, TokenMatch)>,
) -> f32 {
    let mut bits = 0.0;
    let mut information = 0.0;
    let mut strong_aligned = 0;
    let mut aligned_count = 0;
    let mut aligned_query_bits = 0.0;
    let mut aligned_candidate_bits = 0.0;
    for (i, j, cost, kind) in aligned {
        bits += pair_bits(query[i], candidate[j], cost, kind);
        information += query[i].bits.min(candidate[j].bits);
        aligned_query_bits += query[i].bits;
        aligned_candidate_bits += candidate[j].bits;
        if query[i].strong && candidate[j].strong {
            strong_aligned += 1;
        }
        aligned_count += 1;
    }
    let contradicted_pairs = (query.len().min(64) - aligned_count.min(query.len()))
        .min(candidate.len().min(64) - aligned_count.min(candidate.len()));
    let unaligned_q = (totals.query_bits - aligned_query_bits).max(0.0);
    let unaligned_c = (totals.candidate_bits - aligned_candidate_bits).max(0.0);
    // Tokens unaligned on both sides contradict each other (another surname); tokens unaligned on
    // one side only are names the other side omits (middle names, a second surname).
    let contradicted = unaligned_q.min(unaligned_c);
    let omitted = unaligned_q.max(unaligned_c) - contradicted;
    let omission_cost = if strong_aligned >= 2 {
        (OMISSION * omitted).min(OMISSION_SHARE * information)
    } else {
        OMISSION * omitted
    };
    bits -= CONTRADICTION * contradicted
        + CONTRADICTED_PAIR_BITS * contradicted_pairs as f32
        + omission_cost;
    // Initials alone (A A against AMINA ADAMU) are no name.
    if strong_aligned < totals.required || strong_aligned == 0 {
        bits = bits.min(NOT_ONE_NAME_BITS);
    }
    bits
}

#[cfg(test)]
mod tests;
