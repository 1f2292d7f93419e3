//! `paxscreen screen`: watchlists + manifests → one JSON line per hit, and a summary.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use paxscreen_ingest::{Manifest, Traveller};
use paxscreen_screening::{Hit, HitKind};
use serde::Serialize;

use super::lists;
use super::manifests::ManifestReader;
use crate::cli::ScreenArgs;

/// One hit as printed: the hit, the traveller it concerns and the manifest it came in.
#[derive(Debug, Serialize)]
struct HitLine<'a> {
    #[serde(flatten)]
    hit: &'a Hit,
    traveller: TravellerView<'a>,
    manifest: ManifestView<'a>,
}

/// What an officer needs to find the traveller.
#[derive(Debug, Serialize)]
struct TravellerView<'a> {
    surname: &'a str,
    given_names: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_of_birth: Option<chrono::NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nationality: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    passenger_ref: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    booking_ref: Option<&'a str>,
}

/// The message and flight a hit came from.
#[derive(Debug, Serialize)]
struct ManifestView<'a> {
    message_ref: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    carrier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    flight_number: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    arrival_airport: Option<&'a str>,
}

/// Runs the command; returns exit status 1 when a manifest file could not be read.
pub fn run(args: &ScreenArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut specs = args.watchlists.clone();
    specs.extend(args.documents.iter().cloned());
    let screener = lists::build_screener(&specs, args.threshold)?;
    let entries = screener.entry_count();
    let documents = screener.document_count();
    eprintln!(
        "paxscreen: screening against {entries} listed people and {documents} listed documents (built in {:.1} s)",
        started.elapsed().as_secs_f64()
    );

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut reader = ManifestReader::new(args.today);
    let (mut manifests, mut travellers, mut watchlist_hits, mut document_hits) = (0, 0, 0, 0);
    let screening = Instant::now();
    reader.read_all(&args.manifests, |manifest: Manifest| {
        manifests += 1;
        for traveller in &manifest.travellers {
            travellers += 1;
            for hit in screener.screen(traveller) {
                match hit.kind {
                    HitKind::Watchlist => watchlist_hits += 1,
                    HitKind::Document => document_hits += 1,
                }
                let line = HitLine {
                    hit: &hit,
                    traveller: view(traveller),
                    manifest: manifest_view(&manifest),
                };
                serde_json::to_writer(&mut out, &line)?;
                writeln!(out).context("writing to standard output")?;
            }
        }
        Ok(())
    })?;
    out.flush().context("writing to standard output")?;
    eprintln!(
        "paxscreen: {} file(s), {} unreadable; {manifests} manifest(s), {travellers} traveller(s) screened in {:.3} s; {watchlist_hits} watchlist hit(s), {document_hits} document hit(s)",
        reader.files,
        reader.failed,
        screening.elapsed().as_secs_f64()
    );
    Ok(if reader.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn view(traveller: &Traveller) -> TravellerView<'_> {
    TravellerView {
        surname: &traveller.surname,
        given_names: &traveller.given_names,
        date_of_birth: traveller.date_of_birth,
        nationality: traveller.nationality.as_deref(),
        passenger_ref: traveller.passenger_ref.as_deref(),
        booking_ref: traveller.booking_ref.as_deref(),
    }
}

fn manifest_view(manifest: &Manifest) -> ManifestView<'_> {
    let arrival = manifest
        .flight
        .legs
        .iter()
        .find(|leg| leg.crosses_border)
        .or(manifest.flight.legs.last())
        .and_then(|leg| leg.arrival.as_ref())
        .map(|stop| stop.airport.as_str());
    ManifestView {
        message_ref: &manifest.message_ref,
        carrier: manifest.flight.carrier.as_deref(),
        flight_number: manifest.flight.number.as_deref(),
        arrival_airport: arrival,
    }
}
