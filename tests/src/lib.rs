//! End-to-end tests for paxscreen: they run the `paxscreen` binary on fixtures and, in later
//! work, against real Kafka and Redis. The tests live in `tests/tests/`; this library holds shared
//! helpers.

use std::path::PathBuf;

/// Returns the workspace root (the folder holding the root `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}
