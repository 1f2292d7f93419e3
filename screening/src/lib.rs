//! Screening: compares travellers with watchlist entries and stolen/lost document lists.
//!
//! Data flow: `ListEntry` and `DocumentRecord` (from `paxscreen-watchlists`) →
//! [`Screener::build`] (a [`NameIndex`] over every name and alias, a document index) →
//! [`Screener::screen`] (`Traveller` → candidates from the index → scorer → [`Hit`]s with
//! [`Reason`]s).
//!
//! Matching tolerates typos, transliteration variants, swapped name order, missing or extra
//! middle names, initials, particles written apart or joined, diacritics and common nicknames;
//! the score is the strongest evidence lowered by contradictions (see [`score`]). The crate does
//! no I/O.
//!
//! ```
//! use paxscreen_screening::{Screener, ScreenerConfig, Subject};
//! use paxscreen_watchlists::ListEntry;
//!
//! let entry = ListEntry {
//!     id: "E1".into(), list: "demo".into(), category: "wanted".into(),
//!     names: vec!["Muhammad Al-Rashid".into()], dates_of_birth: vec![],
//!     nationalities: vec![], gender: None, documents: vec![],
//! };
//! let screener = Screener::build(ScreenerConfig::default(), vec![], vec![entry], std::iter::empty());
//! let subject = Subject { name: "MOHAMMED ALRASHID".into(), ..Subject::default() };
//! let hits = screener.screen_subject(&subject);
//! assert_eq!(hits[0].entry_id, "E1");
//! ```

mod bound;
mod common_names;
mod dates;
pub mod documents;
mod entry_keys;
mod facts;
pub mod hit;
pub mod index;
mod known_names;
pub mod nicknames;
pub(crate) mod romanisation;
pub mod score;
pub mod screener;
pub mod scripts;
pub mod similarity;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
pub mod tokens;

pub use documents::{DocumentIndex, DocumentMatch};
pub use hit::{Hit, HitKind};
pub use index::NameIndex;
pub use score::Reason;
pub use screener::{explain_pair, Screener, ScreenerConfig, Subject, DEFAULT_THRESHOLD};
