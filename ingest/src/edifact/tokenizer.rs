//! The tokenizer: bytes → segments, honouring UNA, the release character and real-world mess.
//!
//! Written by hand rather than on the `edifact-parser` crate: that crate (0.38) gives no error
//! positions, leaves components escaped, loses offsets after line breaks, checks no counts and
//! needs the whole buffer; every one of those is a requirement here. The tokenizer is small,
//! allocation-free on the common path, and positions every error.
//!
//! Tolerated: a UTF-8 BOM; CR, LF, spaces and tabs between segments; line breaks inside a segment
//! (line-folded transports), which are removed; a UNA at the start of every interchange.

use std::borrow::Cow;

use super::charset::Charset;
use super::delimiters::Delimiters;
use super::layout::{scan, ByteClasses, Layout};
use super::segment::{Scanned, Segment, Tag};
use crate::error::{ErrorKind, ParseError};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Iterates over the segments of an input.
///
/// Yields `Err` with [`ErrorKind::Truncated`] for bytes at the end of the input that no
/// terminator closes, and [`ErrorKind::BadTag`] for a terminated piece whose tag is not three
/// upper-case letters or digits; the caller decides whether that is junk after a trailer (a
/// warning) or a broken message (an error). Iteration continues after a `BadTag`.
#[derive(Debug, Clone)]
pub struct Tokenizer<'a> {
    input: &'a [u8],
    /// The input as text when it is valid UTF-8, checked once for all values (performance).
    text: Option<&'a str>,
    position: usize,
    index: usize,
    delimiters: Delimiters,
    classes: ByteClasses,
    charset: Charset,
    finished: bool,
    leading_junk: Option<(usize, usize)>,
}

impl<'a> Tokenizer<'a> {
    /// Starts tokenising `input` with the default delimiters (a UNA changes them).
    ///
    /// Bytes before the first `UNA`, `UNB` or `UNH` (a transport header such as Type-B address
    /// lines) are skipped; [`Tokenizer::leading_junk`] reports them.
    pub fn new(input: &'a [u8]) -> Tokenizer<'a> {
        let mut position = if input.starts_with(BOM) { BOM.len() } else { 0 };
        while input.get(position).is_some_and(|b| b.is_ascii_whitespace()) {
            position += 1;
        }
        let mut leading_junk = None;
        let starts_with_service = [b"UNA", b"UNB", b"UNH"]
            .iter()
            .any(|tag| input[position..].starts_with(*tag));
        if !starts_with_service {
            if let Some(found) = find_service_start(&input[position..]) {
                leading_junk = Some((position, found));
                position += found;
            }
        }
        Tokenizer {
            input,
            text: std::str::from_utf8(input).ok(),
            position,
            index: 0,
            delimiters: Delimiters::default(),
            classes: ByteClasses::new(&Delimiters::default()),
            charset: Charset::Ascii,
            finished: false,
            leading_junk,
        }
    }

    /// Returns the offset and length of the bytes skipped before the first service segment.
    pub fn leading_junk(&self) -> Option<(usize, usize)> {
        self.leading_junk
    }

    /// Sets the charset used to decode the values of the segments that follow (from the UNB).
    pub fn set_charset(&mut self, charset: Charset) {
        self.charset = charset;
    }

    /// Returns the delimiters in force.
    pub fn delimiters(&self) -> Delimiters {
        self.delimiters
    }

    /// Returns the bytes not read yet.
    pub fn remaining(&self) -> &'a [u8] {
        &self.input[self.position.min(self.input.len())..]
    }

    /// Returns the byte offset of the next unread byte.
    pub fn position(&self) -> usize {
        self.position
    }

    fn skip_whitespace(&mut self) {
        while let Some(b) = self.input.get(self.position) {
            if b.is_ascii_whitespace() || *b == 0 {
                self.position += 1;
            } else {
                break;
            }
        }
    }

