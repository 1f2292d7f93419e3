//! Service characters: the separators an interchange declares in its UNA, or the defaults.

use crate::error::{ErrorKind, ParseError};

/// The six service characters of ISO 9735.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiters {
    /// Component data element separator (default `:`).
    pub component: u8,
    /// Data element separator (default `+`).
    pub element: u8,
    /// Decimal mark (default `.`).
    pub decimal: u8,
    /// Release character (default `?`); `None` when the UNA declares a space.
    pub release: Option<u8>,
    /// Repetition separator (syntax version 4, often `*`); `None` when the UNA declares a space.
    pub repetition: Option<u8>,
    /// Segment terminator (default `'`).
    pub terminator: u8,
}

impl Default for Delimiters {
    fn default() -> Self {
        Delimiters {
            component: b':',
            element: b'+',
            decimal: b'.',
            release: Some(b'?'),
            repetition: None,
            terminator: b'\'',
        }
    }
}

impl Delimiters {
    /// Reads the six characters that follow `UNA`.
    ///
    /// # Errors
    /// Fails when fewer than six characters follow, or when the separators that matter (component,
    /// element, terminator and release) are not all different.
    pub fn from_una(advice: &[u8], offset: usize) -> Result<Delimiters, ParseError> {
        let [component, element, decimal, release, repetition, terminator] = match advice {
            [a, b, c, d, e, f, ..] => [*a, *b, *c, *d, *e, *f],
            _ => {
                return Err(ParseError::new(
                    ErrorKind::BadServiceString,
                    offset,
                    "UNA must be followed by exactly six service characters",
                )
                .in_segment(0, "UNA"))
            }
        };
        let release = (release != b' ').then_some(release);
        let repetition = (repetition != b' ').then_some(repetition);
        let delimiters = Delimiters {
            component,
            element,
            decimal,
            release,
            repetition,
            terminator,
        };
        let mut significant = vec![component, element, terminator];
        significant.extend(release);
        let mut unique = significant.clone();
        unique.sort_unstable();
        unique.dedup();
        if unique.len() != significant.len() {
            return Err(ParseError::new(
                ErrorKind::BadServiceString,
                offset,
                "UNA declares the same character for two separators",
            )
            .in_segment(0, "UNA"));
        }
        if significant.iter().any(|b| b.is_ascii_alphanumeric()) {
            return Err(ParseError::new(
                ErrorKind::BadServiceString,
                offset,
                "UNA declares a letter or digit as a separator",
            )
            .in_segment(0, "UNA"));
        }
        Ok(delimiters)
    }

    /// Returns the nine-character UNA string that declares these delimiters.
    pub fn to_una(&self) -> String {
        let chars = [
            self.component,
            self.element,
            self.decimal,
            self.release.unwrap_or(b' '),
            self.repetition.unwrap_or(b' '),
            self.terminator,
        ];
        let mut una = String::from("UNA");
        una.extend(chars.iter().map(|&b| char::from(b)));
        una
    }

    /// Returns true when `byte` must be preceded by the release character inside a value.
    pub fn needs_release(&self, byte: u8) -> bool {
        byte == self.component
            || byte == self.element
            || byte == self.terminator
            || Some(byte) == self.release
            || Some(byte) == self.repetition
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_custom_una_with_space_release() {
        let d = Delimiters::from_una(b":*.? $", 0).unwrap();
        assert_eq!(d.element, b'*');
        assert_eq!(d.terminator, b'$');
        assert_eq!(d.release, Some(b'?'));
        assert_eq!(d.repetition, None);
        assert_eq!(d.to_una(), "UNA:*.? $");
    }

    #[test]
    fn rejects_clashing_separators() {
        let err = Delimiters::from_una(b"::.? '", 7).unwrap_err();
        assert_eq!(err.kind, ErrorKind::BadServiceString);
        assert_eq!(err.offset, 7);
    }

    #[test]
    fn rejects_short_una() {
        assert!(Delimiters::from_una(b":+", 0).is_err());
    }
}
