//! API data inside a PNR: SSR DOCS (passport data), DOCO (visa), DOCA (address) and INFT (infant)
//! applied to the traveller they concern.
//!
//! Which traveller: the SSR's traveller reference, else the traveller whose name matches the
//! DOCS name, else the latest TIF. An infant's data (gender `MI`/`FI`, infant indicator `I`, INFT)
//! goes to the infant, created from the SSR's name when the PNR has no TIF for it.

use chrono::NaiveDate;

use super::ssr::{parse_inft, Doca, Doco, Docs, Ssr};
use super::traveller::{find_by_name, find_by_reference, named};
use crate::dates::{self, Century};
use crate::edifact::Segment;
use crate::fields;
use crate::model::{Address, Gender, TravelDocument, Traveller};
use crate::normalise::{self, PersonName};
use crate::warning::Warning;

/// The travellers an SSR may concern.
pub(super) struct People<'a> {
    /// Every traveller of the manifest.
    pub travellers: &'a mut Vec<Traveller>,
    /// Indices of this PNR's travellers (new ones are added here).
    pub members: &'a mut Vec<usize>,
    /// The traveller of the latest TIF.
    pub latest: Option<usize>,
}

/// What is needed to read values and report problems.
pub(super) struct Reading<'r, 's> {
    pub segment: &'r Segment<'s>,
    pub reference: NaiveDate,
    pub warnings: &'r mut Vec<Warning>,
}

impl Reading<'_, '_> {
    fn warn(&mut self, code: &str, message: &str) {
        let segment = self.segment;
        self.warnings
            .push(Warning::new(code, message).at(segment.offset, segment.index, "SSR"));
    }

    fn date(&mut self, text: &str, century: Century, what: &str) -> Option<NaiveDate> {
        let date = dates::parse_day_month_name(text, self.reference, century);
        if date.is_none() {
            self.warn("bad_date", &format!("SSR {what} unreadable"));
        }
        date
    }

    fn country(&mut self, value: &str) -> String {
        fields::country(value, self.segment, self.warnings)
    }
}

/// Applies an SSR DOCS, DOCO, DOCA or INFT to its traveller.
pub(super) fn apply(ssr: &Ssr, mut people: People<'_>, mut reading: Reading<'_, '_>) {
    let text = ssr.text.as_deref().unwrap_or("");
    let people = &mut people;
    let reading = &mut reading;
    match ssr.code.as_str() {
        "DOCS" => apply_docs(ssr, Docs::parse(text), people, reading),
        "DOCO" => apply_doco(ssr, Doco::parse(text), people, reading),
        "DOCA" => apply_doca(ssr, Doca::parse(text), people, reading),
        _ => apply_inft(text, people, reading),
    }
}

/// Finds the traveller an SSR concerns, creating an infant (or a first traveller) from the SSR's
/// name when there is none to match.
fn resolve(
    people: &mut People<'_>,
    reference: Option<&str>,
    name: Option<(&str, &str)>,
    infant: bool,
    reading: &mut Reading<'_, '_>,
) -> Option<usize> {
    let travellers = &*people.travellers;
    let members = &*people.members;
    let normalised: Option<PersonName> =
        name.map(|(surname, given)| normalise::normalise_name(surname, given, true));
    let found = reference
        .filter(|_| !infant)
        .and_then(|reference| find_by_reference(travellers, members, reference, false))
        .or_else(|| {
            normalised
                .as_ref()
                .and_then(|name| find_by_name(travellers, members, name, infant))
        })
        .or_else(|| {
            if infant {
                return None;
            }
            people.latest.or_else(|| members.last().copied())
        });
    if found.is_some() {
        return found;
    }
    let Some((surname, given)) = name.filter(|(surname, _)| !surname.trim().is_empty()) else {
        reading.warn(
            "unattributed_ssr",
            "SSR names no traveller of the PNR: not applied",
        );
        return None;
    };
    let mut traveller = named(surname, given);
    traveller.infant = infant;
    people.travellers.push(traveller);
    let index = people.travellers.len() - 1;
    people.members.push(index);
    Some(index)
}

