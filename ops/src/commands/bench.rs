//! `paxscreen bench`: screening throughput, latency and recall on a synthetic list and traffic.
//!
//! Generates `--entries` listed people and `--travellers` travellers (a share of them variants
//! of listed people), builds the index, screens every traveller on all cores, then scores the
//! first `--exhaustive-sample` travellers against every entry to measure what the index misses.
//! Progress goes to standard error; one JSON object with the figures goes to standard output.

use std::time::Instant;

use paxscreen_screening::{synthetic, HitKind, Screener, ScreenerConfig, Subject};
use paxscreen_watchlists::ListInfo;
use rayon::prelude::*;
use serde::Serialize;

use crate::cli::BenchArgs;

/// The figures printed at the end.
#[derive(Debug, Serialize)]
struct Report {
    entries: usize,
    names_indexed: usize,
    distinct_tokens: usize,
    travellers: usize,
    threshold: f32,
    index_build_seconds: f64,
    index_bytes: usize,
    peak_rss_mb: f64,
    /// Memory in transparent huge pages at the end (Linux; 0 where the kernel gives none).
    huge_pages_mb: f64,
    travellers_per_second: f64,
    /// Every round's throughput, in the order run (the median is `travellers_per_second`).
    travellers_per_second_rounds: Vec<f64>,
    p50_latency_us: f64,
    p99_latency_us: f64,
    hits: usize,
    mean_aligned_tokens_per_query: f64,
    mean_candidates_per_query: f64,
    exhaustive_sample: usize,
    exhaustive_hits: usize,
    recall_vs_exhaustive: f64,
    exhaustive_travellers_per_second: f64,
    speedup_vs_exhaustive: f64,
    threads: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    documents: Option<DocumentReport>,
}

/// Figures of the stolen/lost document part.
#[derive(Debug, Serialize)]
struct DocumentReport {
    records: usize,
    load_seconds: f64,
    checks: usize,
    checks_per_second: f64,
    hits: usize,
}

/// Runs the benchmark.
pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    let threshold = args
        .threshold
        .unwrap_or(paxscreen_screening::DEFAULT_THRESHOLD);
    eprintln!(
        "bench: generating {} entries and {} travellers (seed {})",
        args.entries, args.travellers, args.seed
    );
    let entries = synthetic::entries(args.entries, args.seed);
    let travellers = synthetic::travellers(&entries, args.travellers, args.listed_share, args.seed);
    let list = ListInfo {
        name: "synthetic".to_owned(),
        category: "sanctions".to_owned(),
        threshold: None,
    };

    eprintln!("bench: building the index");
    let started = Instant::now();
    let screener = Screener::build(
        ScreenerConfig { threshold },
        vec![list],
        entries,
        std::iter::empty(),
    );
    let index_build_seconds = started.elapsed().as_secs_f64();
    eprintln!("bench: index built in {index_build_seconds:.1} s");

    eprintln!(
        "bench: screening {} travellers on {} threads, {} rounds",
        travellers.len(),
        rayon::current_num_threads(),
        args.rounds
    );
    let mut rounds = Vec::new();
    let mut latencies: Vec<u32> = Vec::new();
    let mut hits = 0;
    for round in 0..args.rounds {
        let started = Instant::now();
        let results: Vec<(u32, usize)> = travellers
            .par_iter()
            .map(|subject| {
                let call = Instant::now();
                let hits = screener.screen_subject(subject);
                (
                    call.elapsed().as_micros().min(u128::from(u32::MAX)) as u32,
                    hits.len(),
                )
            })
            .collect();
        let per_second = travellers.len() as f64 / started.elapsed().as_secs_f64();
        eprintln!("bench: round {}: {per_second:.0} travellers/s", round + 1);
        rounds.push(per_second);
        latencies.extend(results.iter().map(|r| r.0));
        hits = results.iter().map(|r| r.1).sum();
    }
    latencies.sort_unstable();
    let travellers_per_second = median(&rounds);

    let (mut matched, mut candidates) = (0usize, 0usize);
    let mut scratch = paxscreen_screening::index::Scratch::default();
    let probe = travellers.len().min(2_000);
    let (mut query_time, mut candidate_time, mut screen_time) = (0.0, 0.0, 0.0);
    for subject in &travellers[..probe] {
        let started = Instant::now();
        let query = screener.name_index().query(&subject.name);
        query_time += started.elapsed().as_secs_f64();
        matched += query.match_counts().iter().sum::<usize>();
        let started = Instant::now();
        candidates += screener
            .name_index()
            .candidates(&query, screener.candidate_floor(subject), &mut scratch)
            .len();
        candidate_time += started.elapsed().as_secs_f64();
        let started = Instant::now();
        screener.screen_subject(subject);
        screen_time += started.elapsed().as_secs_f64();
    }
    eprintln!(
        "bench: one thread, per traveller: query {:.1} us, candidates {:.1} us, whole screening {:.1} us",
        query_time * 1e6 / probe.max(1) as f64,
        candidate_time * 1e6 / probe.max(1) as f64,
        screen_time * 1e6 / probe.max(1) as f64
    );
    let mean_aligned_tokens_per_query = matched as f64 / probe.max(1) as f64;
    let mean_candidates_per_query = candidates as f64 / probe.max(1) as f64;

    let sample = args.exhaustive_sample.min(travellers.len());
    eprintln!("bench: exhaustive baseline on {sample} travellers (every entry scored)");
    let progress = indicatif::ProgressBar::new(sample as u64);
    let started = Instant::now();
    let mut exhaustive_hits = 0;
    let mut found = 0;
    for subject in &travellers[..sample] {
        let expected = watchlist_hits(&screener.screen_exhaustive(subject));
        let indexed = watchlist_hits(&screener.screen_subject(subject));
        exhaustive_hits += expected.len();
        found += expected.iter().filter(|id| indexed.contains(id)).count();
        progress.inc(1);
    }
    progress.finish_and_clear();
    let exhaustive_seconds = started.elapsed().as_secs_f64();

    let documents = (args.documents > 0).then(|| bench_documents(args, &travellers));
    let exhaustive_travellers_per_second = if exhaustive_seconds > 0.0 {
        sample as f64 / exhaustive_seconds
    } else {
        0.0
    };
    let report = Report {
        entries: screener.entry_count(),
        names_indexed: screener.name_index().name_count(),
        distinct_tokens: screener.name_index().token_count(),
        travellers: travellers.len(),
        threshold,
        index_build_seconds,
        index_bytes: screener.index_bytes(),
        peak_rss_mb: status_mb("/proc/self/status", "VmHWM:"),
        huge_pages_mb: status_mb("/proc/self/smaps_rollup", "AnonHugePages:"),
        travellers_per_second,
        travellers_per_second_rounds: rounds,
        p50_latency_us: percentile(&latencies, 0.50),
        p99_latency_us: percentile(&latencies, 0.99),
        hits,
        mean_aligned_tokens_per_query,
        mean_candidates_per_query,
        exhaustive_sample: sample,
        exhaustive_hits,
        recall_vs_exhaustive: if exhaustive_hits == 0 {
            1.0
        } else {
            found as f64 / exhaustive_hits as f64
        },
        exhaustive_travellers_per_second,
        speedup_vs_exhaustive: if exhaustive_travellers_per_second > 0.0 {
            travellers_per_second / exhaustive_travellers_per_second
        } else {
            0.0
        },
        threads: rayon::current_num_threads(),
        documents,
    };
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

