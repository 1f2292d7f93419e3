//! The vocabulary: every distinct token of the list, interned once with its skeleton, features
//! and information, and the packed per-token facts (information, strength, initial or not) that
//! a walk and the scorer read for every token they meet.

use rustc_hash::FxHashMap;

use crate::score::Weighted;
use crate::similarity::{TokenFeatures, TokenRef};
use crate::tokens::skeleton;

/// Facts about one interned token.
#[derive(Debug, Clone)]
pub(crate) struct TokenData {
    pub text: Box<str>,
    pub skeleton: Box<str>,
    /// Bits the token tells about who someone is (see [`information_bits`]).
    pub bits: f32,
    pub features: TokenFeatures,
    /// Range in the neighbour lists (see [`super::neighbours`]) of the list tokens this token
    /// aligns with.
    pub neighbours: (u32, u32),
}

impl TokenData {
    #[inline]
    pub(super) fn as_ref(&self) -> TokenRef<'_> {
        TokenRef {
            text: &self.text,
            skeleton: &self.skeleton,
            features: self.features,
        }
    }
}

/// The interned tokens of the list, by id.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
    pub(super) tokens: Vec<TokenData>,
    /// Every token's information and strength, packed: what scoring reads for each candidate.
    weighted: Vec<Weighted>,
    /// One bit per token, set for initials (tokens of one letter): small enough to stay in
    /// cache while a walk checks every token it meets.
    initial_bits: Vec<u64>,
    /// The initials, by id (a few dozen at most).
    initial_ids: Vec<u32>,
}

impl Vocabulary {
    /// Returns the id of a token, interning it (with a zero document frequency) when new.
    pub(super) fn intern(&mut self, token: &str, document_frequency: &mut Vec<u32>) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            return id;
        }
        let id = self.tokens.len() as u32;
        self.ids.insert(token.into(), id);
        self.tokens.push(TokenData {
            text: token.into(),
            skeleton: skeleton(token).into(),
            bits: 0.0,
            features: TokenFeatures::of(token),
            neighbours: (0, 0),
        });
        document_frequency.push(0);
        id
    }

    /// Marks token `id` as read from a script that writes no short vowels (see
    /// [`TokenFeatures::consonantal`]), unless it is a known name (a reading that spells a
    /// name as Latin does, SAMI, is compared as such).
    pub(super) fn mark_consonantal(&mut self, id: u32) {
        let features = &mut self.tokens[id as usize].features;
        features.consonantal = !features.known;
    }

    /// Sets every token's information from its document frequency among `names` names, and
    /// packs the per-token facts.
    pub(super) fn set_weights(&mut self, document_frequency: &[u32], names: usize) {
        for (id, data) in self.tokens.iter_mut().enumerate() {
            // A reading without vowels is short for the name it stands for (KHN for COHEN): it
            // is not capped as a short name.
            let length = if data.features.consonantal {
                usize::MAX
            } else {
                data.text.len()
            };
            data.bits =
                information_bits(length, &data.text, document_frequency[id] as usize, names);
        }
        self.weighted = self
            .tokens
            .iter()
            .map(|data| Weighted::of_token(&data.text, data.bits))
            .collect();
        self.initial_bits = vec![0; self.tokens.len().div_ceil(64)];
        self.initial_ids.clear();
        for (id, weighted) in self.weighted.iter().enumerate() {
            if !weighted.strong {
                self.initial_bits[id / 64] |= 1 << (id % 64);
                self.initial_ids.push(id as u32);
            }
        }
    }

    /// Returns the id of a listed token.
    #[inline]
    pub(super) fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    /// Returns the number of distinct tokens.
    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Returns the facts of token `id`.
    #[inline]
    pub(super) fn get(&self, id: u32) -> &TokenData {
        &self.tokens[id as usize]
    }

    /// Returns the information and strength of token `id`.
    #[inline]
    pub(super) fn weighted(&self, id: u32) -> Weighted {
        self.weighted[id as usize]
    }

    /// Returns whether token `id` is an initial (one letter).
    #[inline]
    pub(super) fn is_initial(&self, id: u32) -> bool {
        self.initial_bits[id as usize / 64] & (1 << (id % 64)) != 0
    }

    /// Returns the ids of the initials.
    pub(super) fn initial_ids(&self) -> &[u32] {
        &self.initial_ids
    }

    /// Returns an estimate of the heap memory held, in bytes.
    pub(super) fn heap_bytes(&self) -> usize {
        let tokens: usize = self
            .tokens
            .iter()
            .map(|t| t.text.len() * 2 + t.skeleton.len() + 48)
            .sum();
        tokens + self.weighted.len() * std::mem::size_of::<Weighted>() + self.initial_bits.len() * 8
    }
}

