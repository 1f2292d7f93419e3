//! Where the unescaped separators of a segment are, found once.
//!
//! Performance: a PAXLST traveller reads about thirty values, and reading each one by walking the
//! segment from its start (honouring the release character) was a fifth of the parse time. The
//! tokenizer visits every byte to find the terminator anyway, so it marks the separators in the
//! same pass ([`scan`]); [`Segment::get`](super::Segment::get) then only walks these bits.

use super::delimiters::Delimiters;

/// Longest data a layout describes, in bytes: one bit per byte in a `u64`. Longer data (a few
/// long addresses in PAXLST) is split on each access instead.
const MAX_LEN: usize = 64;

/// The unescaped element and component separators of a segment's data, as a bit map: bit `i`
/// is set when byte `i` is a separator.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    separators: u64,
    /// False when the data is too long for the bit map.
    complete: bool,
    /// False when the data holds no release character (then no value needs unescaping).
    has_release: bool,
}

impl Layout {
    /// Finds the separators of `data`, the bytes of a segment after its tag.
    pub(crate) fn of(data: &[u8], delimiters: &Delimiters) -> Layout {
        let mut layout = Layout {
            separators: 0,
            complete: data.len() <= MAX_LEN,
            has_release: false,
        };
        let mut escaped = false;
        for (i, &b) in data.iter().enumerate().take(MAX_LEN) {
            if escaped {
                escaped = false;
            } else if Some(b) == delimiters.release {
                escaped = true;
                layout.has_release = true;
            } else if b == delimiters.element || b == delimiters.component {
                layout.separators |= 1 << i;
            }
        }
        // Not scanned past `MAX_LEN`: assume a release character there.
        layout.has_release |= !layout.complete;
        layout
    }

    /// Returns the positions of the separators in the data, or `None` when the data was too
    /// long to map (the caller then scans the data).
    pub(crate) fn separators(&self) -> Option<impl Iterator<Item = usize>> {
        let mut separators = self.separators;
        self.complete.then(|| {
            std::iter::from_fn(move || {
                let position = separators.trailing_zeros() as usize;
                // Clears the lowest set bit; stops when none is left.
                separators &= separators.checked_sub(1)?;
                Some(position)
            })
        })
    }

    /// Returns false when the data holds no release character at all.
    pub(crate) fn has_release(&self) -> bool {
        self.has_release
    }
}

/// Byte classes of the scanning loop, as bit flags; most bytes are 0.
const SEPARATOR: u8 = 1;
const ELEMENT: u8 = 2;
const RELEASE: u8 = 4;
const TERMINATOR: u8 = 8;
const LINE_BREAK: u8 = 16;

/// Classes that need more than marking: a release character, a terminator, a line break.
const SPECIAL: u8 = RELEASE | TERMINATOR | LINE_BREAK;

/// A table from byte to class for one set of delimiters, so that the scanning loop does one
/// lookup per byte instead of six comparisons.
#[derive(Clone)]
pub(crate) struct ByteClasses([u8; 256]);

impl ByteClasses {
    /// Builds the table for `delimiters`.
    pub(crate) fn new(delimiters: &Delimiters) -> ByteClasses {
        let mut table = [0u8; 256];
        table[usize::from(b'\n')] |= LINE_BREAK;
        table[usize::from(b'\r')] |= LINE_BREAK;
        table[usize::from(delimiters.element)] |= SEPARATOR | ELEMENT;
        table[usize::from(delimiters.component)] |= SEPARATOR;
        table[usize::from(delimiters.terminator)] |= TERMINATOR;
        if let Some(release) = delimiters.release {
            table[usize::from(release)] |= RELEASE;
        }
        ByteClasses(table)
    }

    #[inline]
    fn of(&self, byte: u8) -> u8 {
        self.0[usize::from(byte)]
    }
}

impl std::fmt::Debug for ByteClasses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ByteClasses")
    }
}

/// What one pass over a segment found.
pub(crate) struct Scan {
    /// Index of the first unescaped terminator; `None` when no terminator closes the bytes.
    pub(crate) end: Option<usize>,
    /// Index of the first unescaped element separator (where the tag ends), if any.
    pub(crate) tag_end: Option<usize>,
    /// True when a CR or LF (escaped or not) comes before the terminator.
    pub(crate) folded: bool,
    /// The separators of the data after `tag_end`, when that data is not longer than 64 bytes.
    pub(crate) layout: Option<Layout>,
}

