//! The PNR record itself: RCI (record locator, owner, creation), DAT (last transaction), ORG
//! (booking agency), and contacts from ADD and IFT.
//!
//! Free-text remarks (IFT) are kept only when they are contact details (`CTCE`, `CTCM`, `CTCH`,
//! `CTCB`… phones, e-mail addresses, sponsor information); other remarks are not kept verbatim,
//! because they may hold data the system must not process.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime};

use crate::dates::{self, Century};
use crate::edifact::Segment;
use crate::model::Agency;

/// One record locator of an RCI element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Locator {
    pub owner: Option<String>,
    pub locator: String,
    /// Creation date and time; `Some(None)` when sent but unreadable.
    pub created: Option<Option<NaiveDateTime>>,
}

/// Reads every `owner:locator::date:time` element of an RCI.
pub(super) fn read_rci(segment: &Segment<'_>, reference: NaiveDate) -> Vec<Locator> {
    (0..segment.element_count())
        .filter_map(|element| {
            let locator = segment.get(element, 1)?.to_ascii_uppercase();
            let created = segment.get(element, 3).map(|date| {
                let time = segment.get(element, 4);
                dates::parse_dmy_time(&date, time.as_deref(), reference, Century::Near)
            });
            Some(Locator {
                owner: segment.get(element, 0).map(|o| o.to_ascii_uppercase()),
                locator,
                created,
            })
        })
        .collect()
}

/// A DAT element: qualifier (`700` last PNR transaction, `710` ticket issue…) and date-time.
pub(super) struct Dated {
    pub qualifier: String,
    /// `None` when the date is unreadable.
    pub at: Option<NaiveDateTime>,
}

/// Reads every `qualifier:DDMMYY:HHMM` element of a DAT.
pub(super) fn read_dat(segment: &Segment<'_>, reference: NaiveDate) -> Vec<Dated> {
    (0..segment.element_count())
        .filter_map(|element| {
            let qualifier = segment.get(element, 0)?.into_owned();
            let date = segment.get(element, 1)?;
            let time = segment.get(element, 2);
            let at = dates::parse_dmy_time(&date, time.as_deref(), reference, Century::Near);
            Some(Dated { qualifier, at })
        })
        .collect()
}

/// Reads the agency of a PNR-level ORG:
/// `ORG+system:location+IATA number:office+…+…+originator type+country:currency+…`.
pub(super) fn read_agency(segment: &Segment<'_>) -> Option<Agency> {
    let get = |element: usize, component: usize| {
        segment
            .get(element, component)
            .map(|value| value.to_ascii_uppercase())
    };
    let agency = Agency {
        system: get(0, 0),
        location: get(0, 1),
        iata_number: get(1, 0),
        office: get(1, 1),
        country: get(5, 0),
    };
    (agency != Agency::default()).then_some(agency)
}

/// Reads an ADD as one line of contact text: street, city, region, country, postal code, phone.
pub(super) fn read_address(segment: &Segment<'_>) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for element in 0..segment.element_count() {
        let components = segment.components(element);
        // The first component of the address element is the purpose code (700, 702…).
        let skip =
            usize::from(segment.get(element, 0).is_some_and(|first| {
                first.len() == 3 && first.bytes().all(|b| b.is_ascii_digit())
            }));
        parts.extend(components.into_iter().skip(skip).map(Cow::into_owned));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// IFT information type for sponsor information (name, address and phone of who paid).
const SPONSOR_INFORMATION: &str = "43";

/// Reads an IFT and returns its text when it is a contact; other remarks give `None`.
pub(super) fn read_contact_remark(segment: &Segment<'_>) -> Option<String> {
    let lines: Vec<String> = (1..segment.element_count())
        .map(|element| {
            segment
                .components(element)
                .iter()
                .map(|c| c.as_ref())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return None;
    }
    if segment.get(0, 1).as_deref() == Some(SPONSOR_INFORMATION) {
        return Some(lines.join(", "));
    }
    let text = lines.join(" ");
    is_contact_text(&text).then_some(text)
}

/// Returns true for a contact remark: `CTC…` elements, an e-mail address, or a phone number.
pub(super) fn is_contact_text(text: &str) -> bool {
    let upper = text.trim_start().to_ascii_uppercase();
    if upper.starts_with("CTC") || upper.contains('@') {
        return true;
    }
    let digits = upper.bytes().filter(u8::is_ascii_digit).count();
    let letters = upper.bytes().filter(u8::is_ascii_alphabetic).count();
    digits >= 7 && letters <= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::edifact::segment::test_segment as segment;

    #[test]
    fn record_locators() {
        let today = NaiveDate::from_ymd_opt(2013, 5, 27).unwrap();
        let locators = read_rci(&segment(b"RCI", "1A:3PGZOV::190313:1354+SQ:XYZ123"), today);
        assert_eq!(locators.len(), 2);
        assert_eq!(locators[0].locator, "3PGZOV");
        assert_eq!(locators[0].owner.as_deref(), Some("1A"));
        let created = locators[0].created.flatten().unwrap();
        assert_eq!(created.to_string(), "2013-03-19 13:54:00");
        assert_eq!(locators[1].created, None);
    }

    #[test]
    fn contact_remarks() {
        let ctce = segment(b"IFT", "4:28::YY+CTCE JDOE//EXAMPLE.ORG");
        assert_eq!(
            read_contact_remark(&ctce).as_deref(),
            Some("CTCE JDOE//EXAMPLE.ORG")
        );
        let remark = segment(b"IFT", "4:28::DL+THIS PASSENGER IS A VIP");
        assert_eq!(read_contact_remark(&remark), None);
        let ip = segment(b"IFT", "4:28+AA 1A+IP ADDRESS OF THE BOOKING 987.654.321");
        assert_eq!(read_contact_remark(&ip), None);
        let phone = segment(b"IFT", "4:28+00 44 20 7946 0000");
        assert!(read_contact_remark(&phone).is_some());
        let sponsor = segment(b"IFT", "4:43+J DOE+1 HIGH STREET+0123456789");
        assert_eq!(
            read_contact_remark(&sponsor).as_deref(),
            Some("J DOE, 1 HIGH STREET, 0123456789")
        );
    }

    #[test]
    fn addresses_and_agencies() {
        let add = segment(b"ADD", "+702:1 HIGH STREET:SLOUGH:BERKS::GB:SL1 1AA");
        assert_eq!(
            read_address(&add).as_deref(),
            Some("1 HIGH STREET, SLOUGH, BERKS, GB, SL1 1AA")
        );
        let org = segment(b"ORG", "1A:MUC+32393340:SINSQ08AA+NCE+SQ:NCE+A+SG+ELPD");
        let agency = read_agency(&org).unwrap();
        assert_eq!(agency.iata_number.as_deref(), Some("32393340"));
        assert_eq!(agency.office.as_deref(), Some("SINSQ08AA"));
        assert_eq!(agency.country.as_deref(), Some("SG"));
    }
}
