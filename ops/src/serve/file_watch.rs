//! Waiting for a file to change: the rules and accounts files are re-read when their
//! modification time changes (checked every two seconds), until the service stops.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tokio::sync::watch;

/// How often a watched file is checked.
pub const CHECK_EVERY: Duration = Duration::from_secs(2);

/// A file whose changes are waited for.
#[derive(Debug)]
pub struct FileWatch {
    path: PathBuf,
    known: Option<SystemTime>,
    every: Duration,
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl FileWatch {
    /// Watches `path` from its current state, checking every `every`.
    pub fn new(path: PathBuf, every: Duration) -> FileWatch {
        FileWatch {
            known: modified(&path),
            path,
            every,
        }
    }

    /// Waits until the file's modification time differs from the last one seen; `false` when
    /// `stopping` turns true first.
    pub async fn changed(&mut self, stopping: &mut watch::Receiver<bool>) -> bool {
        loop {
            if *stopping.borrow() {
                return false;
            }
            tokio::select! {
                _ = tokio::time::sleep(self.every) => {},
                _ = stopping.changed() => return false,
            }
            let now = modified(&self.path);
            if now != self.known {
                self.known = now;
                return true;
            }
        }
    }
}
