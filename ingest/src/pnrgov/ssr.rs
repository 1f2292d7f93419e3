//! Special service requests (SSR): reading the composite, the data-protection filter, and the
//! API data senders put in free text (DOCS passport data, DOCO visas, DOCA addresses, INFT).
//!
//! The SSR composite is `code:status:quantity:carrier:processing:::board:off:free text`, followed
//! by seat or traveller elements `seat:characteristics:traveller reference`.

use crate::model::ServiceRequest;

/// SSR codes whose content reveals religion or health (meals, medical and disability requests).
/// EU PNR Directive Art. 13(4): such data must not be processed and is deleted when received.
/// Besides these, every four-letter code ending in `ML` (meals) and every `WC…` (wheelchair).
const SENSITIVE_CODES: &[&str] = &[
    "MEDA", "BLND", "DEAF", "DPNA", "OXYG", "PPOC", "STCR", "MAAS", "LEGL", "LEGR", "ESAN", "SVAN",
];

/// SSR codes that carry frequent-flyer numbers: kept as a code, never with their text.
const FREQUENT_FLYER_CODES: &[&str] = &["FQTV", "FQTR", "FQTS", "FQTU"];

/// Returns true when an SSR code reveals religion or health and must be dropped.
pub(super) fn is_sensitive(code: &str) -> bool {
    let code = code.trim().to_ascii_uppercase();
    // Every four-letter meal code ends in ML: AVML, KSML, MOML, HNML, DBML, GFML…
    let meal = code.len() == 4 && code.ends_with("ML");
    meal || code.starts_with("WC") || SENSITIVE_CODES.contains(&code.as_str())
}

/// Returns true when an SSR code carries contact details (`CTCE`, `CTCM`, `PCTC`…).
pub(super) fn is_contact(code: &str) -> bool {
    code.starts_with("CTC") || code == "PCTC"
}

/// One SSR as read from its segment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Ssr {
    /// Upper-case code.
    pub code: String,
    /// Status such as `HK`.
    pub status: Option<String>,
    /// Boarding point.
    pub board: Option<String>,
    /// Off point.
    pub off: Option<String>,
    /// Free text (component 8 of the first element).
    pub text: Option<String>,
    /// `(seat, traveller reference)` pairs of the following elements.
    pub details: Vec<(Option<String>, Option<String>)>,
}

impl Ssr {
    /// Reads an SSR segment; `None` when it has no code.
    pub(super) fn read(segment: &crate::edifact::Segment<'_>) -> Option<Ssr> {
        let code = segment.get(0, 0)?.to_ascii_uppercase();
        let owned = |element: usize, component: usize| {
            segment
                .get(element, component)
                .map(|value| value.into_owned())
        };
        let mut text = owned(0, 8);
        if text.is_none() {
            // Some senders shift the free text left when they leave out empty components.
            text = (4..8)
                .filter_map(|component| segment.get(0, component))
                .find(|value| value.starts_with('/'))
                .map(|value| value.into_owned());
        }
        let details = (1..segment.element_count())
            .map(|element| (owned(element, 0), owned(element, 2)))
            .filter(|(seat, reference)| seat.is_some() || reference.is_some())
            .collect();
        Some(Ssr {
            code,
            status: owned(0, 1),
            board: owned(0, 6),
            off: owned(0, 7),
            text,
            details,
        })
    }

    /// Returns the first traveller reference the SSR names.
    pub(super) fn traveller_ref(&self) -> Option<&str> {
        self.details
            .iter()
            .find_map(|(_, reference)| reference.as_deref())
    }

    /// Returns the SSR as kept on the booking: frequent-flyer numbers are left out, and a seat
    /// request without free text is summarised as `BOARD-OFF seat/reference…`.
    pub(super) fn to_service_request(&self) -> ServiceRequest {
        let text = if FREQUENT_FLYER_CODES.contains(&self.code.as_str()) {
            None
        } else if self.text.is_some() {
            self.text.clone()
        } else {
            self.seat_summary()
        };
        ServiceRequest {
            code: self.code.clone(),
            status: self.status.clone(),
            text,
        }
    }

