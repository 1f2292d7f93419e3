//! `paxscreen bench --variants`: recall of listed people whose names travellers write otherwise,
//! family by family, and false alerts on travellers who are not listed.
//!
//! Builds the variant benchmark of `paxscreen_screening::synthetic` (a list of `--entries`
//! people, `--planted` travellers per variant family, a `--population` of other travellers),
//! builds the screener, screens everyone on all cores and prints one JSON object on standard
//! output and a table on standard error.

use std::time::Instant;

use paxscreen_screening::synthetic::benchmark::LIST;
use paxscreen_screening::synthetic::{
    evaluate, variant_benchmark, VariantBenchmarkConfig, VariantReport,
};
use paxscreen_screening::{Screener, ScreenerConfig};
use paxscreen_watchlists::ListInfo;

use crate::cli::BenchArgs;

/// Runs the variant benchmark.
pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    anyhow::ensure!(args.entries > 0, "--entries must be at least 1");
    let threshold = args
        .threshold
        .unwrap_or(paxscreen_screening::DEFAULT_THRESHOLD);
    let config = VariantBenchmarkConfig {
        entries: args.entries,
        planted_per_family: args.planted,
        population: args.population,
        seed: args.seed,
        ..VariantBenchmarkConfig::default()
    };
    eprintln!(
        "bench --variants: generating {} entries, {} planted travellers per family and {} \
         population travellers (seed {})",
        config.entries, config.planted_per_family, config.population, config.seed
    );
    let started = Instant::now();
    let bench = variant_benchmark(&config);
    eprintln!(
        "bench --variants: generated in {:.1} s ({} planted cases)",
        started.elapsed().as_secs_f64(),
        bench.planted.len()
    );

    eprintln!("bench --variants: building the index");
    let started = Instant::now();
    let list = ListInfo {
        name: LIST.to_owned(),
        category: "sanctions".to_owned(),
        threshold: None,
    };
    let screener = Screener::build(
        ScreenerConfig { threshold },
        vec![list],
        bench.entries.clone(),
        std::iter::empty(),
    );
    let index_build_seconds = started.elapsed().as_secs_f64();
    eprintln!("bench --variants: index built in {index_build_seconds:.1} s");

    let total = bench.planted.len() * 2 + bench.population.len();
    eprintln!(
        "bench --variants: screening {total} travellers on {} threads",
        rayon::current_num_threads()
    );
    let progress = indicatif::ProgressBar::new(total as u64);
    let mut report = evaluate(&screener, &bench, &|n| progress.inc(n as u64));
    progress.finish_and_clear();
    report.index_build_seconds = index_build_seconds;

    eprint!("{}", table(&report, threshold));
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

/// The human-readable summary printed on standard error.
fn table(report: &VariantReport, threshold: f32) -> String {
    let mut out = format!(
        "\nvariant benchmark: {} entries, seed {}, threshold {threshold}\n{:<22}{:>7}{:>11}{:>14}\n",
        report.entries, report.seed, "family", "cases", "with DOB", "without DOB"
    );
    for f in &report.families {
        out.push_str(&format!(
            "{:<22}{:>7}{:>11.3}{:>14.3}\n",
            f.family, f.cases, f.recall_with_dob, f.recall_without_dob
        ));
    }
    let one = &report.one_edit_anywhere_in_one_token_with_dob;
    let long = &report.one_edit_in_token_of_5_plus_letters_without_dob;
    out.push_str(&format!(
        "one edit anywhere in one token, with DOB:        {:.3} of {}\n\
         one edit in a token of 5+ letters, without DOB:  {:.3} of {}\n\
         false alerts: {:.2} per 1,000 ({} hits, {} of {} travellers alerted)\n\
         namesakes (same name and date of birth): {:.2} per 1,000 ({} hits)\n\
         throughput: {:.0} travellers/s on {} threads; index built in {:.1} s\n",
        one.recall,
        one.cases,
        long.recall,
        long.cases,
        report.false_alerts_per_1000,
        report.false_alerts,
        report.population_alerted,
        report.population,
        report.namesakes_per_1000,
        report.namesakes,
        report.travellers_per_second,
        report.threads,
        report.index_build_seconds,
    ));
    let failures = report.floor_failures();
    if failures.is_empty() {
        out.push_str("acceptance floors: all met\n");
    } else {
        out.push_str("acceptance floors not met:\n");
        for line in failures {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_every_family_and_the_floors() {
        let bench = variant_benchmark(&VariantBenchmarkConfig {
            entries: 500,
            planted_per_family: 2,
            population: 20,
            seed: 1,
            native_only_share: 0.1,
        });
        let screener = Screener::build(
            ScreenerConfig::default(),
            Vec::new(),
            bench.entries.clone(),
            std::iter::empty(),
        );
        let report = evaluate(&screener, &bench, &|_| {});
        let text = table(&report, 0.85);
        for family in [
            "insert",
            "transliteration",
            "mrz_truncation",
            "other_script",
        ] {
            assert!(text.contains(family), "{text}");
        }
        assert!(text.contains("acceptance floors"), "{text}");
    }
}
