//! Versioned watchlist snapshots in Redis. `paxscreen watchlist load --redis-url URL FILE...`
//! checks the files, stores their bytes under a new version and then, in one write, makes it
//! the current version; running workers see the new version, rebuild their index in the
//! background and swap it in; a worker that starts loads the current version.
//!
//! Keys (under the configured prefix):
//! - `PREFIX:watchlist:current` — the current version;
//! - `PREFIX:watchlist:next` — the version counter;
//! - `PREFIX:watchlist:V:meta` — JSON [`Snapshot`]: the lists, their settings and sizes;
//! - `PREFIX:watchlist:V:file:I:C` — chunk C of file I (chunks keep values far below Redis's
//!   512 MB limit).
//!
//! The version before the current one is kept, so that a worker reading while a new version is
//! published still finds its files; older ones are deleted.

use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{DateTime, Utc};
use redis::Commands;
use serde::{Deserialize, Serialize};

use crate::commands::lists::ListSpec;
use paxscreen_watchlists::ListInfo;

/// Bytes per stored chunk.
const CHUNK: usize = 32 << 20;

/// What a snapshot holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Version number, counting from 1.
    pub version: u64,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Score from which a match is a hit, for lists without their own.
    pub threshold: Option<f32>,
    /// The files, in order.
    pub files: Vec<SnapshotFile>,
}

/// One list file of a snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotFile {
    /// List name.
    pub name: String,
    /// List category.
    pub category: String,
    /// The list's own threshold.
    pub threshold: Option<f64>,
    /// The file's name as published (its extension helps recognise the format).
    pub file_name: String,
    /// Size in bytes.
    pub bytes: usize,
    /// Number of stored chunks.
    pub chunks: usize,
}

fn key(prefix: &str, rest: &str) -> String {
    format!("{prefix}:watchlist:{rest}")
}

fn connect(url: &str) -> anyhow::Result<redis::Connection> {
    redis::Client::open(url)
        .context("the Redis URL")?
        .get_connection()
        .context("connecting to Redis")
}

/// Stores `specs` as a new snapshot and makes it current; returns it.
///
/// # Errors
/// A file cannot be read, or Redis refuses or cannot be reached.
pub fn publish(
    url: &str,
    prefix: &str,
    specs: &[ListSpec],
    threshold: Option<f32>,
) -> anyhow::Result<Snapshot> {
    let mut connection = connect(url)?;
    let version: u64 = connection.incr(key(prefix, "next"), 1)?;
    let mut files = Vec::with_capacity(specs.len());
    for (index, spec) in specs.iter().enumerate() {
        let bytes = std::fs::read(&spec.path)
            .with_context(|| format!("reading {}", spec.path.display()))?;
        let chunks: Vec<&[u8]> = bytes.chunks(CHUNK).collect();
        for (chunk, data) in chunks.iter().enumerate() {
            let _: () = connection.set(
                key(prefix, &format!("{version}:file:{index}:{chunk}")),
                data,
            )?;
        }
        files.push(SnapshotFile {
            name: spec.info.name.clone(),
            category: spec.info.category.clone(),
            threshold: spec.info.threshold,
            file_name: spec.path.file_name().map_or_else(
                || format!("list-{index}"),
                |n| n.to_string_lossy().into_owned(),
            ),
            bytes: bytes.len(),
            chunks: chunks.len(),
        });
    }
    let snapshot = Snapshot {
        version,
        published_at: Utc::now(),
        threshold,
        files,
    };
    let _: () = connection.set(
        key(prefix, &format!("{version}:meta")),
        serde_json::to_string(&snapshot)?,
    )?;
    let _: () = connection.set(key(prefix, "current"), version)?;
    if version > 2 {
        delete_version(&mut connection, prefix, version - 2)?;
    }
    Ok(snapshot)
}

fn delete_version(
    connection: &mut redis::Connection,
    prefix: &str,
    version: u64,
) -> anyhow::Result<()> {
    let pattern = key(prefix, &format!("{version}:*"));
    let keys: Vec<String> = connection
        .scan_match::<_, String>(pattern)?
        .collect::<Result<_, _>>()?;
    if !keys.is_empty() {
        let _: () = connection.del(keys)?;
    }
    Ok(())
}

/// Returns the current version, `None` when nothing was published.
///
/// # Errors
/// Redis cannot be reached.
pub fn current_version(url: &str, prefix: &str) -> anyhow::Result<Option<u64>> {
    let mut connection = connect(url)?;
    Ok(connection.get(key(prefix, "current"))?)
}

/// A snapshot fetched into a directory of its own, removed when dropped.
#[derive(Debug)]
pub struct Fetched {
    /// What the snapshot holds.
    pub snapshot: Snapshot,
    /// The files as list specifications, ready for loading.
    pub specs: Vec<ListSpec>,
    dir: PathBuf,
}

impl Drop for Fetched {
    fn drop(&mut self) {
        // A leftover temporary directory is harmless.
        let _removed = std::fs::remove_dir_all(&self.dir);
    }
}

/// Fetches a version's files into a new directory under `parent`.
///
/// # Errors
/// The version is missing (deleted by a newer publication: fetch the current one again), or
/// Redis cannot be reached, or the files cannot be written.
pub fn fetch(url: &str, prefix: &str, version: u64, parent: &Path) -> anyhow::Result<Fetched> {
    let mut connection = connect(url)?;
    let meta: Option<String> = connection.get(key(prefix, &format!("{version}:meta")))?;
    let meta = meta.with_context(|| format!("watchlist snapshot {version} is not in Redis"))?;
    let snapshot: Snapshot =
        serde_json::from_str(&meta).context("the watchlist snapshot's description")?;
    let dir = parent.join(format!(
        "paxscreen-snapshot-{}-{version}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut fetched = Fetched {
        snapshot: snapshot.clone(),
        specs: Vec::with_capacity(snapshot.files.len()),
        dir,
    };
    for (index, file) in snapshot.files.iter().enumerate() {
        let mut bytes = Vec::with_capacity(file.bytes);
        for chunk in 0..file.chunks {
            let data: Option<Vec<u8>> =
                connection.get(key(prefix, &format!("{version}:file:{index}:{chunk}")))?;
            bytes.extend(data.with_context(|| {
                format!(
                    "watchlist snapshot {version}: part of {} is missing",
                    file.name
                )
            })?);
        }
        anyhow::ensure!(
            bytes.len() == file.bytes,
            "watchlist snapshot {version}: {} has {} bytes, {} expected",
            file.name,
            bytes.len(),
            file.bytes
        );
        // Index first: two lists may come from files of the same name.
        let path = fetched.dir.join(format!("{index}-{}", file.file_name));
        std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
        fetched.specs.push(ListSpec {
            info: ListInfo {
                name: file.name.clone(),
                category: file.category.clone(),
                threshold: file.threshold,
            },
            path,
        });
    }
    Ok(fetched)
}
