//! The properties the fuzz targets assert. Each function panics (the fuzzer's crash signal) with
//! a message naming the broken property; none panics on input the parser merely rejects.

use std::collections::HashSet;

use paxscreen_ingest::edifact::{self, Tokenizer};
use paxscreen_ingest::{ErrorKind, Manifest, ParseError};

/// Segment positions on which [`check_tokenizer`] calls the accessors, to fuzz them as well.
const PROBES: [(usize, usize); 6] = [(0, 0), (0, 1), (1, 0), (2, 1), (3, 3), (8, 0)];

/// Tokenizes `input` and checks the tokenizer's contract; returns the offsets of the segments
/// read, for [`check_split`].
///
/// - every `Ok` segment's offset is inside the input, and offsets strictly increase across
///   everything yielded (segments and positioned errors);
/// - segment indices increase by exactly one per segment or `BadTag` error (a broken segment
///   still counts), and a `Truncated` error carries the index the next segment would have had;
/// - only `BadTag` lets iteration go on: after any other error the iterator is finished, and it
///   stays finished (it is fused in practice);
/// - the accessors (`get`, `components`, `element_count`, `raw_data`) never panic, and what they
///   return is consistent (`get` is `None` or non-empty and trimmed).
pub fn check_tokenizer(input: &[u8]) -> HashSet<usize> {
    let mut offsets = HashSet::new();
    let mut tokenizer = Tokenizer::new(input);
    let mut next_index = 0usize;
    let mut last_offset: Option<usize> = None;
    let mut items = 0usize;
    let mut increasing = |offset: usize, what: &str| {
        if let Some(last) = last_offset {
            assert!(
                offset > last,
                "{what} at offset {offset} does not come after the previous item at {last}"
            );
        }
        last_offset = Some(offset);
    };
    while let Some(item) = tokenizer.next() {
        items += 1;
        assert!(
            items <= input.len() + 1,
            "tokenizer yielded more items ({items}) than the input has bytes ({})",
            input.len()
        );
        match item {
            Ok(segment) => {
                assert!(
                    segment.offset < input.len(),
                    "segment {} offset {} is not inside the input of {} bytes",
                    segment.tag,
                    segment.offset,
                    input.len()
                );
                increasing(segment.offset, "segment");
                assert_eq!(
                    segment.index, next_index,
                    "segment {} at offset {} has the wrong index",
                    segment.tag, segment.offset
                );
                next_index += 1;
                assert!(segment.raw_data().len() < input.len());
                probe_segment(&segment);
                offsets.insert(segment.offset);
            }
            Err(error) => {
                assert!(
                    error.offset <= input.len(),
                    "error offset {} beyond the input of {} bytes: {error}",
                    error.offset,
                    input.len()
                );
                match error.kind {
                    ErrorKind::BadTag => {
                        increasing(error.offset, "bad tag");
                        assert_eq!(
                            error.segment_index,
                            Some(next_index),
                            "bad tag index: {error}"
                        );
                        next_index += 1;
                    }
                    ErrorKind::Truncated => {
                        increasing(error.offset, "truncated tail");
                        assert_eq!(
                            error.segment_index,
                            Some(next_index),
                            "truncated index: {error}"
                        );
                        assert!(
                            tokenizer.next().is_none(),
                            "tokenizer goes on after Truncated"
                        );
                    }
                    _ => assert!(
                        tokenizer.next().is_none(),
                        "tokenizer goes on after {error}"
                    ),
                }
            }
        }
    }
    assert!(
        tokenizer.next().is_none(),
        "tokenizer yields again after None"
    );
    offsets
}

fn probe_segment(segment: &edifact::Segment<'_>) {
    for (element, component) in PROBES {
        if let Some(value) = segment.get(element, component) {
            assert!(!value.is_empty(), "get returned Some(\"\")");
            assert_eq!(value.trim(), value, "get returned an untrimmed value");
        }
    }
    let count = segment.element_count();
    for element in 0..count.min(10) {
        for value in segment.components(element) {
            assert!(!value.is_empty(), "components returned an empty value");
        }
    }
    assert!(
        segment.get(count, 0).is_none() || count == 0,
        "get found element {count} in a segment of {count} elements"
    );
}

/// Splits `input` into messages and checks the envelope's contract: on `Ok`, messages come in
/// input order, every body segment lies inside its message (after its UNH, before the next
/// message's UNH), is one the tokenizer yields (`segment_offsets`), is never a UNH or UNT, and
/// indices and offsets increase; on `Err`, the error is positioned inside the input.
pub fn check_split(input: &[u8], segment_offsets: &HashSet<usize>) {
    let envelope = match edifact::split(input) {
        Ok(envelope) => envelope,
        Err(error) => {
            check_error(input, &error);
            return;
        }
    };
    assert!(
        !envelope.messages.is_empty(),
        "split returned Ok without a message"
    );
    for (i, message) in envelope.messages.iter().enumerate() {
        assert!(
            segment_offsets.contains(&message.offset),
            "UNH of message {i} at offset {} is not a segment the tokenizer yields",
            message.offset
        );
        let end = envelope
            .messages
            .get(i + 1)
            .map_or(input.len(), |next| next.offset);
        assert!(message.offset < end, "messages out of order at message {i}");
        let mut previous = (message.offset, message.segment_index);
        for segment in &message.segments {
            assert!(
                segment.offset > previous.0 && segment.offset < end,
                "segment {} at offset {} lies outside message {i} (UNH at {}, next at {end})",
                segment.tag,
                segment.offset,
                message.offset
            );
            assert!(
                segment.index > previous.1,
                "segment indices out of order in message {i}"
            );
            assert!(
                segment.tag != "UNH" && segment.tag != "UNT",
                "{} inside the body of message {i}",
                segment.tag
            );
            assert!(
                segment_offsets.contains(&segment.offset),
                "body segment at offset {} is not a segment the tokenizer yields",
                segment.offset
            );
            previous = (segment.offset, segment.index);
        }
        check_warnings(input, &message.warnings);
    }
    check_warnings(input, &envelope.warnings);
}

/// Checks a parse result: an error is positioned inside the input; every manifest serialises to
/// JSON that reads back as JSON, and its warnings are positioned inside the input.
pub fn check_parse_result(input: &[u8], result: &Result<Vec<Manifest>, ParseError>) {
    match result {
        Ok(manifests) => {
            for manifest in manifests {
                let json = serde_json::to_string(manifest)
                    .unwrap_or_else(|e| panic!("manifest does not serialise: {e}: {manifest:?}"));
                if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
                    panic!("manifest serialises to invalid JSON: {e}: {json}");
                }
                check_warnings(input, &manifest.warnings);
            }
        }
        Err(error) => check_error(input, error),
    }
}

fn check_error(input: &[u8], error: &ParseError) {
    assert!(
        error.offset <= input.len(),
        "error offset {} beyond the input of {} bytes: {error}",
        error.offset,
        input.len()
    );
}

fn check_warnings(input: &[u8], warnings: &[paxscreen_ingest::Warning]) {
    for warning in warnings {
        if let Some(offset) = warning.offset {
            assert!(
                offset <= input.len(),
                "warning {} offset {offset} beyond the input of {} bytes",
                warning.code,
                input.len()
            );
        }
    }
}
