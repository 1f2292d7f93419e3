//! Reads a CUSRES interchange into a [`Response`]: what [`render`](super::render) writes and
//! what carriers send (see the `cusres` module for the variants accepted and the errors).
//!
//! The envelope is read by [`edifact::split`] (UNA, UNB, UNG/UNE, UNH..UNT, UNZ and their checks),
//! the body by tag and qualifier: the header (BGM, RFF+TN, RFF+AF, leg DTM/LOC), then ERP
//! blocks (see `blocks`). Error and warning texts name tags and qualifiers, never a value of the message.

use std::sync::Arc;

use chrono::NaiveDate;

use super::blocks::{Answer, Block};
use super::legs::{self, Item, Positioned};
use super::{Interchange, MessageError, PassengerResponse, Response, ResponseKind};
use crate::dates::{self, Century};
use crate::edifact::{self, InterchangeHeader, Message, Segment, Tokenizer};
use crate::error::{ErrorKind, ParseError};
use crate::warning::Warning;

/// A response with what the parser tolerated in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedResponse {
    /// The response.
    pub response: Response,
    /// Envelope and body problems read past (count mismatches, unexpected segments…), in input
    /// order within each kind.
    pub warnings: Vec<Warning>,
}

/// Parses one CUSRES message in its interchange.
///
/// # Errors
/// Returns a [`ParseError`] positioned at the byte, segment and tag concerned when the input
/// cannot be framed, holds no message or several, holds a message that is not CUSRES, has no
/// UNB sender, recipient, control reference or date, no BGM or an unknown BGM code, or an ERP
/// block without ERC or (ERP+2) without `RFF+ABO`.
pub fn parse(input: &[u8]) -> Result<Response, ParseError> {
    parse_with_warnings(input).map(|parsed| parsed.response)
}

/// Parses one CUSRES message in its interchange and returns the warnings with it.
///
/// # Errors
/// See [`parse`].
pub fn parse_with_warnings(input: &[u8]) -> Result<ParsedResponse, ParseError> {
    let envelope = edifact::split(input)?;
    let mut messages = envelope.messages.iter();
    let Some(message) = messages.next() else {
        return Err(ParseError::new(
            ErrorKind::Empty,
            0,
            "no EDIFACT message (UNH..UNT) found",
        ));
    };
    if let Some(extra) = messages.next() {
        return Err(ParseError::new(
            ErrorKind::Envelope,
            extra.offset,
            "a second message: a CUSRES interchange is read one message at a time",
        )
        .in_segment(extra.segment_index, "UNH"));
    }
    let at_unh = |kind, text: &str| {
        ParseError::new(kind, message.offset, text).in_segment(message.segment_index, "UNH")
    };
    if message.header.message_type != "CUSRES" {
        return Err(at_unh(
            ErrorKind::UnsupportedMessage,
            &format!(
                "unsupported message type {:?}: expected CUSRES",
                message.header.message_type
            ),
        ));
    }
    if message.header.reference.is_empty() {
        return Err(at_unh(
            ErrorKind::MissingElement,
            "UNH has no message reference",
        ));
    }
    let Some(header) = &message.interchange else {
        return Err(at_unh(
            ErrorKind::Envelope,
            "CUSRES message without a UNB interchange header",
        ));
    };
    let interchange = read_interchange(header, input, message)?;
    let mut warnings = envelope.warnings.clone();
    warnings.extend(message.warnings.iter().cloned());
    let mut body = Body::new(interchange.prepared.date());
    for segment in &message.segments {
        body.read(segment, &mut warnings)?;
    }
    body.close_block(&mut warnings)?;
    let Some(kind) = body.kind else {
        return Err(at_unh(
            ErrorKind::MissingElement,
            "CUSRES message has no BGM",
        ));
    };
    let response = Response {
        interchange,
        message_ref: message.header.reference.clone(),
        kind,
        transaction_ref: body.transaction_ref,
        flight: body.flight,
        legs: legs::assemble(body.legs, &mut warnings),
        message_error: body.message_error,
        passengers: body.passengers,
    };
    Ok(ParsedResponse { response, warnings })
}

/// Reads the interchange identity the response needs from the UNB.
fn read_interchange(
    header: &Arc<InterchangeHeader>,
    input: &[u8],
    message: &Message<'_>,
) -> Result<Interchange, ParseError> {
    let missing = |what: &str| {
        let (offset, index) = unb_position(input, message.offset);
        ParseError::new(
            ErrorKind::MissingElement,
            offset,
            format!("UNB has no {what}"),
        )
        .in_segment(index, "UNB")
    };
    Ok(Interchange {
        sender: header
            .sender
            .clone()
            .ok_or_else(|| missing("sender identification"))?,
        recipient: header
            .recipient
            .clone()
            .ok_or_else(|| missing("recipient identification"))?,
        control_ref: header
            .control_ref
            .clone()
            .ok_or_else(|| missing("interchange control reference"))?,
        prepared: header
            .prepared
            .ok_or_else(|| missing("readable preparation date and time"))?,
    })
}

