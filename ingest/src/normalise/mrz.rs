//! Machine-readable zones of travel documents (ICAO Doc 9303 Parts 4–7): TD3 passports, TD2 and
//! TD1 cards, MRV-A and MRV-B visas, with every check digit verified.

use super::document::verify_check_digit;

/// The fields of a machine-readable zone, as written there (fillers `<` trimmed from the ends of
/// fields), and whether each check digit verifies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mrz {
    /// Document code, fillers removed: `P`, `I`, `ID`, `V`, `AC`…
    pub document_type: String,
    /// Issuing state or organisation, ICAO code as written (`UTO`, `D`, `GBR`, `XXA`…).
    pub issuing_country: String,
    /// Primary identifier, components separated by single spaces (`VAN DER BERG`).
    pub surname: String,
    /// Secondary identifier, names separated by single spaces (`ANNA MARIA`).
    pub given_names: String,
    /// Document number, whole even when it overflows into the optional data (TD1, TD2).
    pub document_number: String,
    /// Nationality, ICAO code as written.
    pub nationality: String,
    /// Date of birth, `YYMMDD` as written (`<` for unknown parts).
    pub date_of_birth: String,
    /// Sex: `M`, `F` or `X`; `None` when unspecified (`<`).
    pub sex: Option<char>,
    /// Date of expiry, `YYMMDD` as written.
    pub expiry: String,
    /// Optional data (TD3 personal number; TD1 both optional fields, joined by fillers; after the
    /// overflow of a long document number), trailing fillers removed.
    pub optional_data: String,
    /// True when the document number check digit verifies.
    pub document_number_valid: bool,
    /// True when the date of birth check digit verifies.
    pub date_of_birth_valid: bool,
    /// True when the date of expiry check digit verifies.
    pub expiry_valid: bool,
    /// Whether the optional data check digit verifies: TD3 only (the personal number), else `None`.
    pub optional_data_valid: Option<bool>,
    /// Whether the composite check digit verifies; `None` for visas, which have none.
    pub composite_valid: Option<bool>,
}

impl Mrz {
    /// Returns true when every check digit of the zone verifies.
    pub fn is_valid(&self) -> bool {
        self.document_number_valid
            && self.date_of_birth_valid
            && self.expiry_valid
            && self.optional_data_valid != Some(false)
            && self.composite_valid != Some(false)
    }
}

/// Parses a machine-readable zone: TD3 (2 lines of 44 characters), TD2 (2 × 36), TD1 (3 × 30),
/// and the visa formats MRV-A (2 × 44) and MRV-B (2 × 36), whose document code starts with `V`.
///
/// Lines are separated by line breaks, or concatenated without separator (split by length).
/// Blanks are ignored and lower-case letters read as upper-case. Every check digit is verified
/// and reported in the `*_valid` fields, not as a failure: `None` only when the text is not a
/// machine-readable zone (wrong line count or length, characters other than `A`–`Z`, `0`–`9`
/// and `<`).
///
/// A TD1 or TD2 document number longer than 9 characters (filler in the check digit position)
/// is read from the optional data, per 9303 Parts 5 and 6: the rest of the number, its check
/// digit, then a filler.
///
/// ```
/// use paxscreen_ingest::normalise::parse_mrz;
/// let mrz = parse_mrz(
///     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n\
///      L898902C36UTO7408122F1204159ZE184226B<<<<<10",
/// )
/// .unwrap();
/// assert_eq!(mrz.surname, "ERIKSSON");
/// assert_eq!(mrz.given_names, "ANNA MARIA");
/// assert!(mrz.is_valid());
/// ```
pub fn parse_mrz(text: &str) -> Option<Mrz> {
    let mut lines: Vec<String> = Vec::with_capacity(3);
    for line in text.lines() {
        let line: String = line
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if !line.is_empty() {
            lines.push(line);
        }
    }
    if !lines.iter().all(|l| {
        l.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'<')
    }) {
        return None;
    }
    if let [single] = lines.as_slice() {
        let width = match single.len() {
            88 => 44,
            72 => 36,
            90 => 30,
            _ => return None,
        };
        let single = single.clone();
        lines = (0..single.len() / width)
            .filter_map(|i| single.get(i * width..(i + 1) * width).map(str::to_owned))
            .collect();
    }
    match lines.as_slice() {
        [l1, l2] if l1.len() == 44 && l2.len() == 44 => parse_td3(l1, l2),
        [l1, l2] if l1.len() == 36 && l2.len() == 36 => parse_td2(l1, l2),
        [l1, l2, l3] if l1.len() == 30 && l2.len() == 30 && l3.len() == 30 => parse_td1(l1, l2, l3),
        _ => None,
    }
}

