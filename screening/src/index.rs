//! The name index: candidate retrieval without scanning the list.
//!
//! Every distinct token of every listed name is interned once with its skeleton, features and
//! weight. Keys (exact token, skeleton, skeleton minus one character, anagram, doubled-letter and
//! short-skeleton forms, nickname and particle forms; see [`crate::tokens::token_keys`]) map to
//! the tokens that carry them. At build time every token's *neighbours* — the list tokens that
//! share a key with it and align with it by the scorer's own [`token_similarity`] — are stored, so
//! a query token already in the list needs no key lookup; an unknown query token goes through the
//! keys. Each token maps to the names that contain it (a posting list), and each posting entry
//! carries the name's other tokens so that a walk reads memory in order.
//!
//! A name is a candidate when it satisfies the scorer's necessary conditions: it aligns at least
//! `min(2, query tokens, name tokens)` query tokens (counting tokens of two letters or more), and
//! the query tokens it aligns carry [`COVERAGE`] of the query's weight. Only the postings of the
//! rarest query tokens that can reach that share are walked (or of all but the most expensive
//! token, whichever costs less): common tokens such as frequent given names are never walked.

use rustc_hash::FxHashMap;

use crate::score::{Weighted, COVERAGE};
use crate::similarity::{token_similarity, TokenFeatures, TokenMatch, TokenRef};
use crate::tokens::{name_tokens, skeleton, token_keys, KeyKind};

/// Longest token list a near key (deletion, anagram) is followed for.
const NEAR_KEY_LIMIT: u32 = 4_000;

/// Facts about one interned token.
#[derive(Debug, Clone)]
pub(crate) struct TokenData {
    pub text: Box<str>,
    pub skeleton: Box<str>,
    pub weight: f32,
    pub features: TokenFeatures,
    /// Range in `NameIndex::neighbours` of the list tokens this token aligns with.
    pub neighbours: (u32, u32),
}

impl TokenData {
    fn as_ref(&self) -> TokenRef<'_> {
        TokenRef {
            text: &self.text,
            skeleton: &self.skeleton,
            features: self.features,
        }
    }
}

/// A token as listed under a key, with what is needed to discard it without reading the token:
/// most tokens sharing only a deletion key cannot align (see `could_align`).
#[derive(Debug, Clone, Copy)]
struct KeyEntry {
    token: u32,
    len: u8,
    first: u8,
    /// The token is a nickname or starts with a particle: it may align whatever its spelling.
    special: bool,
    skeleton_hash: u32,
}

impl KeyEntry {
    fn new(token: u32, data: &TokenData) -> KeyEntry {
        KeyEntry {
            token,
            len: data.text.len().min(255) as u8,
            first: data.text.as_bytes().first().copied().unwrap_or(0),
            special: data.features.has_formal || data.features.particle_len > 0,
            skeleton_hash: short_hash(&data.skeleton),
        }
    }

    /// Returns false when the token surely does not align with a query token of this length,
    /// first letter, skeleton hash and specialness: a spelling match needs the same skeleton, or
    /// the same first letter and lengths within one (mirrors the early exits in
    /// `token_similarity`).
    fn could_align(&self, len: usize, first: u8, skeleton_hash: u32, special: bool) -> bool {
        special
            || self.special
            || self.skeleton_hash == skeleton_hash
            || (self.first == first && (usize::from(self.len).abs_diff(len) <= 1 || len > 255))
    }
}

fn short_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// One name in a token's posting: `[name | strong << 28 | overflow << 27, other tokens…]`, the
/// other tokens padded with `u32::MAX`. `overflow` marks names with more than four tokens, whose
/// other tokens are read from the name itself.
type Posting = [u32; 4];

const NAME_BITS: u32 = (1 << 27) - 1;
const OVERFLOW: u32 = 1 << 27;

