//! Fuzz target `pnrgov_parse`: the PNRGOV parser on arbitrary bytes.
//!
//! Parses the bytes as they are, then wrapped in a PNRGOV message header and trailer
//! ([`paxscreen_fuzz::PNRGOV_HEADER`], [`paxscreen_fuzz::TRAILER`]) so that mutations reach the
//! message body at once: no panic, errors positioned inside the input, and every manifest
//! serialises to JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paxscreen_fuzz::invariants::check_parse_result;
use paxscreen_fuzz::{options, wrap, PNRGOV_HEADER, TRAILER};
use paxscreen_ingest::parse_with;

fuzz_target!(|data: &[u8]| {
    let options = options();
    check_parse_result(data, &parse_with(data, &options));
    let wrapped = wrap(PNRGOV_HEADER, data, TRAILER);
    check_parse_result(&wrapped, &parse_with(&wrapped, &options));
});
