//! The scorer: the strongest evidence, lowered by contradictions.
//!
//! **Names.** Tokens of the two names are aligned one to one, best pairs first (so a repeated
//! token can align once only). Each token carries a weight: rare tokens weigh more than common
//! ones, very short tokens and initials weigh little. The name score is the similarity-weighted
//! aligned weight over the aligned weight plus a penalty for unaligned tokens; a token missing on
//! one side only (a middle name the other side omits) costs little, tokens unaligned on both
//! sides (a different surname) cost a lot. Two names with two or more tokens each need two
//! aligned tokens: one shared common name is not a match. A name whose aligned tokens are all
//! common (JOHN SMITH) scores at most [`COMMON_NAME_CAP`], under the default threshold: its date
//! of birth or nationality must agree.
//!
//! **Contradictions and support.** Date of birth (day/month swaps and year-only list dates
//! tolerated), nationality and gender raise or lower the name score by fixed amounts, each given
//! as a reason.

use chrono::{Datelike, NaiveDate};
use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::PartialDate;
use serde::Serialize;
use smallvec::SmallVec;

use crate::similarity::TokenMatch;

/// Share of a query's token weight that a match must align: matching only a traveller's common
/// names (two frequent given names, not the rare surname) is not a match.
pub const COVERAGE: f32 = 0.5;

/// Similarity-weighted information of the aligned tokens (for each pair the lesser of the two
/// tokens' weights, capped for common name tokens: see `common_names`) below which a name carries too little to be a hit on its
/// own: less than one uncommon token's (two very common ones carry 0.5).
pub const INFORMATIVE_WEIGHT: f32 = 0.8;

/// Highest name score of a name that carries less than [`INFORMATIVE_WEIGHT`]: just under the
/// default threshold, so that agreeing evidence (date of birth, nationality) is needed.
pub const COMMON_NAME_CAP: f32 = 0.84;

/// One piece of evidence for or against a match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// Stable code, such as `token_match`, `dob_mismatch`, `document_exact`.
    pub code: &'static str,
    /// What was compared, for a human.
    pub detail: String,
    /// What it did to the score: a similarity for token matches, a signed amount otherwise.
    pub effect: f32,
}

/// A token on one side of a comparison, with its weight.
#[derive(Debug, Clone, Copy)]
pub struct Weighted {
    /// The token weight (0–1).
    pub weight: f32,
    /// True for a token of two letters or more (an initial is not strong).
    pub strong: bool,
    /// The most the token tells who someone is, in hundredths: below 100 for the common name
    /// tokens of [`crate::common_names`], whatever their weight on the list.
    ceiling: u8,
}

impl Weighted {
    /// Returns a token of this weight and strength that is not a common name.
    pub fn new(weight: f32, strong: bool) -> Weighted {
        Weighted {
            weight,
            strong,
            ceiling: 100,
        }
    }

    /// Returns token `token` of weight `weight`.
    pub fn of_token(token: &str, weight: f32) -> Weighted {
        let ceiling = crate::common_names::weight_ceiling(token);
        Weighted {
            weight,
            strong: token.len() >= 2,
            ceiling: (ceiling * 100.0).round() as u8,
        }
    }

    /// Returns what the token tells who someone is: its weight, at most its ceiling.
    #[inline]
    fn information(&self) -> f32 {
        self.weight.min(f32::from(self.ceiling) / 100.0)
    }
}

/// Aligned token pairs: query token index, candidate token index, similarity, kind. Names have a
/// handful of tokens, so pairs live inline unless a name is unusually long.
pub type Aligned = SmallVec<[(usize, usize, f32, TokenMatch); 4]>;

/// Result of comparing two names.
#[derive(Debug, Clone, PartialEq)]
pub struct NameScore {
    /// Name score (0–1).
    pub score: f32,
    /// Aligned pairs.
    pub aligned: Aligned,
}

/// A pair of tokens that can align: query index, candidate index, similarity, kind, and the
/// similarity-weighted weight the alignment is greedy on.
type Pair = (usize, usize, f32, TokenMatch, f32);

