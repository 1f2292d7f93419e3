//! English, German/Dutch, French, Italian, Spanish/Latin American and Portuguese/Brazilian
//! names, in the passport's letters (diacritics and umlauts written plainly or as AE, OE, UE).
//! Spanish and Portuguese people carry two surnames; particles (VAN DER, DE LA, DOS, DI…)
//! stand before some surnames.

mod english;
mod french;
mod german;
mod italian;
mod portuguese;
mod spanish;

pub use english::ENGLISH;
pub use french::FRENCH;
pub use german::GERMAN;
pub use italian::ITALIAN;
pub use portuguese::PORTUGUESE;
pub use spanish::SPANISH;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&ENGLISH, &GERMAN, &FRENCH, &ITALIAN, &SPANISH, &PORTUGUESE];
