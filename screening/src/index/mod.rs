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
use crate::scripts::latin_readings;

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
    /// Names indexed (primary names and aliases; not their joined variants).
    name_count: usize,
    /// The [`fold_hash`](crate::similarity::fold_hash) of every token that a name carries as
    /// written (not only in a joined variant), sorted: whether a query's joined syllables are
    /// worth a query of their own.
    written_folds: Vec<u32>,
    vocabulary: Vocabulary,
    neighbours: Neighbours,
    forms: Forms,
    postings: Postings,
    /// The forms of each entry's names: offsets by entry into `entry_forms`.
    entry_form_offsets: Vec<u32>,
    entry_forms: Vec<u32>,
    /// One bit a form, set for the forms as long as a machine-readable zone holds (see
    /// [`crate::tokens::fills_zone`]).
    zone_forms: Vec<u64>,
}

impl NameIndex {
    /// Builds the index from each entry's names (`names[e]` are the names of entry `e`).
    pub fn build<'a>(names: impl Iterator<Item = &'a [String]>) -> NameIndex {
        let mut vocabulary = Vocabulary::default();
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut forms = FormsBuilder::default();
        let mut name_count = 0;
        let mut counted: Vec<u32> = Vec::new();
        let mut written: Vec<bool> = Vec::new();
        let mut entries = 0;
        for (entry, entry_names) in names.enumerate() {
            entries = entry + 1;
            for (position, name) in entry_names.iter().enumerate() {
                name_count += 1;
                counted.clear();
                let tokens = crate::tokens::name_tokens(name);
                // A name written in another script is indexed by each of its Latin readings
                // (see `scripts`); consonantal readings (Arabic, Hebrew) mark their tokens.
                let mut spellings: Vec<(Vec<String>, bool)> = vec![(tokens, false)];
                for reading in latin_readings(name) {
                    let reading_tokens = crate::tokens::name_tokens(&reading.text);
                    if !reading_tokens.is_empty()
                        && !spellings.iter().any(|(seen, _)| *seen == reading_tokens)
                    {
                        spellings.push((reading_tokens, reading.consonantal));
                    }
                }
                spellings.retain(|(tokens, _)| !tokens.is_empty());
                // Each spelling, then its joined variants (SOO JIN also as SOOJIN), owned by the
                // same name; each token counts once per name in its document frequency.
                let variants = spellings.iter().flat_map(|(tokens, consonantal)| {
                    std::iter::once((None, tokens.clone(), *consonantal)).chain(
                        crate::tokens::joined_variants(tokens)
                            .map(move |(i, v)| (Some(i), v, *consonantal)),
                    )
                });
                for (joined, variant, consonantal) in variants {
                    let ids: Vec<u32> = variant
                        .iter()
                        .map(|token| vocabulary.intern(token, &mut document_frequency))
                        .collect();
                    if consonantal {
                        for &id in &ids {
                            vocabulary.mark_consonantal(id);
                        }
                    }
                    if joined.is_none() {
                        for &id in &ids {
                            if written.len() <= id as usize {
                                written.resize(id as usize + 1, false);
                            }
                            written[id as usize] = true;
                        }
                    }
                    for &id in &ids {
                        if !counted.contains(&id) {
                            counted.push(id);
                            document_frequency[id as usize] += 1;
                        }
                    }
                    forms.add(&ids, joined, entry, position, |t| {
                        vocabulary.get(t).text.len() >= 2
                    });
                }
            }
        }
        let forms = forms.finish();
        let (entry_form_offsets, entry_forms) = forms.by_entry(entries);
        vocabulary.set_weights(&document_frequency, name_count);
        // Wade-Giles tokens count with their pinyin readings (a query's XIAO MING joined meets a
        // listed HSIAOMING).
        let mut written_folds: Vec<u32> = written
            .iter()
            .enumerate()
            .filter(|(_, &w)| w)
            .flat_map(|(id, _)| {
                let data = vocabulary.get(id as u32);
                let readings = if data.features.wade_giles {
                    crate::romanisation::pinyin_readings(&data.text)
                } else {
                    Vec::new()
                };
                std::iter::once(data.features.fold_hash).chain(
                    readings
                        .into_iter()
                        .map(|r| crate::similarity::fold_hash(&r)),
                )
            })
            .collect();
        written_folds.sort_unstable();
        written_folds.dedup();
        drop(document_frequency);
        let postings = Postings::build(&forms, vocabulary.len());
        let mut neighbours = Neighbours::build(&mut vocabulary);
        // Forms as long as a machine-readable zone holds, whose tokens may be cut short.
        let mut zone_forms = vec![0u64; forms.len().div_ceil(64)];
        for form in 0..forms.len() as u32 {
            let tokens = forms.tokens(form).iter().map(|&t| &*vocabulary.get(t).text);
            if crate::tokens::fills_zone(tokens) {
                zone_forms[form as usize / 64] |= 1 << (form % 64);
            }
        }
        let zone_tokens = (0..forms.len() as u32)
            .filter(|&form| zone_forms[form as usize / 64] & (1 << (form % 64)) != 0)
            .flat_map(|form| forms.tokens(form).iter().copied());
        neighbours.set_zone_tokens(zone_tokens, &vocabulary);
        NameIndex {
            name_count,
            written_folds,
            vocabulary,
            neighbours,
            forms,
            postings,
            entry_form_offsets,
            entry_forms,
            zone_forms,
        }
    }

    /// Returns the number of names indexed (primary names and aliases).
    pub fn name_count(&self) -> usize {
        self.name_count
    }

    /// Returns the number of distinct forms (token sequences) among the names.
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }

    /// Returns the forms of the names of entry `entry` (a form twice for two names of one form).
    pub(crate) fn forms_of(&self, entry: u32) -> &[u32] {
        let entry = entry as usize;
        match (
            self.entry_form_offsets.get(entry),
            self.entry_form_offsets.get(entry + 1),
        ) {
            (Some(&start), Some(&end)) => &self.entry_forms[start as usize..end as usize],
            _ => &[],
        }
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
            + self.written_folds.capacity() * 4
            + self.neighbours.heap_bytes()
            + self.forms.heap_bytes()
            + self.postings.heap_bytes()
            + (self.entry_form_offsets.capacity() + self.entry_forms.capacity()) * 4
            + self.zone_forms.capacity() * 8
    }

    /// Returns the token ids of a form.
    pub(crate) fn form(&self, form: u32) -> &[u32] {
        self.forms.tokens(form)
    }

    /// Returns the position of the joined token of a form that only joined variants of names
    /// carry (see [`crate::tokens::joined_variants`]).
    #[inline]
    pub(crate) fn joined(&self, form: u32) -> Option<usize> {
        self.forms.joined(form)
    }

    /// Returns the weighted tokens of a form (inline: scoring a candidate allocates nothing).
    pub(crate) fn weighted(&self, form: u32) -> SmallVec<[Weighted; 8]> {
        self.form(form)
            .iter()
            .map(|&t| self.vocabulary.weighted(t))
            .collect()
    }

    /// Returns true when a form's name is as long as a machine-readable zone holds (see
    /// [`crate::tokens::fills_zone`]).
    #[inline]
    pub(crate) fn fills_zone(&self, form: u32) -> bool {
        self.zone_forms
            .get(form as usize / 64)
            .is_some_and(|bits| bits & (1 << (form % 64)) != 0)
    }

    /// Returns the text of a list token.
    pub(crate) fn token_text(&self, token: u32) -> &str {
        &self.vocabulary.get(token).text
    }
}
