//! Queries: a traveller's name, tokenised, with the list tokens each of its tokens aligns with,
//! and the similarity of a query token and a list token as the scorer asks for it.

use super::masks::TokenMasks;
use super::neighbours::Neighbour;
use super::vocabulary::information_bits;
use super::NameIndex;
use crate::romanisation::pinyin_readings;
use crate::score::Weighted;
use crate::similarity::{fold_hash, token_similarity, TokenFeatures, TokenMatch, TokenRef};
use crate::tokens::{name_tokens, skeleton};

/// A query name, tokenised, with the list tokens each of its tokens matches.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub(crate) tokens: Vec<String>,
    pub(crate) skeletons: Vec<String>,
    pub(crate) features: Vec<TokenFeatures>,
    pub(crate) weighted: Vec<Weighted>,
    /// For each query token, the list tokens that share a key with it and align with it, sorted
    /// by token id, with the similarity (computed once, reused by the scorer).
    pub(crate) matches: Vec<Vec<Neighbour>>,
    /// The same, by list token: which query tokens it can align with.
    pub(super) alignable: TokenMasks,
    /// For a joined variant of the name, the position of the joined token.
    pub(crate) joined: Option<usize>,
}

impl Query {
    /// Returns query token `i` with its skeleton and features.
    #[inline]
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

    /// Returns true when the name is as long as a machine-readable zone holds (see
    /// [`crate::tokens::fills_zone`]).
    pub fn fills_zone(&self) -> bool {
        crate::tokens::fills_zone(self.tokens.iter().map(String::as_str))
    }
}

/// Most variants of a name queried besides the name itself.
const MAX_VARIANTS: usize = 3;

/// Shortest token a query splits into listed tokens.
const SPLIT_MIN_LEN: usize = 5;

/// Shortest part of a split token.
const SPLIT_PART_MIN_LEN: usize = 2;

/// Most parts a split token makes (the whole name written as one word).
const SPLIT_MAX_PARTS: usize = 4;

impl NameIndex {
    /// Prepares a query from a full name.
    pub fn query(&self, name: &str) -> Query {
        self.query_tokens(name_tokens(name))
    }

    /// Prepares the queries of a full name: the name, then at most `MAX_VARIANTS` variants
    /// where the traveller wrote apart what a list writes as one word, or as one word what a
    /// list writes apart:
    /// - two adjacent tokens joined, where some listed name carries the joined token as written,
    ///   folded spellings alike (SOO JIN as SOOJIN when a list writes SOOJIN, JI HUN when it
    ///   writes JIHOON; ALEK SANDR as ALEKSANDR); a Wade-Giles query's joined syllables meet a
    ///   listed name in pinyin by a reading;
    /// - a token no listed name carries split into tokens that listed names carry (WOLDEMARIAM
    ///   as WOLDE MARIAM, a whole name written as one word as its words).
    ///
    /// Names written in syllables on the list need no variant: the list indexes their joined
    /// variants.
    pub fn queries(&self, name: &str) -> Vec<Query> {
        let tokens = name_tokens(name);
        let written = |token: &str| self.written_folds.binary_search(&fold_hash(token)).is_ok();
        let mut variants: Vec<(Option<usize>, Vec<String>)> = Vec::new();
        for i in 0..tokens.len().saturating_sub(1) {
            let joined = format!("{}{}", tokens[i], tokens[i + 1]);
            if written(&joined) || pinyin_readings(&joined).iter().any(|r| written(r)) {
                let mut variant = tokens.clone();
                variant[i] = joined;
                variant.remove(i + 1);
                variants.push((Some(i), variant));
            }
        }
        for (i, token) in tokens.iter().enumerate() {
            if token.len() < SPLIT_MIN_LEN || self.vocabulary.id(token).is_some() {
                continue;
            }
            if let Some(parts) = self.split_into_listed(token) {
                let mut variant = tokens[..i].to_vec();
                variant.extend(parts);
                variant.extend_from_slice(&tokens[i + 1..]);
                variants.push((None, variant));
            }
        }
        let mut queries = vec![self.query_tokens(tokens)];
        for (joined, tokens) in variants.into_iter().take(MAX_VARIANTS) {
            let mut query = self.query_tokens(tokens);
            query.joined = joined;
            queries.push(query);
        }
        queries
    }

