//! A segment: a tag and its data elements, split lazily and unescaped on access.
//!
//! Splitting on access keeps tokenising allocation-free: a segment holds a slice of the input and
//! the delimiters in force; [`Segment::get`] walks that slice honouring the release character.

use std::borrow::Cow;
use std::fmt;

use super::charset::Charset;
use super::delimiters::Delimiters;

/// A three-character segment tag such as `NAD`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag([u8; 3]);

impl Tag {
    /// Builds a tag from three upper-case ASCII letters or digits.
    pub fn new(bytes: &[u8]) -> Option<Tag> {
        match bytes {
            [a, b, c]
                if bytes
                    .iter()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
            {
                Some(Tag([*a, *b, *c]))
            }
            _ => None,
        }
    }

    /// Returns the tag as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Tag {
    fn eq(&self, other: &&str) -> bool {
        self.0 == other.as_bytes()
    }
}

/// One segment of an interchange.
#[derive(Debug, Clone)]
pub struct Segment<'a> {
    /// The tag.
    pub tag: Tag,
    /// Byte offset of the tag in the input.
    pub offset: usize,
    /// Zero-based index of the segment in the input (UNA not counted).
    pub index: usize,
    /// The data after the tag's element separator, without the terminator. Owned only when the
    /// sender folded the segment over several lines and the line breaks had to be removed.
    data: Cow<'a, [u8]>,
    delimiters: Delimiters,
    charset: Charset,
}

impl<'a> Segment<'a> {
    /// Builds a segment from its tag and its data (the bytes after the first element separator).
    pub fn new(
        tag: Tag,
        offset: usize,
        index: usize,
        data: Cow<'a, [u8]>,
        delimiters: Delimiters,
        charset: Charset,
    ) -> Segment<'a> {
        Segment {
            tag,
            offset,
            index,
            data,
            delimiters,
            charset,
        }
    }

    /// Returns the delimiters in force for this segment.
    pub fn delimiters(&self) -> Delimiters {
        self.delimiters
    }

    /// Returns the charset values are decoded with.
    pub fn charset(&self) -> Charset {
        self.charset
    }

    /// Returns the number of data elements (trailing empty ones included).
    pub fn element_count(&self) -> usize {
        if self.data.is_empty() {
            return 0;
        }
        1 + self
            .separator_positions()
            .filter(|(_, b)| *b == self.delimiters.element)
            .count()
    }

    /// Returns component `component` of data element `element`, both zero-based, unescaped,
    /// decoded and trimmed; `None` when absent or empty.
    ///
    /// In `NAD+FL+++DOE:JOHN`, `get(0, 0)` is `FL` and `get(3, 1)` is `JOHN`.
    pub fn get(&self, element: usize, component: usize) -> Option<Cow<'_, str>> {
        let range = self.component_range(element, component)?;
        let value = self.decode(&self.data[range]);
        let trimmed = trim_cow(value);
        (!trimmed.is_empty()).then_some(trimmed)
    }

    /// Returns every non-empty component of data element `element`, in order.
    pub fn components(&self, element: usize) -> Vec<Cow<'_, str>> {
        let Some(range) = self.element_range(element) else {
            return Vec::new();
        };
        let bytes = &self.data[range.clone()];
        split_unescaped(bytes, self.delimiters.component, self.delimiters.release)
            .map(|(start, end)| trim_cow(self.decode(&bytes[start..end])))
            .filter(|value| !value.is_empty())
            .collect()
    }

    /// Returns the raw bytes of the data after the tag, still escaped.
    pub fn raw_data(&self) -> &[u8] {
        &self.data
    }

    fn decode<'s>(&'s self, escaped: &'s [u8]) -> Cow<'s, str> {
        match self.delimiters.release {
            Some(release) if escaped.contains(&release) => {
                let unescaped = unescape(escaped, release);
                Cow::Owned(self.charset.decode(&unescaped).into_owned())
            }
            _ => self.charset.decode(escaped),
        }
    }

    /// Iterates over the unescaped element and component separators with their positions.
    fn separator_positions(&self) -> impl Iterator<Item = (usize, u8)> + '_ {
        let delimiters = self.delimiters;
        let mut escaped = false;
        self.data.iter().enumerate().filter_map(move |(i, &b)| {
            if escaped {
                escaped = false;
                return None;
            }
            if Some(b) == delimiters.release {
                escaped = true;
                return None;
            }
            (b == delimiters.element || b == delimiters.component).then_some((i, b))
        })
    }

    fn element_range(&self, element: usize) -> Option<std::ops::Range<usize>> {
        let mut current = 0;
        let mut start = 0;
        for (i, b) in self.separator_positions() {
            if b != self.delimiters.element {
                continue;
            }
            if current == element {
                return Some(start..i);
            }
            current += 1;
            start = i + 1;
        }
        (current == element).then_some(start..self.data.len())
    }

    fn component_range(&self, element: usize, component: usize) -> Option<std::ops::Range<usize>> {
        let range = self.element_range(element)?;
        let bytes = &self.data[range.clone()];
        let (start, end) =
            split_unescaped(bytes, self.delimiters.component, self.delimiters.release)
                .nth(component)?;
        Some(range.start + start..range.start + end)
    }
}

