//! Queries: a traveller's name, tokenised, with the list tokens each of its tokens aligns with,
//! and the similarity of a query token and a list token as the scorer asks for it.

use super::masks::TokenMasks;
use super::neighbours::Neighbour;
use super::vocabulary::weight;
use super::NameIndex;
use crate::score::Weighted;
use crate::similarity::{token_similarity, TokenFeatures, TokenMatch, TokenRef};
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
}

impl NameIndex {
    /// Prepares a query from a full name.
    pub fn query(&self, name: &str) -> Query {
        let tokens = name_tokens(name);
        let name_count = self.name_count();
        let mut skeletons = Vec::with_capacity(tokens.len());
        let mut features = Vec::with_capacity(tokens.len());
        let mut weighted = Vec::with_capacity(tokens.len());
        let mut matches: Vec<Vec<Neighbour>> = Vec::with_capacity(tokens.len());
        for token in &tokens {
            // A token the list knows comes with its skeleton, features, weight and neighbours.
            let (skeleton, token_features, token_weight, token_matches) =
                match self.vocabulary.id(token) {
                    Some(id) => {
                        let data = self.vocabulary.get(id);
                        (
                            String::from(&*data.skeleton),
                            data.features,
                            data.weight,
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
        let alignable = TokenMasks::build(&weighted, self.vocabulary.initial_ids(), aligned);
        Query {
            tokens,
            skeletons,
            features,
            weighted,
            matches,
            alignable,
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
