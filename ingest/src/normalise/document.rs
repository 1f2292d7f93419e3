//! Document numbers: upper-case, separators removed.

/// Returns the document number upper-case with every character but A–Z and 0–9 removed.
pub fn normalise_document_number(raw: &str) -> String {
    raw.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}
