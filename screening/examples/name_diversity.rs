//! Prints the name diversity of the variant benchmark's list and population: distinct name
//! words and full names, the most common full names, the share of population travellers whose
//! full name is on the list, and the figures per locale.
//!
//! ```text
//! cargo run --release -p paxscreen-screening --features synthetic --example name_diversity \
//!     -- [ENTRIES (1000000)] [SEED (1001)] [POPULATION (20000)]
//! ```

use paxscreen_screening::synthetic::diversity::name_diversity;
use paxscreen_screening::synthetic::VariantBenchmarkConfig;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut next = |default: u64| -> u64 {
        args.next()
            .and_then(|a| a.replace('_', "").parse().ok())
            .unwrap_or(default)
    };
    let config = VariantBenchmarkConfig {
        entries: next(1_000_000) as usize,
        seed: next(1001),
        population: next(20_000) as usize,
        planted_per_family: 0,
        ..VariantBenchmarkConfig::default()
    };
    let started = std::time::Instant::now();
    let d = name_diversity(&config, 15);
    println!(
        "entries {} (seed {}), population {}, measured in {:.1} s",
        d.entries,
        config.seed,
        d.population,
        started.elapsed().as_secs_f64()
    );
    println!("distinct name words      {:>10}", d.distinct_tokens);
    println!("distinct names            {:>10}", d.distinct_names);
    println!("unique names              {:>10}", d.unique_names);
    println!(
        "population on the list   {:>10} ({:.1} %)",
        d.population_on_list,
        100.0 * d.population_on_list_share()
    );
    println!("most common names:");
    for (name, count) in &d.most_common {
        println!("  {count:>6}  {name}");
    }
    println!(
        "{:<5} {:>8} {:>9} {:>7} {:>10} {:>8}  {:<24} most common full name",
        "code", "entries", "surnames", "given", "full names", "on list", "top surname"
    );
    for l in &d.locales {
        println!(
            "{:<5} {:>8} {:>9} {:>7} {:>10} {:>7.1}%  {:<24} {} ({})",
            l.code,
            l.entries,
            l.surnames,
            l.given,
            l.full_names,
            100.0 * l.population_on_list as f64 / l.population.max(1) as f64,
            format!(
                "{} {:.1} %",
                l.top_surname.0,
                100.0 * l.top_surname.1 as f64 / l.entries.max(1) as f64
            ),
            l.most_common.0,
            l.most_common.1
        );
    }
}