fn posting(name: u32, strong: u8, tokens: &[u32], own: u32) -> Posting {
    let mut entry = [u32::MAX; 4];
    let others: Vec<u32> = tokens.iter().copied().filter(|&t| t != own).collect();
    let overflow = if others.len() > 3 { OVERFLOW } else { 0 };
    entry[0] = (name & NAME_BITS) | (u32::from(strong.min(15)) << 28) | overflow;
    for (slot, token) in entry[1..].iter_mut().zip(others) {
        *slot = token;
    }
    entry
}

/// A query name, tokenised, with the list tokens each of its tokens matches.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub(crate) tokens: Vec<String>,
    pub(crate) skeletons: Vec<String>,
    pub(crate) features: Vec<TokenFeatures>,
    pub(crate) weighted: Vec<Weighted>,
    /// For each query token, the list tokens that share a key with it and align with it, sorted
    /// by token id, with the similarity (computed once, reused by the scorer).
    pub(crate) matches: Vec<Vec<(u32, f32, TokenMatch)>>,
    /// The same, by list token: which query tokens (bit mask, first 32) it aligns with.
    masks: FxHashMap<u32, u32>,
}

impl Query {
    /// Returns query token `i` with its skeleton and features.
    pub(crate) fn token_ref(&self, i: usize) -> TokenRef<'_> {
        TokenRef {
            text: &self.tokens[i],
            skeleton: &self.skeletons[i],
            features: self.features[i],
        }
    }

    /// Returns how many list tokens align with each query token (a measure of retrieval work).
    pub fn match_counts(&self) -> Vec<usize> {
        self.matches.iter().map(Vec::len).collect()
    }

    /// Returns the query's tokens.
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

/// Reusable per-thread memory for candidate retrieval.
#[derive(Debug, Default)]
pub struct Scratch {
    found: Vec<u32>,
}

/// The name index over every name (primary and aliases) of every entry.
#[derive(Debug, Default)]
pub struct NameIndex {
    token_ids: FxHashMap<Box<str>, u32>,
    pub(crate) tokens: Vec<TokenData>,
    key_offsets: FxHashMap<u64, (u32, u32)>,
    key_tokens: Vec<KeyEntry>,
    /// For every list token, the list tokens it aligns with (itself included), computed at build
    /// so that a query token already in the list needs no key lookup.
    neighbours: Vec<(u32, f32, TokenMatch)>,
    posting_offsets: Vec<u32>,
    /// Per token, the names containing it, each with the name's other tokens inline, so that a walk
    /// over a posting reads memory in order instead of jumping to every name.
    postings: Vec<Posting>,
    /// Names with at most one strong token, by token: they need one matching token only.
    single_postings: FxHashMap<u32, Vec<u32>>,
    name_offsets: Vec<u32>,
    name_tokens: Vec<u32>,
    name_strong: Vec<u8>,
    /// For each name: the entry it belongs to and its position among the entry's names.
    pub(crate) name_owner: Vec<(u32, u16)>,
}

/// Returns the weight of a token from its document frequency among `names` names: the inverse
/// document frequency scaled so that a token seen once in a large list weighs 1 and one seen in a
/// tenth of all names about 0.2. Lists under ten thousand names are scaled as if they had ten
/// thousand, so that a small list does not make every token look common. Two-letter tokens weigh
/// less, initials little.
fn weight(token: &str, document_frequency: usize, names: usize) -> f32 {
    if token.len() == 1 {
        return 0.2;
    }
    let scale = (names.max(10_000) as f32 + 1.0).ln();
    let idf = ((names as f32 + 1.0) / (document_frequency as f32 + 1.0))
        .ln()
        .max(0.0);
    let base = if names < 10_000 {
        1.0
    } else {
        (idf / scale).clamp(0.1, 1.0)
    };
    if token.len() == 2 {
        base * 0.6
    } else {
        base
    }
}