    /// Returns the fewest listed tokens (two to `SPLIT_MAX_PARTS`, each of `SPLIT_PART_MIN_LEN`
    /// letters or more) that written together make `token`, if any.
    fn split_into_listed(&self, token: &str) -> Option<Vec<String>> {
        let n = token.len();
        // fewest[p]: the fewest listed tokens making token[..p], and where the last one starts.
        let mut fewest: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        fewest[0] = Some((0, 0));
        for end in SPLIT_PART_MIN_LEN..=n {
            for start in 0..=end - SPLIT_PART_MIN_LEN {
                let Some((parts, _)) = fewest[start] else {
                    continue;
                };
                if parts >= SPLIT_MAX_PARTS || (start == 0 && end == n) {
                    continue;
                }
                if !token.is_char_boundary(start) || !token.is_char_boundary(end) {
                    continue;
                }
                if self.vocabulary.id(&token[start..end]).is_some()
                    && fewest[end].is_none_or(|(best, _)| parts + 1 < best)
                {
                    fewest[end] = Some((parts + 1, start));
                }
            }
        }
        let mut parts = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start) = fewest[end]?;
            parts.push(token[start..end].to_owned());
            end = start;
        }
        parts.reverse();
        (parts.len() >= 2).then_some(parts)
    }

    /// Prepares a query from a name's tokens.
    fn query_tokens(&self, tokens: Vec<String>) -> Query {
        let name_count = self.name_count();
        let fills_zone = crate::tokens::fills_zone(tokens.iter().map(String::as_str));
        let mut skeletons = Vec::with_capacity(tokens.len());
        let mut features = Vec::with_capacity(tokens.len());
        let mut weighted = Vec::with_capacity(tokens.len());
        let mut matches: Vec<Vec<Neighbour>> = Vec::with_capacity(tokens.len());
        for (position, token) in tokens.iter().enumerate() {
            // A token the list knows comes with its skeleton, features, weight and neighbours.
            let (skeleton, token_features, token_weight, token_matches) =
                match self.vocabulary.id(token) {
                    Some(id) => {
                        let data = self.vocabulary.get(id);
                        (
                            String::from(&*data.skeleton),
                            data.features,
                            data.bits,
                            self.neighbours.of(data).to_vec(),
                        )
                    }
                    None => {
                        let skeleton = skeleton(token);
                        let token_ref = TokenRef::new(token, &skeleton);
                        let token_matches =
                            self.neighbours.aligned_by_keys(&self.vocabulary, token_ref);
                        let token_features = token_ref.features;
                        (
                            skeleton,
                            token_features,
                            information_bits(token.len(), token, 0, name_count),
                            token_matches,
                        )
                    }
                };
            // Tokens cut short by a machine-readable zone (see `Neighbours::cut_short`): a listed
            // token this one starts with, and, where this name fills a zone, which cuts the end
            // of the name (the last given name, the last or the one before in this order), the
            // listed tokens this one starts. A listed token this one starts, the neighbours
            // found it by keys, aligns only there.
            let cut_here = fills_zone && position + 2 >= tokens.len();
            let mut token_matches = token_matches;
            let cut = self.neighbours.cut_short(&self.vocabulary, token, cut_here);
            if !cut.is_empty() {
                // What keys found aligns otherwise, at a lower cost: it stays (a stable sort keeps
                // it first).
                token_matches.extend(cut);
                token_matches.sort_by_key(|m| m.0);
                token_matches.dedup_by_key(|m| m.0);
            }
            skeletons.push(skeleton);
            features.push(token_features);
            weighted.push(Weighted::of_token(token, token_weight));
            matches.push(token_matches);
        }
        let aligned = matches
            .iter()
            .enumerate()
            .flat_map(|(j, list)| list.iter().map(move |&(token, _, _)| (token, j)));
        let alignable = TokenMasks::build(&weighted, self.vocabulary.initial_ids(), aligned);
        Query {
            tokens,
            skeletons,
            features,
            weighted,
            matches,
            alignable,
            joined: None,
        }
    }

    /// Returns the similarity of query token `i` and list token `token`.
    #[inline]
    pub(crate) fn similarity(
        &self,
        query: &Query,
        i: usize,
        token: u32,
    ) -> Option<(f32, TokenMatch)> {
        if query.tokens[i].len() > 1 && !self.vocabulary.is_initial(token) {
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
    #[inline]
    pub(crate) fn direct_similarity(
        &self,
        query: &Query,
        i: usize,
        token: u32,
    ) -> Option<(f32, TokenMatch)> {
        token_similarity(query.token_ref(i), self.vocabulary.get(token).as_ref())
    }
}
