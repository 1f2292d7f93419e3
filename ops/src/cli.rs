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
