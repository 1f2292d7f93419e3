//! The `paxscreen` binary (command line being written).
fn main() {}
