//! Temporary: prints a digest of every hit (and candidate count) on synthetic data.

use std::hash::{Hash, Hasher};

use paxscreen_screening::{synthetic, Screener, ScreenerConfig};

#[test]
#[ignore]
fn hits_digest() {
    let entries: usize = std::env::var("DIGEST_ENTRIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let travellers: usize = std::env::var("DIGEST_TRAVELLERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let list = synthetic::entries(entries, 42);
    let subjects = synthetic::travellers(&list, travellers, 0.05, 42);
    let screener = Screener::build(
        ScreenerConfig::default(),
        Vec::new(),
        list,
        std::iter::empty(),
    );
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut hits = 0;
    let mut candidates = 0;
    let mut scratch = paxscreen_screening::index::Scratch::default();
    for subject in &subjects {
        let query = screener.name_index().query(&subject.name);
        let found =
            screener
                .name_index()
                .candidates(&query, screener.candidate_floor(), &mut scratch);
        candidates += found.len();
        found.hash(&mut hasher);
        for hit in screener.screen_subject(subject) {
            hits += 1;
            hit.entry_id.hash(&mut hasher);
            hit.score.to_bits().hash(&mut hasher);
            hit.matched_name.hash(&mut hasher);
            for reason in &hit.reasons {
                reason.code.hash(&mut hasher);
                reason.detail.hash(&mut hasher);
                reason.effect.to_bits().hash(&mut hasher);
            }
        }
    }
    println!(
        "DIGEST entries={entries} travellers={travellers} hits={hits} candidates={candidates} digest={:016x}",
        hasher.finish()
    );
}
