//! Posting lists: for every token, the forms that contain it.
//!
//! Each posting entry carries the form's other tokens inline, so that a walk over a posting
//! reads memory in order instead of jumping to every form. Forms with at most one strong token
//! are also listed apart, by token: they need one matching query token only.

use rustc_hash::FxHashMap;

use super::forms::Forms;

const FORM_BITS: u32 = (1 << 27) - 1;
const OVERFLOW: u32 = 1 << 27;
/// Pads the other tokens of a form with fewer than four tokens.
const NONE: u32 = u32::MAX;

/// One form in a token's posting: `[form | strong << 28 | overflow << 27, other tokens…]`, the
/// other tokens padded with `u32::MAX`. `overflow` marks forms with more than four tokens, whose
/// other tokens are read from the form itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Posting([u32; 4]);

impl Posting {
    /// Returns the entry of form `form` (of `strong` strong tokens and tokens `tokens`) in the
    /// posting of `own`, one of its tokens.
    fn new(form: u32, strong: u8, tokens: &[u32], own: u32) -> Posting {
        let mut entry = [NONE; 4];
        // The form's tokens but one occurrence of `own`: a repeated token stays (MICHAEL
        // MICHAEL).
        let mut others: Vec<u32> = tokens.to_vec();
        if let Some(position) = others.iter().position(|&t| t == own) {
            others.remove(position);
        }
        let overflow = if others.len() > 3 { OVERFLOW } else { 0 };
        entry[0] = (form & FORM_BITS) | (u32::from(strong.min(15)) << 28) | overflow;
        for (slot, token) in entry[1..].iter_mut().zip(others) {
            *slot = token;
        }
        Posting(entry)
    }

    /// Returns the form.
    #[inline]
    pub(super) fn form(&self) -> u32 {
        self.0[0] & FORM_BITS
    }

    /// Returns the number of strong tokens of the form (at most 15).
    #[inline]
    pub(super) fn strong(&self) -> usize {
        (self.0[0] >> 28) as usize
    }

    /// Returns whether the form has more than four tokens (its other tokens are then not here).
    #[inline]
    pub(super) fn overflows(&self) -> bool {
        self.0[0] & OVERFLOW != 0
    }

    /// Returns the form's tokens with the posting's token (`own`) first, and how many there are
    /// (for forms that do not overflow).
    #[inline]
    pub(super) fn tokens(&self, own: u32) -> ([u32; 4], usize) {
        let count = 1 + self.0[1..].iter().take_while(|&&t| t != NONE).count();
        ([own, self.0[1], self.0[2], self.0[3]], count)
    }
}

/// The postings of every token.
#[derive(Debug, Default)]
pub(super) struct Postings {
    offsets: Vec<u32>,
    entries: Vec<Posting>,
    /// Forms with at most one strong token, by token.
    single: FxHashMap<u32, Vec<u32>>,
    /// One bit per token, set for the tokens in `single`: most tokens have none, and this says
    /// so without a map lookup.
    single_bits: Vec<u64>,
}

impl Postings {
    /// Builds the postings of tokens `0..token_count` over `forms`.
    pub(super) fn build(forms: &Forms, token_count: usize) -> Postings {
        let mut token_postings: Vec<Vec<Posting>> = vec![Vec::new(); token_count];
        let mut single: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for form in 0..forms.len() as u32 {
            let tokens = forms.tokens(form);
            let strong = forms.strong(form);
            for (position, &token) in tokens.iter().enumerate() {
                if tokens[..position].contains(&token) {
                    continue;
                }
                token_postings[token as usize].push(Posting::new(form, strong, tokens, token));
                if strong <= 1 {
                    single.entry(token).or_default().push(form);
                }
            }
        }
        let mut single_bits = vec![0; token_count.div_ceil(64)];
        for &token in single.keys() {
            single_bits[token as usize / 64] |= 1 << (token % 64);
        }
        let mut offsets = Vec::with_capacity(token_count + 1);
        let mut entries = Vec::with_capacity(token_postings.iter().map(Vec::len).sum());
        for posting in &token_postings {
            offsets.push(entries.len() as u32);
            entries.extend_from_slice(posting);
        }
        offsets.push(entries.len() as u32);
        Postings {
            offsets,
            entries,
            single,
            single_bits,
        }
    }

    /// Returns the posting of a token.
    #[inline]
    pub(super) fn of(&self, token: u32) -> &[Posting] {
        let start = self.offsets[token as usize] as usize;
        let end = self.offsets[token as usize + 1] as usize;
        &self.entries[start..end]
    }

    /// Returns the forms with at most one strong token that contain a token.
    #[inline]
    pub(super) fn single(&self, token: u32) -> &[u32] {
        if self.single_bits[token as usize / 64] & (1 << (token % 64)) == 0 {
            return &[];
        }
        self.single.get(&token).map_or(&[], Vec::as_slice)
    }

    /// Returns an estimate of the heap memory held, in bytes.
    pub(super) fn heap_bytes(&self) -> usize {
        self.offsets.len() * 4
            + self.entries.len() * std::mem::size_of::<Posting>()
            + self
                .single
                .values()
                .map(|v| v.len() * 4 + 32)
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::super::forms::FormsBuilder;
    use super::*;

    #[test]
    fn entries_carry_the_other_tokens() {
        let mut builder = FormsBuilder::default();
        // Tokens 0..=5 strong, 9 an initial.
        builder.add(&[0, 1, 2], None, 0, 0, |t| t != 9);
        builder.add(&[3, 3], None, 1, 0, |t| t != 9);
        builder.add(&[0, 1, 2, 4, 5], None, 2, 0, |t| t != 9);
        builder.add(&[5, 9], None, 3, 0, |t| t != 9);
        let forms = builder.finish();
        let postings = Postings::build(&forms, 10);
        let first = postings.of(1)[0];
        assert_eq!(
            (first.form(), first.strong(), first.overflows()),
            (0, 3, false)
        );
        assert_eq!(first.tokens(1), ([1, 0, 2, NONE], 3));
        // A repeated token keeps its other occurrence, and is listed once.
        assert_eq!(postings.of(3).len(), 1);
        assert_eq!(postings.of(3)[0].tokens(3), ([3, 3, NONE, NONE], 2));
        let long = postings.of(4)[0];
        assert_eq!((long.form(), long.overflows()), (2, true));
        assert_eq!(postings.of(0).len(), 2);
        assert_eq!(postings.single(5), &[3]);
        assert_eq!(postings.single(9), &[3]);
        assert!(postings.single(0).is_empty());
        assert!(postings.of(6).is_empty());
    }
}
