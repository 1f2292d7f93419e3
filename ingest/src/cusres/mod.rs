//! CUSRES, the interactive API (iAPI) response: a border agency's board / no-board answer per
//! passenger to a carrier's PAXLST, an unsolicited status change, or the carrier's
//! acknowledgement of one (MESSAGES.md 3.1).
//!
//! [`Response`] is the message as data; [`render`] writes it and [`parse`] reads it back (and
//! reads what carriers send). Passengers are keyed by the `RFF+ABO` reference of the PAXLST
//! (with the `RFF+AVF` booking reference), as carriers expect.
//!
//! # Layout
//!
//! [`render`] writes one interchange holding one functional group holding one message, every
//! segment directly after the previous one: one line, no line break anywhere, none at the end.
//! Shown here one segment per line, for reading:
//!
//! ```text
//! UNA:+.? '                                  the default delimiters (render_with: others)
//! UNB+UNOA:4+<sender>+<recipient>+<YYMMDD>:<HHMM>+<control_ref>++IAPI'
//! UNG+CUSRES+<sender>+<recipient>+<YYMMDD>:<HHMM>+<control_ref>+UN+D:05B'
//! UNH+<message_ref>+CUSRES:D:05B:UN:IATA'
//! BGM+962'                                   962 Answer | 132 Unsolicited | 312 Acknowledgement
//! RFF+TN:<transaction_ref>'                  when there is one
//! RFF+AF:<flight>'                           when there is one
//! DTM+189:<YYMMDDHHMM>:201'                  per leg, in order: departure time when known,
//! DTM+232:<YYMMDDHHMM>:201'                    arrival time when known,
//! LOC+125+<departure_airport>'                 always both airports
//! LOC+87+<arrival_airport>'
//! ERP+1'                                     message_error, when there is one, before any ERP+2
//! ERC+<code>'
//! FTX+AAP+++<text>'                          when there is a text
//! ERP+2'                                     per passenger, in order
//! RFF+AVF:<booking_ref>'                     when there is one
//! RFF+ABO:<passenger_ref>'
//! ERC+<code>'
//! FTX+AAP+++<text>'                          when there is a text
//! UNT+<n>+<message_ref>'                     n = segments from UNH to UNT, both included
//! UNE+1+<control_ref>'
//! UNZ+1+<control_ref>'
//! ```
//!
//! - An optional value that is absent **or empty** writes no segment at all.
//! - Values are written escaped with the release character (`O?'NEILL`, `A?+B`, `WHY??`). Line
//!   breaks in a value become spaces: readers remove them as line folding (see the tokenizer).
//! - The group reference is the interchange control reference (one group per interchange).
//! - Dates: `YYMMDD:HHMM` in UNB/UNG for the years 2000–2099 (`CCYYMMDD:HHMM` otherwise); leg
//!   times `YYMMDDHHMM` with format `201`, local time, unless the two-digit year would be read
//!   back in another century (more than about 50 years from the preparation date): then
//!   `CCYYMMDDHHMM` with format `203`. Seconds are not written.
//! - The syntax identifier is `UNOA:4` while every value is ASCII, and `UNOW:4` (UTF-8) when
//!   one is not, so that the declaration matches the bytes.
//! - [`render`] does not validate: a response without a passenger reference, an ERC code or an
//!   interchange identity renders, and [`parse`] rejects what it rendered.
//!
//! # Reading
//!
//! [`parse`] reads by tag and qualifier and accepts, besides what [`render`] writes: no UNA
//! (default delimiters) or another UNA, line breaks and spaces between segments, no UNG/UNE, any
//! `D:nnX` version, the ERP+1 block anywhere (a carrier's acknowledgement may end with it),
//! leg times after their LOC (PAXLST order), `FTX` text over several components or segments
//! (joined with spaces), `CCYYMMDD` dates. Values come back trimmed; what it tolerates is a
//! [`Warning`](crate::Warning) ([`parse_with_warnings`]). It rejects with a positioned
//! [`ParseError`](crate::ParseError), which never holds a value of the message: no message, more
//! than one message, a message that is not CUSRES, no UNB identity, no BGM or an unknown BGM
//! code, an ERP block without ERC or (ERP+2) without `RFF+ABO`, an ERP level other than 1 or 2.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use paxscreen_ingest::cusres::{self, Interchange, PassengerResponse, Response, ResponseKind};
//!
//! let response = Response {
//!     interchange: Interchange {
//!         sender: "GOVIAPI".into(),
//!         recipient: "XYZAIR".into(),
//!         control_ref: "900001".into(),
//!         prepared: NaiveDate::from_ymd_opt(2025, 7, 3).unwrap().and_hms_opt(10, 31, 0).unwrap(),
//!     },
//!     message_ref: "R1".into(),
//!     kind: ResponseKind::Answer,
//!     transaction_ref: Some("TX42".into()),
//!     flight: Some("XY123".into()),
//!     legs: vec![],
//!     message_error: None,
//!     passengers: vec![
//!         PassengerResponse {
//!             booking_ref: Some("ABC123".into()),
//!             passenger_ref: "XY0001".into(),
//!             code: cusres::codes::OK_TO_BOARD.into(),
//!             text: Some("OK TO BOARD".into()),
//!         },
//!         PassengerResponse {
//!             booking_ref: None,
//!             passenger_ref: "XY0002".into(),
//!             code: cusres::codes::DO_NOT_BOARD.into(),
//!             text: Some("NO BOARD + CALL GOV'T".into()),
//!         },
//!     ],
//! };
//! let text = cusres::render(&response);
//! assert_eq!(
//!     text,
//!     "UNA:+.? 'UNB+UNOA:4+GOVIAPI+XYZAIR+250703:1031+900001++IAPI'\
//! UNG+CUSRES+GOVIAPI+XYZAIR+250703:1031+900001+UN+D:05B'UNH+R1+CUSRES:D:05B:UN:IATA'\
//! BGM+962'RFF+TN:TX42'RFF+AF:XY123'\
//! ERP+2'RFF+AVF:ABC123'RFF+ABO:XY0001'ERC+0Z'FTX+AAP+++OK TO BOARD'\
//! ERP+2'RFF+ABO:XY0002'ERC+1Z'FTX+AAP+++NO BOARD ?+ CALL GOV?'T'\
//! UNT+14+R1'UNE+1+900001'UNZ+1+900001'"
//! );
//! assert_eq!(cusres::parse(text.as_bytes()).unwrap(), response);
//! ```

