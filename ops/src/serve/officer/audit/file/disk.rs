//! What the audit file needs from the file system: the exclusive lock (one writer per file),
//! durable directory entries, and the directory of a path.

use std::fs::{File, TryLockError};
use std::io;
use std::path::Path;

use anyhow::{bail, Context};

/// The directory of `path` (`.` for a bare file name).
pub(super) fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes a directory's entries durable (a created or renamed file).
pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Takes the exclusive lock of an audit file: one process appends to it.
pub(super) fn lock(file: &File, path: &Path) -> anyhow::Result<()> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => bail!(
            "the audit file {} is in use by another process",
            path.display()
        ),
        Err(TryLockError::Error(error)) if error.kind() == io::ErrorKind::Unsupported => {
            tracing::warn!(
                path = %path.display(),
                "the file system cannot lock the audit file: make sure one process writes it"
            );
            Ok(())
        }
        Err(TryLockError::Error(error)) => {
            Err(error).with_context(|| format!("locking the audit file {}", path.display()))
        }
    }
}