/// Returns the characters `start..end` (0-based) of an ASCII line.
fn at(line: &str, start: usize, end: usize) -> Option<&str> {
    line.get(start..end)
}

/// Returns the character at `index` (0-based) of an ASCII line.
fn char_at(line: &str, index: usize) -> Option<char> {
    line.as_bytes().get(index).map(|&b| char::from(b))
}

/// Returns a field without its trailing fillers.
fn trimmed(field: &str) -> String {
    field.trim_end_matches('<').to_owned()
}

/// Splits the name field: `SURNAME<<GIVEN<NAMES` → (`SURNAME`, `GIVEN NAMES`).
fn parse_name(field: &str) -> (String, String) {
    let field = field.trim_end_matches('<');
    let (primary, secondary) = field.split_once("<<").unwrap_or((field, ""));
    let words = |part: &str| {
        part.split('<')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    (words(primary), words(secondary))
}

fn parse_sex(c: char) -> Option<char> {
    matches!(c, 'M' | 'F' | 'X').then_some(c)
}

/// The fields common to every format, read from their positions.
struct Common<'a> {
    document_type: &'a str,
    issuing_country: &'a str,
    name: &'a str,
    number: &'a str,
    number_check: char,
    nationality: &'a str,
    birth: &'a str,
    birth_check: char,
    sex: char,
    expiry: &'a str,
    expiry_check: char,
}

impl Common<'_> {
    fn into_mrz(self, optional_data: String) -> Mrz {
        let (surname, given_names) = parse_name(self.name);
        Mrz {
            document_type: trimmed(self.document_type),
            issuing_country: trimmed(self.issuing_country),
            surname,
            given_names,
            document_number: trimmed(self.number),
            nationality: trimmed(self.nationality),
            date_of_birth: self.birth.to_owned(),
            sex: parse_sex(self.sex),
            expiry: self.expiry.to_owned(),
            optional_data,
            document_number_valid: verify_check_digit(self.number, self.number_check),
            date_of_birth_valid: verify_check_digit(self.birth, self.birth_check),
            expiry_valid: verify_check_digit(self.expiry, self.expiry_check),
            optional_data_valid: None,
            composite_valid: None,
        }
    }
}

/// Reads a document number longer than 9 characters (TD1, TD2): when the check digit position
/// holds a filler, the number continues in the optional data, followed by its check digit and a
/// filler. Returns the whole number, its check digit, and the optional data after it.
fn long_number<'a>(principal: &'a str, check: char, optional: &'a str) -> (String, char, &'a str) {
    if check != '<' {
        return (principal.to_owned(), check, optional);
    }
    let run = optional.split('<').next().unwrap_or("");
    match run.char_indices().next_back() {
        Some((last, digit)) => {
            let mut number = String::with_capacity(principal.len() + last);
            number.push_str(principal);
            number.push_str(run.get(..last).unwrap_or(""));
            (number, digit, optional.get(run.len()..).unwrap_or(""))
        }
        // No overflow written: the filler check digit is verified as it is, and fails unless
        // the number is all fillers.
        None => (principal.to_owned(), check, optional),
    }
}

fn parse_td3(l1: &str, l2: &str) -> Option<Mrz> {
    let common = Common {
        document_type: at(l1, 0, 2)?,
        issuing_country: at(l1, 2, 5)?,
        name: at(l1, 5, 44)?,
        number: at(l2, 0, 9)?,
        number_check: char_at(l2, 9)?,
        nationality: at(l2, 10, 13)?,
        birth: at(l2, 13, 19)?,
        birth_check: char_at(l2, 19)?,
        sex: char_at(l2, 20)?,
        expiry: at(l2, 21, 27)?,
        expiry_check: char_at(l2, 27)?,
    };
    if l1.starts_with('V') {
        // MRV-A: optional data to the end of the line, no optional or composite check digit.
        return Some(common.into_mrz(trimmed(at(l2, 28, 44)?)));
    }
    let optional = at(l2, 28, 42)?;
    let optional_check = char_at(l2, 42)?;
    let composite: String = [at(l2, 0, 10)?, at(l2, 13, 20)?, at(l2, 21, 43)?].concat();
    let composite_check = char_at(l2, 43)?;
    let mut mrz = common.into_mrz(trimmed(optional));
    mrz.optional_data_valid = Some(verify_check_digit(optional, optional_check));
    mrz.composite_valid = Some(verify_check_digit(&composite, composite_check));
    Some(mrz)
}

