//! The name index: candidate retrieval without scanning the list.
//!
//! Every distinct token of every listed name is interned once with its skeleton and weight. Keys
//! (exact token, skeleton, skeleton minus one character, nickname and particle forms; see
//! [`crate::tokens::token_keys`]) map to the tokens that carry them; each token maps to the names
//! that contain it (a posting list).
//!
//! A query token's *matches* are the list tokens sharing a key with it. A name is a candidate when
//! it contains matches for at least `min(2, query tokens, name tokens)` different query tokens
//! (counting tokens of two letters or more) — the same rule the scorer applies to alignments. To
//! find every such name it is enough to walk the postings of all query tokens but the one with the
//! longest postings: a name matching two query tokens contains at least one of the others. The
//! cost is the length of the shorter postings, not the size of the list.

use rustc_hash::FxHashMap;

use crate::score::Weighted;
use crate::similarity::{token_similarity, TokenMatch, TokenRef};
use crate::tokens::{name_tokens, skeleton, token_keys};

/// Facts about one interned token.
#[derive(Debug, Clone)]
pub(crate) struct TokenData {
    pub text: Box<str>,
    pub skeleton: Box<str>,
    pub weight: f32,
}

/// A query name, tokenised, with the list tokens each of its tokens matches.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub(crate) tokens: Vec<String>,
    pub(crate) skeletons: Vec<String>,
    pub(crate) weighted: Vec<Weighted>,
    /// For each query token, the list tokens that share a key with it and align with it, sorted
    /// by token id, with the similarity (computed once, reused by the scorer).
    pub(crate) matches: Vec<Vec<(u32, f32, TokenMatch)>>,
}

