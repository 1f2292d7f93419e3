//! An upper bound of the name score, computed during candidate retrieval from which tokens can
//! align, so that names that cannot reach the floor are never scored.
//!
//! The scorer aligns tokens one to one and scores the alignment with
//! [`score_aligned`](crate::score::score_aligned). Any alignment it picks is among the one-to-one
//! assignments the alignable pairs allow, and its score is at most that of the same assignment
//! with every pair exact (no cost, not two names); the bound is the best such score over all
//! assignments.

use crate::score::{score_aligned, Totals, Weighted};
use crate::similarity::TokenMatch;

/// Assignments tried at most; beyond that the bound gives up and returns infinity.
const MAX_ASSIGNMENTS: u32 = 1_024;

/// Returns an upper bound of the name score of `candidate` against `query`, where `masks[k]`
/// holds the query tokens (bit `j` for query token `j`) that candidate token `k` can align with.
pub(crate) fn name_score_bound(query: &[Weighted], candidate: &[Weighted], masks: &[u32]) -> f32 {
    if query.len() > 32 || candidate.len() > 8 {
        return f32::INFINITY;
    }
    let assignments: u32 = masks
        .iter()
        .map(|m| m.count_ones() + 1)
        .try_fold(1u32, |all, n| {
            all.checked_mul(n).filter(|&a| a <= MAX_ASSIGNMENTS)
        })
        .unwrap_or(u32::MAX);
    if assignments > MAX_ASSIGNMENTS {
        return f32::INFINITY;
    }
    let mut search = Search {
        query,
        candidate,
        totals: Totals::of(query, candidate),
        masks,
        pairs: [(0, 0); 8],
        best: f32::NEG_INFINITY,
    };
    search.assign(0, 0, 0);
    search.best
}

/// The state of the search over assignments.
struct Search<'a> {
    query: &'a [Weighted],
    candidate: &'a [Weighted],
    totals: Totals,
    masks: &'a [u32],
    pairs: [(usize, usize); 8],
    best: f32,
}

impl Search<'_> {
    /// Tries every one-to-one assignment of candidate tokens `k..` (each to an open query token
    /// in its mask, or to none), `len` pairs being chosen, keeping the best score.
    fn assign(&mut self, k: usize, used: u32, len: usize) {
        if k == self.masks.len() {
            let aligned = self.pairs[..len]
                .iter()
                .map(|&(i, j)| (i, j, 0.0, TokenMatch::Exact));
            let score = score_aligned(self.query, self.candidate, self.totals, aligned);
            self.best = self.best.max(score);
            return;
        }
        self.assign(k + 1, used, len);
        let mut open = self.masks[k] & !used;
        while open != 0 {
            let bit = open & open.wrapping_neg();
            self.pairs[len] = (bit.trailing_zeros() as usize, k);
            self.assign(k + 1, used | bit, len + 1);
            open &= !bit;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::score_name;

    fn tokens(weights: &[f32]) -> Vec<Weighted> {
        weights
            .iter()
            .map(|&weight| Weighted::new(weight, true))
            .collect()
    }

    #[test]
    fn bound_is_never_below_the_score() {
        let query = tokens(&[3.0, 9.0, 5.0]);
        let candidate = tokens(&[8.0, 3.0, 2.0]);
        // candidate token 0 aligns with query 1 (0.95), token 1 with query 0 (0.9) or 2 (0.85).
        let similarity = |i: usize, j: usize| match (i, j) {
            (1, 0) => Some((0.5, TokenMatch::Spelling)),
            (0, 1) => Some((1.0, TokenMatch::Spelling)),
            (2, 1) => Some((1.5, TokenMatch::Distinct)),
            _ => None,
        };
        let score = score_name(&query, &candidate, similarity).bits;
        let bound = name_score_bound(&query, &candidate, &[0b010, 0b101, 0]);
        assert!(bound >= score, "bound {bound} below score {score}");
        assert!(bound.is_finite());
    }

    #[test]
    fn one_candidate_token_covers_one_query_token() {
        // MOHAMED against MOHAMMED MUHAMMAD KHAN: the list token aligns with either given name,
        // not both, and KHAN is missing: the name cannot be a hit.
        let query = tokens(&[2.0, 2.0, 9.0]);
        let candidate = tokens(&[2.0, 9.0]);
        let bound = name_score_bound(&query, &candidate, &[0b011, 0]);
        assert!(bound <= crate::score::NOT_ONE_NAME_BITS, "{bound}");
    }

    #[test]
    fn too_many_assignments_give_up() {
        let query = tokens(&[5.0; 32]);
        let candidate = tokens(&[5.0; 4]);
        assert_eq!(
            name_score_bound(&query, &candidate, &[u32::MAX; 4]),
            f32::INFINITY
        );
    }
}