fn parse_td2(l1: &str, l2: &str) -> Option<Mrz> {
    let common = Common {
        document_type: at(l1, 0, 2)?,
        issuing_country: at(l1, 2, 5)?,
        name: at(l1, 5, 36)?,
        number: at(l2, 0, 9)?,
        number_check: char_at(l2, 9)?,
        nationality: at(l2, 10, 13)?,
        birth: at(l2, 13, 19)?,
        birth_check: char_at(l2, 19)?,
        sex: char_at(l2, 20)?,
        expiry: at(l2, 21, 27)?,
        expiry_check: char_at(l2, 27)?,
    };
    if l1.starts_with('V') {
        // MRV-B: optional data to the end of the line, no composite check digit.
        return Some(common.into_mrz(trimmed(at(l2, 28, 36)?)));
    }
    let composite: String = [at(l2, 0, 10)?, at(l2, 13, 20)?, at(l2, 21, 35)?].concat();
    let composite_check = char_at(l2, 35)?;
    let (number, number_check, optional) =
        long_number(common.number, common.number_check, at(l2, 28, 35)?);
    let mut mrz = common.into_mrz(trimmed(optional));
    mrz.document_number_valid = verify_check_digit(&number, number_check);
    mrz.document_number = trimmed(&number);
    mrz.composite_valid = Some(verify_check_digit(&composite, composite_check));
    Some(mrz)
}