/// Most bits a token tells: one rarer than about one name in 8,000 says no more (a list's own
/// rarity overstates how rare a name is among travellers).
pub(crate) const MAX_TOKEN_BITS: f32 = 13.0;

/// Bits an initial tells.
pub(crate) const INITIAL_BITS: f32 = 3.0;

/// Fewest names from which a list's own token frequencies are read: a smaller list says little
/// of how common a name is.
const LIST_STATISTICS_MIN_NAMES: usize = 10_000;

/// Returns the bits a token of `length` letters tells about who someone is, `-log2` of how
/// common it is: among the
/// `names` names of the list when there are [`LIST_STATISTICS_MIN_NAMES`] of them or more
/// (`document_frequency` names carry it), at most the tier of a built-in common name (see
/// `common_names`) and at most [`MAX_TOKEN_BITS`]; two- and three-letter tokens tell at most 7
/// and 10 bits (short names are shared by many), an initial [`INITIAL_BITS`].
pub(crate) fn information_bits(
    length: usize,
    token: &str,
    document_frequency: usize,
    names: usize,
) -> f32 {
    if length <= 1 {
        return INITIAL_BITS;
    }
    let mut bits = match length {
        2 => 7.0,
        3 => 10.0,
        _ => MAX_TOKEN_BITS,
    };
    if let Some(ceiling) = crate::common_names::bits_ceiling(token) {
        bits = bits.min(ceiling);
    }
    if names >= LIST_STATISTICS_MIN_NAMES {
        let share = (document_frequency as f32 + 0.5) / names as f32;
        bits = bits.min(-share.log2());
    }
    bits.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_idempotent() {
        let mut vocabulary = Vocabulary::default();
        let mut frequency = Vec::new();
        let a = vocabulary.intern("OMAR", &mut frequency);
        let b = vocabulary.intern("J", &mut frequency);
        assert_eq!(vocabulary.intern("OMAR", &mut frequency), a);
        assert_eq!(vocabulary.len(), 2);
        assert_eq!(vocabulary.id("J"), Some(b));
        assert_eq!(vocabulary.id("HADDAD"), None);
        vocabulary.set_weights(&[3, 1], 4);
        assert!(vocabulary.is_initial(b) && !vocabulary.is_initial(a));
        assert_eq!(vocabulary.initial_ids(), &[b]);
        assert!(vocabulary.weighted(a).strong);
    }

    #[test]
    fn rare_tokens_tell_more() {
        let names = 1_000_000;
        assert!(
            information_bits(6, "HADDAD", 1, names)
                > information_bits(8, "MOHAMMED", 100_000, names)
        );
        assert_eq!(information_bits(1, "J", 5, names), INITIAL_BITS);
        assert_eq!(information_bits(2, "AL", 1, 100), 7.0);
        assert_eq!(information_bits(6, "HADDAD", 1, 100), MAX_TOKEN_BITS);
        assert_eq!(information_bits(8, "MOHAMMED", 0, 100), 6.0);
        assert!((information_bits(4, "KHAN", 15_624, names) - 6.0).abs() < 0.01);
    }
}
