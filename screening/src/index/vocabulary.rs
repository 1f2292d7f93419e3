//! The vocabulary: every distinct token of the list, interned once with its skeleton, features
//! and weight, and the packed per-token facts (weight, strength, initial or not) that a walk and
//! the scorer read for every token they meet.

use rustc_hash::FxHashMap;

use crate::score::Weighted;
use crate::similarity::{TokenFeatures, TokenRef};
use crate::tokens::skeleton;

/// Facts about one interned token.
#[derive(Debug, Clone)]
pub(crate) struct TokenData {
    pub text: Box<str>,
    pub skeleton: Box<str>,
    pub weight: f32,
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
    /// Every token's weight and strength, packed: what scoring reads for each candidate.
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
            weight: 0.0,
            features: TokenFeatures::of(token),
            neighbours: (0, 0),
        });
        document_frequency.push(0);
        id
    }

    /// Sets every token's weight from its document frequency among `names` names, and packs
    /// the per-token facts.
    pub(super) fn set_weights(&mut self, document_frequency: &[u32], names: usize) {
        for (id, data) in self.tokens.iter_mut().enumerate() {
            data.weight = weight(&data.text, document_frequency[id] as usize, names);
        }
        self.weighted = self
            .tokens
            .iter()
            .map(|data| Weighted::of_token(&data.text, data.weight))
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

    /// Returns the weight and strength of token `id`.
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

/// Returns the weight of a token from its document frequency among `names` names: the inverse
/// document frequency scaled so that a token seen once in a large list weighs 1 and one seen in a
/// tenth of all names about 0.2. Lists under ten thousand names are scaled as if they had ten
/// thousand, so that a small list does not make every token look common. Two-letter tokens weigh
/// less, initials little.
pub(super) fn weight(token: &str, document_frequency: usize, names: usize) -> f32 {
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
    fn rare_tokens_weigh_more() {
        let names = 1_000_000;
        assert!(weight("HADDAD", 1, names) > weight("MOHAMMED", 100_000, names));
        assert_eq!(weight("J", 5, names), 0.2);
        assert_eq!(weight("AL", 1, 100), 0.6);
        assert_eq!(weight("OMAR", 1, 100), 1.0);
    }
}