mod blocks;
mod legs;
mod parse;
mod render;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

pub use parse::{parse, parse_with_warnings, ParsedResponse};
pub use render::{render, render_with};

/// ERC codes (9321) agencies answer with, as Astra implements them and China's NIA uses them.
/// Codes are kept as strings in [`PassengerResponse`]: agencies define more (CBP AQQ `8Z`…).
pub mod codes {
    /// `0Z`: OK to board; boarding passes may be printed.
    pub const OK_TO_BOARD: &str = "0Z";
    /// `1Z`: do not board.
    pub const DO_NOT_BOARD: &str = "1Z";
    /// `2Z`: advisory, contact the government agency.
    pub const ADVISORY: &str = "2Z";
    /// `4Z`: insufficient data, resend corrected data.
    pub const INSUFFICIENT_DATA: &str = "4Z";
    /// Message level `0`: the message was accepted.
    pub const MESSAGE_ACCEPTED: &str = "0";
    /// Message level `1`: exception or error, the whole message is refused.
    pub const MESSAGE_ERROR: &str = "1";
}

/// What the message is (BGM document code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseKind {
    /// `BGM+962`: the agency's answer to the carrier's iAPI PAXLST.
    Answer,
    /// `BGM+132`: a status change the agency initiates after its first answer.
    Unsolicited,
    /// `BGM+312`: the carrier's acknowledgement of an unsolicited change, echoing its blocks.
    Acknowledgement,
}

impl ResponseKind {
    /// Returns the BGM document code (1001) of this kind.
    pub fn document_code(self) -> &'static str {
        match self {
            ResponseKind::Answer => "962",
            ResponseKind::Unsolicited => "132",
            ResponseKind::Acknowledgement => "312",
        }
    }

    /// Returns the kind of a BGM document code; `None` for any other code.
    pub fn from_document_code(code: &str) -> Option<ResponseKind> {
        match code {
            "962" => Some(ResponseKind::Answer),
            "132" => Some(ResponseKind::Unsolicited),
            "312" => Some(ResponseKind::Acknowledgement),
            _ => None,
        }
    }
}

/// The interchange envelope (UNB, and UNG when written).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interchange {
    /// Sender identification (UNB 0004), such as the agency's iAPI system.
    pub sender: String,
    /// Recipient identification (UNB 0010), such as the carrier's departure control system.
    pub recipient: String,
    /// Interchange control reference (UNB 0020), repeated in UNE and UNZ.
    pub control_ref: String,
    /// Date and time of preparation, to the minute. Two-digit years in leg times are read
    /// against it.
    pub prepared: NaiveDateTime,
}

/// One flight leg the response is about: `DTM+189`, `DTM+232`, `LOC+125`, `LOC+87`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseLeg {
    /// Last departure airport before the border (`LOC+125`), IATA code.
    pub departure_airport: String,
    /// First arrival airport after the border (`LOC+87`), IATA code.
    pub arrival_airport: String,
    /// Scheduled departure, local time at the airport (`DTM+189`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departure: Option<NaiveDateTime>,
    /// Scheduled arrival, local time at the airport (`DTM+232`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival: Option<NaiveDateTime>,
}

/// The answer for one passenger: an `ERP+2` block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassengerResponse {
    /// Booking reference (PNR locator, `RFF+AVF`) as the carrier sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking_ref: Option<String>,
    /// Unique passenger reference from the PAXLST (`RFF+ABO`): the carrier's join key.
    pub passenger_ref: String,
    /// Board / no-board code (`ERC`), such as [`codes::OK_TO_BOARD`].
    pub code: String,
    /// Text for the check-in agent (`FTX+AAP`), such as `OK TO BOARD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A message-level answer: an `ERP+1` block (whole message refused, system error, time-out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageError {
    /// Error code (`ERC`), such as [`codes::MESSAGE_ERROR`].
    pub code: String,
    /// Explanation (`FTX+AAP`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A CUSRES message with its envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// The interchange it travels in.
    pub interchange: Interchange,
    /// Message reference (UNH 0062), repeated in UNT.
    pub message_ref: String,
    /// Answer, unsolicited change or acknowledgement (BGM).
    pub kind: ResponseKind,
    /// The carrier's reference of the PAXLST answered (`RFF+TN`), so that it can match the
    /// answer to its request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_ref: Option<String>,
    /// Flight identifier (`RFF+AF`), such as `XY123`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flight: Option<String>,
    /// The legs of the flight, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legs: Vec<ResponseLeg>,
    /// The `ERP+1` block, when the message as a whole is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_error: Option<MessageError>,
    /// One `ERP+2` block per passenger, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passengers: Vec<PassengerResponse>,
}

#[cfg(test)]
mod tests;
