//! The command line: subcommands and their flags.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Screens airline passenger data (API/PAXLST and PNRGOV) against watchlists and rules.
#[derive(Debug, Parser)]
#[command(name = "paxscreen", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse PAXLST / PNRGOV messages and print each manifest as JSON.
    ///
    /// Reads every FILE (or standard input for `-`), joins the parts of multi-part manifests
    /// across all the files given, and prints one JSON manifest per line on standard output
    /// (the format is documented in the README). Parts that never complete are still printed,
    /// with an `incomplete_multipart` warning.
    ///
    /// A file that cannot be read is reported on standard error as one line naming the file,
    /// the byte offset and the segment; the other files are still processed, and the exit
    /// status is 1. A summary line goes to standard error at the end.
    Parse(ParseArgs),

    /// Measure screening speed, latency and recall on a synthetic list and traffic.
    ///
    /// Generates a list of ENTRIES people (multi-origin names, aliases, dates of birth,
    /// documents) and TRAVELLERS travellers, a share of whom are variants of listed people
    /// (typos, transliterations, swapped order, missing middle names, initials, particles,
    /// nicknames). Screens every traveller on all cores, then scores a sample exhaustively
    /// against every entry to measure the index's recall. Prints one JSON object on standard
    /// output: entries, index_build_seconds, index_bytes, peak_rss_mb, travellers_per_second,
    /// p50/p99_latency_us, recall_vs_exhaustive, exhaustive_travellers_per_second and, with
    /// --documents, the stolen/lost document figures.
    Bench(BenchArgs),
}

/// Flags of `paxscreen bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Number of listed people to generate.
    #[arg(long, default_value_t = 100_000)]
    pub entries: usize,

    /// Number of travellers to screen.
    #[arg(long, default_value_t = 20_000)]
    pub travellers: usize,

    /// Travellers also scored against every entry, to measure recall.
    #[arg(long, default_value_t = 100)]
    pub exhaustive_sample: usize,

    /// Share of travellers that are variants of listed people.
    #[arg(long, default_value_t = 0.05)]
    pub listed_share: f64,

    /// Hit threshold (default: the screener's).
    #[arg(long)]
    pub threshold: Option<f32>,

    /// Also load this many stolen/lost document records and measure document checks.
    #[arg(long, default_value_t = 0)]
    pub documents: usize,

    /// Number of document checks to time (with --documents).
    #[arg(long, default_value_t = 2_000_000)]
    pub document_checks: usize,

    /// Random seed (the same seed gives the same list and traffic).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

/// Flags of `paxscreen parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Message files to read; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Pretty-print each manifest over several lines instead of one line each.
    #[arg(long)]
    pub pretty: bool,

    /// Do not print the summary line on standard error.
    #[arg(long, short)]
    pub quiet: bool,

    /// Reference date (YYYY-MM-DD) for two-digit years when an interchange carries no date;
    /// defaults to today. Dates of birth are never later than this date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<chrono::NaiveDate>,
}