fn parse_td1(l1: &str, l2: &str, l3: &str) -> Option<Mrz> {
    let common = Common {
        document_type: at(l1, 0, 2)?,
        issuing_country: at(l1, 2, 5)?,
        name: at(l3, 0, 30)?,
        number: at(l1, 5, 14)?,
        number_check: char_at(l1, 14)?,
        nationality: at(l2, 15, 18)?,
        birth: at(l2, 0, 6)?,
        birth_check: char_at(l2, 6)?,
        sex: char_at(l2, 7)?,
        expiry: at(l2, 8, 14)?,
        expiry_check: char_at(l2, 14)?,
    };
    let composite: String = [
        at(l1, 5, 30)?,
        at(l2, 0, 7)?,
        at(l2, 8, 15)?,
        at(l2, 18, 29)?,
    ]
    .concat();
    let composite_check = char_at(l2, 29)?;
    let (number, number_check, optional1) =
        long_number(common.number, common.number_check, at(l1, 15, 30)?);
    let optional = [optional1, at(l2, 18, 29)?].concat();
    let optional = optional.trim_start_matches('<');
    let mut mrz = common.into_mrz(trimmed(optional));
    mrz.document_number_valid = verify_check_digit(&number, number_check);
    mrz.document_number = trimmed(&number);
    mrz.composite_valid = Some(verify_check_digit(&composite, composite_check));
    Some(mrz)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::check_digit;

    const TD3: [&str; 2] = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ];
    const TD2: [&str; 2] = [
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ];
    const TD1: [&str; 3] = [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ];
    const MRV_A: [&str; 2] = [
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
    ];
    const MRV_B: [&str; 2] = [
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "L8988901C4XXX4009078F9612109<<<<<<<<",
    ];

    fn with_char(line: &str, index: usize, c: char) -> String {
        line.char_indices()
            .map(|(i, old)| if i == index { c } else { old })
            .collect()
    }

    #[test]
    fn td3_specimen() {
        let mrz = parse_mrz(&TD3.join("\n")).unwrap();
        assert_eq!(mrz.document_type, "P");
        assert_eq!(mrz.issuing_country, "UTO");
        assert_eq!(mrz.surname, "ERIKSSON");
        assert_eq!(mrz.given_names, "ANNA MARIA");
        assert_eq!(mrz.document_number, "L898902C3");
        assert_eq!(mrz.nationality, "UTO");
        assert_eq!(mrz.date_of_birth, "740812");
        assert_eq!(mrz.sex, Some('F'));
        assert_eq!(mrz.expiry, "120415");
        assert_eq!(mrz.optional_data, "ZE184226B");
        assert!(mrz.document_number_valid);
        assert!(mrz.date_of_birth_valid);
        assert!(mrz.expiry_valid);
        assert_eq!(mrz.optional_data_valid, Some(true));
        assert_eq!(mrz.composite_valid, Some(true));
        assert!(mrz.is_valid());
        // Concatenated, CRLF, blanks and lower case read the same.
        assert_eq!(parse_mrz(&TD3.concat()), Some(mrz.clone()));
        assert_eq!(
            parse_mrz(&format!("  {}\r\n{}  \n", TD3[0], TD3[1])),
            Some(mrz.clone())
        );
        assert_eq!(parse_mrz(&TD3.join("\n").to_lowercase()), Some(mrz));
    }

    #[test]
    fn td3_corrupted() {
        // Document number changed: its check and the composite fail.
        let mrz = parse_mrz(&[TD3[0], &with_char(TD3[1], 0, 'M')].join("\n")).unwrap();
        assert!(!mrz.document_number_valid);
        assert_eq!(mrz.composite_valid, Some(false));
        assert!(!mrz.is_valid());
        // Date of birth changed.
        let mrz = parse_mrz(&[TD3[0], &with_char(TD3[1], 15, '1')].join("\n")).unwrap();
        assert!(!mrz.date_of_birth_valid);
        assert!(mrz.document_number_valid);
        assert!(!mrz.is_valid());
        // Expiry changed.
        let mrz = parse_mrz(&[TD3[0], &with_char(TD3[1], 26, '6')].join("\n")).unwrap();
        assert!(!mrz.expiry_valid);
        // Personal number changed.
        let mrz = parse_mrz(&[TD3[0], &with_char(TD3[1], 30, '5')].join("\n")).unwrap();
        assert_eq!(mrz.optional_data_valid, Some(false));
        assert!(!mrz.is_valid());
        // Composite check digit changed only.
        let mrz = parse_mrz(&[TD3[0], &with_char(TD3[1], 43, '1')].join("\n")).unwrap();
        assert_eq!(mrz.composite_valid, Some(false));
        assert!(mrz.document_number_valid && mrz.date_of_birth_valid && mrz.expiry_valid);
        // A check digit that is a letter.
        let mrz = parse_mrz(&[TD3[0], &with_char(TD3[1], 9, 'X')].join("\n")).unwrap();
        assert!(!mrz.document_number_valid);
        // Not a zone at all.
        assert_eq!(parse_mrz(&TD3[0][..43]), None);
        assert_eq!(parse_mrz(&[TD3[0], &TD3[1][..43]].join("\n")), None);
        assert_eq!(
            parse_mrz(&[TD3[0], &with_char(TD3[1], 3, '-')].join("\n")),
            None
        );
        assert_eq!(parse_mrz(&[TD3[0], TD3[1], TD3[1]].join("\n")), None);
        assert_eq!(parse_mrz(""), None);
    }

    #[test]
    fn td2_specimen() {
        let mrz = parse_mrz(&TD2.join("\n")).unwrap();
        assert_eq!(mrz.document_type, "I");
        assert_eq!(mrz.surname, "ERIKSSON");
        assert_eq!(mrz.given_names, "ANNA MARIA");
        assert_eq!(mrz.document_number, "D23145890");
        assert_eq!(mrz.date_of_birth, "740812");
        assert_eq!(mrz.expiry, "120415");
        assert_eq!(mrz.optional_data_valid, None);
        assert!(mrz.is_valid(), "{mrz:?}");
        assert_eq!(parse_mrz(&TD2.concat()), Some(mrz));
        let bad = parse_mrz(&[TD2[0], &with_char(TD2[1], 35, '7')].join("\n")).unwrap();
        assert_eq!(bad.composite_valid, Some(false));
    }

    #[test]
    fn td1_specimen() {
        let mrz = parse_mrz(&TD1.join("\n")).unwrap();
        assert_eq!(mrz.document_type, "I");
        assert_eq!(mrz.issuing_country, "UTO");
        assert_eq!(mrz.document_number, "D23145890");
        assert_eq!(mrz.nationality, "UTO");
        assert_eq!(mrz.date_of_birth, "740812");
        assert_eq!(mrz.sex, Some('F'));
        assert_eq!(mrz.expiry, "120415");
        assert_eq!(mrz.surname, "ERIKSSON");
        assert_eq!(mrz.given_names, "ANNA MARIA");
        assert_eq!(mrz.optional_data, "");
        assert!(mrz.is_valid(), "{mrz:?}");
        assert_eq!(parse_mrz(&TD1.concat()), Some(mrz));
    }

    #[test]
    fn td1_corrupted() {
        let mrz = parse_mrz(&[&with_char(TD1[0], 6, '3'), TD1[1], TD1[2]].join("\n")).unwrap();
        assert!(!mrz.document_number_valid);
        assert_eq!(mrz.composite_valid, Some(false));
        let mrz = parse_mrz(&[TD1[0], &with_char(TD1[1], 1, '5'), TD1[2]].join("\n")).unwrap();
        assert!(!mrz.date_of_birth_valid);
        assert!(!mrz.is_valid());
        let mrz = parse_mrz(&[TD1[0], &with_char(TD1[1], 29, '5'), TD1[2]].join("\n")).unwrap();
        assert_eq!(mrz.composite_valid, Some(false));
        assert!(mrz.document_number_valid && mrz.date_of_birth_valid && mrz.expiry_valid);
        // Optional data is covered by the composite only.
        let mrz = parse_mrz(&[TD1[0], &with_char(TD1[1], 20, 'B'), TD1[2]].join("\n")).unwrap();
        assert_eq!(mrz.composite_valid, Some(false));
        assert_eq!(parse_mrz(&[TD1[0], TD1[1]].join("\n")), None);
    }

    /// Builds a TD1 zone for a document number of more than 9 characters, per 9303 Part 5.
    fn td1_long(number: &str) -> [String; 3] {
        let check = check_digit(number).unwrap();
        let (principal, rest) = number.split_at(9);
        let l1 = format!("I<UTO{principal}<{rest}{check}<");
        let l1 = format!("{l1:<<30}");
        let l2_start = "7408122F1204159UTO<<<<<<<<<<<";
        let composite = format!(
            "{}{}{}{}",
            &l1[5..30],
            &l2_start[0..7],
            &l2_start[8..15],
            &l2_start[18..29]
        );
        let l2 = format!("{l2_start}{}", check_digit(&composite).unwrap());
        [l1, l2, TD1[2].to_owned()]
    }

    #[test]
    fn td1_long_document_number() {
        let lines = td1_long("D23145890734");
        let mrz = parse_mrz(&lines.join("\n")).unwrap();
        assert_eq!(mrz.document_number, "D23145890734");
        assert_eq!(mrz.optional_data, "");
        assert!(mrz.is_valid(), "{mrz:?}");
        // Wrong check digit for the long number.
        let check_position = 15 + 3;
        let digit = lines[0].as_bytes()[check_position];
        let wrong = if digit == b'0' { '1' } else { '0' };
        let corrupted = with_char(&lines[0], check_position, wrong);
        let mrz = parse_mrz(&[corrupted.as_str(), &lines[1], &lines[2]].join("\n")).unwrap();
        assert!(!mrz.document_number_valid);
        assert!(!mrz.is_valid());
    }

    #[test]
    fn visas() {
        let mrz = parse_mrz(&MRV_A.join("\n")).unwrap();
        assert_eq!(mrz.document_type, "V");
        assert_eq!(mrz.document_number, "L8988901C");
        assert_eq!(mrz.nationality, "XXX");
        assert_eq!(mrz.optional_data, "6ZE184226B");
        assert_eq!(mrz.composite_valid, None);
        assert!(mrz.is_valid(), "{mrz:?}");
        let mrz = parse_mrz(&MRV_B.join("\n")).unwrap();
        assert_eq!(mrz.document_number, "L8988901C");
        assert_eq!(mrz.date_of_birth, "400907");
        assert_eq!(mrz.composite_valid, None);
        assert!(mrz.is_valid(), "{mrz:?}");
    }

    #[test]
    fn names() {
        assert_eq!(
            parse_name("VAN<DER<BERG<<JAN<<<<<<<"),
            ("VAN DER BERG".to_owned(), "JAN".to_owned())
        );
        assert_eq!(
            parse_name("ONLYNAME<<<<<<"),
            ("ONLYNAME".to_owned(), String::new())
        );
        assert_eq!(parse_name("<<<<"), (String::new(), String::new()));
    }
}