impl NameIndex {
    /// Builds the index from each entry's names (`names[e]` are the names of entry `e`).
    pub fn build<'a>(names: impl Iterator<Item = &'a [String]>) -> NameIndex {
        let mut index = NameIndex::default();
        let mut token_postings: Vec<Vec<Posting>> = Vec::new();
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
                                features: TokenFeatures::of(token),
                                neighbours: (0, 0),
                            });
                            token_postings.push(Vec::new());
                            id
                        }
                    };
                    index.name_tokens.push(id);
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
        for name in 0..name_count as u32 {
            let tokens = index.name(name);
            let strong = index.name_strong[name as usize];
            for (position, &token) in tokens.iter().enumerate() {
                if tokens[..position].contains(&token) {
                    continue;
                }
                token_postings[token as usize].push(posting(name, strong, tokens, token));
            }
        }
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
        index.build_neighbours();
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
                    .map(move |(k, _)| (k, id as u32))
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
                let token = keyed[end].1;
                self.key_tokens
                    .push(KeyEntry::new(token, &self.tokens[token as usize]));
                end += 1;
            }
            let offset = (self.key_tokens.len() - (end - start)) as u32;
            self.key_offsets.insert(key, (offset, (end - start) as u32));
            start = end;
        }
    }

    fn build_neighbours(&mut self) {
        use rayon::prelude::*;
        let lists: Vec<Vec<(u32, f32, TokenMatch)>> = self
            .tokens
            .par_iter()
            .map(|data| self.aligned_by_keys(&data.text, &data.skeleton))
            .collect();
        self.neighbours = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        for (data, list) in self.tokens.iter_mut().zip(lists) {
            data.neighbours = (self.neighbours.len() as u32, list.len() as u32);
            self.neighbours.extend(list);
        }
    }

    /// Returns the list tokens that share a key with a token and align with it, sorted by id.
    fn aligned_by_keys(&self, text: &str, skel: &str) -> Vec<(u32, f32, TokenMatch)> {
        let query_token = TokenRef::new(text, skel);
        let (length, hash) = (text.len(), short_hash(skel));
        let first = text.as_bytes().first().copied().unwrap_or(0);
        let special = query_token.features.has_formal || query_token.features.particle_len > 0;
        let mut ids: Vec<u32> = token_keys(text)
            .iter()
            .filter_map(|(k, kind)| {
                let &(start, len) = self.key_offsets.get(k)?;
                // A near key shared by very many tokens (a common three-consonant deletion) costs
                // more than it finds: exact, skeleton and anagram keys still apply.
                (*kind != KeyKind::Near || len <= NEAR_KEY_LIMIT).then_some((start, len))
            })
            .flat_map(|(start, len)| &self.key_tokens[start as usize..(start + len) as usize])
            .filter(|entry| entry.could_align(length, first, hash, special))
            .map(|entry| entry.token)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| {
                let data = &self.tokens[id as usize];
                token_similarity(query_token, data.as_ref()).map(|(sim, kind)| (id, sim, kind))
            })
            .collect()
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
            + self.key_tokens.len() * std::mem::size_of::<KeyEntry>()
            + self.neighbours.len() * std::mem::size_of::<(u32, f32, TokenMatch)>()
            + self.posting_offsets.len() * 4
            + self.postings.len() * std::mem::size_of::<Posting>()
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
        let matches: Vec<Vec<(u32, f32, TokenMatch)>> = tokens
            .iter()
            .zip(&skeletons)
            .map(|(t, skel)| match self.token_ids.get(t.as_str()) {
                Some(&id) => {
                    let (start, len) = self.tokens[id as usize].neighbours;
                    self.neighbours[start as usize..(start + len) as usize].to_vec()
                }
                None => self.aligned_by_keys(t, skel),
            })
            .collect();
        let features = tokens.iter().map(|t| TokenFeatures::of(t)).collect();
        let mut masks: FxHashMap<u32, u32> = FxHashMap::default();
        for (j, token_matches) in matches.iter().enumerate().take(32) {
            for &(token, _, _) in token_matches {
                *masks.entry(token).or_default() |= 1 << j;
            }
        }
        Query {
            tokens,
            skeletons,
            features,
            weighted,
            matches,
            masks,
        }
    }

    fn posting(&self, token: u32) -> &[Posting] {
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
        let strong: Vec<usize> = (0..query.tokens.len())
            .filter(|&i| query.weighted[i].strong)
            .collect();
        let walked = self.tokens_to_walk(query, &strong);
        let found = &mut scratch.found;
        found.clear();
        // Names with at most one strong token need one matching query token.
        for &(_, i) in &walked {
            for (token, _, _) in &query.matches[i] {
                if let Some(names) = self.single_postings.get(token) {
                    found.extend_from_slice(names);
                }
            }
        }
        if !strong.is_empty() {
            let required = strong.len().min(2);
            let total_weight: f32 = query.weighted.iter().map(|w| w.weight).sum();
            // Which query tokens each matching list token stands for: a small map that stays in
            // the L1 cache, built with the query.
            let masks = &query.masks;
            let weight_of = |mask: u32| -> (f32, usize) {
                let mut covered = 0.0;
                let mut strong_count = 0;
                for (j, weighted) in query.weighted.iter().enumerate().take(32) {
                    if mask & (1 << j) != 0 {
                        covered += weighted.weight;
                        strong_count += usize::from(weighted.strong);
                    }
                }
                (covered, strong_count)
            };
            for &(_, i) in &walked {
                for &(token, _, _) in &query.matches[i] {
                    for entry in self.posting(token) {
                        let name = entry[0] & NAME_BITS;
                        let needed = required.min((entry[0] >> 28) as usize);
                        let matched = if needed <= 1 {
                            needed
                        } else if entry[0] & OVERFLOW != 0 {
                            self.matched_query_tokens(query, &strong, name)
                        } else {
                            let mut mask = masks.get(&token).copied().unwrap_or(0);
                            for other in &entry[1..] {
                                if *other != u32::MAX {
                                    mask |= masks.get(other).copied().unwrap_or(0);
                                }
                            }
                            let (covered, count) = weight_of(mask);
                            // The scorer's coverage rule, checked here so that names matching
                            // only light tokens are not scored at all.
                            if covered < COVERAGE * total_weight - 1e-6 {
                                continue;
                            }
                            count
                        };
                        if matched >= needed {
                            found.push(name);
                        }
                    }
                }
            }
        }
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
        let cost = |i: usize| -> usize {
            query.matches[i]
                .iter()
                .map(|&(t, _, _)| self.posting(t).len())
                .sum()
        };
        let all: Vec<usize> = (0..query.tokens.len()).collect();
        let candidates = if strong.is_empty() { &all[..] } else { strong };
        let total: f32 = query.weighted.iter().map(|w| w.weight).sum();
        let mut by_weight: Vec<usize> = candidates.to_vec();
        by_weight.sort_by(|&a, &b| {
            query.weighted[b]
                .weight
                .total_cmp(&query.weighted[a].weight)
                .then_with(|| cost(a).cmp(&cost(b)))
        });
        let mut remaining = total;
        let mut by_coverage = Vec::new();
        for &i in &by_weight {
            if remaining < COVERAGE * total {
                break;
            }
            remaining -= query.weighted[i].weight;
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
            let mask = query.masks.get(&token).copied().unwrap_or(0);
            if i < 32 && mask & (1 << i) == 0 {
                return None;
            }
            return query.matches[i]
                .binary_search_by_key(&token, |m| m.0)
                .ok()
                .map(|position| (query.matches[i][position].1, query.matches[i][position].2));
        }
        self.direct_similarity(query, i, token)
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
        token_similarity(query.token_ref(i), data.as_ref())
    }

    /// Returns the text of a list token.
    pub(crate) fn token_text(&self, token: u32) -> &str {
        &self.tokens[token as usize].text
    }
}
