//! Travellers of a PNR: TIF (name, passenger type, reference, group), matching a later TIF or an
//! SSR to a traveller already read, and the check-in data that follow a TRI: SSD (seat) and TBD
//! (bags).
//!
//! `TIF+SURNAME[:qualifier]+GIVEN NAMES[TITLE]:passenger type:reference:infant indicator`.

use crate::edifact::Segment;
use crate::model::{Bags, Role, Traveller};
use crate::normalise::{self, PersonName};

/// One TIF as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Tif {
    pub surname: String,
    pub given_names: String,
    pub qualifier: Option<String>,
    pub passenger_type: Option<String>,
    pub reference: Option<String>,
}

impl Tif {
    /// Reads a TIF; `None` when it carries no surname.
    pub(super) fn read(segment: &Segment<'_>) -> Option<Tif> {
        let owned = |element: usize, component: usize| {
            segment
                .get(element, component)
                .map(|value| value.to_ascii_uppercase())
        };
        Some(Tif {
            surname: owned(0, 0)?,
            given_names: owned(1, 0).unwrap_or_default(),
            qualifier: owned(0, 1),
            passenger_type: owned(1, 1),
            reference: owned(1, 2),
        })
    }

    /// Returns true for a group name (`TIF+ACME TEAM PARTY:G`).
    pub(super) fn is_group(&self) -> bool {
        self.qualifier.as_deref() == Some("G") || self.passenger_type.as_deref() == Some("G")
    }

    /// Returns true for an infant (passenger type `IN`, `INF`, `INS`).
    pub(super) fn is_infant(&self) -> bool {
        matches!(self.passenger_type.as_deref(), Some("IN" | "INF" | "INS"))
    }

    /// Returns the normalised name.
    pub(super) fn name(&self) -> PersonName {
        normalise::normalise_name(&self.surname, &self.given_names, true)
    }

    /// Returns a new passenger from this TIF.
    pub(super) fn to_traveller(&self) -> Traveller {
        let mut traveller = named(&self.surname, &self.given_names);
        traveller.passenger_ref = self.reference.clone();
        traveller.infant = self.is_infant();
        traveller
    }
}

/// Returns a new passenger with a name as sent, normalised, the raw name kept where it differs.
pub(super) fn named(surname: &str, given_names: &str) -> Traveller {
    let name = normalise::normalise_name(surname, given_names, true);
    let mut traveller = Traveller::new(Role::Passenger);
    let surname = surname.trim();
    let given_names = given_names.trim();
    if name.surname != surname {
        traveller.raw.surname = Some(surname.to_owned());
    }
    if name.given_names != given_names {
        traveller.raw.given_names = Some(given_names.to_owned());
    }
    traveller.surname = name.surname;
    traveller.given_names = name.given_names;
    traveller.title = name.title;
    traveller
}

/// Returns the traveller (an index into `travellers`, among `candidates`) with a reference.
pub(super) fn find_by_reference(
    travellers: &[Traveller],
    candidates: &[usize],
    reference: &str,
    infant: bool,
) -> Option<usize> {
    candidates.iter().copied().find(|&index| {
        travellers.get(index).is_some_and(|traveller| {
            traveller.infant == infant && traveller.passenger_ref.as_deref() == Some(reference)
        })
    })
}

/// Returns the traveller whose normalised name matches: the same surname and given names where
/// one starts with the other (`WILLIAM` and `WILLIAMNEVELL`), else the only one with that surname.
pub(super) fn find_by_name(
    travellers: &[Traveller],
    candidates: &[usize],
    name: &PersonName,
    infant: bool,
) -> Option<usize> {
    if name.surname.is_empty() {
        return None;
    }
    let same_surname: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&index| {
            travellers.get(index).is_some_and(|traveller| {
                traveller.infant == infant && traveller.surname == name.surname
            })
        })
        .collect();
    let given_matches = |traveller: &Traveller| {
        let (a, b) = (&traveller.given_names, &name.given_names);
        !a.is_empty() && !b.is_empty() && (a.starts_with(b.as_str()) || b.starts_with(a.as_str()))
    };
    same_surname
        .iter()
        .copied()
        .find(|&index| travellers.get(index).is_some_and(given_matches))
        .or_else(|| (same_surname.len() == 1).then(|| same_surname[0]))
}

