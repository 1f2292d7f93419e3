//! Watchlists: the list entry model, list formats and versioned snapshots.
//!
//! Data flow: list files and feeds → `ListEntry` / `DocumentRecord` → snapshot → `screening`.
//! This crate is built out by the watchlist work (issue 3); the ingest foundation only reserves its
//! place in the dependency graph `ingest ← watchlists ← screening ← rules ← ops`.
