//! Retention of personal data (`[retention]`), applied at start and every ten minutes: alerts
//! (the traveller data behind them) and officers' dispositions `alert_hours` after the scheduled
//! arrival; the audit log after `audit_days`; processed input files (`done/` of the watched
//! directory) and dead letters — travellers without alerts — after `input_hours`; passengers
//! answered over iAPI `iapi.retention_hours` after arrival.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use chrono::Utc;
use tokio::sync::watch;

use super::Service;

/// How often retention runs.
const EVERY: Duration = Duration::from_secs(600);

/// Applies retention until `stopping` turns true.
pub async fn run(service: Arc<Service>, mut stopping: watch::Receiver<bool>) {
    loop {
        apply(&service).await;
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {},
            _ = stopping.changed() => return,
        }
    }
}

/// Applies retention once.
pub async fn apply(service: &Service) {
    let now = Utc::now();
    let retention = &service.validated.config.retention;
    let alerts = service
        .store
        .purge(now, chrono::Duration::hours(retention.alert_hours))
        .await
        .unwrap_or_else(|e| {
            tracing::error!(error = %format!("{e:#}"), "alert retention");
            0
        });
    service.iapi.book.purge(now);
    let mut dispositions = 0;
    let mut audit = 0;
    if let Some(officers) = &service.officers {
        dispositions = officers.triage.purge(now);
        audit = officers
            .audit
            .trim(now - chrono::Duration::days(retention.audit_days))
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %format!("{e:#}"), "audit retention");
                0
            });
    }
    let keep = Duration::from_secs(u64::try_from(retention.input_hours).unwrap_or(1) * 3600);
    let config = &service.validated.config;
    let mut files = 0;
    if let Some(directory) = &config.sources.directory {
        files += remove_older(&directory.path.join("done"), keep);
        files += remove_older(&directory.path.join("failed"), keep);
    }
    if service.dead_letter_dir.is_some() {
        files += remove_older(&config.outputs.dead_letter_dir, keep);
    }
    if alerts + dispositions + files > 0 || audit > 0 {
        tracing::info!(alerts, dispositions, audit, files, "retention applied");
    }
}

/// Removes the files of `dir` last modified more than `keep` ago; returns how many.
fn remove_older(dir: &Path, keep: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|at| now.duration_since(at).unwrap_or_default() > keep)
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_past_the_window_are_removed() {
        let dir = std::env::temp_dir().join(format!("paxscreen-retention-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let old = dir.join("old.edi");
        let new = dir.join("new.edi");
        std::fs::write(&old, "x").unwrap();
        std::fs::write(&new, "x").unwrap();
        let past = SystemTime::now() - Duration::from_secs(7200);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(past)
            .unwrap();
        assert_eq!(remove_older(&dir, Duration::from_secs(3600)), 1);
        assert!(!old.exists() && new.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
