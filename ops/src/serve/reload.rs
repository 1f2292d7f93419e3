//! Watchlist reload without a restart: the list files are checked every few seconds (or, with
//! snapshots in Redis, the current version), and on a change a new screener is built in the
//! background and swapped in atomically; screening never pauses (inputs in progress finish with
//! the screener they started with). A failed reload leaves the previous lists in force.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use paxscreen_screening::Screener;
use tokio::sync::watch;

use super::watchlists::{self, Origin};
use super::{snapshots, Service};

/// How often the list files are checked.
const CHECK_EVERY: Duration = Duration::from_secs(2);

fn modified(service: &Service) -> Vec<Option<SystemTime>> {
    service
        .validated
        .lists
        .iter()
        .map(|spec| {
            std::fs::metadata(&spec.path)
                .and_then(|m| m.modified())
                .ok()
        })
        .collect()
}

/// What the reloader compares to notice a change.
#[derive(Debug, PartialEq)]
enum Mark {
    Files(Vec<Option<SystemTime>>),
    Snapshot(Option<u64>),
}

fn mark(service: &Service, origin: &Origin) -> anyhow::Result<Mark> {
    Ok(match origin {
        Origin::Files => Mark::Files(modified(service)),
        Origin::Snapshots(redis) => {
            Mark::Snapshot(snapshots::current_version(&redis.url, &redis.prefix)?)
        }
    })
}

fn build(service: &Service, origin: &Origin, mark: &Mark) -> anyhow::Result<Option<Screener>> {
    match (origin, mark) {
        (Origin::Snapshots(redis), Mark::Snapshot(Some(version))) => Ok(Some(
            watchlists::from_snapshot(redis, &service.validated, *version)?,
        )),
        (Origin::Snapshots(_), _) => Ok(None),
        (Origin::Files, _) => Ok(Some(watchlists::from_files(&service.validated)?)),
    }
}

/// Reloads the watchlists when they change, until `stopping` turns true; `version` is the
/// version loaded at start.
pub async fn watch(service: Arc<Service>, version: u64, mut stopping: watch::Receiver<bool>) {
    let origin = Origin::of(&service.validated);
    let mut known = match &origin {
        Origin::Files => Mark::Files(modified(&service)),
        Origin::Snapshots(_) => Mark::Snapshot(Some(version)),
    };
    let mut version = version;
    let every = match &origin {
        Origin::Files => CHECK_EVERY,
        Origin::Snapshots(redis) => Duration::from_secs(redis.snapshot_poll_seconds),
    };
    while !*stopping.borrow() {
        tokio::select! {
            _ = tokio::time::sleep(every) => {},
            _ = stopping.changed() => return,
        }
        let checking = Arc::clone(&service);
        let looking = origin.clone();
        let now = match tokio::task::spawn_blocking(move || mark(&checking, &looking)).await {
            Ok(Ok(now)) => now,
            Ok(Err(error)) => {
                tracing::warn!(error = %format!("{error:#}"), "checking for new watchlists");
                continue;
            }
            Err(error) => {
                tracing::error!(error = %error, "watchlist check task failed");
                continue;
            }
        };
        if now == known {
            continue;
        }
        let building = Arc::clone(&service);
        let (from, wanted) = (origin.clone(), now);
        let result = tokio::task::spawn_blocking(move || {
            let built = build(&building, &from, &wanted);
            (built, wanted)
        })
        .await;
        match result {
            Ok((Ok(Some(screener)), wanted)) => {
                version = match &wanted {
                    Mark::Snapshot(Some(v)) => *v,
                    _ => version + 1,
                };
                known = wanted;
                service.install(screener, version);
                tracing::info!(version, "watchlists reloaded");
                super::iapi::rescreen(&service).await;
            }
            Ok((Ok(None), wanted)) => known = wanted,
            // The previous lists stay in force. A broken file is tried again once it changes;
            // a snapshot that could not be fetched, at the next check.
            Ok((Err(error), wanted)) => {
                if matches!(origin, Origin::Files) {
                    known = wanted;
                }
                tracing::error!(error = %format!("{error:#}"), "watchlist reload failed")
            }
            Err(error) => tracing::error!(error = %error, "watchlist reload task failed"),
        }
    }
}
