//! Screening throughput against synthetic watchlists of growing size: travellers/s per core for
//! the indexed path, and document checks/s. Run with
//! `cargo bench -p paxscreen-screening --features synthetic`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use paxscreen_screening::{synthetic, Screener, ScreenerConfig, Subject};

const TRAVELLERS: usize = 2_000;

fn screen_by_list_size(c: &mut Criterion) {
    let mut group = c.benchmark_group("screen");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for entries in [10_000, 100_000] {
        let list = synthetic::entries(entries, 1);
        let travellers = synthetic::travellers(&list, TRAVELLERS, 0.05, 1);
        let screener = Screener::build(
            ScreenerConfig::default(),
            Vec::new(),
            list,
            std::iter::empty(),
        );
        group.throughput(Throughput::Elements(TRAVELLERS as u64));
        group.bench_with_input(
            BenchmarkId::new("indexed", entries),
            &travellers,
            |b, travellers| {
                b.iter(|| {
                    travellers
                        .iter()
                        .map(|t| screener.screen_subject(black_box(t)).len())
                        .sum::<usize>()
                })
            },
        );
    }
    group.finish();
}

fn document_checks(c: &mut Criterion) {
    let mut group = c.benchmark_group("documents");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    let mut screener = Screener::build(
        ScreenerConfig::default(),
        Vec::new(),
        Vec::new(),
        std::iter::empty(),
    );
    for record in synthetic::lost_documents(1_000_000, 1) {
        screener.add_lost_document("stolen-lost", &record);
    }
    let checks: Vec<Subject> = synthetic::lost_documents(10_000, 2)
        .map(|r| Subject {
            documents: vec![(r.issuing_country, r.number)],
            ..Subject::default()
        })
        .collect();
    group.throughput(Throughput::Elements(checks.len() as u64));
    group.bench_function("check_1m_records", |b| {
        b.iter(|| {
            checks
                .iter()
                .map(|c| screener.screen_subject(black_box(c)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, screen_by_list_size, document_checks);
criterion_main!(benches);
