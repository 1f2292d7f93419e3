//! Targeting rules reload without a restart: the rules file is checked every two seconds; a
//! changed file that parses replaces the rules in force atomically (inputs in progress finish
//! with the rules they started with) and the passengers already answered over iAPI are screened
//! again; a file with an error is refused with its line and column, and the previous rules stay
//! in force.

use std::path::PathBuf;
use std::sync::Arc;

use paxscreen_rules::RuleSet;
use tokio::sync::watch;

use super::file_watch::{FileWatch, CHECK_EVERY};
use super::Service;

/// Reloads the rules file when it changes, until `stopping` turns true.
pub async fn watch(service: Arc<Service>, path: PathBuf, mut stopping: watch::Receiver<bool>) {
    let mut file = FileWatch::new(path.clone(), CHECK_EVERY);
    while file.changed(&mut stopping).await {
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
