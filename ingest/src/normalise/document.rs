//! Document numbers: upper-case, separators removed; ICAO 9303 check digits.

use unicode_normalization::char::decompose_compatible;

/// Returns the document number upper-case with every character but A–Z and 0–9 removed.
///
/// Lower-case letters are upper-cased; other forms of letters and digits are read through their
/// compatibility decomposition (full-width `Ａ１` → `A1`, `É` → `E`); separators, fillers (`<`)
/// and everything else are removed.
///
/// ```
/// use paxscreen_ingest::normalise::normalise_document_number;
/// assert_eq!(normalise_document_number(" l898-902 c3 "), "L898902C3");
/// ```
pub fn normalise_document_number(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_uppercase());
            }
        } else {
            decompose_compatible(c, |d| {
                if d.is_ascii_alphanumeric() {
                    out.push(d.to_ascii_uppercase());
                }
            });
        }
    }
    out
}

/// Returns the value of a machine-readable zone character for check digits: digits their value,
/// A–Z 10–35, the filler `<` 0; `None` for any other character.
fn mrz_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(u32::from(c) - u32::from('0')),
        'A'..='Z' => Some(u32::from(c) - u32::from('A') + 10),
        '<' => Some(0),
        _ => None,
    }
}

/// Returns the ICAO 9303 check digit of a machine-readable zone field (Part 3, section 4.9).
///
/// Each character has a value (digits their value, `A`–`Z` 10–35, the filler `<` 0), multiplied
/// by the weights 7, 3, 1 repeated; the check digit is the sum modulo 10. `None` when the field
/// holds any other character (lower-case letters included).
///
/// ```
/// use paxscreen_ingest::normalise::check_digit;
/// assert_eq!(check_digit("L898902C3"), Some(6));
/// assert_eq!(check_digit("740812"), Some(2));
/// ```
pub fn check_digit(field: &str) -> Option<u8> {
    const WEIGHTS: [u32; 3] = [7, 3, 1];
    let mut sum = 0u32;
    for (c, weight) in field.chars().zip(WEIGHTS.iter().cycle()) {
        sum = (sum + mrz_value(c)? * weight) % 10;
    }
    u8::try_from(sum).ok()
}

/// Returns true when `check` is the ICAO 9303 check digit of `field`.
///
/// A filler `<` is accepted as the check digit of a field made only of fillers (an absent
/// optional field, as 9303 allows for the TD3 personal number).
///
/// ```
/// use paxscreen_ingest::normalise::verify_check_digit;
/// assert!(verify_check_digit("L898902C3", '6'));
/// assert!(!verify_check_digit("L898902C3", '5'));
/// ```
pub fn verify_check_digit(field: &str, check: char) -> bool {
    if check == '<' {
        return field.chars().all(|c| c == '<');
    }
    match (check.to_digit(10), check_digit(field)) {
        (Some(expected), Some(actual)) => expected == u32::from(actual),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers() {
        assert_eq!(normalise_document_number("L898902C3"), "L898902C3");
        assert_eq!(normalise_document_number(" l898 902-c3 "), "L898902C3");
        assert_eq!(normalise_document_number("AB/12.34<<"), "AB1234");
        assert_eq!(normalise_document_number("ＡＢ１２３"), "AB123");
        assert_eq!(normalise_document_number("ÉÇ12"), "EC12");
        assert_eq!(normalise_document_number("№ 12"), "NO12");
        assert_eq!(normalise_document_number("中文"), "");
        let once = normalise_document_number("x-1 ｙ");
        assert_eq!(normalise_document_number(&once), once);
    }

    #[test]
    fn check_digits_of_icao_specimens() {
        assert_eq!(check_digit("L898902C3"), Some(6));
        assert_eq!(check_digit("740812"), Some(2));
        assert_eq!(check_digit("120415"), Some(9));
        assert_eq!(check_digit("ZE184226B<<<<<"), Some(1));
        assert_eq!(check_digit("D23145890"), Some(7));
        assert_eq!(check_digit(""), Some(0));
        assert_eq!(check_digit("<<<<"), Some(0));
        assert_eq!(check_digit("l898902C3"), None);
        assert_eq!(check_digit("L898 902C3"), None);
    }

    #[test]
    fn verify() {
        assert!(verify_check_digit("L898902C3", '6'));
        assert!(!verify_check_digit("L898902C3", '7'));
        assert!(!verify_check_digit("L898902C3", 'A'));
        assert!(!verify_check_digit("L898902C3", '<'));
        assert!(!verify_check_digit("L8989-2C3", '6'));
        assert!(verify_check_digit("<<<<<<<<<<<<<<", '<'));
        assert!(verify_check_digit("<<<<<<<<<<<<<<", '0'));
        // A transposition of adjacent digits is caught.
        assert!(!verify_check_digit("L898092C3", '6'));
    }
}
