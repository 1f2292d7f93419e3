//! Countries: ISO 3166 alpha-3, ICAO 9303 codes, alpha-2 converted.

/// Codes of ICAO Doc 9303 Part 3 that are not ISO 3166-1 alpha-3 codes, kept sorted.
const ICAO_SPECIAL: &[&str] = &[
    "EUE", // European Union
    "GBD", // British Overseas Territories Citizen
    "GBN", // British National (Overseas)
    "GBO", // British Overseas Citizen
    "GBP", // British Protected Person
    "GBS", // British Subject
    "RKS", // Kosovo
    "UNA", // specialized agency of the United Nations
    "UNK", // resident of Kosovo (UNMIK)
    "UNO", // United Nations Organization
    "XBA", // African Development Bank
    "XCC", // Caribbean Community
    "XDC", // Economic Community of West African States
    "XES", // Organisation of Eastern Caribbean States
    "XIM", // African Export-Import Bank
    "XOM", // Sovereign Military Order of Malta
    "XPO", // Interpol
    "XXA", // stateless person (1954 Convention)
    "XXB", // refugee (1951 Convention)
    "XXC", // refugee (other)
    "XXX", // unspecified nationality
];

/// Returns true when `code` (any case, blanks and MRZ fillers around it ignored) is an ICAO 9303
/// code that is not an ISO 3166-1 alpha-3 code: `D` (Germany), GBD, GBN, GBO, GBP, GBS, UNO, UNA,
/// UNK, XXA, XXB, XXC, XXX, EUE, XOM, XPO, XES, XCC, XBA, XIM, XDC, RKS.
pub fn is_icao_special(code: &str) -> bool {
    match upper_ascii(code) {
        Some((buffer, 1)) => buffer[0] == b'D',
        Some((buffer, 3)) => lookup_special(&buffer).is_some(),
        _ => false,
    }
}

/// Trims blanks and trailing MRZ fillers (`<`), and upper-cases a code of one to three ASCII
/// letters or digits into a buffer, without allocating. `None` for anything else.
fn upper_ascii(code: &str) -> Option<([u8; 3], usize)> {
    let code = code.trim().trim_end_matches('<').trim_end();
    let bytes = code.as_bytes();
    if bytes.is_empty() || bytes.len() > 3 {
        return None;
    }
    let mut buffer = [0u8; 3];
    for (slot, &byte) in buffer.iter_mut().zip(bytes) {
        if !byte.is_ascii_alphanumeric() {
            return None;
        }
        *slot = byte.to_ascii_uppercase();
    }
    Some((buffer, bytes.len()))
}

fn lookup_special(code: &[u8; 3]) -> Option<&'static str> {
    // A linear search comparing three bytes at a time: for 21 codes it is faster than a binary
    // search through `str` comparisons, which call `memcmp` (performance: once per country).
    ICAO_SPECIAL
        .iter()
        .copied()
        .find(|special| special.as_bytes() == code)
}

/// Returns the alpha-3 (or ICAO) code for a country code, or `None` when it is not one.
///
/// The code is trimmed (and trailing MRZ fillers `<` removed) and upper-cased, then:
/// - an ISO 3166-1 alpha-3 code is returned as it is (`GBR`);
/// - an alpha-2 code is converted (`GB` → `GBR`, `de` → `DEU`);
/// - a numeric code is converted (`840` → `USA`, `76` → `BRA`);
/// - ICAO 9303 codes: `D` (Germany in machine-readable zones) → `DEU`; the codes listed in
///   [`is_icao_special`] are returned as they are (`GBD`, `XXA`, `UNO`, `RKS`…).
///
/// Anything else (`ZZZ`, `US A`, `UK`) is `None`.
///
/// ```
/// use paxscreen_ingest::normalise::normalise_country;
/// assert_eq!(normalise_country(" gb ").as_deref(), Some("GBR"));
/// assert_eq!(normalise_country("D").as_deref(), Some("DEU"));
/// assert_eq!(normalise_country("ZZZ"), None);
/// ```
pub fn normalise_country(code: &str) -> Option<String> {
    let (buffer, len) = upper_ascii(code)?;
    let code = std::str::from_utf8(buffer.get(..len)?).ok()?;
    let all_letters = code.bytes().all(|b| b.is_ascii_uppercase());
    let all_digits = code.bytes().all(|b| b.is_ascii_digit());
    let alpha3: &str = if all_digits {
        let mut padded = [b'0'; 3];
        padded.get_mut(3 - len..)?.copy_from_slice(code.as_bytes());
        let padded = std::str::from_utf8(&padded).ok()?;
        rust_iso3166::from_numeric_str(padded)?.alpha3
    } else if !all_letters {
        return None;
    } else {
        match len {
            1 if code == "D" => "DEU",
            2 => rust_iso3166::from_alpha2(code)?.alpha3,
            3 => match lookup_special(&buffer) {
                Some(special) => special,
                None => rust_iso3166::from_alpha3(code)?.alpha3,
            },
            _ => return None,
        }
    };
    Some(alpha3.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(code: &str) -> Option<String> {
        normalise_country(code)
    }

    #[test]
    fn alpha3() {
        assert_eq!(n("GBR").as_deref(), Some("GBR"));
        assert_eq!(n(" usa ").as_deref(), Some("USA"));
        assert_eq!(n("deu").as_deref(), Some("DEU"));
        assert_eq!(n("TWN").as_deref(), Some("TWN"));
        assert_eq!(n("ZZZ"), None);
        assert_eq!(n("ABC"), None);
    }

    #[test]
    fn alpha2() {
        assert_eq!(n("GB").as_deref(), Some("GBR"));
        assert_eq!(n("US").as_deref(), Some("USA"));
        assert_eq!(n("de").as_deref(), Some("DEU"));
        assert_eq!(n("FR").as_deref(), Some("FRA"));
        assert_eq!(n("UK"), None);
        assert_eq!(n("ZZ"), None);
    }

    #[test]
    fn numeric() {
        assert_eq!(n("840").as_deref(), Some("USA"));
        assert_eq!(n("826").as_deref(), Some("GBR"));
        assert_eq!(n("276").as_deref(), Some("DEU"));
        assert_eq!(n("076").as_deref(), Some("BRA"));
        assert_eq!(n("76").as_deref(), Some("BRA"));
        assert_eq!(n("999"), None);
        assert_eq!(n("8400"), None);
    }

    #[test]
    fn icao() {
        assert_eq!(n("D").as_deref(), Some("DEU"));
        assert_eq!(n("D<<").as_deref(), Some("DEU"));
        assert_eq!(n("d").as_deref(), Some("DEU"));
        for code in ICAO_SPECIAL {
            assert_eq!(n(code).as_deref(), Some(*code));
            assert!(is_icao_special(code));
        }
        assert_eq!(n("gbd").as_deref(), Some("GBD"));
        assert_eq!(n("XXA").as_deref(), Some("XXA"));
        assert!(is_icao_special("D"));
        assert!(!is_icao_special("DEU"));
        assert!(!is_icao_special("GBR"));
        assert!(!is_icao_special("X"));
    }

    #[test]
    fn table_is_sorted() {
        assert!(ICAO_SPECIAL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn invalid() {
        assert_eq!(n("US A"), None);
        assert_eq!(n(""), None);
        assert_eq!(n("   "), None);
        assert_eq!(n("E"), None);
        assert_eq!(n("GB1"), None);
        assert_eq!(n("GBRR"), None);
        assert_eq!(n("ÜSA"), None);
        assert_eq!(n("<<<"), None);
    }
}
