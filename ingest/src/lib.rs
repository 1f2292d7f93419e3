//! paxscreen ingest: reads UN/EDIFACT PAXLST (API) and PNRGOV (PNR) messages into the canonical
//! [`Manifest`] model, normalised and ready for screening.
//!
//! Data flow:
//! `bytes → edifact::Tokenizer → edifact::split (UNB/UNG/UNH…UNT/UNE/UNZ) → paxlst | pnrgov
//! → MessagePart → multipart::Assembler (joins 01:C … nn:F) → Manifest`.
//!
//! Parsing is tolerant: what real senders get wrong (counts, junk after the trailer, line breaks,
//! custom separators, mislabelled character sets) becomes a [`Warning`] on the manifest. What cannot
//! be read is a [`ParseError`] with its byte offset, segment index and tag, never a panic.
//!
//! The way back to carriers: [`cusres`] renders and reads the CUSRES iAPI response (board /
//! no-board per passenger), on the same tokenizer and the same [`edifact::Writer`] as
//! [`paxlst::render()`].
//!
//! ```
//! let input = b"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+XY123+++XY'LOC+125+CDG'\
//! LOC+87+JFK'NAD+FL+++DOE:JOHN'UNT+7+1'";
//! let manifests = paxscreen_ingest::parse(input).unwrap();
//! assert_eq!(manifests[0].travellers[0].surname, "DOE");
//! assert_eq!(manifests[0].flight.legs[0].arrival.as_ref().unwrap().airport, "JFK");
//! ```

pub mod cusres;
pub mod dates;
pub mod edifact;
pub mod error;
mod fields;
pub mod model;
pub mod multipart;
pub mod normalise;
pub mod paxlst;
pub mod pnrgov;
pub mod warning;

pub use error::{ErrorKind, ParseError};
pub use model::*;
pub use multipart::{Assembler, MessagePart};
pub use warning::Warning;

use chrono::NaiveDate;

/// Options for parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Reference date for two-digit years when the interchange has no preparation date:
    /// dates of birth are never after it.
    pub today: NaiveDate,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            today: chrono::Local::now().date_naive(),
        }
    }
}

/// Parses every message of an input into parts, before multi-part joining.
///
/// # Errors
/// Returns the first [`ParseError`]: an input that cannot be framed, or a message that cannot be
/// read. Nothing of a failing input is returned, so that it can go whole to a dead-letter queue.
pub fn parse_parts(input: &[u8], options: &ParseOptions) -> Result<Vec<MessagePart>, ParseError> {
    let envelope = edifact::split(input)?;
    let mut parts = Vec::with_capacity(envelope.messages.len());
    for message in &envelope.messages {
        let mut part = match message.header.message_type.as_str() {
            "PAXLST" => paxlst::parse_message(message, options)?,
            "PNRGOV" => pnrgov::parse_message(message, options)?,
            other => {
                return Err(ParseError::new(
                    ErrorKind::UnsupportedMessage,
                    message.offset,
                    format!("unsupported message type {other:?}: expected PAXLST or PNRGOV"),
                )
                .in_segment(message.segment_index, "UNH"))
            }
        };
        part.manifest
            .warnings
            .splice(0..0, message.warnings.iter().cloned());
        parts.push(part);
    }
    if let Some(first) = parts.first_mut() {
        first.manifest.warnings.splice(0..0, envelope.warnings);
    }
    Ok(parts)
}

/// Parses an input into manifests, joining the parts of multi-part manifests it contains.
///
/// Parts of a manifest that do not all arrive in this input are still returned, joined as far as
/// they go, with an `incomplete_multipart` warning: nothing is dropped.
///
/// # Errors
/// See [`parse_parts`].
pub fn parse(input: &[u8]) -> Result<Vec<Manifest>, ParseError> {
    parse_with(input, &ParseOptions::default())
}

/// Parses an input into manifests with explicit options.
///
/// # Errors
/// See [`parse_parts`].
pub fn parse_with(input: &[u8], options: &ParseOptions) -> Result<Vec<Manifest>, ParseError> {
    let mut assembler = Assembler::new();
    let mut manifests = Vec::new();
    for part in parse_parts(input, options)? {
        manifests.extend(assembler.push(part));
    }
    manifests.extend(assembler.flush());
    Ok(manifests)
}
