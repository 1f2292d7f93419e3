//! Synthetic watchlists and traffic for benchmarks and tests (cargo feature `synthetic`).
//!
//! Deterministic for a seed: every generator draws from [`Rng`], a SplitMix64 of its own, so
//! that figures do not move when a random-number crate changes its algorithms.
//!
//! - [`entries`], [`travellers`], [`lost_documents`]: the original list and traffic of
//!   `paxscreen bench` and `paxscreen loadgen` (ten name origins, variants from short lists).
//! - [`locales`]: names of many cultures with skewed frequencies, in Latin passport spelling and,
//!   for the cultures written in another script, also in that script.
//! - [`variants`]: random variant operations (typos at random positions with random letters,
//!   transliterations, order, middle names, initials, particles, machine-readable-zone cuts).
//! - [`benchmark`]: a list of listed people, travellers planted as variants of them and a
//!   population of other travellers; [`evaluate()`] screens them and reports recall per variant
//!   family and false alerts.
//! - [`diversity`]: how diverse the benchmark's names are (distinct words and full names,
//!   namesakes between the population and the list).

pub mod benchmark;
pub mod diversity;
pub mod evaluate;
pub mod locales;
mod origins;
mod rng;
mod traffic;
pub mod variants;

pub use benchmark::{variant_benchmark, Planted, VariantBenchmark, VariantBenchmarkConfig};
pub use evaluate::{evaluate, FamilyReport, VariantReport};
pub use rng::Rng;
pub use traffic::{entries, lost_documents, travellers};
