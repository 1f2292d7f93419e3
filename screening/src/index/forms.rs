//! Forms: the distinct token sequences among the listed names, and the names carrying each.
//!
//! Namesakes and repeated aliases share one form, so a form is retrieved and scored once per
//! query however many entries carry it.

use rustc_hash::FxHashMap;

/// The forms and their owners.
#[derive(Debug, Default)]
pub(super) struct Forms {
    offsets: Vec<u32>,
    tokens: Vec<u32>,
    /// The number of strong tokens (two letters or more) of each form, at most 255.
    strong: Vec<u8>,
    /// For a form that only joined variants of names carry, the position of the joined token;
    /// [`NOT_JOINED`] otherwise.
    joined: Vec<u8>,
    /// For each form, the names carrying it: `(entry, position among the entry's names)`.
    owner_offsets: Vec<u32>,
    owners: Vec<(u32, u16)>,
}

/// The [`Forms::joined`] value of a form that some name carries as written.
const NOT_JOINED: u8 = u8::MAX;

/// Collects the forms while names are read.
#[derive(Debug, Default)]
pub(super) struct FormsBuilder {
    forms: Forms,
    ids: FxHashMap<Box<[u32]>, u32>,
    /// `(form, entry, position of the name among the entry's names)`.
    owned: Vec<(u32, u32, u16)>,
}

impl FormsBuilder {
    /// Adds name `position` of entry `entry`, of tokens `tokens`, or a joined variant of it with
    /// the joined token at `joined`; `is_strong` says which tokens are strong (two letters or
    /// more).
    pub(super) fn add(
        &mut self,
        tokens: &[u32],
        joined: Option<usize>,
        entry: usize,
        position: usize,
        is_strong: impl Fn(u32) -> bool,
    ) {
        let joined = joined.map_or(NOT_JOINED, |j| j.min(usize::from(NOT_JOINED - 1)) as u8);
        let form = match self.ids.get(tokens) {
            Some(&form) => {
                // A form some name carries as written is not a joined one.
                if joined == NOT_JOINED {
                    self.forms.joined[form as usize] = NOT_JOINED;
                }
                form
            }
            None => {
                let forms = &mut self.forms;
                let form = forms.strong.len() as u32;
                self.ids.insert(tokens.into(), form);
                forms.offsets.push(forms.tokens.len() as u32);
                forms.tokens.extend_from_slice(tokens);
                let strong = tokens.iter().filter(|&&t| is_strong(t)).count();
                forms.strong.push(strong.min(255) as u8);
                forms.joined.push(joined);
                form
            }
        };
        self.owned
            .push((form, entry as u32, position.min(u16::MAX as usize) as u16));
    }

    /// Returns the forms, with their owners grouped by form.
    pub(super) fn finish(self) -> Forms {
        let FormsBuilder {
            mut forms,
            ids,
            mut owned,
        } = self;
        drop(ids);
        forms.offsets.push(forms.tokens.len() as u32);
        owned.sort_by_key(|&(form, _, _)| form);
        forms.owners = owned.iter().map(|&(_, e, p)| (e, p)).collect();
        forms.owner_offsets = Vec::with_capacity(forms.strong.len() + 1);
        let mut next = 0;
        for form in 0..forms.strong.len() as u32 {
            forms.owner_offsets.push(next as u32);
            while next < owned.len() && owned[next].0 == form {
                next += 1;
            }
        }
        forms.owner_offsets.push(owned.len() as u32);
        forms
    }
}

impl Forms {
    /// Returns the number of forms.
    pub(super) fn len(&self) -> usize {
        self.strong.len()
    }

    /// Returns the token ids of a form.
    #[inline]
    pub(super) fn tokens(&self, form: u32) -> &[u32] {
        let start = self.offsets[form as usize] as usize;
        let end = self.offsets[form as usize + 1] as usize;
        &self.tokens[start..end]
    }

    /// Returns the number of strong tokens of a form (at most 255).
    pub(super) fn strong(&self, form: u32) -> u8 {
        self.strong[form as usize]
    }

    /// Returns the position of the joined token of a form that only joined variants carry.
    #[inline]
    pub(super) fn joined(&self, form: u32) -> Option<usize> {
        let joined = self.joined[form as usize];
        (joined != NOT_JOINED).then_some(usize::from(joined))
    }

    /// Returns the range in [`Forms::owners`] of the names carrying a form.
    pub(super) fn owner_range(&self, form: u32) -> std::ops::Range<usize> {
        let start = self.owner_offsets[form as usize] as usize;
        let end = self.owner_offsets[form as usize + 1] as usize;
        start..end
    }

    /// Returns every name as `(entry, position among the entry's names)`, grouped by form.
    pub(super) fn owners(&self) -> &[(u32, u16)] {
        &self.owners
    }

    /// Returns the forms of each entry's names, as offsets by entry (`entries` entries) into
    /// a list of forms.
    pub(super) fn by_entry(&self, entries: usize) -> (Vec<u32>, Vec<u32>) {
        let mut counts = vec![0u32; entries + 1];
        for &(entry, _) in &self.owners {
            counts[entry as usize + 1] += 1;
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let offsets = counts.clone();
        let mut forms = vec![0u32; self.owners.len()];
        for form in 0..self.len() as u32 {
            for owner in self.owner_range(form) {
                let entry = self.owners[owner].0 as usize;
                forms[counts[entry] as usize] = form;
                counts[entry] += 1;
            }
        }
        (offsets, forms)
    }

    /// Returns an estimate of the heap memory held, in bytes.
    pub(super) fn heap_bytes(&self) -> usize {
        (self.offsets.len() + self.tokens.len()) * 4
            + self.strong.len()
            + self.joined.len()
            + self.owner_offsets.len() * 4
            + self.owners.len() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namesakes_share_a_form() {
        let mut builder = FormsBuilder::default();
        builder.add(&[0, 1], None, 0, 0, |t| t != 1);
        builder.add(&[2, 3], Some(1), 1, 0, |_| true);
        builder.add(&[0, 1], None, 1, 1, |t| t != 1);
        builder.add(&[4, 5], Some(0), 2, 0, |_| true);
        builder.add(&[4, 5], None, 3, 0, |_| true);
        let forms = builder.finish();
        assert_eq!(forms.len(), 3);
        assert_eq!(forms.owners().len(), 5);
        assert_eq!(forms.joined(0), None);
        assert_eq!(forms.joined(1), Some(1));
        assert_eq!(forms.joined(2), None, "also carried as written");
        assert_eq!(forms.tokens(0), &[0, 1]);
        assert_eq!(forms.tokens(1), &[2, 3]);
        assert_eq!(forms.strong(0), 1);
        assert_eq!(forms.strong(1), 2);
        let owners: Vec<_> = forms.owner_range(0).map(|o| forms.owners()[o]).collect();
        assert_eq!(owners, vec![(0, 0), (1, 1)]);
        assert_eq!(forms.owner_range(1).len(), 1);
    }
}
