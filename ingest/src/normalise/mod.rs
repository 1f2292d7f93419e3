//! Normalisation of what senders write into comparable values: names (ICAO 9303
//! transliteration, titles, name order), countries, document numbers.
//!
//! Every function here is idempotent: normalising a normalised value returns it unchanged.

pub mod country;
pub mod document;
pub mod name;

pub use country::normalise_country;
pub use document::normalise_document_number;
pub use name::{normalise_name, transliterate, PersonName};
