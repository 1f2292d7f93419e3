//! One module per subcommand, and the file readers they share.

pub mod audit;
pub mod bench;
pub mod bench_variants;
pub mod explain;
pub mod lists;
pub mod loadgen;
pub mod manifests;
pub mod officers;
pub mod parse;
pub mod rules;
pub mod screen;
pub mod watchlist;
