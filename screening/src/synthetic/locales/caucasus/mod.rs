//! Greek, Armenian and Georgian names, written in their alphabets; the passport spelling is
//! computed by the national romanisations (see [`super::script`]). Greek surnames carry the
//! gender (`PAPADOPOULOS`/`PAPADOPOULOU`); Armenian ones end mostly in -YAN, Georgian ones in
//! -DZE or -SHVILI.

mod armenian;
mod georgian;
mod greek;

pub use armenian::ARMENIAN;
pub use georgian::GEORGIAN;
pub use greek::GREEK;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&GREEK, &ARMENIAN, &GEORGIAN];
