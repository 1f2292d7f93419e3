//! Country names (as the UN Consolidated List and other lists write them) to alpha-3 codes.
//!
//! The table is built once from the ISO 3166-1 English short names of `rust_iso3166`, with the
//! parenthesised forms also indexed in running order (`Iran (Islamic Republic of)` → also
//! `Islamic Republic of Iran`, `Iran, Islamic Republic of`), plus the names the United Nations
//! and other lists use that differ from ISO (`Democratic People's Republic of Korea`,
//! `United Kingdom`, `Türkiye`, `Libyan Arab Jamahiriya`…).

use std::collections::HashMap;
use std::sync::OnceLock;

use paxscreen_ingest::normalise::normalise_country;

/// Names used by the UN and other lists that the ISO short names (and their re-ordered forms) do
/// not cover. Keys are written as [`key`] produces them.
const EXTRA_NAMES: &[(&str, &str)] = &[
    ("bolivia", "BOL"),
    ("british virgin islands", "VGB"),
    ("brunei", "BRN"),
    ("burma", "MMR"),
    ("cape verde", "CPV"),
    ("china, hong kong special administrative region", "HKG"),
    ("china, macao special administrative region", "MAC"),
    ("cote d'ivoire", "CIV"),
    ("curacao", "CUW"),
    ("czech republic", "CZE"),
    ("democratic republic of congo", "COD"),
    ("dprk", "PRK"),
    ("east timor", "TLS"),
    ("great britain", "GBR"),
    ("iran", "IRN"),
    ("ivory coast", "CIV"),
    ("kosovo", "RKS"),
    ("kyrgyz republic", "KGZ"),
    ("laos", "LAO"),
    ("libyan arab jamahiriya", "LBY"),
    ("macau", "MAC"),
    ("macedonia", "MKD"),
    ("micronesia", "FSM"),
    ("moldova", "MDA"),
    ("netherlands", "NLD"),
    ("north korea", "PRK"),
    ("occupied palestinian territory", "PSE"),
    ("palestine", "PSE"),
    ("republic of korea", "KOR"),
    ("republic of the congo", "COG"),
    ("reunion", "REU"),
    ("russia", "RUS"),
    ("sao tome and principe", "STP"),
    ("slovak republic", "SVK"),
    ("south korea", "KOR"),
    ("swaziland", "SWZ"),
    ("syria", "SYR"),
    ("taiwan", "TWN"),
    ("tanzania", "TZA"),
    ("the former yugoslav republic of macedonia", "MKD"),
    ("turkey", "TUR"),
    ("turkiye", "TUR"),
    ("united kingdom", "GBR"),
    ("united states", "USA"),
    ("vatican", "VAT"),
    ("venezuela", "VEN"),
    ("vietnam", "VNM"),
];

/// Lower-cases, unifies apostrophes, collapses blanks and drops a leading `the ` and trailing
/// full stops.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => out.push('\''),
                _ => out.extend(c.to_lowercase()),
            }
        }
    }
    let trimmed = out.trim_end_matches('.').trim_end();
    let trimmed = trimmed.strip_prefix("the ").unwrap_or(trimmed);
    trimmed.to_owned()
}

fn table() -> &'static HashMap<String, &'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for (_, country) in rust_iso3166::ALPHA3_MAP.entries() {
            let name = country.name;
            table.insert(key(name), country.alpha3);
            // `Korea (Democratic People's Republic of)` → `Democratic People's Republic of
            // Korea` and `Korea, Democratic People's Republic of`.
            if let Some((base, rest)) = name.split_once(" (") {
                let qualifier = rest.trim_end_matches(')');
                table.insert(key(&format!("{qualifier} {base}")), country.alpha3);
                table.insert(key(&format!("{base}, {qualifier}")), country.alpha3);
            }
        }
        for (name, alpha3) in EXTRA_NAMES {
            table.insert(key(name), alpha3);
        }
        table
    })
}

/// Returns the alpha-3 (or ICAO) code for a country name in English, or for a country code.
///
/// Names are compared without case, blanks collapsed, a leading `The` ignored. Codes (alpha-2,
/// alpha-3, numeric, ICAO) are accepted too, through
/// [`normalise_country`](paxscreen_ingest::normalise::normalise_country). `None` when the name
/// is not known.
pub(crate) fn country_from_name(name: &str) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    if let Some(alpha3) = table().get(&key(name)) {
        return Some((*alpha3).to_owned());
    }
    if name.len() <= 3 {
        return normalise_country(name);
    }
    None
}

/// Returns the alpha-3 (or ICAO) code for a country code, also accepting the codes some lists use
/// for places without an ISO code (`XK` Kosovo → `RKS`).
pub(crate) fn country_from_code(code: &str) -> Option<String> {
    let code = code.trim();
    if code.eq_ignore_ascii_case("xk") || code.eq_ignore_ascii_case("xkx") {
        return Some("RKS".to_owned());
    }
    normalise_country(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn un_names() {
        let cases = [
            ("Pakistan", "PAK"),
            ("Afghanistan", "AFG"),
            ("Iraq", "IRQ"),
            ("Syrian Arab Republic", "SYR"),
            ("Russian Federation", "RUS"),
            ("Democratic People's Republic of Korea", "PRK"),
            ("Democratic People’s Republic of Korea", "PRK"),
            ("Republic of Korea", "KOR"),
            ("Iran (Islamic Republic of)", "IRN"),
            ("Islamic Republic of Iran", "IRN"),
            ("Democratic Republic of the Congo", "COD"),
            ("Congo", "COG"),
            ("United Republic of Tanzania", "TZA"),
            ("Republic of Moldova", "MDA"),
            ("Bolivia (Plurinational State of)", "BOL"),
            ("Venezuela (Bolivarian Republic of)", "VEN"),
            (
                "United Kingdom of Great Britain and Northern Ireland",
                "GBR",
            ),
            ("United States of America", "USA"),
            ("Türkiye", "TUR"),
            ("Côte d'Ivoire", "CIV"),
            ("Lao People's Democratic Republic", "LAO"),
            ("Viet Nam", "VNM"),
            ("State of Palestine", "PSE"),
            ("Libya", "LBY"),
            ("Libyan Arab Jamahiriya", "LBY"),
            ("  saudi   arabia ", "SAU"),
            ("The Gambia", "GMB"),
            ("Yemen.", "YEM"),
            ("Kosovo", "RKS"),
            ("Netherlands (Kingdom of the)", "NLD"),
            ("Kingdom of the Netherlands", "NLD"),
            ("PK", "PAK"),
            ("AFG", "AFG"),
        ];
        for (name, alpha3) in cases {
            assert_eq!(country_from_name(name).as_deref(), Some(alpha3), "{name}");
        }
        assert_eq!(country_from_name("Atlantis"), None);
        assert_eq!(country_from_name(""), None);
        assert_eq!(country_from_name("Korea"), None);
    }

    #[test]
    fn codes() {
        assert_eq!(country_from_code("ru").as_deref(), Some("RUS"));
        assert_eq!(country_from_code("xk").as_deref(), Some("RKS"));
        assert_eq!(country_from_code("su"), None);
    }
}
