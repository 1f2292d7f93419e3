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
use smallvec::SmallVec;

use crate::bound::name_score_bound;
use crate::score::{Weighted, COVERAGE};
use crate::similarity::{token_similarity, TokenFeatures, TokenMatch, TokenRef};
use crate::tokens::{name_tokens, skeleton, token_keys, KeyKind};

mod keys;
mod masks;

use keys::{KeyEntry, Probe};
use masks::TokenMasks;

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

/// One name in a token's posting: `[name | strong << 28 | overflow << 27, other tokens…]`, the
/// other tokens padded with `u32::MAX`. `overflow` marks names with more than four tokens, whose
/// other tokens are read from the name itself.
type Posting = [u32; 4];

const NAME_BITS: u32 = (1 << 27) - 1;
const OVERFLOW: u32 = 1 << 27;

fn posting(name: u32, strong: u8, tokens: &[u32], own: u32) -> Posting {
    let mut entry = [u32::MAX; 4];
    // The name's tokens but one occurrence of `own`: a repeated token stays (MICHAEL MICHAEL).
    let mut others: Vec<u32> = tokens.to_vec();
    if let Some(position) = others.iter().position(|&t| t == own) {
        others.remove(position);
    }
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
    /// The same, by list token: which query tokens it can align with.
    alignable: TokenMasks,
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

    /// Returns which strong query tokens (bit mask, first 32) list token `token`, not an
    /// initial, aligns with (the bits of query initials may be set too).
    fn mask(&self, token: u32) -> u32 {
        self.alignable.get(token).mask
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
    /// Every token's weight and strength, packed: what scoring reads for each candidate.
    weighted_tokens: Vec<Weighted>,
    /// One bit per token, set for initials (tokens of one letter): small enough to stay in
    /// cache while a walk checks every token it meets.
    initial_tokens: Vec<u64>,
    /// The initials, by id (a few dozen at most).
    initial_ids: Vec<u32>,
    key_offsets: FxHashMap<u64, (u32, u32)>,
    key_tokens: Vec<KeyEntry>,
    /// For every list token, the list tokens it aligns with (itself included), computed at build
    /// so that a query token already in the list needs no key lookup.
    neighbours: Vec<(u32, f32, TokenMatch)>,
    posting_offsets: Vec<u32>,
    /// Per token, the names containing it, each with the name's other tokens inline, so that a walk
    /// over a posting reads memory in order instead of jumping to every name.
    postings: Vec<Posting>,
    /// Forms with at most one strong token, by token: they need one matching token only.
    single_postings: FxHashMap<u32, Vec<u32>>,
    /// One bit per token, set for the tokens in `single_postings`: most tokens have none, and
    /// this says so without a map lookup.
    single_tokens: Vec<u64>,
    /// Distinct token sequences (*forms*): namesakes and repeated aliases share one form, so a
    /// form is retrieved and scored once per query however many entries carry it.
    form_offsets: Vec<u32>,
    form_tokens: Vec<u32>,
    form_strong: Vec<u8>,
    /// For each form, the names carrying it: `(entry, position among the entry's names)`.
    owner_offsets: Vec<u32>,
    owners: Vec<(u32, u16)>,
    names_indexed: usize,
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
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut form_ids: FxHashMap<Box<[u32]>, u32> = FxHashMap::default();
        // (form, entry, position of the name among the entry's names)
        let mut owned: Vec<(u32, u32, u16)> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        for (entry, entry_names) in names.enumerate() {
            for (position, name) in entry_names.iter().enumerate() {
                ids.clear();
                for token in name_tokens(name) {
                    ids.push(index.intern(&token, &mut document_frequency));
                }
                for (k, &id) in ids.iter().enumerate() {
                    if !ids[..k].contains(&id) {
                        document_frequency[id as usize] += 1;
                    }
                }
                let form = match form_ids.get(ids.as_slice()) {
                    Some(&form) => form,
                    None => {
                        let form = index.form_strong.len() as u32;
                        form_ids.insert(ids.clone().into_boxed_slice(), form);
                        index.form_offsets.push(index.form_tokens.len() as u32);
                        index.form_tokens.extend_from_slice(&ids);
                        let strong = ids
                            .iter()
                            .filter(|&&t| index.tokens[t as usize].text.len() >= 2)
                            .count();
                        index.form_strong.push(strong.min(255) as u8);
                        form
                    }
                };
                owned.push((form, entry as u32, position.min(u16::MAX as usize) as u16));
            }
        }
        drop(form_ids);
        index.form_offsets.push(index.form_tokens.len() as u32);
        index.names_indexed = owned.len();
        owned.sort_by_key(|&(form, _, _)| form);
        index.owners = owned.iter().map(|&(_, e, p)| (e, p)).collect();
        index.owner_offsets = Vec::with_capacity(index.form_strong.len() + 1);
        let mut next = 0;
        for form in 0..index.form_strong.len() as u32 {
            index.owner_offsets.push(next as u32);
            while next < owned.len() && owned[next].0 == form {
                next += 1;
            }
        }
        index.owner_offsets.push(owned.len() as u32);
        drop(owned);
        let mut token_postings: Vec<Vec<Posting>> = vec![Vec::new(); index.tokens.len()];
        let mut single_postings: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for form in 0..index.form_count() as u32 {
            let tokens = index.form(form);
            let strong = index.form_strong[form as usize];
            for (position, &token) in tokens.iter().enumerate() {
                if tokens[..position].contains(&token) {
                    continue;
                }
                token_postings[token as usize].push(posting(form, strong, tokens, token));
                if strong <= 1 {
                    single_postings.entry(token).or_default().push(form);
                }
            }
        }
        index.single_tokens = vec![0; index.tokens.len().div_ceil(64)];
        for &token in single_postings.keys() {
            index.single_tokens[token as usize / 64] |= 1 << (token % 64);
        }
        index.single_postings = single_postings;
        for (id, data) in index.tokens.iter_mut().enumerate() {
            data.weight = weight(
                &data.text,
                document_frequency[id] as usize,
                index.names_indexed,
            );
        }
        index.weighted_tokens = index
            .tokens
            .iter()
            .map(|data| Weighted {
                weight: data.weight,
                strong: data.text.len() >= 2,
            })
            .collect();
        index.initial_tokens = vec![0; index.tokens.len().div_ceil(64)];
        for (id, weighted) in index.weighted_tokens.iter().enumerate() {
            if !weighted.strong {
                index.initial_tokens[id / 64] |= 1 << (id % 64);
                index.initial_ids.push(id as u32);
            }
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

    /// Returns the id of a token, interning it (with a zero document frequency) when new.
    fn intern(&mut self, token: &str, document_frequency: &mut Vec<u32>) -> u32 {
        if let Some(&id) = self.token_ids.get(token) {
            return id;
        }
        let id = self.tokens.len() as u32;
        self.token_ids.insert(token.into(), id);
        self.tokens.push(TokenData {
            text: token.into(),
            skeleton: skeleton(token).into(),
            weight: 0.0,
            features: TokenFeatures::of(token),
            neighbours: (0, 0),
        });
        document_frequency.push(0);
        id
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
        let probes: Vec<Probe> = self
            .tokens
            .par_iter()
            .map(|data| Probe::of(data.as_ref()))
            .collect();
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
                    .push(KeyEntry::new(token, probes[token as usize]));
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
            .map(|data| self.aligned_by_keys(data.as_ref()))
            .collect();
        self.neighbours = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        for (data, list) in self.tokens.iter_mut().zip(lists) {
            data.neighbours = (self.neighbours.len() as u32, list.len() as u32);
            self.neighbours.extend(list);
        }
    }

    /// Returns the list tokens that share a key with a token and align with it, sorted by id.
    fn aligned_by_keys(&self, query_token: TokenRef<'_>) -> Vec<(u32, f32, TokenMatch)> {
        let probe = Probe::of(query_token);
        let mut ids: Vec<u32> = token_keys(query_token.text)
            .iter()
            .filter_map(|(k, kind)| {
                let &(start, len) = self.key_offsets.get(k)?;
                // A near key shared by very many tokens (a common three-consonant deletion) costs
                // more than it finds: exact, skeleton and anagram keys still apply.
                (*kind != KeyKind::Near || len <= NEAR_KEY_LIMIT).then_some((start, len))
            })
            .flat_map(|(start, len)| &self.key_tokens[start as usize..(start + len) as usize])
            .filter(|entry| entry.could_align(&probe))
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

    /// Returns the number of names indexed (primary names and aliases).
    pub fn name_count(&self) -> usize {
        self.names_indexed
    }

    /// Returns the number of distinct forms (token sequences) among the names.
    pub fn form_count(&self) -> usize {
        self.form_strong.len()
    }

    /// Returns the range in [`NameIndex::all_owners`] of the names carrying a form.
    pub(crate) fn owner_range(&self, form: u32) -> std::ops::Range<usize> {
        let start = self.owner_offsets[form as usize] as usize;
        let end = self.owner_offsets[form as usize + 1] as usize;
        start..end
    }

    /// Returns every name as `(entry, position among the entry's names)`, grouped by form.
    pub(crate) fn all_owners(&self) -> &[(u32, u16)] {
        &self.owners
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
            + self.weighted_tokens.len() * std::mem::size_of::<Weighted>()
            + self.initial_tokens.len() * 8
            + self.posting_offsets.len() * 4
            + self.postings.len() * std::mem::size_of::<Posting>()
            + (self.form_offsets.len() + self.form_tokens.len()) * 4
            + self.form_strong.len()
            + self.owner_offsets.len() * 4
            + self.owners.len() * 8
            + self
                .single_postings
                .values()
                .map(|v| v.len() * 4 + 32)
                .sum::<usize>()
    }

    /// Prepares a query from a full name.
    pub fn query(&self, name: &str) -> Query {
        let tokens = name_tokens(name);
        let name_count = self.name_count();
        let mut skeletons = Vec::with_capacity(tokens.len());
        let mut features = Vec::with_capacity(tokens.len());
        let mut weighted = Vec::with_capacity(tokens.len());
        let mut matches: Vec<Vec<(u32, f32, TokenMatch)>> = Vec::with_capacity(tokens.len());
        for token in &tokens {
            // A token the list knows comes with its skeleton, features, weight and neighbours.
            let (skeleton, token_features, token_weight, token_matches) =
                match self.token_ids.get(token.as_str()) {
                    Some(&id) => {
                        let data = &self.tokens[id as usize];
                        let (start, len) = data.neighbours;
                        (
                            String::from(&*data.skeleton),
                            data.features,
                            data.weight,
                            self.neighbours[start as usize..(start + len) as usize].to_vec(),
                        )
                    }
                    None => {
                        let skeleton = skeleton(token);
                        let token_ref = TokenRef::new(token, &skeleton);
                        let token_matches = self.aligned_by_keys(token_ref);
                        let token_features = token_ref.features;
                        (
                            skeleton,
                            token_features,
                            weight(token, 0, name_count),
                            token_matches,
                        )
                    }
                };
            skeletons.push(skeleton);
            features.push(token_features);
            weighted.push(Weighted {
                weight: token_weight,
                strong: token.len() >= 2,
            });
            matches.push(token_matches);
        }
        let aligned = matches
            .iter()
            .enumerate()
            .flat_map(|(j, list)| list.iter().map(move |&(token, _, _)| (token, j)));
        let alignable = TokenMasks::build(&weighted, &self.initial_ids, aligned);
        Query {
            tokens,
            skeletons,
            features,
            weighted,
            matches,
            alignable,
        }
    }

    fn posting(&self, token: u32) -> &[Posting] {
        let start = self.posting_offsets[token as usize] as usize;
        let end = self.posting_offsets[token as usize + 1] as usize;
        &self.postings[start..end]
    }

    fn is_initial(&self, token: u32) -> bool {
        self.initial_tokens[token as usize / 64] & (1 << (token % 64)) != 0
    }

    /// Returns the token ids of a form.
    pub(crate) fn form(&self, form: u32) -> &[u32] {
        let start = self.form_offsets[form as usize] as usize;
        let end = self.form_offsets[form as usize + 1] as usize;
        &self.form_tokens[start..end]
    }

    /// Returns the candidate forms for a query (see the module documentation for the rule).
    ///
    /// Forms whose name score cannot reach `floor` (see [`crate::bound`]) are left out.
    pub fn candidates(&self, query: &Query, floor: f32, scratch: &mut Scratch) -> Vec<u32> {
        let strong: Vec<usize> = (0..query.tokens.len())
            .filter(|&i| query.weighted[i].strong)
            .collect();
        let walked = self.tokens_to_walk(query, &strong);
        let found = &mut scratch.found;
        found.clear();
        // Names with at most one strong token need one matching query token.
        for &(_, i) in &walked {
            for &(token, _, _) in &query.matches[i] {
                if self.single_tokens[token as usize / 64] & (1 << (token % 64)) == 0 {
                    continue;
                }
                if let Some(names) = self.single_postings.get(&token) {
                    found.extend_from_slice(names);
                }
            }
        }
        if !strong.is_empty() {
            let required = strong.len().min(2);
            let total_weight: f32 = query.weighted.iter().map(|w| w.weight).sum();
            let strong_bits = (0..query.tokens.len().min(32))
                .filter(|&j| query.weighted[j].strong)
                .fold(0u32, |all, j| all | 1 << j);
            // The weight and strong count of the query tokens in a mask.
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
                    // The walked token itself, once per posting.
                    let own = query.alignable.get(token);
                    for entry in self.posting(token) {
                        let name = entry[0] & NAME_BITS;
                        let needed = required.min((entry[0] >> 28) as usize);
                        if entry[0] & OVERFLOW != 0 {
                            if self.matched_query_tokens(query, &strong, name) >= needed {
                                found.push(name);
                            }
                            continue;
                        }
                        let list_tokens = [token, entry[1], entry[2], entry[3]];
                        let count = 1 + entry[1..].iter().take_while(|&&t| t != u32::MAX).count();
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
                            // Most names fail on the per-token sums already: the union is
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
                            self.weighted_tokens[list_tokens[k.min(count - 1)] as usize]
                        });
                        let bound =
                            name_score_bound(&query.weighted, &candidate[..count], &masks[..count]);
                        if bound >= floor - 1e-4 {
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
        // Postings walked for each query token, computed once (each is a read per list token).
        let costs: Vec<usize> = query
            .matches
            .iter()
            .map(|matches| matches.iter().map(|&(t, _, _)| self.posting(t).len()).sum())
            .collect();
        let cost = |i: usize| costs[i];
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
        let name_tokens = self.form(name);
        strong
            .iter()
            .filter(|&&i| {
                name_tokens
                    .iter()
                    .any(|t| query.matches[i].binary_search_by_key(t, |m| m.0).is_ok())
            })
            .count()
    }

    /// Returns the weighted tokens of a form (inline: scoring a candidate allocates nothing).
    pub(crate) fn weighted(&self, form: u32) -> SmallVec<[Weighted; 8]> {
        self.form(form)
            .iter()
            .map(|&t| self.weighted_tokens[t as usize])
            .collect()
    }

    /// Returns the similarity of query token `i` and list token `token`.
    pub(crate) fn similarity(
        &self,
        query: &Query,
        i: usize,
        token: u32,
    ) -> Option<(f32, TokenMatch)> {
        if query.tokens[i].len() > 1 && !self.is_initial(token) {
            let mask = query.mask(token);
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
