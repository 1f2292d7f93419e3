//! A segment: a tag and its data elements, unescaped and decoded on access.
//!
//! Tokenising stays allocation-free: a segment holds a slice of the input, the delimiters in
//! force and the layout of its separators (found by the tokenizer in its single pass), so that
//! [`Segment::get`] goes straight to a value without rescanning the segment.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use super::charset::Charset;
use super::delimiters::Delimiters;
use super::layout::Layout;

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

    /// Returns the tag's three bytes. Matching on them (`b"NAD"`) is cheaper than on
    /// [`Tag::as_str`], which checks them as UTF-8 on every call.
    pub fn as_bytes(&self) -> &[u8; 3] {
        &self.0
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

/// What the tokenizer found about a segment's data besides its bytes.
pub(crate) struct Scanned<'a> {
    /// The data as text, taken from the input the tokenizer validated as UTF-8 once.
    pub(crate) text: Option<&'a str>,
    /// Where the separators are.
    pub(crate) layout: Layout,
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
    /// Where the separators are (see [`Layout`]).
    layout: Layout,
    /// The data as text when it is known to be valid UTF-8 (see [`Segment::decode`]).
    text: Option<&'a str>,
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
        let text = match &data {
            Cow::Borrowed(bytes) => std::str::from_utf8(bytes).ok(),
            Cow::Owned(_) => None,
        };
        let layout = Layout::of(&data, &delimiters);
        let scanned = Scanned { text, layout };
        Segment::scanned(tag, offset, index, data, delimiters, charset, scanned)
    }

    /// Builds a segment from what the tokenizer found about its data.
    pub(crate) fn scanned(
        tag: Tag,
        offset: usize,
        index: usize,
        data: Cow<'a, [u8]>,
        delimiters: Delimiters,
        charset: Charset,
        scanned: Scanned<'a>,
    ) -> Segment<'a> {
        let Scanned { text, layout } = scanned;
        debug_assert!(text.is_none_or(|text| text.as_bytes() == &*data));
        Segment {
            tag,
            offset,
            index,
            text: text.filter(|text| text.len() == data.len()),
            data,
            delimiters,
            charset,
            layout,
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
            .separators()
            .filter(|&(_, is_element)| is_element)
            .count()
    }

    /// Returns component `component` of data element `element`, both zero-based, unescaped,
    /// decoded and trimmed; `None` when absent or empty.
    ///
    /// In `NAD+FL+++DOE:JOHN`, `get(0, 0)` is `FL` and `get(3, 1)` is `JOHN`.
    pub fn get(&self, element: usize, component: usize) -> Option<Cow<'_, str>> {
        let range = self.component_ranges(element).nth(component)?;
        self.value(range)
    }

    /// Returns every non-empty component of data element `element`, in order.
    pub fn components(&self, element: usize) -> Vec<Cow<'_, str>> {
        self.component_values(element).flatten().collect()
    }

    /// Returns every component of data element `element` in order, as [`Segment::get`] reads
    /// them: `None` for an empty one, so that positions are kept. Nothing when the element is
    /// absent.
    ///
    /// Reading the components of an element this way walks its separators once, where a `get`
    /// for each starts again from the first separator of the segment.
    pub fn component_values(
        &self,
        element: usize,
    ) -> impl Iterator<Item = Option<Cow<'_, str>>> + '_ {
        self.component_ranges(element)
            .map(|range| self.value(range))
    }

    /// Returns the raw bytes of the data after the tag, still escaped.
    pub fn raw_data(&self) -> &[u8] {
        &self.data
    }

    /// Unescapes and decodes the value at `range` of the data.
    fn decode(&self, range: Range<usize>) -> Cow<'_, str> {
        let escaped = &self.data[range.clone()];
        match self.delimiters.release {
            // The layout knows when the segment has no release character: no search then.
            Some(release) if self.layout.has_release() && escaped.contains(&release) => {
                let unescaped = unescape(escaped, release);
                return Cow::Owned(self.charset.decode(&unescaped).into_owned());
            }
            _ => {}
        }
        // Performance: when the data is valid UTF-8 text, a value read as UTF-8 or ASCII is a
        // slice of it (when that slice falls on character boundaries), with no check per value.
        if matches!(self.charset, Charset::Utf8 | Charset::Ascii) {
            if let Some(value) = self.text.and_then(|text| text.get(range)) {
                return Cow::Borrowed(value);
            }
        }
        self.charset.decode(escaped)
    }

    /// Iterates over the unescaped separators as `(position, separates elements)`: from the
    /// layout, or by scanning the data when the segment has too many separators for it.
    fn separators(&self) -> impl Iterator<Item = (usize, bool)> + '_ {
        let element = self.delimiters.element;
        match self.layout.separators() {
            Some(listed) => {
                Either::Listed(listed.map(move |i| (i, self.data.get(i) == Some(&element))))
            }
            None => Either::Scanned(self.scan_separators()),
        }
    }

    /// Scans the data for the unescaped element and component separators.
    fn scan_separators(&self) -> impl Iterator<Item = (usize, bool)> + '_ {
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
            (b == delimiters.element || b == delimiters.component)
                .then_some((i, b == delimiters.element))
        })
    }

    /// Iterates over the ranges of the components of data element `element` in the data; none
    /// when the element is absent.
    fn component_ranges(&self, element: usize) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut separators = self.separators();
        // The element starts after the `element`-th element separator.
        let mut start = if element == 0 {
            Some(0)
        } else {
            let mut seen = 0;
            separators
                .by_ref()
                .filter(|&(_, is_element)| is_element)
                .find_map(|(i, _)| {
                    seen += 1;
                    (seen == element).then_some(i + 1)
                })
        };
        std::iter::from_fn(move || {
            let from = start?;
            let (end, next) = match separators.next() {
                Some((i, false)) => (i, Some(i + 1)),
                Some((i, true)) => (i, None),
                None => (self.data.len(), None),
            };
            start = next;
            Some(from..end)
        })
    }

    /// Returns the value at `range`: unescaped, decoded and trimmed; `None` when empty.
    fn value(&self, range: Range<usize>) -> Option<Cow<'_, str>> {
        let value = trim_cow(self.decode(range));
        (!value.is_empty()).then_some(value)
    }
}

/// One of two iterators over separators, so that [`Segment::separators`] has one type.
enum Either<L, S> {
    Listed(L),
    Scanned(S),
}

impl<L, S> Iterator for Either<L, S>
where
    L: Iterator<Item = (usize, bool)>,
    S: Iterator<Item = (usize, bool)>,
{
    type Item = (usize, bool);

    #[inline]
    fn next(&mut self) -> Option<(usize, bool)> {
        match self {
            Either::Listed(listed) => listed.next(),
            Either::Scanned(scanned) => scanned.next(),
        }
    }
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
    // Most values start and end with a visible ASCII character, which is never whitespace: skip
    // the Unicode-aware trim for them (performance).
    let bytes = value.as_bytes();
    let visible = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    if visible(bytes.first()) && visible(bytes.last()) {
        return value;
    }
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

/// Returns a segment with the default delimiters and charset, for unit tests elsewhere in the
/// crate.
#[cfg(test)]
pub(crate) fn test_segment(tag: &[u8], data: &'static str) -> Segment<'static> {
    Segment::new(
        Tag::new(tag).unwrap_or(Tag([b'X'; 3])),
        0,
        0,
        Cow::Borrowed(data.as_bytes()),
        Delimiters::default(),
        Charset::Ascii,
    )
}

#[cfg(test)]
mod tests;
