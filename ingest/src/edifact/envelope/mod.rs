//! The envelope: segments → interchanges (UNB..UNZ), groups (UNG..UNE) and messages (UNH..UNT),
//! with the count and reference checks of ISO 9735 reported as warnings.
//!
//! What is fatal: no message at all, a message without UNT (truncated), a UNH inside an open
//! message, a segment with a broken tag inside a message. What is a warning: UNT/UNE/UNZ counts or
//! references that do not match, junk after UNZ or between messages, an unknown syntax identifier.

use std::sync::Arc;

use chrono::NaiveDateTime;

use super::charset::Charset;
use super::segment::Segment;
use super::tokenizer::Tokenizer;
use crate::dates;
use crate::error::{ErrorKind, ParseError};
use crate::warning::Warning;

/// The interchange header (UNB).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterchangeHeader {
    /// Syntax identifier, such as `UNOA` or `IATA`.
    pub syntax_identifier: Option<String>,
    /// Syntax version number.
    pub syntax_version: Option<String>,
    /// Sender identification.
    pub sender: Option<String>,
    /// Recipient identification.
    pub recipient: Option<String>,
    /// Date and time of preparation.
    pub prepared: Option<NaiveDateTime>,
    /// Interchange control reference.
    pub control_ref: Option<String>,
    /// Application reference, such as `APIS`.
    pub application_ref: Option<String>,
}

/// The message header (UNH).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageHeader {
    /// Message reference number (0062).
    pub reference: String,
    /// Message type, such as `PAXLST`.
    pub message_type: String,
    /// Version and release, such as `D:05B` or `13:1`.
    pub version: Option<String>,
    /// Common access reference (0068), linking the parts of a multi-part message.
    pub common_access_ref: Option<String>,
    /// Sequence number of this part (0070).
    pub sequence: Option<u32>,
    /// First/last flag (0073): `C` first or creation, `F` final.
    pub sequence_flag: Option<char>,
}

/// One UNH..UNT message with its envelope.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    /// The interchange it came in; `None` when the input has no UNB.
    pub interchange: Option<Arc<InterchangeHeader>>,
    /// The message header.
    pub header: MessageHeader,
    /// The body segments between UNH and UNT (both excluded).
    pub segments: Vec<Segment<'a>>,
    /// Byte offset of the UNH.
    pub offset: usize,
    /// Index of the UNH segment.
    pub segment_index: usize,
    /// Warnings about this message's envelope.
    pub warnings: Vec<Warning>,
}

/// Everything an input holds.
#[derive(Debug, Clone, Default)]
pub struct Envelope<'a> {
    /// Messages in input order.
    pub messages: Vec<Message<'a>>,
    /// Warnings not tied to one message (junk after UNZ, interchange counts).
    pub warnings: Vec<Warning>,
}

struct Open<'a> {
    message: Message<'a>,
    unh_index: usize,
}

#[derive(Default)]
struct InterchangeState {
    header: Option<Arc<InterchangeHeader>>,
    messages: usize,
    groups: usize,
    group_messages: usize,
    group_ref: Option<String>,
    closed: bool,
}