impl Query {
    /// Returns the query's tokens.
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

/// Reusable per-thread memory for candidate retrieval.
#[derive(Debug, Default)]
pub struct Scratch {
    seen: Vec<u32>,
    epoch: u32,
}

/// The name index over every name (primary and aliases) of every entry.
#[derive(Debug, Default)]
pub struct NameIndex {
    token_ids: FxHashMap<Box<str>, u32>,
    pub(crate) tokens: Vec<TokenData>,
    key_offsets: FxHashMap<u64, (u32, u32)>,
    key_tokens: Vec<u32>,
    posting_offsets: Vec<u32>,
    postings: Vec<u32>,
    /// Names with at most one strong token, by token: they need one matching token only.
    single_postings: FxHashMap<u32, Vec<u32>>,
    name_offsets: Vec<u32>,
    name_tokens: Vec<u32>,
    name_strong: Vec<u8>,
    /// For each name: the entry it belongs to and its position among the entry's names.
    pub(crate) name_owner: Vec<(u32, u16)>,
}

/// Returns the weight of a token from its document frequency among `names` names.
fn weight(token: &str, document_frequency: usize, names: usize) -> f32 {
    if token.len() == 1 {
        return 0.2;
    }
    let names = names.max(1) as f32;
    let idf = ((names + 1.0) / (document_frequency as f32 + 1.0)).ln();
    let mut weight = 0.3 + 0.7 * (idf / 10_000f32.ln()).min(1.0);
    if token.len() == 2 {
        weight *= 0.6;
    }
    weight
}

impl NameIndex {
    /// Builds the index from each entry's names (`names[e]` are the names of entry `e`).
    pub fn build<'a>(names: impl Iterator<Item = &'a [String]>) -> NameIndex {
        let mut index = NameIndex::default();
        let mut token_postings: Vec<Vec<u32>> = Vec::new();
        for (entry, entry_names) in names.enumerate() {
            for (position, name) in entry_names.iter().enumerate() {
                let name_id = index.name_owner.len() as u32;
                index
                    .name_owner
                    .push((entry as u32, position.min(u16::MAX as usize) as u16));
                index.name_offsets.push(index.name_tokens.len() as u32);
                let tokens = name_tokens(name);
                let mut strong = 0u8;
                for token in &tokens {
                    let id = match index.token_ids.get(token.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = index.tokens.len() as u32;
                            index.token_ids.insert(token.as_str().into(), id);
                            index.tokens.push(TokenData {
                                text: token.as_str().into(),
                                skeleton: skeleton(token).into(),
                                weight: 0.0,
                            });
                            token_postings.push(Vec::new());
                            id
                        }
                    };
                    index.name_tokens.push(id);
                    let posting = &mut token_postings[id as usize];
                    if posting.last() != Some(&name_id) {
                        posting.push(name_id);
                    }
                    if token.len() >= 2 {
                        strong = strong.saturating_add(1);
                    }
                }
                index.name_strong.push(strong);
                if strong <= 1 {
                    for token in &tokens {
                        if let Some(&id) = index.token_ids.get(token.as_str()) {
                            index.single_postings.entry(id).or_default().push(name_id);
                        }
                    }
                }
            }
        }
        index.name_offsets.push(index.name_tokens.len() as u32);
        let name_count = index.name_owner.len();
        for (id, data) in index.tokens.iter_mut().enumerate() {
            data.weight = weight(&data.text, token_postings[id].len(), name_count);
        }
        index.posting_offsets.reserve(token_postings.len() + 1);
        for posting in &token_postings {
            index.posting_offsets.push(index.postings.len() as u32);
            index.postings.extend_from_slice(posting);
        }
        index.posting_offsets.push(index.postings.len() as u32);
        drop(token_postings);
        index.build_keys();
        index
    }

    fn build_keys(&mut self) {
        use rayon::prelude::*;
        let keyed: Vec<(u64, u32)> = self
            .tokens
            .par_iter()
            .enumerate()
            .flat_map_iter(|(id, data)| {
                token_keys(&data.text)
                    .into_iter()
                    .map(move |k| (k, id as u32))
            })
            .collect();
        let mut keyed = keyed;
        keyed.par_sort_unstable();
        self.key_tokens = Vec::with_capacity(keyed.len());
        self.key_offsets = FxHashMap::default();
        self.key_offsets.reserve(keyed.len() / 2);
        let mut start = 0;
        while start < keyed.len() {
            let key = keyed[start].0;
            let mut end = start;
            while end < keyed.len() && keyed[end].0 == key {
                self.key_tokens.push(keyed[end].1);
                end += 1;
            }
            let offset = (self.key_tokens.len() - (end - start)) as u32;
            self.key_offsets.insert(key, (offset, (end - start) as u32));
            start = end;
        }
    }

    /// Returns the number of names indexed.
    pub fn name_count(&self) -> usize {
        self.name_owner.len()
    }

    /// Returns the number of distinct tokens.
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// Returns an estimate of the heap memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let tokens: usize = self
            .tokens
            .iter()
            .map(|t| t.text.len() * 2 + t.skeleton.len() + 48)
            .sum();
        tokens
            + self.key_offsets.capacity() * 24
            + (self.key_tokens.len() + self.posting_offsets.len() + self.postings.len()) * 4
            + (self.name_offsets.len() + self.name_tokens.len()) * 4
            + self.name_strong.len()
            + self.name_owner.len() * 8
            + self
                .single_postings
                .values()
                .map(|v| v.len() * 4 + 32)
                .sum::<usize>()
    }

    /// Prepares a query from a full name.
    pub fn query(&self, name: &str) -> Query {
        let tokens = name_tokens(name);
        let skeletons: Vec<String> = tokens.iter().map(|t| skeleton(t)).collect();
        let name_count = self.name_count();
        let weighted = tokens
            .iter()
            .map(|t| {
                let weight = match self.token_ids.get(t.as_str()) {
                    Some(&id) => self.tokens[id as usize].weight,
                    None => weight(t, 0, name_count),
                };
                Weighted {
                    weight,
                    strong: t.len() >= 2,
                }
            })
            .collect();
        let matches = tokens
            .iter()
            .zip(&skeletons)
            .map(|(t, skel)| {
                let mut ids: Vec<u32> = token_keys(t)
                    .iter()
                    .filter_map(|k| self.key_offsets.get(k))
                    .flat_map(|&(start, len)| {
                        &self.key_tokens[start as usize..(start + len) as usize]
                    })
                    .copied()
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                let query_token = TokenRef {
                    text: t,
                    skeleton: skel,
                };
                ids.into_iter()
                    .filter_map(|id| {
                        let data = &self.tokens[id as usize];
                        let list_token = TokenRef {
                            text: &data.text,
                            skeleton: &data.skeleton,
                        };
                        token_similarity(query_token, list_token).map(|(sim, kind)| (id, sim, kind))
                    })
                    .collect()
            })
            .collect();
        Query {
            tokens,
            skeletons,
            weighted,
            matches,
        }
    }

    fn posting(&self, token: u32) -> &[u32] {
        let start = self.posting_offsets[token as usize] as usize;
        let end = self.posting_offsets[token as usize + 1] as usize;
        &self.postings[start..end]
    }

    /// Returns the token ids of a name.
    pub(crate) fn name(&self, name: u32) -> &[u32] {
        let start = self.name_offsets[name as usize] as usize;
        let end = self.name_offsets[name as usize + 1] as usize;
        &self.name_tokens[start..end]
    }

    /// Returns the candidate names for a query (see the module documentation for the rule).
    pub fn candidates(&self, query: &Query, scratch: &mut Scratch) -> Vec<u32> {
        if scratch.seen.len() != self.name_count() {
            scratch.seen = vec![0; self.name_count()];
            scratch.epoch = 0;
        }
        scratch.epoch = scratch.epoch.wrapping_add(1);
        if scratch.epoch == 0 {
            scratch.seen.iter_mut().for_each(|s| *s = 0);
            scratch.epoch = 1;
        }
        let epoch = scratch.epoch;
        let strong: Vec<usize> = (0..query.tokens.len())
            .filter(|&i| query.weighted[i].strong)
            .collect();
        let mut out = Vec::new();
        // Names with at most one strong token need one matching query token.
        for matches in &query.matches {
            for (token, _, _) in matches {
                for &name in self
                    .single_postings
                    .get(token)
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
                {
                    if scratch.seen[name as usize] != epoch {
                        scratch.seen[name as usize] = epoch;
                        out.push(name);
                    }
                }
            }
        }
        if strong.is_empty() {
            return out;
        }
        let cost = |i: usize| -> usize {
            query.matches[i]
                .iter()
                .map(|&(t, _, _)| self.posting(t).len())
                .sum()
        };
        let mut by_cost: Vec<(usize, usize)> = strong.iter().map(|&i| (cost(i), i)).collect();
        by_cost.sort_unstable();
        let required = strong.len().min(2);
        // With two required matches the most expensive token need not be walked.
        let walked = if required == 2 {
            &by_cost[..by_cost.len() - 1]
        } else {
            &by_cost[..]
        };
        for &(_, i) in walked {
            for &(token, _, _) in &query.matches[i] {
                for &name in self.posting(token) {
                    if scratch.seen[name as usize] == epoch {
                        continue;
                    }
                    scratch.seen[name as usize] = epoch;
                    let needed = required.min(usize::from(self.name_strong[name as usize]));
                    if needed <= 1 || self.matched_query_tokens(query, &strong, name) >= needed {
                        out.push(name);
                    }
                }
            }
        }
        out
    }

    fn matched_query_tokens(&self, query: &Query, strong: &[usize], name: u32) -> usize {
        let name_tokens = self.name(name);
        strong
            .iter()
            .filter(|&&i| {
                name_tokens
                    .iter()
                    .any(|t| query.matches[i].binary_search_by_key(t, |m| m.0).is_ok())
            })
            .count()
    }

    /// Returns the weighted tokens of a name.
    pub(crate) fn weighted(&self, name: u32) -> Vec<Weighted> {
        self.name(name)
            .iter()
            .map(|&t| {
                let data = &self.tokens[t as usize];
                Weighted {
                    weight: data.weight,
                    strong: data.text.len() >= 2,
                }
            })
            .collect()
    }

    /// Returns the similarity of query token `i` and list token `token`.
    pub(crate) fn similarity(
        &self,
        query: &Query,
        i: usize,
        token: u32,
    ) -> Option<(f32, TokenMatch)> {
        let data = &self.tokens[token as usize];
        if query.tokens[i].len() > 1 && data.text.len() > 1 {
            return query.matches[i]
                .binary_search_by_key(&token, |m| m.0)
                .ok()
                .map(|position| (query.matches[i][position].1, query.matches[i][position].2));
        }
        token_similarity(
            TokenRef {
                text: &query.tokens[i],
                skeleton: &query.skeletons[i],
            },
            TokenRef {
                text: &data.text,
                skeleton: &data.skeleton,
            },
        )
    }

    /// Returns the similarity of query token `i` and list token `token`, computed directly (what
    /// the exhaustive baseline uses: no key is involved).
    pub(crate) fn direct_similarity(
        &self,
        query: &Query,
        i: usize,
        token: u32,
    ) -> Option<(f32, TokenMatch)> {
        let data = &self.tokens[token as usize];
        token_similarity(
            TokenRef {
                text: &query.tokens[i],
                skeleton: &query.skeletons[i],
            },
            TokenRef {
                text: &data.text,
                skeleton: &data.skeleton,
            },
        )
    }

    /// Returns the text of a list token.
    pub(crate) fn token_text(&self, token: u32) -> &str {
        &self.tokens[token as usize].text
    }
}
