//! Parsing throughput on a 500-passenger PAXLST (written by the bench-tooling work).
fn main() {}
