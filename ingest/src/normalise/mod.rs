//! Normalisation of what senders write into comparable values: names (ICAO 9303
//! transliteration, titles, name order), countries, document numbers, and machine-readable zones.
//!
//! Every function here is idempotent: normalising a normalised value returns it unchanged.

pub mod country;
pub mod document;
pub mod mrz;
pub mod name;
mod translit;

pub use country::{is_icao_special, normalise_country};
pub use document::{check_digit, normalise_document_number, verify_check_digit};
pub use mrz::{parse_mrz, Mrz};
pub use name::{normalise_name, transliterate, PersonName};
