//! `paxscreen loadgen`: the acceptance load tool of the streaming service.
//!
//! Data flow of `loadgen run`:
//! `synthetic::entries` + `synthetic::travellers` → [`flights`] (flights of N travellers, the
//! first an exact copy of a listed person) → [`paxlst`] (one PAXLST message per flight) →
//! [`kafka`] (produced keyed by flight, paced) → `paxscreen serve` → alert and dead-letter
//! topics → [`tracker`] (first alert per manifest, alert ids) → [`report`] (one JSON line).
//! [`prepare`] generates the traffic up front; [`produce`] paces the producer.
//! [`expect`] screens the same messages in-process with the service's own
//! [`Pipeline`](crate::serve::pipeline::Pipeline) to know which alert ids must arrive;
//! [`procstat`] reads the service's CPU time and peak memory from `/proc`.
//!
//! `loadgen watchlist` writes the synthetic list as native CSV ([`watchlist_csv`]).
//!
//! `loadgen iapi` measures the interactive API instead ([`iapi`](mod@iapi)): synthetic
//! check-in requests ([`iapi_traffic`]) sent on an open-loop schedule ([`iapi_client`]),
//! answers checked, and latency percentiles reported ([`iapi_report`]).

mod expect;
mod flights;
mod iapi;
mod iapi_client;
mod iapi_report;
mod iapi_traffic;
mod kafka;
mod paxlst;
mod prepare;
mod procstat;
mod produce;
mod report;
mod run;
mod tracker;
mod watchlist_csv;

use std::fs::File;
use std::io::BufWriter;
use std::process::ExitCode;

use anyhow::Context;
use paxscreen_screening::synthetic;

use crate::cli::{LoadgenIapiArgs, LoadgenRunArgs, LoadgenWatchlistArgs};

/// Name of the synthetic list, as the service must be told (`--watchlist synthetic:sanctions=…`).
pub const LIST_NAME: &str = "synthetic";
/// Category of the synthetic list.
pub const LIST_CATEGORY: &str = "sanctions";

/// Runs `paxscreen loadgen watchlist`.
///
/// # Errors
/// The file cannot be written.
pub fn watchlist(args: &LoadgenWatchlistArgs) -> anyhow::Result<()> {
    eprintln!(
        "loadgen: generating {} entries (seed {})",
        args.entries, args.seed
    );
    let entries = synthetic::entries(args.entries, args.seed);
    let file =
        File::create(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let mut out = BufWriter::new(file);
    let progress = |written: usize| {
        eprintln!("loadgen: {written} / {} entries written", entries.len());
    };
    watchlist_csv::write(&entries, &mut out, progress)
        .with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "loadgen: wrote {} entries to {} (list {LIST_NAME}, category {LIST_CATEGORY})",
        entries.len(),
        args.out.display()
    );
    Ok(())
}

/// Runs `paxscreen loadgen run`; exit status 1 when a manifest or an expected alert is missing.
///
/// # Errors
/// Invalid flags, an unreachable broker, topics that cannot be created.
pub fn run(args: &LoadgenRunArgs) -> anyhow::Result<ExitCode> {
    // Fail fast, before generating (and with --expect, indexing) a large list.
    kafka::check_reachable(&args.brokers)?;
    let prepared = prepare::prepare(args)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let report = runtime.block_on(run::drive(args, prepared))?;
    println!("{}", serde_json::to_string(&report)?);
    Ok(if report.is_complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Runs `paxscreen loadgen iapi`; exit status 1 when a request was not answered 200 with a valid
/// answer, or was answered fail-safe.
///
/// # Errors
/// Invalid flags, an unreachable or unready service.
pub fn iapi(args: &LoadgenIapiArgs) -> anyhow::Result<ExitCode> {
    iapi::run(args)
}
