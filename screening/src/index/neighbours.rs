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
use crate::similarity::{
    cut_short_cost, token_similarity, TokenMatch, TokenRef, TRUNCATED_MIN_LEN,
};
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
    /// Token ids sorted by text: the tokens that start with a token (which it may be cut short
    /// from) are a range.
    by_text: Vec<u32>,
    /// Hashes of the tokens of names that fill a machine-readable zone, sorted.
    zone_tokens: Vec<u64>,
}

/// Seed of the hash of [`Neighbours::zone_tokens`] (FNV-1a).
const ZONE_HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of the hash of [`Neighbours::zone_tokens`].
#[inline]
fn zone_hash_step(hash: u64, b: u8) -> u64 {
    (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

impl Neighbours {
    /// Builds the key table over the vocabulary, then every token's neighbours (recording their
    /// range in each token's [`TokenData::neighbours`]).
    pub(super) fn build(vocabulary: &mut Vocabulary) -> Neighbours {
        let mut neighbours = Neighbours::default();
        neighbours.build_keys(vocabulary);
        neighbours.by_text = (0..vocabulary.len() as u32).collect();
        {
            use rayon::prelude::*;
            let tokens = &vocabulary.tokens;
            neighbours.by_text.par_sort_unstable_by(|&a, &b| {
                tokens[a as usize].text.cmp(&tokens[b as usize].text)
            });
        }
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
        // Tokens cut short align through `cut_short`, where the query says a name may be cut.
        ids.into_iter()
            .filter_map(|id| {
                token_similarity(query_token, vocabulary.get(id).as_ref())
                    .filter(|&(_, kind)| kind != TokenMatch::Truncated)
                    .map(|(sim, kind)| (id, sim, kind))
            })
            .collect()
    }

    /// Returns the list tokens that align with `token` as cut short from it or as it cut short
    /// (see [`cut_short_cost`]), sorted by id: its prefixes of [`TRUNCATED_MIN_LEN`] letters or
    /// more that the list carries in a name that fills a machine-readable zone (a listed name
    /// cut by its zone) and, with `extensions`, the listed tokens it is a prefix of (the
    /// traveller's name cut by its zone). Not among a token's neighbours: a token is cut only
    /// where its name fills a zone, which the query knows.
    pub(super) fn cut_short(
        &self,
        vocabulary: &Vocabulary,
        token: &str,
        extensions: bool,
    ) -> Vec<Neighbour> {
        let mut ids: Vec<u32> = Vec::new();
        if token.len() < TRUNCATED_MIN_LEN {
            return Vec::new();
        }
        // Prefixes, hashed as they grow: most are looked up in the small table of the tokens of
        // zone-filling names only.
        let mut hash = ZONE_HASH_SEED;
        for (end, &b) in token.as_bytes().iter().enumerate().take(token.len() - 2) {
            hash = zone_hash_step(hash, b);
            if end + 1 >= TRUNCATED_MIN_LEN && self.zone_tokens.binary_search(&hash).is_ok() {
                if let Some(id) = token.get(..=end).and_then(|prefix| vocabulary.id(prefix)) {
                    ids.push(id);
                }
            }
        }
        if extensions {
            let listed = |id: u32| &*vocabulary.get(id).text;
            let start = self.by_text.partition_point(|&id| listed(id) < token);
            ids.extend(
                self.by_text[start..]
                    .iter()
                    .take_while(|&&id| listed(id).starts_with(token))
                    .filter(|&&id| listed(id).len() >= token.len() + 2),
            );
        }
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| {
                cut_short_cost(token, &vocabulary.get(id).text)
                    .map(|cost| (id, cost, TokenMatch::Truncated))
            })
            .collect()
    }

    /// Records the tokens of the names that fill a machine-readable zone: the only listed tokens
    /// that may be cut short.
    pub(super) fn set_zone_tokens(
        &mut self,
        tokens: impl Iterator<Item = u32>,
        vocabulary: &Vocabulary,
    ) {
        self.zone_tokens = tokens
            .map(|id| {
                vocabulary
                    .get(id)
                    .text
                    .bytes()
                    .fold(ZONE_HASH_SEED, zone_hash_step)
            })
            .collect();
        self.zone_tokens.sort_unstable();
        self.zone_tokens.dedup();
    }

    /// Returns an estimate of the heap memory held, in bytes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.key_offsets.capacity() * 24
            + self.key_tokens.len() * std::mem::size_of::<KeyEntry>()
            + self.lists.len() * std::mem::size_of::<Neighbour>()
            + self.by_text.len() * 4
            + self.zone_tokens.len() * 8
    }
}