fn apply_docs(ssr: &Ssr, docs: Docs, people: &mut People<'_>, reading: &mut Reading<'_, '_>) {
    let given = docs.all_given_names();
    let name = docs
        .surname
        .as_deref()
        .map(|surname| (surname, given.as_str()));
    let Some(index) = resolve(people, ssr.traveller_ref(), name, docs.is_infant(), reading) else {
        return;
    };
    let nationality = docs.nationality.as_deref().map(|value| {
        let country = reading.country(value);
        let raw = (country != value).then(|| value.to_owned());
        (country, raw)
    });
    let birth = docs
        .date_of_birth
        .as_deref()
        .map(|text| (reading.date(text, Century::Past, "date of birth"), text));
    let gender = docs.gender.as_deref().map(|code| {
        let gender = Gender::from_code(code);
        if gender.is_none() {
            reading.warn("bad_gender", "SSR DOCS gender is not M, F, MI, FI, U or X");
        }
        gender
    });
    let document = docs.number.as_deref().map(|raw_number| {
        let number = normalise::normalise_document_number(raw_number);
        TravelDocument {
            doc_type: docs
                .doc_type
                .as_deref()
                .unwrap_or_default()
                .to_ascii_uppercase(),
            number_raw: (number != raw_number).then(|| raw_number.to_owned()),
            number,
            issuing_country: docs
                .issuing_country
                .as_deref()
                .map(|value| reading.country(value)),
            expiry: docs
                .expiry
                .as_deref()
                .and_then(|text| reading.date(text, Century::Near, "expiry date")),
            issued: None,
            check_digit_valid: None,
        }
    });

    let Some(traveller) = people.travellers.get_mut(index) else {
        return;
    };
    if let Some((country, raw)) = nationality {
        if traveller.nationality.is_none() {
            traveller.nationality = Some(country);
            traveller.raw.nationality = raw;
        }
    }
    if let Some((date, text)) = birth {
        if traveller.date_of_birth.is_none() {
            traveller.date_of_birth = date;
            if date.is_none() {
                traveller.raw.date_of_birth = Some(text.to_owned());
            }
        }
    }
    if let Some(Some(gender)) = gender {
        traveller.gender.get_or_insert(gender);
    }
    if let Some(document) = document {
        add_document(traveller, document);
    }
}

/// Adds a document unless the traveller already has one of that type and number (senders repeat
/// DOCS for each segment).
fn add_document(traveller: &mut Traveller, document: TravelDocument) {
    let known = traveller
        .documents
        .iter_mut()
        .find(|d| d.doc_type == document.doc_type && d.number == document.number);
    match known {
        Some(known) => {
            known.expiry = known.expiry.or(document.expiry);
            known.issued = known.issued.or(document.issued);
            if known.issuing_country.is_none() {
                known.issuing_country = document.issuing_country;
            }
        }
        None => traveller.documents.push(document),
    }
}

fn apply_doco(ssr: &Ssr, doco: Doco, people: &mut People<'_>, reading: &mut Reading<'_, '_>) {
    let Some(index) = resolve(people, ssr.traveller_ref(), None, doco.infant, reading) else {
        return;
    };
    let document = doco.number.as_deref().map(|raw_number| {
        let number = normalise::normalise_document_number(raw_number);
        TravelDocument {
            doc_type: doco.doc_type.as_deref().unwrap_or("V").to_ascii_uppercase(),
            number_raw: (number != raw_number).then(|| raw_number.to_owned()),
            number,
            issuing_country: doco
                .applicable_country
                .as_deref()
                .map(|value| reading.country(value)),
            expiry: None,
            issued: doco
                .issued
                .as_deref()
                .and_then(|text| reading.date(text, Century::Past, "visa issue date")),
            check_digit_valid: None,
        }
    });
    let Some(traveller) = people.travellers.get_mut(index) else {
        return;
    };
    if traveller.birth_place.is_none() {
        traveller.birth_place = doco.birth_place;
    }
    if let Some(document) = document {
        add_document(traveller, document);
    }
}

fn apply_doca(ssr: &Ssr, doca: Doca, people: &mut People<'_>, reading: &mut Reading<'_, '_>) {
    let Some(index) = resolve(people, ssr.traveller_ref(), None, doca.infant, reading) else {
        return;
    };
    let country = doca.country.as_deref().map(|value| reading.country(value));
    let address = Address {
        street: doca.street,
        city: doca.city,
        region: doca.region,
        postal_code: doca.postal_code,
        country: country.clone(),
    };
    let Some(traveller) = people.travellers.get_mut(index) else {
        return;
    };
    if doca.kind.as_deref() == Some("R") && traveller.residence.is_none() {
        traveller.residence = country;
    }
    if traveller.address.is_none() && address != Address::default() {
        traveller.address = Some(address);
    }
}

fn apply_inft(text: &str, people: &mut People<'_>, reading: &mut Reading<'_, '_>) {
    let Some((surname, given, birth)) = parse_inft(text) else {
        return;
    };
    let Some(index) = resolve(people, None, Some((&surname, &given)), true, reading) else {
        return;
    };
    let date = birth
        .as_deref()
        .map(|text| reading.date(text, Century::Past, "infant date of birth"));
    if let (Some(traveller), Some(date)) = (people.travellers.get_mut(index), date) {
        if traveller.date_of_birth.is_none() {
            traveller.date_of_birth = date;
        }
    }
}
