//! Fuzz target `paxlst_parse`: the PAXLST parser on arbitrary bytes, and a structured round trip.
//!
//! For every input:
//! 1. parses the bytes as they are, then wrapped in a valid PAXLST header and trailer
//!    ([`paxscreen_fuzz::PAXLST_HEADER`], [`paxscreen_fuzz::TRAILER`]) so that mutations reach
//!    the message body at once: no panic, and every manifest serialises to JSON;
//! 2. reads the same bytes as choices for a valid manifest and UNA delimiter set, renders it,
//!    parses it back and asserts that travellers and legs are unchanged
//!    ([`paxscreen_fuzz::check_round_trip`]).
#![no_main]

use libfuzzer_sys::fuzz_target;
use paxscreen_fuzz::invariants::check_parse_result;
use paxscreen_fuzz::{check_round_trip, options, wrap, PAXLST_HEADER, TRAILER};
use paxscreen_ingest::parse_with;

fuzz_target!(|data: &[u8]| {
    let options = options();
    check_parse_result(data, &parse_with(data, &options));
    let wrapped = wrap(PAXLST_HEADER, data, TRAILER);
    check_parse_result(&wrapped, &parse_with(&wrapped, &options));
    check_round_trip(data);
});
