//! Which query tokens each list token can align with, as a small open-addressing table built per
//! query: a candidate walk asks it for every token of every name it meets, and most of those
//! tokens align with no query token, so a lookup must be one probe into memory that stays in the
//! cache.

use crate::score::Weighted;

/// Marks an empty slot (no token has this id: ids index a vector).
const EMPTY: u32 = u32::MAX;

/// What a walk needs about a list token: the query tokens it can align with (bit `j` for query
/// token `j`, first 32).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Alignable {
    pub(super) mask: u32,
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    token: u32,
    alignable: Alignable,
}

/// List token → [`Alignable`], for one query.
///
/// A list initial can align with any query token; every other list token with the query tokens
/// it shares a key with and aligns with, plus the query's initials (which align through their
/// first letter, not through keys). A token absent from the table aligns with the query's
/// initials only.
#[derive(Debug, Clone)]
pub(super) struct TokenMasks {
    slots: Box<[Slot]>,
    shift: u32,
    absent: Alignable,
}

impl Default for TokenMasks {
    fn default() -> Self {
        TokenMasks::build(&[], &[], std::iter::empty())
    }
}

impl TokenMasks {
    /// Builds the table from the query's tokens, the list initials and `(list token, query token
    /// index)` pairs that align (pairs beyond query token 31 are ignored).
    pub(super) fn build(
        query: &[Weighted],
        list_initials: &[u32],
        aligned: impl Iterator<Item = (u32, usize)> + Clone,
    ) -> TokenMasks {
        let width = query.len().min(32);
        let all = if width == 32 {
            u32::MAX
        } else {
            (1u32 << width) - 1
        };
        let initials = (0..width)
            .filter(|&j| !query[j].strong)
            .fold(0u32, |set, j| set | 1 << j);
        let entries = aligned.clone().count() + list_initials.len();
        let capacity = (entries * 4).next_power_of_two().max(16);
        let mut table = TokenMasks {
            slots: vec![
                Slot {
                    token: EMPTY,
                    alignable: Alignable { mask: 0 },
                };
                capacity
            ]
            .into_boxed_slice(),
            shift: 32 - capacity.trailing_zeros(),
            absent: Alignable { mask: initials },
        };
        for (token, j) in aligned.filter(|&(_, j)| j < 32) {
            table.slot_mut(token).alignable.mask |= initials | 1 << j;
        }
        for &token in list_initials {
            table.slot_mut(token).alignable.mask = all;
        }
        table
    }

    fn home(&self, token: u32) -> usize {
        (token.wrapping_mul(0x9e37_79b9) >> self.shift) as usize
    }

    /// Returns the slot of `token`, claiming an empty one when absent.
    fn slot_mut(&mut self, token: u32) -> &mut Slot {
        let last = self.slots.len() - 1;
        let mut at = self.home(token);
        while self.slots[at].token != EMPTY && self.slots[at].token != token {
            at = (at + 1) & last;
        }
        self.slots[at].token = token;
        &mut self.slots[at]
    }

    /// Returns the list tokens in the table (those aligning with a query token, and the list
    /// initials): every token outside aligns with the query's initials only.
    pub(super) fn tokens(&self) -> impl Iterator<Item = u32> + '_ {
        self.slots
            .iter()
            .filter(|slot| slot.token != EMPTY)
            .map(|slot| slot.token)
    }

    /// Returns what list token `token` can align with.
    #[inline]
    pub(super) fn get(&self, token: u32) -> Alignable {
        let last = self.slots.len() - 1;
        let mut at = self.home(token);
        loop {
            let slot = &self.slots[at];
            if slot.token == token {
                return slot.alignable;
            }
            if slot.token == EMPTY {
                return self.absent;
            }
            at = (at + 1) & last;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weighted(weights: &[(f32, bool)]) -> Vec<Weighted> {
        weights
            .iter()
            .map(|&(weight, strong)| Weighted::new(weight, strong))
            .collect()
    }

    #[test]
    fn lookups_combine_aligned_tokens_initials_and_list_initials() {
        // Query: OMAR J HADDAD.
        let query = weighted(&[(0.3, true), (0.2, false), (0.9, true)]);
        let aligned = [(10, 0), (11, 2), (12, 2), (10, 2)];
        let table = TokenMasks::build(&query, &[5], aligned.iter().copied());
        assert_eq!(table.get(10).mask, 0b111);
        assert_eq!(table.get(11).mask, 0b110);
        assert_eq!(table.get(5).mask, 0b111);
        assert_eq!(table.get(99), Alignable { mask: 0b010 });
    }

    #[test]
    fn many_tokens_all_found() {
        let query = weighted(&[(0.5, true); 3]);
        let aligned: Vec<(u32, usize)> = (0..5_000u32).map(|t| (t * 7, t as usize % 3)).collect();
        let table = TokenMasks::build(&query, &[], aligned.iter().copied());
        for &(token, j) in &aligned {
            assert_eq!(table.get(token).mask, 1 << j);
        }
        assert_eq!(table.get(1).mask, 0);
        let mut listed: Vec<u32> = table.tokens().collect();
        listed.sort_unstable();
        assert_eq!(listed, (0..5_000u32).map(|t| t * 7).collect::<Vec<_>>());
    }
}
