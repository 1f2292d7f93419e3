//! Random variant operations: how a traveller's name may differ from the listed name of the same
//! person. Each family applies its operation at a random place with random letters drawn from
//! the crate's seeded [`Rng`], never from a list of known typos, so that a matcher cannot be
//! tuned to them.
//!
//! The families of one edit in one word ([`Family::is_single_edit`]) pick the word at random
//! among the name's words of two letters or more, then the place in it (see [`edits`]); the
//! others change the name's structure or spelling (see [`structure`]).

pub mod edits;
pub mod structure;

use serde::Serialize;

use crate::synthetic::locales::Person;
use crate::synthetic::Rng;

/// A family of variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// A letter A–Z inserted at any position, first and last included.
    Insert,
    /// A letter deleted at any position.
    Delete,
    /// A letter replaced by any other letter.
    SubstituteAny,
    /// A letter replaced by a QWERTY neighbour.
    SubstituteKeyboard,
    /// A letter or pair replaced by an OCR look-alike (digits included).
    SubstituteOcr,
    /// Two adjacent letters swapped.
    Transpose,
    /// A letter doubled.
    Double,
    /// A doubled letter written once.
    Undouble,
    /// A vowel written as a digraph or a digraph as one vowel (O↔OU, I↔EE…).
    VowelDigraph,
    /// Another common romanisation of a name of the locale.
    Transliteration,
    /// Surname first.
    SwapOrder,
    /// A middle name, patronymic or father's name dropped.
    MiddleDropped,
    /// A given name of the same locale added.
    MiddleAdded,
    /// Given names reduced to initials, one kept whole.
    Initials,
    /// Two adjacent words written as one (sometimes the whole name).
    Joined,
    /// A word split in two.
    Split,
    /// A particle added before the surname.
    ParticleAdded,
    /// A particle dropped from before the surname.
    ParticleDropped,
    /// The name as read from a passport's machine-readable zone cut at 39 characters.
    MrzTruncation,
    /// The listed entry has its names only in their native script; the traveller carries the
    /// passport's Latin spelling.
    OtherScript,
}

impl Family {
    /// Every family, in report order.
    pub const ALL: [Family; 20] = [
        Family::Insert,
        Family::Delete,
        Family::SubstituteAny,
        Family::SubstituteKeyboard,
        Family::SubstituteOcr,
        Family::Transpose,
        Family::Double,
        Family::Undouble,
        Family::VowelDigraph,
        Family::Transliteration,
        Family::SwapOrder,
        Family::MiddleDropped,
        Family::MiddleAdded,
        Family::Initials,
        Family::Joined,
        Family::Split,
        Family::ParticleAdded,
        Family::ParticleDropped,
        Family::MrzTruncation,
        Family::OtherScript,
    ];

    /// The family's name in reports (`substitute_keyboard`).
    pub fn name(self) -> &'static str {
        match self {
            Family::Insert => "insert",
            Family::Delete => "delete",
            Family::SubstituteAny => "substitute_any",
            Family::SubstituteKeyboard => "substitute_keyboard",
            Family::SubstituteOcr => "substitute_ocr",
            Family::Transpose => "transpose",
            Family::Double => "double",
            Family::Undouble => "undouble",
            Family::VowelDigraph => "vowel_digraph",
            Family::Transliteration => "transliteration",
            Family::SwapOrder => "swap_order",
            Family::MiddleDropped => "middle_dropped",
            Family::MiddleAdded => "middle_added",
            Family::Initials => "initials",
            Family::Joined => "joined",
            Family::Split => "split",
            Family::ParticleAdded => "particle_added",
            Family::ParticleDropped => "particle_dropped",
            Family::MrzTruncation => "mrz_truncation",
            Family::OtherScript => "other_script",
        }
    }

    /// True for the families of one edit in one word (insert, delete, the substitutions,
    /// transpose, double, undouble).
    pub fn is_single_edit(self) -> bool {
        matches!(
            self,
            Family::Insert
                | Family::Delete
                | Family::SubstituteAny
                | Family::SubstituteKeyboard
                | Family::SubstituteOcr
                | Family::Transpose
                | Family::Double
                | Family::Undouble
        )
    }
}

/// A traveller's name made from a listed person's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The traveller's name.
    pub name: String,
    /// Length of the word edited, for the families of one edit in one word.
    pub edited_length: Option<usize>,
}

/// Applies a family to a person's Latin name; `None` when the name does not lend itself to it.
/// For [`Family::OtherScript`] the name is the passport spelling itself (the list entry is what
/// differs) and needs a native form.
pub fn apply(family: Family, person: &Person, rng: &mut Rng) -> Option<Variant> {
    use structure as s;
    let whole = |name: Option<String>| {
        name.filter(|n| *n != person.latin_name())
            .map(|name| Variant {
                name,
                edited_length: None,
            })
    };
    match family {
        Family::Insert => edit_one_word(person, rng, edits::insert),
        Family::Delete => edit_one_word(person, rng, edits::delete),
        Family::SubstituteAny => edit_one_word(person, rng, edits::substitute_any),
        Family::SubstituteKeyboard => edit_one_word(person, rng, edits::substitute_keyboard),
        Family::SubstituteOcr => edit_one_word(person, rng, edits::substitute_ocr),
        Family::Transpose => edit_one_word(person, rng, edits::transpose),
        Family::Double => edit_one_word(person, rng, edits::double),
        Family::Undouble => edit_one_word(person, rng, edits::undouble),
        Family::VowelDigraph => edit_one_word(person, rng, edits::vowel_digraph).map(|v| Variant {
            edited_length: None,
            ..v
        }),
        Family::Transliteration => whole(s::transliteration(person, rng)),
        Family::SwapOrder => whole(s::swap_order(person)),
        Family::MiddleDropped => whole(s::middle_dropped(person, rng)),
        Family::MiddleAdded => whole(s::middle_added(person, rng)),
        Family::Initials => whole(s::initials(person, rng)),
        Family::Joined => whole(s::joined(person, rng)),
        Family::Split => whole(s::split(person, rng)),
        Family::ParticleAdded => whole(s::particle_added(person, rng)),
        Family::ParticleDropped => whole(s::particle_dropped(person, rng)),
        Family::MrzTruncation => whole(s::mrz_truncation(person)),
        Family::OtherScript => person.native_name().map(|_| Variant {
            name: person.latin_name(),
            edited_length: None,
        }),
    }
}

/// Applies an edit to one word drawn at random among the words (of two letters or more) it
/// applies to.
fn edit_one_word(
    person: &Person,
    rng: &mut Rng,
    edit: fn(&str, &mut Rng) -> Option<String>,
) -> Option<Variant> {
    let name = person.latin_name();
    let mut words: Vec<String> = name.split_whitespace().map(str::to_owned).collect();
    let mut candidates: Vec<usize> = (0..words.len()).filter(|&i| words[i].len() >= 2).collect();
    while !candidates.is_empty() {
        let pick = rng.below(candidates.len());
        let at = candidates[pick];
        if let Some(edited) = edit(&words[at], rng) {
            let edited_length = words[at].len();
            words[at] = edited;
            return Some(Variant {
                name: words.join(" "),
                edited_length: Some(edited_length),
            });
        }
        candidates.swap_remove(pick);
    }
    None
}

#[cfg(test)]
mod tests;
