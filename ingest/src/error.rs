//! The error a parser returns when it cannot read a message.
//!
//! Errors are cheap values with a position (byte offset, segment index, tag) and a kind; their
//! text never contains personal data, so they may be logged and sent to a dead-letter topic.

use std::fmt;

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds no EDIFACT segment at all.
    Empty,
    /// The UNA service string advice is malformed.
    BadServiceString,
    /// A segment is not terminated: the input ends inside it.
    Truncated,
    /// A segment tag is not three upper-case letters or digits.
    BadTag,
    /// The envelope is broken: a UNH without UNT, a segment outside any message…
    Envelope,
    /// The message type is not PAXLST or PNRGOV.
    UnsupportedMessage,
    /// A mandatory element is missing or unreadable.
    MissingElement,
    /// The text cannot be decoded in the declared character set.
    Encoding,
}

impl ErrorKind {
    /// Returns a stable snake_case name, used as a metric label and in dead letters.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::BadServiceString => "bad_service_string",
            ErrorKind::Truncated => "truncated",
            ErrorKind::BadTag => "bad_tag",
            ErrorKind::Envelope => "envelope",
            ErrorKind::UnsupportedMessage => "unsupported_message",
            ErrorKind::MissingElement => "missing_element",
            ErrorKind::Encoding => "encoding",
        }
    }
}

/// A message the parser cannot read, with where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct ParseError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Byte offset in the input.
    pub offset: usize,
    /// Zero-based index of the segment, when one was reached.
    pub segment_index: Option<usize>,
    /// Tag of the segment, when known.
    pub tag: Option<String>,
    /// Explanation, without personal data.
    pub message: String,
}

impl ParseError {
    /// Returns an error at a byte offset, outside any segment.
    pub fn new(kind: ErrorKind, offset: usize, message: impl Into<String>) -> ParseError {
        ParseError {
            kind,
            offset,
            segment_index: None,
            tag: None,
            message: message.into(),
        }
    }

    /// Returns this error with the index of the segment it concerns.
    pub fn with_segment_index(mut self, segment_index: usize) -> ParseError {
        self.segment_index = Some(segment_index);
        self
    }

    /// Returns this error positioned at a segment.
    pub fn in_segment(mut self, segment_index: usize, tag: &str) -> ParseError {
        self.segment_index = Some(segment_index);
        self.tag = Some(tag.to_owned());
        self
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "byte {}", self.offset)?;
        if let Some(index) = self.segment_index {
            write!(f, ", segment {}", index + 1)?;
        }
        if let Some(tag) = &self.tag {
            write!(f, " ({tag})")?;
        }
        write!(f, ": {} [{}]", self.message, self.kind.as_str())
    }
}

impl std::error::Error for ParseError {}
