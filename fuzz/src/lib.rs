//! Shared code of the paxscreen fuzz targets (see `README.md` beside `Cargo.toml`).
//!
//! The targets in `fuzz_targets/` stay thin: each feeds the fuzzer's bytes to the functions here,
//! which hold the properties every target asserts ([`invariants`]) and the generator of valid
//! manifests for the PAXLST render → parse round trip ([`generate`]). Keeping them in a library
//! lets `cargo check` and `cargo test` cover them on a stable toolchain, without libFuzzer.

pub mod generate;
pub mod invariants;

use chrono::NaiveDate;
use paxscreen_ingest::ParseOptions;

/// A valid PAXLST interchange header up to the BGM, prefixed to fuzzer bytes so that mutations
/// start inside a message body instead of having to discover the envelope first.
pub const PAXLST_HEADER: &[u8] =
    b"UNA:+.? '\nUNB+UNOA:4+FUZZAIR:ZZ+FUZZGOV:ZZ+250703:1030+1++APIS'\n\
UNH+1+PAXLST:D:05B:UN:IATA+FUZZ+01:F'\nBGM+745'\n";

/// Closes a message opened by [`PAXLST_HEADER`] (or [`PNRGOV_HEADER`]) and its interchange.
///
/// It starts with a tag, not a terminator: fuzzer bytes that end with a complete segment then
/// give a complete message, and bytes that end inside a segment swallow the trailer, which is
/// also worth exercising.
pub const TRAILER: &[u8] = b"UNT+3+1'UNZ+1+1'";

/// A PNRGOV message header up to the MSG segment, prefixed to fuzzer bytes.
pub const PNRGOV_HEADER: &[u8] = b"UNH+1+PNRGOV:13:1:IA+REF'MSG+:22'";

/// The reference date every target parses with, so that runs are reproducible.
pub fn options() -> ParseOptions {
    ParseOptions {
        today: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default(),
    }
}

/// Returns `header + body + trailer` as one buffer.
pub fn wrap(header: &[u8], body: &[u8], trailer: &[u8]) -> Vec<u8> {
    let mut input = Vec::with_capacity(header.len() + body.len() + trailer.len());
    input.extend_from_slice(header);
    input.extend_from_slice(body);
    input.extend_from_slice(trailer);
    input
}

/// The structured PAXLST round trip: builds a valid manifest and delimiter set from `data`
/// ([`generate::case`]), renders it with [`paxscreen_ingest::paxlst::render`], parses the text
/// back and asserts that it gives one manifest with the same travellers and flight legs.
///
/// # Panics
/// When the rendered text does not parse, or parses to different travellers or legs: the
/// panic message holds the rendered interchange.
pub fn check_round_trip(data: &[u8]) {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(case) = generate::case(&mut u) else {
        return;
    };
    let text = paxscreen_ingest::paxlst::render(&case.manifest, &case.delimiters);
    let result = paxscreen_ingest::parse_with(text.as_bytes(), &options());
    invariants::check_parse_result(text.as_bytes(), &result);
    let manifests = match result {
        Ok(manifests) => manifests,
        Err(error) => panic!("rendered manifest does not parse: {error}\n{text}"),
    };
    assert_eq!(
        manifests.len(),
        1,
        "rendered one manifest, parsed {}\n{text}",
        manifests.len()
    );
    let parsed = &manifests[0];
    assert_eq!(
        parsed.travellers.len(),
        case.manifest.travellers.len(),
        "traveller count differs\n{text}"
    );
    for (i, (got, want)) in parsed
        .travellers
        .iter()
        .zip(&case.manifest.travellers)
        .enumerate()
    {
        assert_eq!(
            got, want,
            "traveller {i} differs after the round trip\n{text}"
        );
    }
    assert_eq!(
        parsed.flight.legs, case.manifest.flight.legs,
        "flight legs differ after the round trip\n{text}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small xorshift generator: deterministic bytes without a dependency.
    fn bytes(seed: u64, len: usize) -> Vec<u8> {
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn round_trip_holds_on_pseudo_random_choices() {
        for seed in 0..300 {
            check_round_trip(&bytes(seed, 4096));
        }
    }

    #[test]
    fn seeds_hold_every_property() {
        for target in ["edifact_tokenize", "paxlst_parse", "pnrgov_parse"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("seeds")
                .join(target);
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let data = std::fs::read(entry.path()).unwrap_or_default();
                let offsets = invariants::check_tokenizer(&data);
                invariants::check_split(&data, &offsets);
                let result = paxscreen_ingest::parse_with(&data, &options());
                invariants::check_parse_result(&data, &result);
                for header in [PAXLST_HEADER, PNRGOV_HEADER] {
                    let wrapped = wrap(header, &data, TRAILER);
                    let result = paxscreen_ingest::parse_with(&wrapped, &options());
                    invariants::check_parse_result(&wrapped, &result);
                }
                check_round_trip(&data);
            }
        }
    }
}
