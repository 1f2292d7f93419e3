//! Fuzz target `cusres_parse`: the CUSRES (iAPI response) parser and renderer on arbitrary bytes.
//!
//! Parses the bytes as they are, then wrapped in a CUSRES header (`UNB`, `UNH`, `BGM+962`) and
//! trailer so that mutations reach the ERP blocks at once. For every input:
//! - no panic; an error's offset is inside the input;
//! - on success, every warning's offset is inside the input, the response serialises to JSON
//!   that reads back equal, and rendering it gives one line that parses back to the same
//!   response with no warning: `parse(render(parse(x))) == parse(x)`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use paxscreen_fuzz::wrap;
use paxscreen_ingest::cusres::{self, Response};

/// A valid CUSRES envelope up to the BGM, prefixed to fuzzer bytes.
const HEADER: &[u8] = b"UNA:+.? 'UNB+UNOA:4+FUZZGOV+FUZZAIR+250703:1030+1++IAPI'\
UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'";

/// Closes the message opened by [`HEADER`]; starts with a tag, as `paxscreen_fuzz::TRAILER`.
const TRAILER: &[u8] = b"UNT+3+1'UNZ+1+1'";

fuzz_target!(|data: &[u8]| {
    check(data);
    check(&wrap(HEADER, data, TRAILER));
});

fn check(input: &[u8]) {
    let parsed = match cusres::parse_with_warnings(input) {
        Ok(parsed) => parsed,
        Err(error) => {
            assert!(
                error.offset <= input.len(),
                "error offset beyond the input of {} bytes: {error}",
                input.len()
            );
            return;
        }
    };
    for warning in &parsed.warnings {
        assert!(
            warning.offset.is_none_or(|offset| offset <= input.len()),
            "warning offset beyond the input of {} bytes: {warning:?}",
            input.len()
        );
    }
    let response = parsed.response;
    let json = serde_json::to_string(&response).expect("a response serialises to JSON");
    let from_json: Response = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(from_json, response, "JSON round trip differs: {json}");

    let text = cusres::render(&response);
    assert!(!text.contains(['\r', '\n']), "rendered text has a line break");
    let again = match cusres::parse_with_warnings(text.as_bytes()) {
        Ok(again) => again,
        Err(error) => panic!("rendered response does not parse: {error}\n{text}"),
    };
    assert_eq!(again.response, response, "round trip differs\n{text}");
    assert!(
        again.warnings.is_empty(),
        "rendered response parses with warnings {:?}\n{text}",
        again.warnings
    );
}
