//! Candidate retrieval: the forms a query may match, found by walking postings.
//!
//! A form is a candidate when it satisfies the scorer's necessary conditions: it aligns at
//! least `min(2, query tokens, form tokens)` query tokens (counting tokens of two letters or
//! more), and the query tokens it aligns carry [`COVERAGE`] of the query's weight. Only the
//! postings of the rarest query tokens that can reach that share are walked (or of all but the
//! most expensive token, whichever costs less): common tokens such as frequent given names are
//! never walked.

use super::query::Query;
use super::NameIndex;
use crate::bound::name_score_bound;
use crate::score::{Weighted, COVERAGE};

/// Reusable per-thread memory for candidate retrieval.
#[derive(Debug, Default)]
pub struct Scratch {
    found: Vec<u32>,
    listed: Listed,
}

/// One bit per list token, set during a walk for the tokens of the query's [`TokenMasks`] table:
/// whether a form's other tokens can align with a query token is then a few bit tests in memory
/// that stays in the cache, and most forms walked fail there. Cleared after each walk (only the
/// bits set), so a query costs nothing per list token.
///
/// [`TokenMasks`]: super::masks::TokenMasks
#[derive(Debug, Default)]
struct Listed {
    bits: Vec<u64>,
    /// The bit of [`super::postings`]' padding (`u32::MAX`) and of every id beyond the
    /// vocabulary: never set.
    limit: u32,
}

impl Listed {
    /// Sets the bits of `tokens`, sizing the set for `token_count` tokens.
    fn fill(&mut self, token_count: usize, tokens: impl Iterator<Item = u32>) {
        if self.bits.len() * 64 <= token_count {
            self.bits = vec![0; token_count / 64 + 1];
        }
        self.limit = token_count as u32;
        for token in tokens {
            self.bits[token as usize / 64] |= 1 << (token % 64);
        }
    }

    #[inline]
    fn contains(&self, token: u32) -> bool {
        let token = token.min(self.limit);
        self.bits[token as usize / 64] & (1 << (token % 64)) != 0
    }

    /// Clears the bits of `tokens` (those [`Listed::fill`] set).
    fn clear(&mut self, tokens: impl Iterator<Item = u32>) {
        for token in tokens {
            self.bits[token as usize / 64] = 0;
        }
    }
}

impl NameIndex {
    /// Returns the candidate forms for a query (see the module documentation for the rule).
    ///
    /// Forms whose name score cannot reach `floor` (see the crate's `bound` module) are left out.
    pub fn candidates(&self, query: &Query, floor: f32, scratch: &mut Scratch) -> Vec<u32> {
        let strong: Vec<usize> = (0..query.tokens.len())
            .filter(|&i| query.weighted[i].strong)
            .collect();
        let walked = self.tokens_to_walk(query, &strong);
        let Scratch { found, listed } = scratch;
        found.clear();
        listed.fill(self.vocabulary.len(), query.alignable.tokens());
        // Forms with at most one strong token need one matching query token.
        for &(_, i) in &walked {
            for &(token, _, _) in &query.matches[i] {
                found.extend_from_slice(self.postings.single(token));
            }
        }
        if !strong.is_empty() {
            let required = strong.len().min(2);
            let total_weight: f32 = query.weighted.iter().map(|w| w.bits).sum();
            let strong_bits = (0..query.tokens.len().min(32))
                .filter(|&j| query.weighted[j].strong)
                .fold(0u32, |all, j| all | 1 << j);
            // The weight and strong count of the query tokens in a mask.
            let weight_of = |mask: u32| -> (f32, usize) {
                let mut covered = 0.0;
                let mut strong_count = 0;
                for (j, weighted) in query.weighted.iter().enumerate().take(32) {
                    if mask & (1 << j) != 0 {
                        covered += weighted.bits;
                        strong_count += usize::from(weighted.strong);
                    }
                }
                (covered, strong_count)
            };
            for &(_, i) in &walked {
                for &(token, _, _) in &query.matches[i] {
                    // The walked token itself, once per posting.
                    let own = query.alignable.get(token);
                    for entry in self.postings.of(token) {
                        let form = entry.form();
                        let needed = required.min(entry.strong());
                        if entry.overflows() {
                            if self.matched_query_tokens(query, &strong, form) >= needed {
                                found.push(form);
                            }
                            continue;
                        }
                        let (list_tokens, count) = entry.tokens(token);
                        // Two alignments need one of the other tokens in the table: a token
                        // outside aligns with query initials only, which are not strong.
                        if needed >= 2
                            && !(listed.contains(list_tokens[1])
                                | listed.contains(list_tokens[2])
                                | listed.contains(list_tokens[3]))
                        {
                            continue;
                        }
                        // Initials align through their first letter, not through keys: a query
                        // initial may align with any list token, a list initial with any query
                        // token (the table says so).
                        let mut masks = [own.mask, 0, 0, 0];
                        // The scorer's necessary conditions, cheaply: each list token aligns
                        // with one query token (MICHAEL cannot stand for both MICHAELs of a
                        // query), and the query tokens aligned are among those in the masks.
                        let mut union = own.mask;
                        let mut each_covered = own.heaviest;
                        let mut each_strong = usize::from(own.mask & strong_bits != 0);
                        for k in 1..count {
                            let alignable = query.alignable.get(list_tokens[k]);
                            masks[k] = alignable.mask;
                            union |= alignable.mask;
                            each_covered += alignable.heaviest;
                            each_strong += usize::from(alignable.mask & strong_bits != 0);
                        }
                        if needed >= 2 {
                            // Most forms fail on the per-token sums already: the union is
                            // weighed only for the others.
                            let coverage = COVERAGE * total_weight - 1e-6;
                            if each_covered < coverage || each_strong < needed {
                                continue;
                            }
                            let (union_covered, union_strong) = weight_of(union);
                            if union_covered < coverage || union_strong < needed {
                                continue;
                            }
                        }
                        let candidate: [Weighted; 4] = std::array::from_fn(|k| {
                            self.vocabulary.weighted(list_tokens[k.min(count - 1)])
                        });
                        let bound =
                            name_score_bound(&query.weighted, &candidate[..count], &masks[..count]);
                        if bound >= floor - 1e-4 {
                            found.push(form);
                        }
                    }
                }
            }
        }
        listed.clear(query.alignable.tokens());
        found.sort_unstable();
        found.dedup();
        found.clone()
    }

