//! Thai, Vietnamese and Indonesian names. Thai in Thai script with an RTGS-like spelling (the
//! common passport spellings as other romanisations); Thai surnames are long compounds.
//! Vietnamese and Indonesian are written in Latin letters (Vietnamese without its diacritics,
//! Đ as D or DD; Indonesian in the current spelling, the spelling before 1972 as variants).

mod indonesian;
mod thai;
mod vietnamese;

pub use indonesian::INDONESIAN;
pub use thai::THAI;
pub use vietnamese::VIETNAMESE;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&THAI, &VIETNAMESE, &INDONESIAN];