    fn seat_summary(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let (Some(board), Some(off)) = (&self.board, &self.off) {
            parts.push(format!("{board}-{off}"));
        }
        for (seat, reference) in &self.details {
            match (seat, reference) {
                (Some(seat), Some(reference)) => parts.push(format!("{seat}/{reference}")),
                (Some(seat), None) => parts.push(seat.clone()),
                _ => {}
            }
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

/// Splits SSR free text `/a/b/c` into its slash-separated fields (the leading slash optional).
fn fields(text: &str) -> Vec<Option<String>> {
    let text = text.trim();
    let text = text.strip_prefix('/').unwrap_or(text);
    text.split('/')
        .map(|field| {
            let field = field.trim();
            (!field.is_empty()).then(|| field.to_owned())
        })
        .collect()
}

fn field(fields: &[Option<String>], index: usize) -> Option<String> {
    fields.get(index).cloned().flatten()
}

/// SSR DOCS: `/type/issuing country/number/nationality/DOB/gender/expiry/surname/given/middle`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Docs {
    pub doc_type: Option<String>,
    pub issuing_country: Option<String>,
    pub number: Option<String>,
    pub nationality: Option<String>,
    pub date_of_birth: Option<String>,
    pub gender: Option<String>,
    pub expiry: Option<String>,
    pub surname: Option<String>,
    pub given_names: Option<String>,
    pub middle_names: Option<String>,
}

impl Docs {
    /// Reads DOCS free text; absent fields stay `None`.
    pub(super) fn parse(text: &str) -> Docs {
        let f = fields(text);
        Docs {
            doc_type: field(&f, 0),
            issuing_country: field(&f, 1),
            number: field(&f, 2),
            nationality: field(&f, 3),
            date_of_birth: field(&f, 4),
            gender: field(&f, 5),
            expiry: field(&f, 6),
            surname: field(&f, 7),
            given_names: field(&f, 8),
            middle_names: field(&f, 9),
        }
    }

    /// Returns true when the gender code marks an infant (`MI`, `FI`).
    pub(super) fn is_infant(&self) -> bool {
        matches!(self.gender.as_deref(), Some("MI" | "FI"))
    }

    /// Returns the given and middle names joined.
    pub(super) fn all_given_names(&self) -> String {
        [&self.given_names, &self.middle_names]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// SSR DOCO: `/place of birth/type/number/place of issue/issue date/applicable country//infant`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Doco {
    pub birth_place: Option<String>,
    pub doc_type: Option<String>,
    pub number: Option<String>,
    pub issue_place: Option<String>,
    pub issued: Option<String>,
    pub applicable_country: Option<String>,
    pub infant: bool,
}

impl Doco {
    /// Reads DOCO free text.
    pub(super) fn parse(text: &str) -> Doco {
        let f = fields(text);
        Doco {
            birth_place: field(&f, 0),
            doc_type: field(&f, 1),
            number: field(&f, 2),
            issue_place: field(&f, 3),
            issued: field(&f, 4),
            applicable_country: field(&f, 5),
            infant: field(&f, 7).as_deref() == Some("I"),
        }
    }
}

/// SSR DOCA: `/type (R residence, D destination)/country/street/city/state/postal code/infant`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Doca {
    pub kind: Option<String>,
    pub country: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    pub infant: bool,
}

impl Doca {
    /// Reads DOCA free text.
    pub(super) fn parse(text: &str) -> Doca {
        let f = fields(text);
        Doca {
            kind: field(&f, 0).map(|kind| kind.to_ascii_uppercase()),
            country: field(&f, 1),
            street: field(&f, 2),
            city: field(&f, 3),
            region: field(&f, 4),
            postal_code: field(&f, 5),
            infant: field(&f, 6).as_deref() == Some("I"),
        }
    }
}

/// SSR INFT: `SURNAME/GIVEN NAMES DDMONYY` (the date optional).
pub(super) fn parse_inft(text: &str) -> Option<(String, String, Option<String>)> {
    let (surname, rest) = text.trim().split_once('/')?;
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let date = match words.last() {
        Some(last) if last.len() >= 7 && last.starts_with(|c: char| c.is_ascii_digit()) => {
            words.pop().map(str::to_owned)
        }
        _ => None,
    };
    Some((surname.trim().to_owned(), words.join(" "), date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_codes() {
        for code in [
            "AVML", "KSML", "moml", "WCHR", "WCBW", "MEDA", "DPNA", "BLND", "OXYG",
        ] {
            assert!(is_sensitive(code), "{code}");
        }
        for code in ["DOCS", "SEAT", "TKNE", "CTCE", "PETC", "INFT", "FQTV"] {
            assert!(!is_sensitive(code), "{code}");
        }
    }

    #[test]
    fn docs_with_empty_fields() {
        let docs = Docs::parse("////GBR/12JUL64/M//JONES/WILLIAMNEVELL");
        assert_eq!(docs.number, None);
        assert_eq!(docs.nationality.as_deref(), Some("GBR"));
        assert_eq!(docs.date_of_birth.as_deref(), Some("12JUL64"));
        assert_eq!(docs.surname.as_deref(), Some("JONES"));
        assert_eq!(docs.expiry, None);
        let full = Docs::parse("/P/GBR/123/GBR/12JUL64/FI/23AUG19/DOE/JANE/ANN");
        assert!(full.is_infant());
        assert_eq!(full.all_given_names(), "JANE ANN");
    }

    #[test]
    fn doco_doca_inft() {
        let doco = Doco::parse("/LONDON GBR/V/A1234/NEW YORK/20JAN19/USA//I");
        assert_eq!(doco.doc_type.as_deref(), Some("V"));
        assert_eq!(doco.applicable_country.as_deref(), Some("USA"));
        assert!(doco.infant);
        let doca = Doca::parse("/D/USA/1 MAIN ST/NEW YORK/NY/10001");
        assert_eq!(doca.kind.as_deref(), Some("D"));
        assert_eq!(doca.postal_code.as_deref(), Some("10001"));
        assert!(!doca.infant);
        assert_eq!(
            parse_inft("DOE/BABY MISS 01JAN24"),
            Some(("DOE".into(), "BABY MISS".into(), Some("01JAN24".into())))
        );
        assert_eq!(parse_inft("no slash"), None);
    }
}
