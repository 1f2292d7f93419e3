//! Fuzz target `edifact_tokenize`: the EDIFACT service layer on arbitrary bytes.
//!
//! Tokenizes the input and splits it into messages, asserting what
//! [`paxscreen_fuzz::invariants::check_tokenizer`] and
//! [`paxscreen_fuzz::invariants::check_split`] document: no panic, segment offsets inside the
//! input and strictly increasing, indices incrementing by one, and every message's segments
//! inside that message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paxscreen_fuzz::invariants::{check_split, check_tokenizer};

fuzz_target!(|data: &[u8]| {
    let offsets = check_tokenizer(data);
    check_split(data, &offsets);
});