/// Returns the offset and index of the last UNB before `message_offset`: the envelope keeps
/// the header's values, not its position, so it is found again (on the error path only).
fn unb_position(input: &[u8], message_offset: usize) -> (usize, usize) {
    Tokenizer::new(input)
        .map_while(Result::ok)
        .take_while(|segment| segment.offset < message_offset)
        .filter(|segment| segment.tag == "UNB")
        .last()
        .map_or((0, 0), |segment| (segment.offset, segment.index))
}

/// What the body holds so far.
struct Body {
    /// Two-digit years of leg times are read against it.
    reference_date: NaiveDate,
    kind: Option<ResponseKind>,
    transaction_ref: Option<String>,
    flight: Option<String>,
    legs: Vec<Positioned>,
    message_error: Option<MessageError>,
    passengers: Vec<PassengerResponse>,
    /// The ERP block open; `None` in the header, before the first ERP.
    block: Option<Block>,
}

impl Body {
    fn new(reference_date: NaiveDate) -> Body {
        Body {
            reference_date,
            kind: None,
            transaction_ref: None,
            flight: None,
            legs: Vec::new(),
            message_error: None,
            passengers: Vec::new(),
            block: None,
        }
    }

    fn read(
        &mut self,
        segment: &Segment<'_>,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), ParseError> {
        if segment.tag == "ERP" {
            self.close_block(warnings)?;
            self.block = Some(Block::open(segment)?);
            return Ok(());
        }
        match self.block.as_mut() {
            Some(block) => block.read(segment, warnings),
            None => self.read_header_segment(segment, warnings),
        }
    }

    fn read_header_segment(
        &mut self,
        segment: &Segment<'_>,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), ParseError> {
        let tag = segment.tag.as_str();
        let qualifier = segment.get(0, 0);
        match (segment.tag.as_bytes(), qualifier.as_deref()) {
            (b"BGM", _) if self.kind.is_some() => {
                warnings.push(unexpected(segment, "duplicate_bgm", "second BGM ignored"));
            }
            (b"BGM", Some(code)) => match ResponseKind::from_document_code(code) {
                Some(kind) => self.kind = Some(kind),
                None => {
                    return Err(error_at(
                        segment,
                        ErrorKind::UnsupportedMessage,
                        "BGM document code is not 962, 132 or 312",
                    ))
                }
            },
            (b"BGM", None) => {
                return Err(error_at(
                    segment,
                    ErrorKind::MissingElement,
                    "BGM has no document code",
                ))
            }
            (b"RFF", Some("TN")) => set_once(&mut self.transaction_ref, segment, warnings),
            (b"RFF", Some("AF")) => set_once(&mut self.flight, segment, warnings),
            (b"DTM", Some(qualifier @ ("189" | "232"))) => {
                let text = segment.get(0, 1).unwrap_or_default();
                let value = dates::parse_dtm(&text, self.reference_date, Century::Near);
                if value.is_none() {
                    warnings.push(unexpected(
                        segment,
                        "bad_date",
                        "flight date/time is not YYMMDDHHMM or CCYYMMDDHHMM",
                    ));
                }
                self.push_leg_item(
                    segment,
                    Item::Time {
                        arrival: qualifier == "232",
                        value,
                    },
                );
            }
            (b"LOC", Some(qualifier @ ("125" | "87"))) => {
                let airport = segment.get(1, 0).unwrap_or_default().into_owned();
                self.push_leg_item(
                    segment,
                    Item::Place {
                        arrival: qualifier == "87",
                        airport,
                    },
                );
            }
            _ => warnings.push(unexpected(
                segment,
                "unexpected_segment",
                &format!("segment {tag} with this qualifier not expected in the header: ignored"),
            )),
        }
        Ok(())
    }

    fn push_leg_item(&mut self, segment: &Segment<'_>, item: Item) {
        self.legs.push(Positioned {
            item,
            offset: segment.offset,
            index: segment.index,
        });
    }

    /// Checks the open block and files its answer.
    fn close_block(&mut self, warnings: &mut Vec<Warning>) -> Result<(), ParseError> {
        let Some(block) = self.block.take() else {
            return Ok(());
        };
        let (offset, index) = block.position();
        match block.finish()? {
            Answer::Message(_) if self.message_error.is_some() => warnings.push(
                Warning::new("duplicate_message_error", "second ERP+1 block ignored")
                    .at(offset, index, "ERP"),
            ),
            Answer::Message(error) => self.message_error = Some(error),
            Answer::Passenger(passenger) => self.passengers.push(passenger),
        }
        Ok(())
    }
}

/// Sets a header or block reference from `RFF+<qualifier>:<value>`, keeping the first of
/// several (warned).
pub(super) fn set_once(
    slot: &mut Option<String>,
    segment: &Segment<'_>,
    warnings: &mut Vec<Warning>,
) {
    if slot.is_some() {
        warnings.push(unexpected(
            segment,
            "duplicate_reference",
            "reference given twice: the first is kept",
        ));
        return;
    }
    *slot = segment.get(0, 1).map(|value| value.into_owned());
}

pub(super) fn unexpected(segment: &Segment<'_>, code: &str, text: &str) -> Warning {
    Warning::new(code, text).at(segment.offset, segment.index, segment.tag.as_str())
}

pub(super) fn error_at(segment: &Segment<'_>, kind: ErrorKind, text: &str) -> ParseError {
    ParseError::new(kind, segment.offset, text).in_segment(segment.index, segment.tag.as_str())
}