/// Splits an input into messages.
///
/// # Errors
/// Returns a positioned [`ParseError`] when the input holds no message, when a message is
/// truncated, or when its envelope is broken (see the module documentation).
pub fn split(input: &[u8]) -> Result<Envelope<'_>, ParseError> {
    let mut tokenizer = Tokenizer::new(input);
    let mut envelope = Envelope::default();
    let mut open: Option<Open<'_>> = None;
    let mut interchange = InterchangeState::default();
    if let Some((offset, length)) = tokenizer.leading_junk() {
        let mut warning = Warning::new(
            "junk_before_header",
            format!("{length} bytes before the first UNA/UNB/UNH skipped"),
        );
        warning.offset = Some(offset);
        envelope.warnings.push(warning);
    }

    while let Some(item) = tokenizer.next() {
        let segment = match item {
            Ok(segment) => segment,
            Err(error) if error.kind == ErrorKind::BadServiceString => return Err(error),
            Err(error) => match &open {
                Some(current) => {
                    let mut error = error;
                    if error.kind == ErrorKind::Truncated {
                        error.message = format!(
                            "message {} (UNH at byte {}) has no UNT: {}",
                            current.message.header.reference, current.message.offset, error.message
                        );
                    }
                    return Err(error);
                }
                None => {
                    envelope.warnings.push(junk_warning(&error, input.len()));
                    if error.kind == ErrorKind::Truncated {
                        break;
                    }
                    continue;
                }
            },
        };
        match (segment.tag.as_bytes(), open.as_mut()) {
            (b"UNB", None) => {
                let header = read_interchange_header(&segment);
                let charset = choose_charset(&header, &segment, input, &mut envelope.warnings);
                tokenizer.set_charset(charset);
                interchange = InterchangeState {
                    header: Some(Arc::new(header)),
                    ..InterchangeState::default()
                };
            }
            (b"UNG", None) => {
                interchange.groups += 1;
                interchange.group_messages = 0;
                interchange.group_ref = segment.get(4, 0).map(|s| s.into_owned());
            }
            (b"UNE", None) => check_group_trailer(&segment, &interchange, &mut envelope.warnings),
            (b"UNZ", None) => {
                check_interchange_trailer(&segment, &interchange, &mut envelope.warnings);
                interchange.closed = true;
            }
            (b"UNH", None) => {
                let header = read_message_header(&segment);
                open = Some(Open {
                    message: Message {
                        interchange: interchange.header.clone(),
                        header,
                        segments: Vec::new(),
                        offset: segment.offset,
                        segment_index: segment.index,
                        warnings: Vec::new(),
                    },
                    unh_index: segment.index,
                });
            }
            (b"UNH", Some(current)) => {
                return Err(ParseError::new(
                    ErrorKind::Envelope,
                    segment.offset,
                    format!(
                        "a new message starts before message {} (UNH at byte {}) has its UNT",
                        current.message.header.reference, current.message.offset
                    ),
                )
                .in_segment(segment.index, "UNH"));
            }
            (b"UNT", Some(_)) => {
                let Some(mut finished) = open.take() else {
                    continue;
                };
                check_message_trailer(&segment, &mut finished);
                interchange.messages += 1;
                interchange.group_messages += 1;
                envelope.messages.push(finished.message);
            }
            (_, Some(current)) => current.message.segments.push(segment),
            (_, None) => {
                let tag = segment.tag.as_str();
                envelope.warnings.push(
                    Warning::new(
                        if interchange.closed {
                            "junk_after_trailer"
                        } else {
                            "segment_outside_message"
                        },
                        format!("segment {tag} outside any message ignored"),
                    )
                    .at(segment.offset, segment.index, tag),
                )
            }
        }
    }
    if let Some(current) = open {
        return Err(ParseError::new(
            ErrorKind::Truncated,
            input.len(),
            format!(
                "input ends before message {} (UNH at byte {}) has its UNT",
                current.message.header.reference, current.message.offset
            ),
        )
        .in_segment(current.unh_index, "UNH"));
    }
    if envelope.messages.is_empty() {
        return Err(ParseError::new(
            ErrorKind::Empty,
            tokenizer.position(),
            "no EDIFACT message (UNH..UNT) found",
        ));
    }
    if interchange.header.is_some() && !interchange.closed {
        envelope.warnings.push(Warning::new(
            "missing_unz",
            "interchange has no UNZ trailer",
        ));
    }
    Ok(envelope)
}

fn junk_warning(error: &ParseError, input_len: usize) -> Warning {
    let mut warning = Warning::new(
        "junk_after_trailer",
        format!(
            "{} unreadable bytes outside any message ignored",
            input_len
                .saturating_sub(error.offset)
                .min(error_extent(error, input_len))
        ),
    );
    warning.offset = Some(error.offset);
    warning.segment_index = error.segment_index;
    warning
}

fn error_extent(error: &ParseError, input_len: usize) -> usize {
    match error.kind {
        ErrorKind::Truncated => input_len - error.offset.min(input_len),
        _ => 1,
    }
}

fn read_interchange_header(segment: &Segment<'_>) -> InterchangeHeader {
    let owned = |e, c| segment.get(e, c).map(|s| s.into_owned());
    let prepared = match (segment.get(3, 0), segment.get(3, 1)) {
        (Some(date), time) => dates::parse_date_time(&date, time.as_deref()),
        _ => None,
    };
    InterchangeHeader {
        syntax_identifier: owned(0, 0),
        syntax_version: owned(0, 1),
        sender: owned(1, 0),
        recipient: owned(2, 0),
        prepared,
        control_ref: owned(4, 0),
        application_ref: owned(6, 0),
    }
}