    /// Returns the query tokens whose postings must be walked: `(cost, index)` pairs.
    ///
    /// A hit aligns query tokens carrying at least [`COVERAGE`] of the query's weight (the scorer's
    /// rule). Taking tokens from the heaviest (rarest) down until the tokens left weigh less than
    /// that, every hit contains one of the tokens taken: the common tokens left are never walked.
    /// With two alignments required, the most expensive token need not be walked either.
    fn tokens_to_walk(&self, query: &Query, strong: &[usize]) -> Vec<(usize, usize)> {
        // Postings walked for each query token, computed once (each is a read per list token).
        let costs: Vec<usize> = query
            .matches
            .iter()
            .map(|matches| {
                matches
                    .iter()
                    .map(|&(t, _, _)| self.postings.of(t).len())
                    .sum()
            })
            .collect();
        let cost = |i: usize| costs[i];
        let all: Vec<usize> = (0..query.tokens.len()).collect();
        let candidates = if strong.is_empty() { &all[..] } else { strong };
        let total: f32 = query.weighted.iter().map(|w| w.bits).sum();
        let mut by_weight: Vec<usize> = candidates.to_vec();
        by_weight.sort_by(|&a, &b| {
            query.weighted[b]
                .bits
                .total_cmp(&query.weighted[a].bits)
                .then_with(|| cost(a).cmp(&cost(b)))
        });
        let mut remaining = total;
        let mut by_coverage = Vec::new();
        for &i in &by_weight {
            if remaining < COVERAGE * total {
                break;
            }
            remaining -= query.weighted[i].bits;
            by_coverage.push((cost(i), i));
        }
        let mut by_cost: Vec<(usize, usize)> = candidates.iter().map(|&i| (cost(i), i)).collect();
        by_cost.sort_unstable();
        if candidates.len() >= 2 && !strong.is_empty() {
            by_cost.pop();
        }
        // Either rule alone finds every hit: walk the cheaper set.
        let walk_cost = |set: &[(usize, usize)]| set.iter().map(|&(c, _)| c).sum::<usize>();
        if walk_cost(&by_coverage) <= walk_cost(&by_cost) {
            by_coverage
        } else {
            by_cost
        }
    }

    /// Returns how many of the strong query tokens align with a token of the form.
    fn matched_query_tokens(&self, query: &Query, strong: &[usize], form: u32) -> usize {
        let form_tokens = self.form(form);
        strong
            .iter()
            .filter(|&&i| {
                form_tokens
                    .iter()
                    .any(|t| query.matches[i].binary_search_by_key(t, |m| m.0).is_ok())
            })
            .count()
    }
}
