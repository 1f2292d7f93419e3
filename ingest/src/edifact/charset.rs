//! Character sets named by the UNB syntax identifier, and decoding of values into UTF-8.

use std::borrow::Cow;

use encoding_rs::Encoding;

/// How the bytes of values are decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// UNOA/UNOB/IATA: ASCII; stray bytes are read as UTF-8 when valid, else as ISO 8859-1.
    Ascii,
    /// UNOC: ISO 8859-1 (Latin-1), byte for code point.
    Latin1,
    /// UNOW/UNOY: UTF-8.
    Utf8,
    /// Another ISO 8859 part (UNOD, UNOE, UNOF…).
    Iso8859(&'static Encoding),
}

impl Charset {
    /// Maps a syntax identifier (UNB S001 0001) to a charset; `None` when it is unknown.
    pub fn from_syntax_identifier(id: &str) -> Option<Charset> {
        let charset = match id {
            "UNOA" | "UNOB" | "IATA" | "IATB" | "SIRE" => Charset::Ascii,
            "UNOC" => Charset::Latin1,
            "UNOD" => Charset::Iso8859(encoding_rs::ISO_8859_2),
            "UNOE" => Charset::Iso8859(encoding_rs::ISO_8859_5),
            "UNOF" => Charset::Iso8859(encoding_rs::ISO_8859_7),
            "UNOG" => Charset::Iso8859(encoding_rs::ISO_8859_3),
            "UNOH" => Charset::Iso8859(encoding_rs::ISO_8859_4),
            "UNOI" => Charset::Iso8859(encoding_rs::ISO_8859_6),
            "UNOJ" => Charset::Iso8859(encoding_rs::ISO_8859_8),
            "UNOK" => Charset::Iso8859(encoding_rs::ISO_8859_10),
            "UNOW" | "UNOY" => Charset::Utf8,
            _ => return None,
        };
        Some(charset)
    }

    /// Decodes the bytes of one value.
    pub fn decode<'a>(self, bytes: &'a [u8]) -> Cow<'a, str> {
        // Each byte is validated once (performance): ASCII is valid UTF-8, so the UTF-8 and ASCII
        // charsets validate as UTF-8 directly; only the ISO 8859 parts test for ASCII first.
        match self {
            // `from_utf8` is faster than `from_utf8_lossy` on valid text, the common case.
            Charset::Utf8 => match std::str::from_utf8(bytes) {
                Ok(text) => Cow::Borrowed(text),
                Err(_) => String::from_utf8_lossy(bytes),
            },
            Charset::Ascii => match std::str::from_utf8(bytes) {
                Ok(text) => Cow::Borrowed(text),
                Err(_) => Cow::Owned(decode_latin1(bytes)),
            },
            // ASCII is the same in every ISO 8859 part.
            _ if bytes.is_ascii() => Cow::Borrowed(std::str::from_utf8(bytes).unwrap_or_default()),
            Charset::Latin1 => Cow::Owned(decode_latin1(bytes)),
            Charset::Iso8859(encoding) => encoding.decode_without_bom_handling(bytes).0,
        }
    }
}

/// Decodes ISO 8859-1: every byte is the code point of the same value.
///
/// `encoding_rs` is not used here because its "ISO-8859-1" label is windows-1252, which differs
/// from Latin-1 on 0x80–0x9F.
fn decode_latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_maps_bytes_to_code_points() {
        assert_eq!(Charset::Latin1.decode(b"M\xdcLLER"), "MÜLLER");
        assert_eq!(Charset::Latin1.decode(b"\x80"), "\u{80}");
    }

    #[test]
    fn cyrillic_part5() {
        let charset = Charset::from_syntax_identifier("UNOE").unwrap();
        // ISO 8859-5: 0xB8 = И, 0xD2 = в
        assert_eq!(charset.decode(b"\xb8\xd2"), "Ив");
    }

    #[test]
    fn utf8_and_lenient_ascii() {
        assert_eq!(Charset::Utf8.decode("ÅSA".as_bytes()), "ÅSA");
        assert_eq!(Charset::Ascii.decode("ÅSA".as_bytes()), "ÅSA");
        assert_eq!(Charset::Ascii.decode(b"\xc5SA"), "ÅSA");
    }
}
