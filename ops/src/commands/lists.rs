//! Loading watchlist and stolen/lost document files named on the command line, with a progress
//! bar for large files and a one-line report per file on standard error.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context;
use paxscreen_screening::Screener;
use paxscreen_watchlists::formats::detect::detect_path;
use paxscreen_watchlists::formats::documents_csv;
use paxscreen_watchlists::{load_reader, DocumentRecord, Format, ListEntry, ListInfo, Loaded};

/// A list file as given on the command line: `[NAME[:CATEGORY[:THRESHOLD]]=]FILE`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSpec {
    /// The list's name, category and threshold.
    pub info: ListInfo,
    /// The file.
    pub path: PathBuf,
}

impl std::str::FromStr for ListSpec {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (head, path) = match text.split_once('=') {
            Some((head, path)) => (Some(head), PathBuf::from(path)),
            None => (None, PathBuf::from(text)),
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut fields = head.unwrap_or("").split(':');
        let name = fields
            .next()
            .filter(|n| !n.is_empty())
            .map_or(stem, str::to_owned);
        let category = fields
            .next()
            .filter(|c| !c.is_empty())
            .unwrap_or("watchlist")
            .to_owned();
        let threshold = match fields.next() {
            Some(t) => {
                let value: f64 = t
                    .parse()
                    .map_err(|_| format!("threshold {t:?} is not a number"))?;
                if !(0.0..=1.0).contains(&value) {
                    return Err(format!("threshold {value} is not between 0 and 1"));
                }
                Some(value)
            }
            None => None,
        };
        if fields.next().is_some() {
            return Err("expected [NAME[:CATEGORY[:THRESHOLD]]=]FILE".to_owned());
        }
        Ok(ListSpec {
            info: ListInfo {
                name,
                category,
                threshold,
            },
            path,
        })
    }
}

/// The person lists loaded, and the document lists still to stream into the screener.
#[derive(Debug, Default)]
pub struct LoadedLists {
    /// List names, categories and thresholds.
    pub lists: Vec<ListInfo>,
    /// Person entries of every list.
    pub entries: Vec<ListEntry>,
    /// Stolen/lost document lists, loaded by [`stream_documents`] once the screener exists, so
    /// that ten million records never sit in memory twice.
    pub document_lists: Vec<ListSpec>,
}

/// Loads every person list; document lists are only recognised here.
///
/// # Errors
/// Fails on the first file that cannot be opened or has an unusable header or syntax.
pub fn load(specs: &[ListSpec]) -> anyhow::Result<LoadedLists> {
    let mut loaded = LoadedLists::default();
    for spec in specs {
        let format =
            detect_path(&spec.path).with_context(|| format!("reading {}", spec.path.display()))?;
        loaded.lists.push(spec.info.clone());
        if format == Format::DocumentsCsv {
            loaded.document_lists.push(spec.clone());
            continue;
        }
        let (file, progress) = open_with_progress(&spec.path)?;
        let result = load_reader(format, progress.wrap_read(file), &spec.info)
            .with_context(|| format!("loading {}", spec.path.display()))?;
        progress.finish_and_clear();
        eprintln!(
            "paxscreen: list {} ({}): {}",
            spec.info.name,
            spec.path.display(),
            result.report()
        );
        // Document lists were set aside above, so every other format yields entries.
        if let Loaded::Entries(entries, _) = result {
            loaded.entries.extend(entries);
        }
    }
    Ok(loaded)
}

/// Streams every stolen/lost document list into the screener.
///
/// # Errors
/// Fails on the first file that cannot be opened or has an unusable header.
pub fn stream_documents(specs: &[ListSpec], screener: &mut Screener) -> anyhow::Result<()> {
    for_each_document(specs, |list, record| {
        screener.add_lost_document(list, record);
    })
}

/// Reads every stolen/lost document list, handing each record and its list's name to `each`,
/// with a progress bar for large files and a report line per file.
///
/// # Errors
/// Fails on the first file that cannot be opened or has an unusable header.
pub fn for_each_document(
    specs: &[ListSpec],
    mut each: impl FnMut(&str, &DocumentRecord),
) -> anyhow::Result<()> {
    for spec in specs {
        let (file, progress) = open_with_progress(&spec.path)?;
        let report = documents_csv::for_each(progress.wrap_read(file), &spec.info, |record| {
            each(&spec.info.name, &record);
        })
        .with_context(|| format!("loading {}", spec.path.display()))?;
        progress.finish_and_clear();
        eprintln!(
            "paxscreen: list {} ({}): {report}",
            spec.info.name,
            spec.path.display()
        );
    }
    Ok(())
}

fn open_with_progress(path: &Path) -> anyhow::Result<(File, indicatif::ProgressBar)> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    Ok((file, progress_bar(path, size)))
}

/// Returns a progress bar for files over 8 MB (hidden when standard error is not a terminal).
fn progress_bar(path: &Path, size: u64) -> indicatif::ProgressBar {
    if size < 8 << 20 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(size);
    let style =
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style.progress_chars("=> "));
    bar.set_message(format!("loading {}", path.display()));
    bar
}

/// Loads every list (formats detected) and builds the screener, streaming the stolen/lost
/// document lists into it; `threshold` applies to lists without their own (default 0.85).
///
/// # Errors
/// A list cannot be read.
pub fn build_screener(specs: &[ListSpec], threshold: Option<f32>) -> anyhow::Result<Screener> {
    let loaded = load(specs)?;
    let threshold = threshold.unwrap_or(paxscreen_screening::DEFAULT_THRESHOLD);
    let mut screener = Screener::build(
        paxscreen_screening::ScreenerConfig { threshold },
        loaded.lists,
        loaded.entries,
        std::iter::empty(),
    );
    stream_documents(&loaded.document_lists, &mut screener)?;
    Ok(screener)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_specs() {
        let spec: ListSpec = "data/un.xml".parse().unwrap();
        assert_eq!(
            (
                spec.info.name.as_str(),
                spec.info.category.as_str(),
                spec.info.threshold
            ),
            ("un", "watchlist", None)
        );
        let spec: ListSpec = "unsc:sanctions:0.9=data/un.xml".parse().unwrap();
        assert_eq!(
            (
                spec.info.name.as_str(),
                spec.info.category.as_str(),
                spec.info.threshold
            ),
            ("unsc", "sanctions", Some(0.9))
        );
        assert!("x:y:1.5=f.csv".parse::<ListSpec>().is_err());
        assert!("x:y:z=f.csv".parse::<ListSpec>().is_err());
    }
}