/// Scans `bytes` up to the first unescaped terminator (a release character skips the byte after
/// it, whatever that byte is), marking the separators of the data on the way.
pub(crate) fn scan(bytes: &[u8], classes: &ByteClasses) -> Scan {
    let mut found = Scan {
        end: None,
        tag_end: None,
        folded: false,
        layout: None,
    };
    let mut has_release = false;
    // The tag, up to the first unescaped element separator: other separators there are not data.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let class = classes.of(b);
        if class & SPECIAL != 0 {
            match special(bytes, i, class, classes, &mut found, &mut has_release) {
                Some(0) => {}
                Some(step) => {
                    i += step;
                    continue;
                }
                None => return found,
            }
        }
        i += 1;
        if class & ELEMENT != 0 {
            found.tag_end = Some(i - 1);
            break;
        }
    }
    if found.tag_end.is_none() {
        return found;
    }
    // The data. Separators are marked without a branch (performance: they come every few bytes,
    // too irregularly to predict): byte `i` sets bit `i % 64`, and the map is rotated to data
    // positions at the end, which is exact when the data fits in 64 bytes.
    let data_start = i;
    let mut separators = 0u64;
    while let Some(&b) = bytes.get(i) {
        let class = classes.of(b);
        if class & SPECIAL != 0 {
            match special(bytes, i, class, classes, &mut found, &mut has_release) {
                Some(0) => {}
                Some(step) => {
                    i += step;
                    continue;
                }
                None => break,
            }
        }
        separators |= u64::from(class & SEPARATOR).wrapping_shl(i as u32);
        i += 1;
    }
    let data_len = found.end.unwrap_or(bytes.len()) - data_start;
    found.layout = (data_len <= MAX_LEN).then(|| Layout {
        separators: separators.rotate_right(data_start as u32 % 64),
        complete: true,
        has_release,
    });
    found
}

/// Handles a byte of a [`SPECIAL`] class at `i`: returns how many bytes to skip (2 past a release
/// character and the byte it releases; 0 for a line break, which may also be a separator), or
/// `None` at the terminator.
#[inline]
fn special(
    bytes: &[u8],
    i: usize,
    class: u8,
    classes: &ByteClasses,
    found: &mut Scan,
    has_release: &mut bool,
) -> Option<usize> {
    if class & RELEASE != 0 {
        let released = bytes.get(i + 1).map_or(0, |&next| classes.of(next));
        found.folded |= class & LINE_BREAK != 0 || released & LINE_BREAK != 0;
        *has_release = true;
        return Some(2);
    }
    if class & TERMINATOR != 0 {
        found.end = Some(i);
        return None;
    }
    found.folded = true;
    Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn positions(layout: &Layout) -> Vec<usize> {
        layout.separators().unwrap().collect()
    }

    #[test]
    fn scan_marks_the_separators_of_the_data() {
        let delimiters = Delimiters::default();
        let input = b"NAD+FL+++O?'NEILL:A?+B::X+Y'REST";
        let found = scan(input, &ByteClasses::new(&delimiters));
        assert_eq!(found.end, Some(27));
        assert_eq!(found.tag_end, Some(3));
        assert!(!found.folded);
        let layout = found.layout.unwrap();
        assert_eq!(positions(&layout), [2, 3, 4, 13, 18, 19, 21]);
        assert!(layout.has_release());
        let of_data = Layout::of(&input[4..27], &delimiters);
        assert_eq!(positions(&of_data), positions(&layout));
        assert!(of_data.has_release());
        assert!(!Layout::of(b"A+B", &delimiters).has_release());
    }

    #[test]
    fn positions_do_not_depend_on_where_the_segment_starts() {
        let classes = ByteClasses::new(&Delimiters::default());
        for tag in ["NAD", " NAD", "\r\nNAD", "NAD".repeat(30).as_str()] {
            let input = format!("{tag}+FL+++DOE:JOHN'");
            let layout = scan(input.as_bytes(), &classes).layout.unwrap();
            assert_eq!(positions(&layout), [2, 3, 4, 8], "{tag:?}");
        }
    }

    #[test]
    fn line_breaks_are_noticed_even_when_released() {
        let classes = ByteClasses::new(&Delimiters::default());
        assert!(scan(b"FTX+A\r\nB'", &classes).folded);
        assert!(scan(b"FTX+A?\nB'", &classes).folded);
        assert!(scan(b"FT\nX+AB'", &classes).folded);
        assert!(!scan(b"FTX+AB'\n", &classes).folded);
        let delimiters = Delimiters::from_una(b":+.? \n", 0).unwrap();
        let found = scan(b"NAD+FL\r\nBGM", &ByteClasses::new(&delimiters));
        assert_eq!(found.end, Some(7));
        assert!(found.folded);
    }

    #[test]
    fn data_longer_than_the_bit_map_is_not_mapped() {
        let delimiters = Delimiters::default();
        let data = b"A:".repeat(MAX_LEN / 2);
        assert_eq!(
            positions(&Layout::of(&data, &delimiters)).len(),
            MAX_LEN / 2
        );
        let longer = [&data[..], b"B"].concat();
        assert!(Layout::of(&longer, &delimiters).separators().is_none());
        let classes = ByteClasses::new(&delimiters);
        let found = scan(&[b"FTX+", &data[..], b"'"].concat(), &classes);
        assert_eq!(positions(&found.layout.unwrap()).len(), MAX_LEN / 2);
        assert!(scan(&[b"FTX+", &longer[..], b"'"].concat(), &classes)
            .layout
            .is_none());
    }
}
