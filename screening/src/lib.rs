//! Screening: the candidate index and scorer that compare travellers with watchlist entries.
//!
//! Data flow: `Traveller` (from `paxscreen-ingest`) × watchlist snapshot → hits with explanations.
//! Built out by the screening work (issue 3).
