//! `paxscreen watchlist load`: checks list files and publishes them to Redis as a new
//! versioned snapshot for the `serve` workers.

use std::process::ExitCode;

use super::lists::{self, ListSpec};
use crate::cli::WatchlistLoadArgs;
use crate::serve::snapshots;

/// Runs `paxscreen watchlist load`.
///
/// # Errors
/// A file cannot be read or is not a list, or Redis refuses or cannot be reached.
pub fn load(args: &WatchlistLoadArgs) -> anyhow::Result<ExitCode> {
    // Check every file the way the workers will read it, so that a broken list is refused
    // here instead of by every worker.
    let loaded = lists::load(&args.lists)?;
    anyhow::ensure!(
        loaded.document_lists.is_empty(),
        "a stolen/lost document list was given as a person list: give it with --documents"
    );
    lists::for_each_document(&args.documents, |_, _| {})?;
    drop(loaded);
    let specs: Vec<ListSpec> = args.lists.iter().chain(&args.documents).cloned().collect();
    let snapshot = snapshots::publish(&args.redis_url, &args.prefix, &specs, args.threshold)?;
    println!("{}", serde_json::to_string(&snapshot)?);
    eprintln!(
        "paxscreen: watchlist snapshot {} published ({} file(s))",
        snapshot.version,
        snapshot.files.len()
    );
    Ok(ExitCode::SUCCESS)
}
