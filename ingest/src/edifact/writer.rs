//! The writer the renderers share: segments out of values, escaped with the release character,
//! and counted for the UNT trailer.
//!
//! `tag + element separator + components joined by the component separator + terminator`, with
//! trailing empty elements and components dropped, as senders do (`FTX+AAP+++TEXT`, not
//! `FTX+AAP+++TEXT::`). Segments follow each other directly (`UNH+…'BGM+…'`), or one per line
//! with [`Writer::line_per_segment`].
//!
//! ```
//! use paxscreen_ingest::edifact::{Delimiters, Writer};
//!
//! let mut writer = Writer::new(Delimiters::default());
//! writer.service_string_advice();
//! writer.segment("UNH", &[&["1"], &["CUSRES", "D", "05B", "UN", "IATA"]]);
//! writer.segment("FTX", &[&["AAP"], &[], &[], &["O'NEILL + 1"]]);
//! writer.message_trailer("1");
//! assert_eq!(
//!     writer.finish(),
//!     "UNA:+.? 'UNH+1+CUSRES:D:05B:UN:IATA'FTX+AAP+++O?'NEILL ?+ 1'UNT+3+1'"
//! );
//! ```

use super::delimiters::Delimiters;

/// Writes segments into a string.
#[derive(Debug, Clone)]
pub struct Writer {
    delimiters: Delimiters,
    /// Written after every segment terminator (and after the UNA): nothing, or a line break.
    separator: &'static str,
    out: String,
    /// Segments written so far, the UNA not counted.
    segments: usize,
    /// Value of `segments` before the last UNH, for the UNT count.
    message_start: Option<usize>,
}

impl Writer {
    /// Returns a writer that puts segments directly one after the other, on one line.
    pub fn new(delimiters: Delimiters) -> Writer {
        Writer {
            delimiters,
            separator: "",
            out: String::new(),
            segments: 0,
            message_start: None,
        }
    }

    /// Returns this writer set to end every segment (and the UNA) with a line break, which
    /// readers tolerate and people read more easily.
    pub fn line_per_segment(mut self) -> Writer {
        self.separator = "\n";
        self
    }

    /// Returns the delimiters values are written with.
    pub fn delimiters(&self) -> Delimiters {
        self.delimiters
    }

    /// Writes the UNA service string advice that declares the delimiters. It is not a segment:
    /// it has no terminator of its own and is not counted.
    pub fn service_string_advice(&mut self) {
        self.out.push_str(&self.delimiters.to_una());
        self.out.push_str(self.separator);
    }

    /// Writes a segment: `elements` are lists of components, written escaped.
    ///
    /// A `UNH` starts the count that [`Writer::message_trailer`] writes.
    pub fn segment(&mut self, tag: &str, elements: &[&[&str]]) {
        debug_assert!(tag.len() == 3 && tag.bytes().all(|b| b.is_ascii_alphanumeric()));
        if tag == "UNH" {
            self.message_start = Some(self.segments);
        }
        let element_separator = char::from(self.delimiters.element);
        let component_separator = char::from(self.delimiters.component);
        self.out.push_str(tag);
        let element_count = elements
            .iter()
            .rposition(|components| components.iter().any(|c| !c.is_empty()))
            .map_or(0, |last| last + 1);
        for components in &elements[..element_count] {
            self.out.push(element_separator);
            let component_count = components
                .iter()
                .rposition(|c| !c.is_empty())
                .map_or(0, |last| last + 1);
            for (position, value) in components[..component_count].iter().enumerate() {
                if position > 0 {
                    self.out.push(component_separator);
                }
                self.push_escaped(value);
            }
        }
        self.out.push(char::from(self.delimiters.terminator));
        self.out.push_str(self.separator);
        self.segments += 1;
    }

    /// Writes the UNT that closes the message opened by the last UNH: the number of segments
    /// from that UNH to this UNT, both included, and the message reference.
    pub fn message_trailer(&mut self, message_ref: &str) {
        debug_assert!(self.message_start.is_some(), "UNT written without a UNH");
        let start = self.message_start.take().unwrap_or(0);
        let count = (self.segments - start + 1).to_string();
        self.segment("UNT", &[&[&count], &[message_ref]]);
    }

    /// Returns the number of segments written so far (the UNA not counted).
    pub fn segment_count(&self) -> usize {
        self.segments
    }

    /// Returns the text written.
    pub fn finish(self) -> String {
        self.out
    }

    /// Writes a value, preceding each service character in it with the release character.
    fn push_escaped(&mut self, value: &str) {
        let Some(release) = self.delimiters.release.map(char::from) else {
            // Without a release character there is no way to escape: written as given.
            self.out.push_str(value);
            return;
        };
        for c in value.chars() {
            if c.is_ascii() && self.delimiters.needs_release(c as u8) {
                self.out.push(release);
            }
            self.out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_trailing_empty_elements_and_components() {
        let mut writer = Writer::new(Delimiters::default());
        writer.segment(
            "UNB",
            &[&["UNOA", "4"], &["S"], &[], &[], &["R"], &[], &[""]],
        );
        writer.segment("LOC", &[&["87"], &["", ""]]);
        writer.segment("DOC", &[&["P", "", ""], &["X"]]);
        assert_eq!(writer.finish(), "UNB+UNOA:4+S+++R'LOC+87'DOC+P+X'");
    }

    #[test]
    fn escapes_every_service_character_under_custom_delimiters() {
        let delimiters = Delimiters::from_una(b":*.? $", 0).unwrap();
        let mut writer = Writer::new(delimiters).line_per_segment();
        writer.service_string_advice();
        writer.segment("FTX", &[&["AAP"], &[], &[], &["A*B:C?D$E+F'G"]]);
        assert_eq!(writer.finish(), "UNA:*.? $\nFTX*AAP***A?*B?:C??D?$E+F'G$\n");
    }

    #[test]
    fn counts_from_the_last_unh_to_the_unt() {
        let mut writer = Writer::new(Delimiters::default());
        writer.segment("UNB", &[&["UNOA", "4"]]);
        writer.segment("UNH", &[&["M1"]]);
        writer.segment("BGM", &[&["962"]]);
        writer.message_trailer("M1");
        writer.segment("UNH", &[&["M2"]]);
        writer.message_trailer("M2");
        assert_eq!(writer.segment_count(), 6);
        assert_eq!(
            writer.finish(),
            "UNB+UNOA:4'UNH+M1'BGM+962'UNT+3+M1'UNH+M2'UNT+2+M2'"
        );
    }
}
