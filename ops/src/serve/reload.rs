//! Watchlist reload in the embedded mode: the list files are checked every few seconds, and
//! when one changes a new screener is built in the background and swapped in atomically;
//! screening never pauses (inputs in progress finish with the screener they started with).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::watch;

use super::{load_screener, Service};

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

/// Reloads the watchlists when their files change, until `stopping` turns true.
pub async fn watch(service: Arc<Service>, mut stopping: watch::Receiver<bool>) {
    let mut known = modified(&service);
    let mut version = 1;
    while !*stopping.borrow() {
        tokio::select! {
            _ = tokio::time::sleep(CHECK_EVERY) => {},
            _ = stopping.changed() => return,
        }
        let now = modified(&service);
        if now == known {
            continue;
        }
        known = now;
        let building = Arc::clone(&service);
        match tokio::task::spawn_blocking(move || load_screener(&building.validated)).await {
            Ok(Ok(screener)) => {
                version += 1;
                service
                    .metrics
                    .watchlist_entries
                    .set(screener.entry_count() as i64);
                service
                    .metrics
                    .watchlist_documents
                    .set(screener.document_count() as i64);
                service.metrics.watchlist_version.set(version);
                service.pipeline.swap_screener(screener);
                tracing::info!(version, "watchlists reloaded");
            }
            // The previous lists stay in force.
            Ok(Err(error)) => {
                tracing::error!(error = %format!("{error:#}"), "watchlist reload failed")
            }
            Err(error) => tracing::error!(error = %error, "watchlist reload task failed"),
        }
    }
}
