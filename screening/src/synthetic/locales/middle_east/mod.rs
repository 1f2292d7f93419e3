//! Arabic, Persian, Hebrew and Turkish names. Arabic and Persian in Arabic script without vowel
//! marks, Hebrew without niqqud, each beside the spelling passports of the region commonly
//! carry; Turkish in the passport's letters with the Turkish ones written plainly (Ç as C).

mod arabic;
mod hebrew;
mod persian;
mod turkish;

pub use arabic::ARABIC;
pub use hebrew::HEBREW;
pub use persian::PERSIAN;
pub use turkish::TURKISH;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&ARABIC, &PERSIAN, &HEBREW, &TURKISH];
