//! Neighbours: the list tokens a token aligns with, found through keys.
//!
//! Keys (exact token, skeleton, skeleton minus one character, anagram, doubled-letter and
//! short-skeleton forms, nickname and particle forms; see [`crate::tokens::token_keys`]) map to
//! the tokens that carry them. At build time every token's *neighbours* — the list tokens that
//! share a key with it and align with it by the scorer's own [`token_similarity`] — are stored,
//! so a query token already in the list needs no key lookup; an unknown query token goes through
//! the keys.

use rustc_hash::FxHashMap;

use super::keys::{KeyEntry, Probe};
use super::vocabulary::{TokenData, Vocabulary};
use crate::similarity::{token_similarity, TokenMatch, TokenRef};
use crate::tokens::{token_keys, KeyKind};

/// Longest token list a near key (deletion, anagram) is followed for.
const NEAR_KEY_LIMIT: u32 = 4_000;

/// A list token that aligns with a token, with the similarity and kind of the alignment.
pub(crate) type Neighbour = (u32, f32, TokenMatch);

/// The key table and every list token's neighbours.
#[derive(Debug, Default)]
pub(super) struct Neighbours {
    key_offsets: FxHashMap<u64, (u32, u32)>,
    key_tokens: Vec<KeyEntry>,
    /// For every list token, the list tokens it aligns with (itself included), in the range
    /// [`TokenData::neighbours`].
    lists: Vec<Neighbour>,
}

impl Neighbours {
    /// Builds the key table over the vocabulary, then every token's neighbours (recording their
    /// range in each token's [`TokenData::neighbours`]).
    pub(super) fn build(vocabulary: &mut Vocabulary) -> Neighbours {
        let mut neighbours = Neighbours::default();
        neighbours.build_keys(vocabulary);
        let lists: Vec<Vec<Neighbour>> = {
            use rayon::prelude::*;
            let table = &neighbours;
            let vocabulary = &*vocabulary;
            vocabulary
                .tokens
                .par_iter()
                .map(|data| table.aligned_by_keys(vocabulary, data.as_ref()))
                .collect()
        };
        neighbours.lists = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        for (data, list) in vocabulary.tokens.iter_mut().zip(lists) {
            data.neighbours = (neighbours.lists.len() as u32, list.len() as u32);
            neighbours.lists.extend(list);
        }
        neighbours
    }

    fn build_keys(&mut self, vocabulary: &Vocabulary) {
        use rayon::prelude::*;
        let keyed: Vec<(u64, u32)> = vocabulary
            .tokens
            .par_iter()
            .enumerate()
            .flat_map_iter(|(id, data)| {
                // Consonantal keys file only the tokens read without vowels.
                let consonantal = data.features.consonantal;
                token_keys(&data.text)
                    .into_iter()
                    .filter(move |(_, kind)| *kind != KeyKind::Consonantal || consonantal)
                    .map(move |(k, _)| (k, id as u32))
            })
            .collect();
        let mut keyed = keyed;
        keyed.par_sort_unstable();
        let probes: Vec<Probe> = vocabulary
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

    /// Returns the neighbours of a list token.
    #[inline]
    pub(super) fn of(&self, data: &TokenData) -> &[Neighbour] {
        let (start, len) = data.neighbours;
        &self.lists[start as usize..(start + len) as usize]
    }

    /// Returns the list tokens that share a key with a token and align with it, sorted by id.
    #[inline]
    pub(super) fn aligned_by_keys(
        &self,
        vocabulary: &Vocabulary,
        query_token: TokenRef<'_>,
    ) -> Vec<Neighbour> {
        let probe = Probe::of(query_token);
        let mut ids: Vec<u32> = token_keys(query_token.text)
            .iter()
            .filter_map(|(k, kind)| {
                let &(start, len) = self.key_offsets.get(k)?;
                // A near key shared by very many tokens (a common three-consonant deletion) costs
                // more than it finds: exact, skeleton and anagram keys still apply.
                (*kind != KeyKind::Near || len <= NEAR_KEY_LIMIT).then_some((start, len, *kind))
            })
            .flat_map(|(start, len, kind)| {
                self.key_tokens[start as usize..(start + len) as usize]
                    .iter()
                    .map(move |entry| (entry, kind))
            })
            // Exact keys are precise (the token, its formal names, what follows its particle,
            // its folded spelling, its pinyin readings): what shares one is compared whatever
            // its spelling.
            .filter(|(entry, kind)| {
                matches!(kind, KeyKind::Exact | KeyKind::Consonantal) || entry.could_align(&probe)
            })
            .map(|(entry, _)| entry.token)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| {
                token_similarity(query_token, vocabulary.get(id).as_ref())
                    .map(|(sim, kind)| (id, sim, kind))
            })
            .collect()
    }

    /// Returns an estimate of the heap memory held, in bytes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.key_offsets.capacity() * 24
            + self.key_tokens.len() * std::mem::size_of::<KeyEntry>()
            + self.lists.len() * std::mem::size_of::<Neighbour>()
    }
}