    /// Reads a UNA at the current position, if there is one.
    fn read_service_string(&mut self) -> Result<(), ParseError> {
        let rest = self.remaining();
        if !rest.starts_with(b"UNA") {
            return Ok(());
        }
        let start = self.position;
        self.delimiters = Delimiters::from_una(&rest[3..], start)?;
        self.classes = ByteClasses::new(&self.delimiters);
        self.position += 9;
        Ok(())
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Result<Segment<'a>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        self.skip_whitespace();
        if let Err(error) = self.read_service_string() {
            self.finished = true;
            return Some(Err(error));
        }
        self.skip_whitespace();
        let start = self.position;
        if start >= self.input.len() {
            self.finished = true;
            return None;
        }
        let index = self.index;
        // One pass finds the terminator and the separators (see `layout`).
        let scan = scan(&self.input[start..], &self.classes);
        let Some(end) = scan.end.map(|end| start + end) else {
            self.finished = true;
            let error = ParseError::new(
                ErrorKind::Truncated,
                start,
                format!(
                    "input ends inside a segment: {} bytes without a segment terminator",
                    self.input.len() - start
                ),
            );
            let tail = &self.input[start..];
            let tag_end = tail
                .iter()
                .position(|b| *b == self.delimiters.element)
                .unwrap_or(tail.len());
            return Some(Err(match Tag::new(trim_ascii(&tail[..tag_end])) {
                Some(tag) => error.in_segment(index, tag.as_str()),
                None => error.with_segment_index(index),
            }));
        };
        self.position = end + 1;
        self.index += 1;
        let piece = &self.input[start..end];
        let piece: Cow<'a, [u8]> = if scan.folded {
            Cow::Owned(
                piece
                    .iter()
                    .copied()
                    .filter(|b| *b != b'\n' && *b != b'\r')
                    .collect(),
            )
        } else {
            Cow::Borrowed(piece)
        };
        let element = self.delimiters.element;
        let tag_end = piece
            .iter()
            .position(|b| *b == element)
            .unwrap_or(piece.len());
        let tag_bytes = trim_ascii(&piece[..tag_end]);
        let Some(tag) = Tag::new(tag_bytes) else {
            let error = ParseError::new(
                ErrorKind::BadTag,
                start,
                "segment tag is not three upper-case letters or digits",
            );
            return Some(Err(error.with_segment_index(index)));
        };
        let data_start = (tag_end + 1).min(piece.len());
        let (data, text) = match piece {
            Cow::Borrowed(bytes) => {
                let text = self.text.and_then(|text| text.get(start + data_start..end));
                (Cow::Borrowed(&bytes[data_start..]), text)
            }
            Cow::Owned(bytes) => (Cow::Owned(bytes[data_start..].to_vec()), None),
        };
        // The scan's layout holds when the data is the input as it is, starting after the first
        // unescaped element separator; otherwise (folded lines, a release character in the tag,
        // long data) the data is scanned again.
        let layout = match scan.layout {
            Some(layout) if !scan.folded && scan.tag_end == Some(tag_end) => layout,
            _ => Layout::of(&data, &self.delimiters),
        };
        let scanned = Scanned { text, layout };
        Some(Ok(Segment::scanned(
            tag,
            start,
            index,
            data,
            self.delimiters,
            self.charset,
            scanned,
        )))
    }
}

/// Finds the first `UNA`, `UNB` or `UNH` that starts a line or follows a non-letter.
fn find_service_start(bytes: &[u8]) -> Option<usize> {
    (0..bytes.len().saturating_sub(2)).find(|&i| {
        let tag = &bytes[i..i + 3];
        let is_service = tag == b"UNA" || tag == b"UNB" || tag == b"UNH";
        is_service && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
    })
}

fn trim_ascii(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &bytes[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(input: &[u8]) -> Vec<String> {
        Tokenizer::new(input)
            .map(|s| {
                s.map(|s| s.tag.to_string())
                    .unwrap_or_else(|e| format!("ERR {e}"))
            })
            .collect()
    }

    #[test]
    fn default_delimiters_and_whitespace_between_segments() {
        assert_eq!(
            tags(b"UNH+1'\r\n BGM+745' \n\nUNT+2+1'"),
            ["UNH", "BGM", "UNT"]
        );
    }

    #[test]
    fn custom_una_and_bom() {
        let input = b"\xEF\xBB\xBFUNA:*.? $\r\nUNB*UNOA:4*X$UNH*1*PAXLST$";
        let segments: Vec<_> = Tokenizer::new(input).map(Result::unwrap).collect();
        assert_eq!(segments.len(), 2);
        assert_eq!(segments[0].get(0, 0).as_deref(), Some("UNOA"));
        assert_eq!(segments[0].offset, 14);
        assert_eq!(segments[1].get(1, 0).as_deref(), Some("PAXLST"));
    }

    #[test]
    fn released_terminator_does_not_end_segment() {
        let segments: Vec<_> = Tokenizer::new(b"NAD+FL+++O?'NEILL'CNT+42:1'")
            .map(Result::unwrap)
            .collect();
        assert_eq!(segments.len(), 2);
        assert_eq!(segments[0].get(3, 0).as_deref(), Some("O'NEILL"));
    }

    #[test]
    fn folded_lines_inside_a_segment_are_joined() {
        let segments: Vec<_> = Tokenizer::new(b"SSR+DOCS:/P/GBR/1234/SMITHJ\r\nR/JOHN'")
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            segments[0].get(0, 1).as_deref(),
            Some("/P/GBR/1234/SMITHJR/JOHN")
        );
    }

    #[test]
    fn unterminated_tail_is_truncated_with_offset() {
        let mut tokenizer = Tokenizer::new(b"UNH+1'BGM+7");
        assert!(tokenizer.next().unwrap().is_ok());
        let error = tokenizer.next().unwrap().unwrap_err();
        assert_eq!(error.kind, ErrorKind::Truncated);
        assert_eq!(error.offset, 6);
        assert!(tokenizer.next().is_none());
    }

    #[test]
    fn transport_header_before_the_interchange_is_skipped() {
        let input = b"QU HDQRMXH\r\n.HDQRM1A 151234\r\nUNA:+.? 'UNB+UNOA:4'";
        let mut tokenizer = Tokenizer::new(input);
        assert_eq!(tokenizer.leading_junk(), Some((0, 29)));
        assert_eq!(tokenizer.next().unwrap().unwrap().tag, "UNB");
    }

    #[test]
    fn bad_tag_is_reported_and_iteration_continues() {
        let results: Vec<_> = Tokenizer::new(b"xx+1'UNT+1'").collect();
        assert_eq!(results[0].as_ref().unwrap_err().kind, ErrorKind::BadTag);
        assert!(results[1].is_ok());
    }
}
