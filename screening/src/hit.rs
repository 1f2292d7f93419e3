//! A hit: a traveller matched a list entry or a listed document, with the reasons.

use paxscreen_watchlists::DocumentStatus;
use serde::Serialize;

use crate::score::Reason;

/// What matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    /// A person on a watchlist (by name, date of birth, nationality, or a document listed with
    /// the person).
    Watchlist,
    /// A stolen, lost or revoked travel document.
    Document,
}

/// A match worth an officer's review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Watchlist or document.
    pub kind: HitKind,
    /// Confidence (0–1).
    pub score: f32,
    /// The list matched.
    pub list: String,
    /// The list's (or the entry's) category.
    pub category: String,
    /// The entry id, or the listed document number for document hits.
    pub entry_id: String,
    /// The listed name that matched best (primary name or alias).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_name: Option<String>,
    /// Status of a listed document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DocumentStatus>,
    /// What raised and lowered the score.
    pub reasons: Vec<Reason>,
}
