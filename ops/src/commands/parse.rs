//! `paxscreen parse`: files → manifests as JSON lines.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use paxscreen_ingest::{parse_parts, Assembler, Manifest, ParseOptions};

use crate::cli::ParseArgs;

/// Totals reported in the summary line.
#[derive(Debug, Default)]
struct Totals {
    files: usize,
    failed: usize,
    manifests: usize,
    travellers: usize,
    warnings: usize,
}

/// Runs the command; returns exit status 1 when any file could not be read.
pub fn run(args: &ParseArgs) -> anyhow::Result<ExitCode> {
    let mut options = ParseOptions::default();
    if let Some(today) = args.today {
        options.today = today;
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut assembler = Assembler::new();
    let mut totals = Totals::default();

    for path in &args.files {
        totals.files += 1;
        let name = path.display().to_string();
        let bytes = match read_input(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                totals.failed += 1;
                eprintln!("paxscreen: {name}: cannot read: {error}");
                continue;
            }
        };
        match parse_parts(&bytes, &options) {
            Ok(parts) => {
                for part in parts {
                    for manifest in assembler.push(part) {
                        print_manifest(&mut out, &manifest, args.pretty, &mut totals)?;
                    }
                }
            }
            Err(error) => {
                totals.failed += 1;
                eprintln!("paxscreen: {name}: {error}");
            }
        }
    }
    for manifest in assembler.flush() {
        print_manifest(&mut out, &manifest, args.pretty, &mut totals)?;
    }
    out.flush().context("writing to standard output")?;
    if !args.quiet {
        eprintln!(
            "paxscreen: {} file(s), {} unreadable; {} manifest(s), {} traveller(s), {} warning(s)",
            totals.files, totals.failed, totals.manifests, totals.travellers, totals.warnings
        );
    }
    Ok(if totals.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read_input(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    std::fs::read(path)
}

fn print_manifest(
    out: &mut impl Write,
    manifest: &Manifest,
    pretty: bool,
    totals: &mut Totals,
) -> anyhow::Result<()> {
    totals.manifests += 1;
    totals.travellers += manifest.travellers.len();
    totals.warnings += manifest.warnings.len();
    if pretty {
        serde_json::to_writer_pretty(&mut *out, manifest)?;
    } else {
        serde_json::to_writer(&mut *out, manifest)?;
    }
    writeln!(out).context("writing to standard output")?;
    Ok(())
}
