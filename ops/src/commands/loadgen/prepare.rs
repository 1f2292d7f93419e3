//! Preparing a run: validating the flags, generating the list, the travellers and one PAXLST
//! message per flight, and (with --expect) the alert ids they must produce.

use std::collections::HashSet;

use anyhow::bail;
use chrono::Utc;
use paxscreen_screening::synthetic;
use rayon::prelude::*;

use super::expect::expected_alerts;
use super::flights::plan;
use super::paxlst::render;
use super::produce::Outgoing;
use crate::cli::LoadgenRunArgs;

/// The traffic of a run, ready to produce.
#[derive(Debug)]
pub struct Prepared {
    /// Run id.
    pub run_id: String,
    /// The messages, in produce order.
    pub messages: Vec<Outgoing>,
    /// Their UNH references, in the same order.
    pub message_refs: Vec<String>,
    /// With --expect, the alert ids they must produce.
    pub expected: Option<HashSet<String>>,
}

/// Validates the flags, generates the list, the travellers and the messages, and (with
/// --expect) screens them in-process.
///
/// # Errors
/// A flag is out of range.
pub fn prepare(args: &LoadgenRunArgs) -> anyhow::Result<Prepared> {
    if args.entries == 0 || args.travellers == 0 {
        bail!("--entries and --travellers must be at least 1");
    }
    if !args.rate.is_finite() || args.rate < 0.0 {
        bail!("--rate must be a number of travellers per second, 0 or more");
    }
    if !(0.0..=1.0).contains(&args.listed_share) {
        bail!("--listed-share must be between 0 and 1");
    }
    let run_id = match &args.run_id {
        Some(id) => id.clone(),
        None => default_run_id(),
    };
    if run_id.is_empty()
        || run_id.len() > 8
        || !run_id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        bail!("--run-id must be 1 to 8 characters A-Z or 0-9");
    }
    let flight_size = args.flight_size as usize;
    if args.travellers.div_ceil(flight_size) > 999_999 {
        bail!("at most 999,999 flights per run: raise --flight-size");
    }
    eprintln!(
        "loadgen: run {run_id}: generating {} entries and {} travellers (seed {})",
        args.entries, args.travellers, args.seed
    );
    let entries = synthetic::entries(args.entries, args.seed);
    let subjects = synthetic::travellers(&entries, args.travellers, args.listed_share, args.seed);
    let now = Utc::now().naive_utc();
    let flights = plan(&run_id, &entries, &subjects, flight_size, args.seed, now);
    drop(subjects);
    let messages: Vec<Outgoing> = flights
        .par_iter()
        .map(|flight| Outgoing {
            key: flight.key(),
            bytes: render(flight, now),
            travellers: flight.passengers.len(),
        })
        .collect();
    let message_refs = flights.into_iter().map(|f| f.message_ref).collect();
    let expected = args.expect.then(|| {
        let bytes: Vec<Vec<u8>> = messages.iter().map(|m| m.bytes.clone()).collect();
        let expected = expected_alerts(&entries, &bytes);
        if expected.dead_letters > 0 || expected.manifests_without_alert > 0 {
            eprintln!(
                "loadgen: warning: in-process, {} message(s) refused and {} without alert",
                expected.dead_letters, expected.manifests_without_alert
            );
        }
        expected.alert_ids
    });
    Ok(Prepared {
        run_id,
        messages,
        message_refs,
        expected,
    })
}

/// Returns a run id from the clock: the Unix time in seconds, base 36.
fn default_run_id() -> String {
    let mut seconds = Utc::now().timestamp().unsigned_abs();
    let mut digits = Vec::new();
    while seconds > 0 {
        let digit = (seconds % 36) as u8;
        digits.push(if digit < 10 {
            b'0' + digit
        } else {
            b'A' + digit - 10
        });
        seconds /= 36;
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_else(|_| "RUN".to_owned())
}