fn watchlist_hits(hits: &[paxscreen_screening::Hit]) -> Vec<String> {
    hits.iter()
        .filter(|h| h.kind == HitKind::Watchlist)
        .map(|h| h.entry_id.clone())
        .collect()
}

fn bench_documents(args: &BenchArgs, travellers: &[Subject]) -> DocumentReport {
    eprintln!(
        "bench: loading {} stolen/lost document records",
        args.documents
    );
    let started = Instant::now();
    let mut screener = Screener::build(
        ScreenerConfig::default(),
        Vec::new(),
        Vec::new(),
        std::iter::empty(),
    );
    screener.reserve_lost_documents(args.documents);
    let mut listed = Vec::new();
    for (i, record) in synthetic::lost_documents(args.documents, args.seed).enumerate() {
        if i % (args.documents / 1000).max(1) == 0 {
            listed.push((record.issuing_country.clone(), record.number.clone()));
        }
        screener.add_lost_document("stolen-lost", &record);
    }
    let load_seconds = started.elapsed().as_secs_f64();
    // Checks: the travellers' documents (mostly unlisted) plus listed numbers (hits).
    let mut checks: Vec<Subject> = travellers
        .iter()
        .map(|t| Subject {
            name: String::new(),
            documents: t.documents.clone(),
            ..Subject::default()
        })
        .collect();
    checks.extend(listed.into_iter().map(|document| Subject {
        documents: vec![document],
        ..Subject::default()
    }));
    let rounds = (args.document_checks / checks.len().max(1)).max(1);
    eprintln!("bench: {} document checks", rounds * checks.len());
    let started = Instant::now();
    let hits: usize = (0..rounds)
        .into_par_iter()
        .map(|_| {
            checks
                .iter()
                .map(|c| screener.check_documents(&c.documents).len())
                .sum::<usize>()
        })
        .sum();
    let seconds = started.elapsed().as_secs_f64();
    DocumentReport {
        records: screener.document_count(),
        load_seconds,
        checks: rounds * checks.len(),
        checks_per_second: (rounds * checks.len()) as f64 / seconds,
        hits: hits / rounds,
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

fn percentile(sorted: &[u32], quantile: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() - 1) as f64 * quantile).round() as usize;
    f64::from(sorted[index])
}

/// Returns a figure in kB of a `/proc` status file (such as the peak resident memory, `VmHWM:`
/// in `/proc/self/status`) in MB (Linux; 0 elsewhere).
fn status_mb(file: &str, field: &str) -> f64 {
    let status = std::fs::read_to_string(file).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|value| {
            value
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn percentiles_of_sorted_latencies() {
        let sorted: Vec<u32> = (1..=100).collect();
        assert_eq!(percentile(&sorted, 0.5), 51.0);
        assert_eq!(percentile(&sorted, 0.99), 99.0);
        assert_eq!(percentile(&[], 0.99), 0.0);
    }
}
