//! Where results go in the embedded mode: alerts as JSON lines (a file or standard output) and
//! into the alert store, dead letters as files (the raw input and a `.reason.json` beside it).

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::Context;

use super::alert::Encoded;
use super::pipeline::DeadLetter;

/// Writes alerts as JSON lines.
pub struct AlertWriter {
    out: Mutex<Box<dyn Write + Send>>,
}

impl std::fmt::Debug for AlertWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AlertWriter").finish_non_exhaustive()
    }
}

impl AlertWriter {
    /// Opens `target` for appending, or standard output for `-`.
    ///
    /// # Errors
    /// The file cannot be opened.
    pub fn open(target: &str) -> anyhow::Result<AlertWriter> {
        let out: Box<dyn Write + Send> = if target == "-" {
            Box::new(io::stdout())
        } else {
            let file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(target)
                .with_context(|| format!("opening the alerts file {target}"))?;
            Box::new(BufWriter::new(file))
        };
        Ok(AlertWriter {
            out: Mutex::new(out),
        })
    }

    /// Writes alerts, one JSON object per line, and flushes.
    ///
    /// # Errors
    /// Writing fails.
    pub fn write(&self, alerts: &[Encoded]) -> anyhow::Result<()> {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        for encoded in alerts {
            out.write_all(encoded.json.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        Ok(())
    }
}

/// Writes refused inputs to a directory.
#[derive(Debug)]
pub struct DeadLetterDir {
    dir: PathBuf,
}

impl DeadLetterDir {
    /// Uses `dir`, creating it if needed.
    ///
    /// # Errors
    /// The directory cannot be created.
    pub fn open(dir: &Path) -> anyhow::Result<DeadLetterDir> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the dead-letter directory {}", dir.display()))?;
        Ok(DeadLetterDir {
            dir: dir.to_path_buf(),
        })
    }

    /// Writes the raw input and its reason; returns the path of the input's copy.
    ///
    /// # Errors
    /// Writing fails.
    pub fn write(&self, letter: &DeadLetter, bytes: &[u8]) -> anyhow::Result<PathBuf> {
        let stem: String = format!(
            "{}-{}",
            letter.at.format("%Y%m%dT%H%M%S%.3f"),
            letter.reference
        )
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
        let path = self.dir.join(format!("{stem}.edi"));
        File::create(&path)?.write_all(bytes)?;
        let reason = File::create(self.dir.join(format!("{stem}.reason.json")))?;
        serde_json::to_writer_pretty(reason, letter)?;
        Ok(path)
    }
}
