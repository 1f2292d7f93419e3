//! Targeting rules reload without a restart: the rules file is checked every two seconds; a
//! changed file that parses replaces the rules in force atomically (inputs in progress finish
//! with the rules they started with) and the passengers already answered over iAPI are screened
//! again; a file with an error is refused with its line and column, and the previous rules stay
//! in force.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use paxscreen_rules::RuleSet;
use tokio::sync::watch;

use super::Service;

/// How often the rules file is checked.
const CHECK_EVERY: Duration = Duration::from_secs(2);

fn modified(path: &PathBuf) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Reloads the rules file when it changes, until `stopping` turns true.
pub async fn watch(service: Arc<Service>, path: PathBuf, mut stopping: watch::Receiver<bool>) {
    let mut known = modified(&path);
    while !*stopping.borrow() {
        tokio::select! {
            _ = tokio::time::sleep(CHECK_EVERY) => {},
            _ = stopping.changed() => return,
        }
        let now = modified(&path);
        if now == known {
            continue;
        }
        known = now;
        let reading = path.clone();
        match tokio::task::spawn_blocking(move || RuleSet::load(&reading)).await {
            Ok(Ok(rules)) => {
                tracing::info!(rules = rules.len(), digest = %rules.digest(), "targeting rules reloaded");
                service.metrics.rules_loaded.set(rules.len() as i64);
                service.pipeline.swap_rules(rules);
                super::iapi::rescreen(&service).await;
            }
            Ok(Err(error)) => {
                service.metrics.rules_refused.inc();
                tracing::error!(error = %error, "rules file refused; the previous rules stay in force");
            }
            Err(error) => tracing::error!(error = %error, "rules reload task failed"),
        }
    }
}
