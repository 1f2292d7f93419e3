//! Russian, Ukrainian and Polish names. Russian and Ukrainian are written in Cyrillic; their
//! passport spelling is computed (ICAO 9303 for Russian, the national system of 2010 for
//! Ukrainian, see [`super::cyrillic`]). Surnames carry the gender (`IVANOV`/`IVANOVA`,
//! `KOWALSKI`/`KOWALSKA`).

mod polish;
mod russian;
mod ukrainian;

pub use polish::POLISH;
pub use russian::RUSSIAN;
pub use ukrainian::UKRAINIAN;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&RUSSIAN, &UKRAINIAN, &POLISH];
