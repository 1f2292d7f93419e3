//! Warnings: what a parser tolerated and the reader should know.
//!
//! A warning never carries personal data: it names positions, tags, qualifiers and counts.

use serde::{Deserialize, Serialize};

/// Something the parser accepted with a reservation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine-readable code, such as `count_mismatch`.
    pub code: String,
    /// Human-readable explanation (no personal data).
    pub message: String,
    /// Byte offset in the input where the issue was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
    /// Zero-based index of the segment in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment_index: Option<usize>,
    /// Tag of the segment concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

impl Warning {
    /// Returns a warning with no position.
    pub fn new(code: &str, message: impl Into<String>) -> Warning {
        Warning {
            code: code.to_owned(),
            message: message.into(),
            offset: None,
            segment_index: None,
            tag: None,
        }
    }

    /// Returns this warning positioned at a segment.
    pub fn at(mut self, offset: usize, segment_index: usize, tag: &str) -> Warning {
        self.offset = Some(offset);
        self.segment_index = Some(segment_index);
        self.tag = Some(tag.to_owned());
        self
    }
}