/// Reads the seat of an SSD (`SSD+015A++++Y`).
pub(super) fn read_seat(segment: &Segment<'_>) -> Option<String> {
    normalise_seat(&segment.get(0, 0)?)
}

/// Returns a seat upper-case without leading zeros (`015A` is `15A`); `None` for placeholders
/// without a row number (`XXX`).
pub(super) fn normalise_seat(seat: &str) -> Option<String> {
    let seat = seat.trim().to_ascii_uppercase();
    if !seat.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let trimmed = seat.trim_start_matches('0');
    let row_kept = trimmed.starts_with(|c: char| c.is_ascii_digit());
    Some(if row_kept { trimmed.to_owned() } else { seat })
}

/// The most consecutive bag tags expanded from one tag and a count.
const MAX_CONSECUTIVE_TAGS: u64 = 20;

/// Reads a TBD: `TBD+…+count:weight:unit+…+carrier:tag number:consecutive tags:destination`.
pub(super) fn read_bags(segment: &Segment<'_>) -> Option<Bags> {
    let count = segment.get(1, 0).and_then(|c| c.parse::<u32>().ok());
    let weight = segment.get(1, 1).and_then(|w| w.parse::<f64>().ok());
    let unit = segment.get(1, 2).map(|u| u.to_ascii_uppercase());
    let weight_kg = weight.and_then(|weight| match unit.as_deref() {
        None | Some("700" | "K" | "KG" | "KGS") => Some(weight),
        Some("701" | "L" | "LB" | "LBS") => Some((weight * 0.453_592_37 * 10.0).round() / 10.0),
        Some(_) => None,
    });
    let mut tags = Vec::new();
    for element in 2..segment.element_count() {
        let Some(tag) = segment.get(element, 1) else {
            continue;
        };
        if tag.len() < 4 || !tag.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let consecutive = segment
            .get(element, 2)
            .and_then(|c| c.parse::<u64>().ok())
            .unwrap_or(1)
            .clamp(1, MAX_CONSECUTIVE_TAGS);
        match tag.parse::<u64>() {
            Ok(first) if consecutive > 1 => {
                let width = tag.len();
                let following = (0..consecutive).filter_map(|i| first.checked_add(i));
                tags.extend(following.map(|tag| format!("{tag:0width$}")));
            }
            _ => tags.push(tag.into_owned()),
        }
    }
    (count.is_some() || weight_kg.is_some() || !tags.is_empty()).then_some(Bags {
        count,
        weight_kg,
        tags,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::edifact::segment::test_segment as segment;

    #[test]
    fn tif_fields() {
        let tif = Tif::read(&segment(b"TIF", "BELT:I+ISABELLE MRS:A:2:1")).unwrap();
        assert_eq!(tif.surname, "BELT");
        assert_eq!(tif.reference.as_deref(), Some("2"));
        assert!(!tif.is_group() && !tif.is_infant());
        assert!(Tif::read(&segment(b"TIF", "ACME TEAM PARTY:G"))
            .unwrap()
            .is_group());
        assert!(Tif::read(&segment(b"TIF", "DOE+BABY:IN:3"))
            .unwrap()
            .is_infant());
        assert_eq!(Tif::read(&segment(b"TIF", "+JOHN")), None);
    }

    #[test]
    fn bags_with_consecutive_tags() {
        let bags = read_bags(&segment(
            b"TBD",
            "+3:33:700++HP:SIN-168+618:0123456789:2:ICN",
        ))
        .unwrap();
        assert_eq!(bags.count, Some(3));
        assert_eq!(bags.weight_kg, Some(33.0));
        assert_eq!(bags.tags, vec!["0123456789", "0123456790"]);
        let pounds = read_bags(&segment(b"TBD", "+1:50:701")).unwrap();
        assert_eq!(pounds.weight_kg, Some(22.7));
        assert_eq!(read_bags(&segment(b"TBD", "+")), None);
        let huge = read_bags(&segment(b"TBD", "++++XX:18446744073709551615:3")).unwrap();
        assert_eq!(huge.tags, vec!["18446744073709551615"]);
    }

    #[test]
    fn seats() {
        assert_eq!(
            read_seat(&segment(b"SSD", "15A++++Y")).as_deref(),
            Some("15A")
        );
        assert_eq!(
            read_seat(&segment(b"SSD", "011D++++Y")).as_deref(),
            Some("11D")
        );
        assert_eq!(read_seat(&segment(b"SSD", "XXX++++Y")), None);
    }
}