/// Picks the charset from the syntax identifier, with one correction: data labelled ISO 8859
/// that is valid multi-byte UTF-8 is read as UTF-8 (a frequent sender mistake), with a warning.
fn choose_charset(
    header: &InterchangeHeader,
    segment: &Segment<'_>,
    input: &[u8],
    warnings: &mut Vec<Warning>,
) -> Charset {
    let id = header.syntax_identifier.as_deref().unwrap_or("UNOA");
    let declared = Charset::from_syntax_identifier(id).unwrap_or_else(|| {
        warnings.push(
            Warning::new(
                "unknown_syntax_identifier",
                format!("unknown syntax identifier {id}; values read as ASCII or UTF-8"),
            )
            .at(segment.offset, segment.index, "UNB"),
        );
        Charset::Ascii
    });
    if matches!(declared, Charset::Latin1 | Charset::Iso8859(_)) {
        let rest = &input[segment.offset.min(input.len())..];
        if !rest.is_ascii() && std::str::from_utf8(rest).is_ok() {
            warnings.push(
                Warning::new(
                    "charset_mismatch",
                    format!(
                        "syntax identifier {id} declared but the data are UTF-8; read as UTF-8"
                    ),
                )
                .at(segment.offset, segment.index, "UNB"),
            );
            return Charset::Utf8;
        }
    }
    declared
}

fn read_message_header(segment: &Segment<'_>) -> MessageHeader {
    let owned = |e, c| segment.get(e, c).map(|s| s.into_owned());
    let version = match (segment.get(1, 1), segment.get(1, 2)) {
        (Some(version), Some(release)) => Some(format!("{version}:{release}")),
        (Some(version), None) => Some(version.into_owned()),
        _ => None,
    };
    MessageHeader {
        reference: owned(0, 0).unwrap_or_default(),
        message_type: owned(1, 0).unwrap_or_default(),
        version,
        common_access_ref: owned(2, 0),
        sequence: segment.get(3, 0).and_then(|s| s.parse().ok()),
        sequence_flag: segment
            .get(3, 1)
            .and_then(|s| s.chars().next())
            .map(|c| c.to_ascii_uppercase()),
    }
}

fn check_message_trailer(unt: &Segment<'_>, open: &mut Open<'_>) {
    let expected = unt.index - open.unh_index + 1;
    let message = &mut open.message;
    match unt.get(0, 0).map(|s| s.parse::<usize>()) {
        Some(Ok(declared)) if declared == expected => {}
        Some(Ok(declared)) => message.warnings.push(
            Warning::new(
                "count_mismatch",
                format!("UNT declares {declared} segments, the message has {expected}"),
            )
            .at(unt.offset, unt.index, "UNT"),
        ),
        _ => message.warnings.push(
            Warning::new("count_missing", "UNT segment count missing or not a number")
                .at(unt.offset, unt.index, "UNT"),
        ),
    }
    let reference = unt.get(1, 0);
    if reference.as_deref() != Some(message.header.reference.as_str()) {
        message.warnings.push(
            Warning::new(
                "reference_mismatch",
                "UNT message reference differs from the UNH reference",
            )
            .at(unt.offset, unt.index, "UNT"),
        );
    }
}

fn check_group_trailer(une: &Segment<'_>, state: &InterchangeState, warnings: &mut Vec<Warning>) {
    if let Some(Ok(declared)) = une.get(0, 0).map(|s| s.parse::<usize>()) {
        if declared != state.group_messages {
            warnings.push(
                Warning::new(
                    "count_mismatch",
                    format!(
                        "UNE declares {declared} messages, the group has {}",
                        state.group_messages
                    ),
                )
                .at(une.offset, une.index, "UNE"),
            );
        }
    }
    if une.get(1, 0).map(|s| s.into_owned()) != state.group_ref {
        warnings.push(
            Warning::new(
                "reference_mismatch",
                "UNE reference differs from the UNG reference",
            )
            .at(une.offset, une.index, "UNE"),
        );
    }
}

fn check_interchange_trailer(
    unz: &Segment<'_>,
    state: &InterchangeState,
    warnings: &mut Vec<Warning>,
) {
    // UNZ counts groups when the interchange has groups, messages otherwise.
    let expected = if state.groups > 0 {
        state.groups
    } else {
        state.messages
    };
    if let Some(Ok(declared)) = unz.get(0, 0).map(|s| s.parse::<usize>()) {
        if declared != expected {
            warnings.push(
                Warning::new(
                    "count_mismatch",
                    format!("UNZ declares {declared}, the interchange has {expected}"),
                )
                .at(unz.offset, unz.index, "UNZ"),
            );
        }
    }
    let control_ref = state.header.as_ref().and_then(|h| h.control_ref.clone());
    if unz.get(1, 0).map(|s| s.into_owned()) != control_ref {
        warnings.push(
            Warning::new(
                "reference_mismatch",
                "UNZ control reference differs from the UNB reference",
            )
            .at(unz.offset, unz.index, "UNZ"),
        );
    }
}

#[cfg(test)]
mod tests;
