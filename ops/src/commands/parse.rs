//! `paxscreen parse`: files → manifests as JSON lines.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use paxscreen_ingest::Manifest;

use super::manifests::ManifestReader;
use crate::cli::ParseArgs;

/// Runs the command; returns exit status 1 when any file could not be read.
pub fn run(args: &ParseArgs) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut reader = ManifestReader::new(args.today);
    let (mut manifests, mut travellers, mut warnings) = (0, 0, 0);
    reader.read_all(&args.files, |manifest: Manifest| {
        manifests += 1;
        travellers += manifest.travellers.len();
        warnings += manifest.warnings.len();
        if args.pretty {
            serde_json::to_writer_pretty(&mut out, &manifest)?;
        } else {
            serde_json::to_writer(&mut out, &manifest)?;
        }
        writeln!(out).context("writing to standard output")
    })?;
    out.flush().context("writing to standard output")?;
    if !args.quiet {
        eprintln!(
            "paxscreen: {} file(s), {} unreadable; {manifests} manifest(s), {travellers} traveller(s), {warnings} warning(s)",
            reader.files, reader.failed
        );
    }
    Ok(if reader.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
