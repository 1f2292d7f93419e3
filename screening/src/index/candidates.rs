//! Candidate retrieval: the forms a query may match, found by walking postings.
//!
//! A form is a candidate when it satisfies the scorer's necessary conditions: it aligns at
//! least `min(2, query tokens, form tokens)` query tokens (counting tokens of two letters or
//! more), and the bound of its name's evidence reaches the floor. The postings of every query
//! token but the most expensive to walk are walked.

use super::query::Query;
use super::NameIndex;
use crate::bound::name_score_bound;
use crate::score::{pair_bits, Weighted};

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
        let walked = self.list_tokens_to_walk(query, &strong, floor);
        let Scratch { found, listed } = scratch;
        found.clear();
        listed.fill(self.vocabulary.len(), query.alignable.tokens());
        // Forms with at most one strong token need one matching query token (any: such forms
        // are few, mononyms and initials).
        for matches in &query.matches {
            for &(token, _, _) in matches {
                found.extend_from_slice(self.postings.single(token));
            }
        }
        if !strong.is_empty() {
            let required = strong.len().min(2);
            let strong_bits = (0..query.tokens.len().min(32))
                .filter(|&j| query.weighted[j].strong)
                .fold(0u32, |all, j| all | 1 << j);
            // The strong query tokens in a mask.
            let strong_count = |mask: u32| (mask & strong_bits).count_ones() as usize;
            for &token in &walked {
                {
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
                        let mut each_strong = usize::from(own.mask & strong_bits != 0);
                        for k in 1..count {
                            let alignable = query.alignable.get(list_tokens[k]);
                            masks[k] = alignable.mask;
                            union |= alignable.mask;
                            each_strong += usize::from(alignable.mask & strong_bits != 0);
                        }
                        if needed >= 2 && (each_strong < needed || strong_count(union) < needed) {
                            continue;
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

    /// Returns the list tokens whose postings must be walked, distinct.
    ///
    /// Either rule alone finds every form whose name can reach `floor`, and the cheaper walk is
    /// taken:
    /// - by information: a form aligns each query token with one list token, adding at most
    ///   what that pair adds (see [`pair_bits`]). Leaving out of the walk the list tokens that
    ///   add least to each query token (all of them for the most expensive query tokens, often
    ///   common given names), a form found by no walked list token adds at most, for each query
    ///   token, the best of what was left out of it: while those bests sum to less than
    ///   `floor`, such a form cannot reach it. Pairs of two names ([`TokenMatch::Distinct`]),
    ///   which add nothing, are never walked.
    /// - by structure: a hit of two names of two strong tokens or more aligns two strong query
    ///   tokens, one at least not the most expensive, whose list tokens are left out.
    ///
    /// [`TokenMatch::Distinct`]: crate::similarity::TokenMatch::Distinct
    fn list_tokens_to_walk(&self, query: &Query, strong: &[usize], floor: f32) -> Vec<u32> {
        let all: Vec<usize> = (0..query.tokens.len()).collect();
        let walkable = if strong.is_empty() { &all[..] } else { strong };
        // For each walkable query token, its list tokens by what they add, most first, with
        // the postings each costs.
        let options: Vec<Vec<(f32, usize, u32)>> = walkable
            .iter()
            .map(|&i| {
                let mut listed: Vec<(f32, usize, u32)> = query.matches[i]
                    .iter()
                    .map(|&(token, cost, kind)| {
                        let adds = pair_bits(
                            query.weighted[i],
                            self.vocabulary.weighted(token),
                            cost,
                            kind,
                        );
                        (adds, self.postings.of(token).len(), token)
                    })
                    .collect();
                listed.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
                listed
            })
            .collect();
        // By information: walk a prefix of each query token's list tokens, the prefixes that
        // cost fewest postings while what they leave out sums to less than `floor` (a knapsack
        // over half-bit steps, rounded up so that the sum is never under-counted).
        let walked_len = cheapest_prefixes(&options, floor, initials_bits(query, walkable));
        let by_information: Vec<u32> = options
            .iter()
            .zip(walked_len.iter().map(|len| len.unwrap_or(usize::MAX)))
            .map(|(listed, len)| (listed, len.min(listed.len())))
            .flat_map(|(listed, len)| listed[..len].iter().map(|o| o.2))
            .collect();
        // By structure: all walkable query tokens but the most expensive.
        let costs: Vec<usize> = options
            .iter()
            .map(|listed| listed.iter().map(|o| o.1).sum())
            .collect();
        let mut by_structure: Vec<u32> = Vec::new();
        if walkable.len() >= 2 && !strong.is_empty() {
            let most_expensive = (0..options.len()).max_by_key(|&t| costs[t]).unwrap_or(0);
            for (t, listed) in options.iter().enumerate() {
                if t != most_expensive {
                    by_structure.extend(listed.iter().map(|o| o.2));
                }
            }
        } else {
            by_structure.extend(options.iter().flatten().map(|o| o.2));
        }
        let walk_cost =
            |tokens: &[u32]| -> usize { tokens.iter().map(|&t| self.postings.of(t).len()).sum() };
        let mut walked = if walk_cost(&by_information) <= walk_cost(&by_structure) {
            by_information
        } else {
            by_structure
        };
        walked.sort_unstable();
        walked.dedup();
        walked
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

/// Steps of the knapsack of [`cheapest_prefixes`], in bits.
const SLACK_STEP: f32 = 0.5;

/// Returns what the query's initials, never walked, may add: their information.
fn initials_bits(query: &Query, walkable: &[usize]) -> f32 {
    (0..query.tokens.len())
        .filter(|i| !walkable.contains(i))
        .map(|i| query.weighted[i].bits)
        .sum()
}

/// Returns, for each query token's list tokens (`options[t]`: what each adds, its postings,
/// most adding first), how many to walk so that the postings walked are fewest while what the
/// list tokens left out may add — for each query token the most any of its left-out list tokens
/// adds, and `fixed` — stays under `floor`; `None` for a query token when the bound cannot be
/// kept (then every list token is walked).
fn cheapest_prefixes(
    options: &[Vec<(f32, usize, u32)>],
    floor: f32,
    fixed: f32,
) -> Vec<Option<usize>> {
    let steps = |bits: f32| (bits.max(0.0) / SLACK_STEP).ceil() as usize;
    let budget = {
        let room = floor - fixed;
        if room <= 0.0 {
            return vec![None; options.len()];
        }
        // Strictly under the floor: the steps summed stay below it.
        ((room / SLACK_STEP).ceil() as usize).saturating_sub(1)
    };
    // For each query token, the walks worth considering: for each number of steps left out,
    // the shortest prefix leaving that little out, with its cost.
    let choices: Vec<Vec<(usize, usize, usize)>> = options
        .iter()
        .map(|listed| {
            let positive = listed.iter().take_while(|o| o.0 > 0.0).count();
            let mut by_steps: Vec<(usize, usize, usize)> = Vec::new();
            let mut cost = 0;
            for len in 0..=positive {
                let left = listed
                    .get(len)
                    .filter(|_| len < positive)
                    .map_or(0, |o| steps(o.0));
                if by_steps.last().is_none_or(|&(s, _, _)| left < s) {
                    by_steps.push((left, cost, len));
                }
                if let Some(o) = listed.get(len) {
                    cost += o.1;
                }
            }
            by_steps
        })
        .collect();
    // best[t][b]: the fewest postings walking tokens 0..t with `b` steps left out, and the
    // choice made for token t - 1.
    let unreachable = (usize::MAX, usize::MAX);
    let mut best = vec![vec![unreachable; budget + 1]; options.len() + 1];
    best[0][0] = (0, usize::MAX);
    for t in 0..options.len() {
        for b in 0..=budget {
            let (cost, _) = best[t][b];
            if cost == usize::MAX {
                continue;
            }
            for (choice, &(left, walk, _)) in choices[t].iter().enumerate() {
                let total = b + left;
                if total <= budget && cost + walk < best[t + 1][total].0 {
                    best[t + 1][total] = (cost + walk, choice);
                }
            }
        }
    }
    let Some((mut b, _)) = best[options.len()]
        .iter()
        .enumerate()
        .filter(|(_, cell)| cell.0 != usize::MAX)
        .min_by_key(|(_, cell)| cell.0)
    else {
        return vec![None; options.len()];
    };
    let mut lengths = vec![None; options.len()];
    for t in (0..options.len()).rev() {
        let choice = best[t + 1][b].1;
        let (left, _, len) = choices[t][choice];
        lengths[t] = Some(len);
        b -= left;
    }
    lengths
}
