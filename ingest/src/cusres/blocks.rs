//! ERP blocks: `ERP+1` (the message as a whole) and `ERP+2` (one passenger), each with its
//! `RFF+AVF`, `RFF+ABO`, `ERC` and `FTX+AAP`.
//!
//! A block runs from its ERP to the next ERP or the end of the message. It needs an ERC code,
//! and a passenger block an `RFF+ABO` reference (the carrier's join key): without them it is an
//! error at its ERP. A repeated reference or ERC keeps the first (warned); several `FTX+AAP`
//! texts, or a text over several components, are joined with spaces.

use super::parse::{error_at, set_once, unexpected};
use super::{MessageError, PassengerResponse};
use crate::edifact::Segment;
use crate::error::{ErrorKind, ParseError};
use crate::warning::Warning;

/// The level of an ERP block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// `ERP+1`: the message as a whole.
    Message,
    /// `ERP+2`: one passenger.
    Passenger,
}

/// What a finished block answers.
pub(super) enum Answer {
    /// An `ERP+1` block.
    Message(MessageError),
    /// An `ERP+2` block.
    Passenger(PassengerResponse),
}

/// An ERP block being read.
pub(super) struct Block {
    level: Level,
    /// Offset and index of the ERP, where errors about the block point.
    offset: usize,
    index: usize,
    booking_ref: Option<String>,
    passenger_ref: Option<String>,
    code: Option<String>,
    text: Option<String>,
}

impl Block {
    /// Opens a block at its ERP.
    ///
    /// # Errors
    /// When the error point is not `1` or `2`.
    pub(super) fn open(erp: &Segment<'_>) -> Result<Block, ParseError> {
        let level = match erp.get(0, 0).as_deref() {
            Some("1") => Level::Message,
            Some("2") => Level::Passenger,
            _ => {
                return Err(error_at(
                    erp,
                    ErrorKind::MissingElement,
                    "ERP error point is not 1 (message) or 2 (passenger)",
                ))
            }
        };
        Ok(Block {
            level,
            offset: erp.offset,
            index: erp.index,
            booking_ref: None,
            passenger_ref: None,
            code: None,
            text: None,
        })
    }

    /// Returns the offset and segment index of the block's ERP.
    pub(super) fn position(&self) -> (usize, usize) {
        (self.offset, self.index)
    }

    /// Reads a segment of the block.
    ///
    /// # Errors
    /// When an ERC has no code.
    pub(super) fn read(
        &mut self,
        segment: &Segment<'_>,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), ParseError> {
        let tag = segment.tag.as_str();
        let qualifier = segment.get(0, 0);
        match (segment.tag.as_bytes(), qualifier.as_deref(), self.level) {
            (b"RFF", Some("AVF"), Level::Passenger) => {
                set_once(&mut self.booking_ref, segment, warnings)
            }
            (b"RFF", Some("ABO"), Level::Passenger) => {
                set_once(&mut self.passenger_ref, segment, warnings)
            }
            (b"ERC", None, _) => {
                return Err(error_at(
                    segment,
                    ErrorKind::MissingElement,
                    "ERC has no code",
                ))
            }
            (b"ERC", Some(_), _) if self.code.is_some() => warnings.push(unexpected(
                segment,
                "duplicate_code",
                "second ERC in an ERP block ignored",
            )),
            (b"ERC", Some(code), _) => self.code = Some(code.to_owned()),
            (b"FTX", Some("AAP"), _) => {
                let line = segment.components(3).join(" ");
                if !line.is_empty() {
                    self.text = Some(match self.text.take() {
                        Some(text) => format!("{text} {line}"),
                        None => line,
                    });
                }
            }
            _ => warnings.push(unexpected(
                segment,
                "unexpected_segment",
                &format!("segment {tag} with this qualifier not expected in an ERP block: ignored"),
            )),
        }
        Ok(())
    }

    /// Returns the block's answer.
    ///
    /// # Errors
    /// When the block has no ERC code, or (ERP+2) no passenger reference.
    pub(super) fn finish(self) -> Result<Answer, ParseError> {
        let at_erp = |text: &str| {
            ParseError::new(ErrorKind::MissingElement, self.offset, text)
                .in_segment(self.index, "ERP")
        };
        let level = match self.level {
            Level::Message => "ERP+1",
            Level::Passenger => "ERP+2",
        };
        let Some(code) = self.code else {
            return Err(at_erp(&format!("{level} block has no ERC code")));
        };
        match self.level {
            Level::Message => Ok(Answer::Message(MessageError {
                code,
                text: self.text,
            })),
            Level::Passenger => {
                let Some(passenger_ref) = self.passenger_ref else {
                    return Err(at_erp("ERP+2 block has no RFF+ABO passenger reference"));
                };
                Ok(Answer::Passenger(PassengerResponse {
                    booking_ref: self.booking_ref,
                    passenger_ref,
                    code,
                    text: self.text,
                }))
            }
        }
    }
}
