//! Reading manifest files for the commands that take them: every file (or `-` for standard
//! input) is parsed, multi-part manifests are joined across all the files, and a file that cannot
//! be read is reported on standard error as one positioned line while the others go on.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use paxscreen_ingest::{parse_parts, Assembler, Manifest, ParseOptions};

/// Reads manifest files and counts what could not be read.
#[derive(Debug)]
pub struct ManifestReader {
    options: ParseOptions,
    /// Files given.
    pub files: usize,
    /// Files that could not be read or parsed.
    pub failed: usize,
}

impl ManifestReader {
    /// Returns a reader; `today` overrides the reference date for two-digit years.
    pub fn new(today: Option<chrono::NaiveDate>) -> ManifestReader {
        let mut options = ParseOptions::default();
        if let Some(today) = today {
            options.today = today;
        }
        ManifestReader {
            options,
            files: 0,
            failed: 0,
        }
    }

    /// Reads every file and calls `each` with every manifest, in order of completion (the parts of
    /// a multi-part manifest complete with their last part; incomplete ones come at the end).
    ///
    /// # Errors
    /// Returns the first error `each` returns; unreadable files are not errors (they are
    /// reported and counted in `failed`).
    pub fn read_all(
        &mut self,
        files: &[PathBuf],
        mut each: impl FnMut(Manifest) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut assembler = Assembler::new();
        for path in files {
            self.files += 1;
            let name = path.display().to_string();
            let bytes = match read_input(path) {
                Ok(bytes) => bytes,
                Err(error) => {
                    self.failed += 1;
                    eprintln!("paxscreen: {name}: cannot read: {error}");
                    continue;
                }
            };
            match parse_parts(&bytes, &self.options) {
                Ok(parts) => {
                    for part in parts {
                        for manifest in assembler.push(part) {
                            each(manifest)?;
                        }
                    }
                }
                Err(error) => {
                    self.failed += 1;
                    eprintln!("paxscreen: {name}: {error}");
                }
            }
        }
        for manifest in assembler.flush() {
            each(manifest)?;
        }
        Ok(())
    }
}

fn read_input(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    std::fs::read(path)
}