/// Compares two names given as weighted tokens and a similarity function between them.
pub fn score_name(
    query: &[Weighted],
    candidate: &[Weighted],
    similarity: impl Fn(usize, usize) -> Option<(f32, TokenMatch)>,
) -> NameScore {
    // Names have a handful of tokens: pairs live on the stack unless a name is unusually long.
    let mut pairs: SmallVec<[Pair; 16]> = SmallVec::new();
    for (i, q) in query.iter().enumerate() {
        for (j, c) in candidate.iter().enumerate() {
            if let Some((sim, kind)) = similarity(i, j) {
                pairs.push((i, j, sim, kind, sim * (q.weight + c.weight)));
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
    for (i, j, sim, kind, _) in pairs {
        if i >= 64 || j >= 64 || used_q & (1 << i) != 0 || used_c & (1 << j) != 0 {
            continue;
        }
        used_q |= 1 << i;
        used_c |= 1 << j;
        aligned.push((i, j, sim, kind));
    }
    let score = score_aligned(
        query,
        candidate,
        Totals::of(query, candidate),
        aligned.iter().map(|&(i, j, sim, _)| (i, j, sim)),
    );
    NameScore { score, aligned }
}

/// Sums over the tokens of both names that every alignment of the two shares.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Totals {
    query_weight: f32,
    candidate_weight: f32,
    /// `min(strong query tokens, strong candidate tokens, 2)`: the aligned strong pairs needed.
    required: usize,
}

impl Totals {
    pub(crate) fn of(query: &[Weighted], candidate: &[Weighted]) -> Totals {
        let strong = |tokens: &[Weighted]| tokens.iter().filter(|t| t.strong).count();
        Totals {
            query_weight: query.iter().map(|t| t.weight).sum(),
            candidate_weight: candidate.iter().map(|t| t.weight).sum(),
            required: strong(query).min(strong(candidate)).min(2),
        }
    }
}

/// Returns the name score of an alignment: `aligned` gives one-to-one pairs (query token index,
/// candidate token index, similarity). [`score_name`] calls it with the pairs it chose; the
/// candidate walk with every similarity at 1, for an upper bound.
pub(crate) fn score_aligned(
    query: &[Weighted],
    candidate: &[Weighted],
    totals: Totals,
    aligned: impl Iterator<Item = (usize, usize, f32)>,
) -> f32 {
    let mut aligned_weight = 0.0;
    let mut matched = 0.0;
    let mut strong_aligned = 0;
    let mut aligned_query_weight = 0.0;
    let mut aligned_candidate_weight = 0.0;
    let mut information = 0.0;
    for (i, j, sim) in aligned {
        let weight = (query[i].weight + candidate[j].weight) / 2.0;
        aligned_weight += weight;
        matched += sim * weight;
        // What both sides say: an initial tells little however rare the name it stands for.
        information += sim * query[i].information().min(candidate[j].information());
        aligned_query_weight += query[i].weight;
        aligned_candidate_weight += candidate[j].weight;
        if query[i].strong && candidate[j].strong {
            strong_aligned += 1;
        }
    }
    let unaligned_q = (totals.query_weight - aligned_query_weight).max(0.0);
    let unaligned_c = (totals.candidate_weight - aligned_candidate_weight).max(0.0);
    // Tokens unaligned on both sides contradict each other (another surname); tokens unaligned on
    // one side only are names the other side omits (middle names, a second surname) and cost at
    // most 15 % of the aligned weight.
    let contradicted = unaligned_q.min(unaligned_c);
    let omitted = unaligned_q.max(unaligned_c) - contradicted;
    let omission_cost = if strong_aligned >= 2 {
        (0.3 * omitted).min(0.15 * aligned_weight)
    } else {
        0.3 * omitted
    };
    let denominator = aligned_weight + contradicted + omission_cost;
    let mut score = if denominator > 0.0 {
        matched / denominator
    } else {
        0.0
    };
    let covered = aligned_query_weight >= COVERAGE * totals.query_weight - 1e-6;
    // Initials alone (A A against AMINA ADAMU) are no name.
    if strong_aligned < totals.required || strong_aligned == 0 || !covered {
        score = score.min(0.5);
    }
    if information < INFORMATIVE_WEIGHT {
        // JOHN SMITH, MOHAMMED ALI, J NGUYEN: a name of common tokens alone is no hit; a date
        // of birth or nationality that agrees must say it is this person.
        score = score.min(COMMON_NAME_CAP);
    }
    score
}

/// Returns the effect of the dates of birth on the score, with a reason, when both are known.
pub fn date_of_birth_effect(
    traveller: Option<NaiveDate>,
    listed: &[PartialDate],
) -> Option<Reason> {
    let traveller = traveller?;
    let (code, detail, effect, date) = best_date_comparison(traveller, listed)?;
    Some(Reason {
        code,
        detail: format!("{detail} (traveller {traveller}, list {date})"),
        effect,
    })
}

/// Returns the effect of the dates of birth on the score (0 when either is unknown), without
/// building a reason: what screening computes for every candidate before deciding on a hit.
pub fn date_of_birth_delta(traveller: Option<NaiveDate>, listed: &[PartialDate]) -> f32 {
    traveller
        .and_then(|t| best_date_comparison(t, listed))
        .map_or(0.0, |(_, _, effect, _)| effect)
}

fn best_date_comparison(
    traveller: NaiveDate,
    listed: &[PartialDate],
) -> Option<(&'static str, &'static str, f32, PartialDate)> {
    listed
        .iter()
        .map(|date| compare_dates(traveller, *date))
        .max_by(|a, b| a.2.total_cmp(&b.2))
}

fn compare_dates(
    traveller: NaiveDate,
    listed: PartialDate,
) -> (&'static str, &'static str, f32, PartialDate) {
    let year_gap = (traveller.year() - listed.year()).abs();
    // Whether the listed month and day (those the list gives) agree with the traveller's.
    let agrees = listed.month().is_none_or(|m| m == traveller.month())
        && listed.day().is_none_or(|d| d == traveller.day());
    let (code, detail, effect) = match listed {
        PartialDate::Full(date) if date == traveller => {
            ("dob_match", "date of birth identical", 0.05)
        }
        PartialDate::Full(date)
            if year_gap == 0
                && date.month() == traveller.day()
                && date.day() == traveller.month() =>
        {
            (
                "dob_match",
                "date of birth identical with day and month swapped",
                0.03,
            )
        }
        PartialDate::YearMonth(..) if year_gap == 0 && agrees => {
            ("dob_match", "year and month of birth identical", 0.03)
        }
        PartialDate::Year(_) if year_gap == 0 => (
            "dob_match",
            "year of birth identical (list gives the year only)",
            0.02,
        ),
        // A day apart, across a month or a year too (1998-12-31 / 1999-01-01): one slip.
        PartialDate::Full(date) if (date - traveller).num_days().abs() == 1 => {
            ("dob_partial", "dates of birth one day apart", -0.03)
        }
        // One field differs by a slip of one digit (10/11, 13/31): tolerated.
        _ if year_gap == 0 && one_field_slip(traveller, listed) => (
            "dob_partial",
            "same year of birth, one digit of the day or month differs",
            -0.03,
        ),
        // A wholly other day or month (10/25), or both: most often another person of the same
        // name.
        _ if year_gap == 0 => (
            "dob_mismatch",
            "same year of birth, another day or month",
            -0.20,
        ),
        // A slip of the year alone (one year apart, or two digits swapped where the month
        // agrees: swapping adjacent digits changes a number by a multiple of nine, the cheap
        // test first) is tolerated; with another day or month too, it is two slips.
        _ if agrees
            && listed.month().is_some()
            && year_gap % 9 == 0
            && digits_transposed(traveller.year(), listed.year()) =>
        {
            (
                "dob_partial",
                "year of birth with two digits swapped",
                -0.03,
            )
        }
        _ if agrees && year_gap == 1 => ("dob_mismatch", "year of birth one year apart", -0.08),
        _ if year_gap == 1
            || (listed.month().is_some()
                && year_gap % 9 == 0
                && digits_transposed(traveller.year(), listed.year())) =>
        {
            (
                "dob_mismatch",
                "year of birth one slip away, and another day or month",
                -0.20,
            )
        }
        _ => ("dob_mismatch", "years of birth far apart", -0.25),
    };
    (code, detail, effect, listed)
}

/// Returns the effect of nationalities on the score (0 when either is unknown).
pub fn nationality_delta(traveller: Option<&str>, listed: &[String]) -> f32 {
    match traveller {
        Some(_) if listed.is_empty() => 0.0,
        Some(t) if listed.iter().any(|n| n == t) => 0.02,
        Some(_) => -0.08,
        None => 0.0,
    }
}

/// Returns the effect of genders on the score (0 unless both are known and differ).
pub fn gender_delta(traveller: Option<Gender>, listed: Option<Gender>) -> f32 {
    match (traveller, listed) {
        (Some(Gender::M), Some(Gender::F)) | (Some(Gender::F), Some(Gender::M)) => -0.1,
        _ => 0.0,
    }
}

/// Returns true when the one field (day or month) in which a listed date of the traveller's year
/// differs is one keying slip away: one digit changed, or its two digits swapped.
fn one_field_slip(traveller: NaiveDate, listed: PartialDate) -> bool {
    let (a, b) = match listed {
        PartialDate::Full(date)
            if date.month() != traveller.month() && date.day() != traveller.day() =>
        {
            return false;
        }
        PartialDate::Full(date) if date.month() != traveller.month() => {
            (traveller.month(), date.month())
        }
        PartialDate::Full(date) => (traveller.day(), date.day()),
        PartialDate::YearMonth(_, month) => (traveller.month(), month),
        PartialDate::Year(_) => return true,
    };
    let (a_tens, a_units, b_tens, b_units) = (a / 10, a % 10, b / 10, b % 10);
    a_tens == b_tens || a_units == b_units || (a_tens == b_units && a_units == b_tens)
}

/// Returns true when two years differ by a swap of two adjacent digits (1983 / 1938).
fn digits_transposed(a: i32, b: i32) -> bool {
    if !(0..10_000).contains(&a) || !(0..10_000).contains(&b) {
        return false;
    }
    // Digits from the right; runs for every namesake, so no text is built.
    let digit = |year: i32, i: u32| (year / 10_i32.pow(i)) % 10;
    let differing: u32 = (0..4).filter(|&i| digit(a, i) != digit(b, i)).count() as u32;
    differing == 2
        && (0..3).any(|i| {
            digit(a, i) != digit(b, i)
                && digit(a, i) == digit(b, i + 1)
                && digit(a, i + 1) == digit(b, i)
        })
}

/// Returns the effect of nationalities on the score, when both are known.
pub fn nationality_effect(traveller: Option<&str>, listed: &[String]) -> Option<Reason> {
    let traveller = traveller?;
    let effect = nationality_delta(Some(traveller), listed);
    if effect > 0.0 {
        Some(Reason {
            code: "nationality_match",
            detail: format!("nationality {traveller} listed"),
            effect,
        })
    } else if effect < 0.0 {
        Some(Reason {
            code: "nationality_mismatch",
            detail: format!("nationality {traveller}, list gives {}", listed.join("/")),
            effect,
        })
    } else {
        None
    }
}

/// Returns the effect of genders on the score, when both are known and differ.
pub fn gender_effect(traveller: Option<Gender>, listed: Option<Gender>) -> Option<Reason> {
    let effect = gender_delta(traveller, listed);
    (effect < 0.0).then(|| Reason {
        code: "gender_mismatch",
        detail: "genders differ".to_owned(),
        effect,
    })
}

#[cfg(test)]
mod tests;
