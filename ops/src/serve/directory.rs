//! The directory source: files dropped into a directory are screened in name order; a file is
//! moved to `done/` once every output is written, or to `failed/` when refused (its copy and
//! reason are also in the dead-letter directory). Files whose names start with `.` or end in
//! `.tmp` or `.partial` are still being written and are left alone. Polling rather than file
//! system events: it works the same on network file systems, where airlines' transfer tools
//! usually drop files.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::config::DirectorySource;
use super::pipeline::Origin;
use super::Service;

fn pending_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            !name.starts_with('.') && !name.ends_with(".tmp") && !name.ends_with(".partial")
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Watches the directory until `stopping` turns true.
pub async fn watch(
    service: Arc<Service>,
    source: DirectorySource,
    mut stopping: watch::Receiver<bool>,
) {
    let done = source.path.join("done");
    let failed = source.path.join("failed");
    for dir in [&done, &failed] {
        if let Err(error) = std::fs::create_dir_all(dir) {
            tracing::error!(dir = %dir.display(), error = %error, "cannot create directory");
            return;
        }
    }
    let interval = Duration::from_millis(source.poll_ms.max(10));
    while !*stopping.borrow() {
        let files = match pending_files(&source.path) {
            Ok(files) => files,
            Err(error) => {
                tracing::error!(error = %error, "cannot list the inbox");
                Vec::new()
            }
        };
        for path in files {
            if *stopping.borrow() {
                return;
            }
            let name = path
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(error) => {
                    tracing::warn!(file = %name, error = %error, "cannot read");
                    continue;
                }
            };
            let origin = Origin {
                kind: "directory",
                reference: name.clone(),
                carrier: None,
                position: None,
            };
            let Some(outcome) = service.submit(origin, bytes).await else {
                return;
            };
            let target = match outcome.await {
                Ok(outcome) if outcome.dead_letter.is_some() => &failed,
                Ok(_) => &done,
                // Outputs could not be written: leave the file for the next poll.
                Err(_) => continue,
            };
            if let Err(error) = std::fs::rename(&path, target.join(&name)) {
                tracing::error!(file = %name, error = %error, "cannot move a processed file");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {},
            _ = stopping.changed() => {},
        }
    }
}
