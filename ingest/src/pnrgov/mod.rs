//! PNRGOV (IATA PADIS PNR push) → a `pnr` manifest. Being written.

use crate::edifact::Message;
use crate::error::{ErrorKind, ParseError};
use crate::multipart::MessagePart;
use crate::ParseOptions;

/// Parses one PNRGOV message.
///
/// # Errors
/// Not written yet.
pub fn parse_message(
    message: &Message<'_>,
    options: &ParseOptions,
) -> Result<MessagePart, ParseError> {
    let _ = options;
    Err(ParseError::new(
        ErrorKind::UnsupportedMessage,
        message.offset,
        "PNRGOV parser being written",
    ))
}