/// Splits `bytes` on unescaped `separator`, yielding `(start, end)` ranges.
fn split_unescaped(
    bytes: &[u8],
    separator: u8,
    release: Option<u8>,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let mut position = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while position < bytes.len() {
            let b = bytes[position];
            if Some(b) == release {
                position += 2;
                continue;
            }
            if b == separator {
                let range = (start, position);
                position += 1;
                start = position;
                return Some(range);
            }
            position += 1;
        }
        done = true;
        Some((start, bytes.len().min(position)))
    })
}

/// Removes release characters, keeping the character each one releases.
fn unescape(bytes: &[u8], release: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut iter = bytes.iter();
    while let Some(&b) = iter.next() {
        if b == release {
            if let Some(&next) = iter.next() {
                out.push(next);
            }
        } else {
            out.push(b);
        }
    }
    out
}

fn trim_cow(value: Cow<'_, str>) -> Cow<'_, str> {
    match value {
        Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
        Cow::Owned(text) => {
            let trimmed = text.trim();
            if trimmed.len() == text.len() {
                Cow::Owned(text)
            } else {
                Cow::Owned(trimmed.to_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(data: &'static [u8]) -> Segment<'static> {
        Segment::new(
            Tag::new(b"NAD").unwrap(),
            0,
            0,
            Cow::Borrowed(data),
            Delimiters::default(),
            Charset::Ascii,
        )
    }

    #[test]
    fn gets_elements_and_components() {
        let s = segment(b"FL+++DOE:JOHN:WAYNE+20 MAIN STREET");
        assert_eq!(s.get(0, 0).as_deref(), Some("FL"));
        assert_eq!(s.get(1, 0), None);
        assert_eq!(s.get(3, 0).as_deref(), Some("DOE"));
        assert_eq!(s.get(3, 2).as_deref(), Some("WAYNE"));
        assert_eq!(s.get(3, 3), None);
        assert_eq!(s.get(4, 0).as_deref(), Some("20 MAIN STREET"));
        assert_eq!(s.get(5, 0), None);
        assert_eq!(s.element_count(), 5);
        assert_eq!(s.components(3), vec!["DOE", "JOHN", "WAYNE"]);
    }

    #[test]
    fn release_character_escapes_separators() {
        let s = segment(b"FL+++O?'NEILL:A?+B??C?:D+X");
        assert_eq!(s.get(3, 0).as_deref(), Some("O'NEILL"));
        assert_eq!(s.get(3, 1).as_deref(), Some("A+B?C:D"));
        assert_eq!(s.get(4, 0).as_deref(), Some("X"));
    }

    #[test]
    fn tag_validation() {
        assert!(Tag::new(b"UNH").is_some());
        assert!(Tag::new(b"un").is_none());
        assert!(Tag::new(b"a'b").is_none());
    }
}
