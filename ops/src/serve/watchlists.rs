//! Where the service's watchlists come from: the files named in the configuration, or — with
//! `[redis]` and no file — the current snapshot `paxscreen watchlist load` published in Redis
//! ([`super::snapshots`]). Either way the result is a screener and a version number.

use std::time::Duration;

use paxscreen_screening::Screener;

use super::config::{Redis, Validated};
use super::snapshots;
use crate::commands::lists;

/// Where the lists come from.
#[derive(Debug, Clone)]
pub enum Origin {
    /// The configured files, reloaded when they change.
    Files,
    /// Snapshots in Redis.
    Snapshots(Redis),
}

impl Origin {
    /// Returns the origin the configuration asks for.
    pub fn of(validated: &Validated) -> Origin {
        match &validated.config.redis {
            Some(redis) if validated.config.watchlists.files.is_empty() => {
                Origin::Snapshots(redis.clone())
            }
            _ => Origin::Files,
        }
    }
}

/// Loads the configured files into a screener (formats detected; stolen/lost document lists
/// streamed in).
///
/// # Errors
/// A file cannot be read.
pub fn from_files(validated: &Validated) -> anyhow::Result<Screener> {
    lists::build_screener(&validated.lists, validated.config.watchlists.threshold)
}

/// Fetches snapshot `version` from Redis and builds its screener.
///
/// # Errors
/// The snapshot is gone or Redis cannot be reached, or a list cannot be read.
pub fn from_snapshot(
    redis: &Redis,
    validated: &Validated,
    version: u64,
) -> anyhow::Result<Screener> {
    let fetched = snapshots::fetch(&redis.url, &redis.prefix, version, &std::env::temp_dir())?;
    let threshold = fetched
        .snapshot
        .threshold
        .or(validated.config.watchlists.threshold);
    lists::build_screener(&fetched.specs, threshold)
}

/// Loads the first screener: from the files, or from the current snapshot, waiting for one to
/// be published. Returns it with its version (1 for files).
///
/// # Errors
/// A file cannot be read, or a snapshot cannot be fetched.
pub async fn initial(validated: &Validated) -> anyhow::Result<(Screener, u64)> {
    match Origin::of(validated) {
        Origin::Files => {
            let validated = validated.clone();
            let screener = tokio::task::spawn_blocking(move || from_files(&validated)).await??;
            Ok((screener, 1))
        }
        Origin::Snapshots(redis) => {
            let mut waited = false;
            let version = loop {
                let (url, prefix) = (redis.url.clone(), redis.prefix.clone());
                let current =
                    tokio::task::spawn_blocking(move || snapshots::current_version(&url, &prefix))
                        .await??;
                if let Some(version) = current {
                    break version;
                }
                if !waited {
                    tracing::warn!(
                        "no watchlist snapshot in Redis yet: waiting for `paxscreen watchlist load`"
                    );
                    waited = true;
                }
                tokio::time::sleep(Duration::from_secs(redis.snapshot_poll_seconds)).await;
            };
            let validated = validated.clone();
            let screener =
                tokio::task::spawn_blocking(move || from_snapshot(&redis, &validated, version))
                    .await??;
            Ok((screener, version))
        }
    }
}
