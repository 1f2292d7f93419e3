//! The name index: candidate retrieval without scanning the list.
//!
//! Every distinct token of every listed name is interned once with its skeleton, features and
//! weight (`vocabulary`). Distinct token sequences are kept once as *forms*, with the names
//! carrying them (`forms`). Every token knows the list tokens it aligns with, found through
//! keys (`neighbours`, filtered by `keys`), and the forms that contain it (`postings`). A
//! query (`query`) gathers the list tokens its tokens align with (`masks` indexes them by
//! list token), and candidate retrieval (`candidates`) walks the postings of the fewest query
//! tokens that every hit must contain.

use smallvec::SmallVec;

use crate::score::Weighted;

mod candidates;
mod forms;
mod keys;
mod masks;
mod neighbours;
mod postings;
mod query;
mod vocabulary;

pub use candidates::Scratch;
pub use query::Query;

use forms::{Forms, FormsBuilder};
use neighbours::Neighbours;
use postings::Postings;
use vocabulary::Vocabulary;

/// The name index over every name (primary and aliases) of every entry.
#[derive(Debug, Default)]
pub struct NameIndex {
    vocabulary: Vocabulary,
    neighbours: Neighbours,
    forms: Forms,
    postings: Postings,
}

impl NameIndex {
    /// Builds the index from each entry's names (`names[e]` are the names of entry `e`).
    pub fn build<'a>(names: impl Iterator<Item = &'a [String]>) -> NameIndex {
        let mut vocabulary = Vocabulary::default();
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut forms = FormsBuilder::default();
        let mut ids: Vec<u32> = Vec::new();
        for (entry, entry_names) in names.enumerate() {
            for (position, name) in entry_names.iter().enumerate() {
                ids.clear();
                for token in crate::tokens::name_tokens(name) {
                    ids.push(vocabulary.intern(&token, &mut document_frequency));
                }
                for (k, &id) in ids.iter().enumerate() {
                    if !ids[..k].contains(&id) {
                        document_frequency[id as usize] += 1;
                    }
                }
                forms.add(&ids, entry, position, |t| vocabulary.get(t).text.len() >= 2);
            }
        }
        let forms = forms.finish();
        vocabulary.set_weights(&document_frequency, forms.name_count());
        drop(document_frequency);
        let postings = Postings::build(&forms, vocabulary.len());
        let neighbours = Neighbours::build(&mut vocabulary);
        NameIndex {
            vocabulary,
            neighbours,
            forms,
            postings,
        }
    }

    /// Returns the number of names indexed (primary names and aliases).
    pub fn name_count(&self) -> usize {
        self.forms.name_count()
    }

    /// Returns the number of distinct forms (token sequences) among the names.
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }

    /// Returns the range in [`NameIndex::all_owners`] of the names carrying a form.
    pub(crate) fn owner_range(&self, form: u32) -> std::ops::Range<usize> {
        self.forms.owner_range(form)
    }

    /// Returns every name as `(entry, position among the entry's names)`, grouped by form.
    pub(crate) fn all_owners(&self) -> &[(u32, u16)] {
        self.forms.owners()
    }

    /// Returns the number of distinct tokens.
    pub fn token_count(&self) -> usize {
        self.vocabulary.len()
    }

    /// Returns an estimate of the heap memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.vocabulary.heap_bytes()
            + self.neighbours.heap_bytes()
            + self.forms.heap_bytes()
            + self.postings.heap_bytes()
    }

    /// Returns the token ids of a form.
    pub(crate) fn form(&self, form: u32) -> &[u32] {
        self.forms.tokens(form)
    }

    /// Returns the weighted tokens of a form (inline: scoring a candidate allocates nothing).
    pub(crate) fn weighted(&self, form: u32) -> SmallVec<[Weighted; 8]> {
        self.form(form)
            .iter()
            .map(|&t| self.vocabulary.weighted(t))
            .collect()
    }

    /// Returns the text of a list token.
    pub(crate) fn token_text(&self, token: u32) -> &str {
        &self.vocabulary.get(token).text
    }
}
