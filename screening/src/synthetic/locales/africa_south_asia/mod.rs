//! West African (Nigerian, Ghanaian, Sahelian) and South Asian (Indian, Pakistani) names, in
//! Latin letters; Yoruba surnames are often built from two words (ADE + BAYO).

mod south_asian;
mod west_african;

pub use south_asian::SOUTH_ASIAN;
pub use west_african::WEST_AFRICAN;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&WEST_AFRICAN, &SOUTH_ASIAN];
