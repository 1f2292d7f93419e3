//! One traveller group: `NAD+FL|FM|DDT|DDU|ZZZ` and what follows until the next NAD or CNT —
//! ATT (gender), DTM+329 (birth), LOC 22/174/178/179/180, NAT, RFF AVF/ABO/SEA/YZY, GEI, EMP, MEA,
//! FTX+BAG, and DOC sub-groups (DOC, DTM+36/182, LOC+91).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::dates::{self, Century};
use crate::edifact::Segment;
use crate::fields;
use crate::model::{Address, Bags, Gender, Role, TravelDocument, Traveller};
use crate::normalise;
use crate::warning::Warning;

/// Collects one traveller group.
pub(super) struct TravellerBuilder {
    traveller: Traveller,
    /// The group's segments as sent, one per line.
    excerpt: String,
}

impl TravellerBuilder {
    /// Starts a traveller at its NAD.
    pub(super) fn new(
        role: Role,
        nad: &Segment<'_>,
        _reference: NaiveDate,
        warnings: &mut Vec<Warning>,
    ) -> TravellerBuilder {
        let mut traveller = Traveller::new(role);
        let (mut raw_surname, mut raw_given) = read_name(nad, 3);
        if raw_surname.is_empty() && raw_given.is_empty() {
            (raw_surname, raw_given) = read_name(nad, 2);
            if !raw_surname.is_empty() || !raw_given.is_empty() {
                warnings.push(
                    Warning::new(
                        "name_in_unstructured_field",
                        "traveller name read from NAD element C058",
                    )
                    .at(nad.offset, nad.index, "NAD"),
                );
            }
        }
        let name = normalise::normalise_name(&raw_surname, &raw_given, false);
        if name.surname.is_empty() && name.given_names.is_empty() && role != Role::Unspecified {
            warnings.push(
                Warning::new("missing_name", "traveller has no readable name")
                    .at(nad.offset, nad.index, "NAD"),
            );
        }
        if name.surname != *raw_surname {
            traveller.raw.surname = Some(raw_surname.into_owned());
        }
        if name.given_names != *raw_given {
            traveller.raw.given_names = Some(raw_given.into_owned());
        }
        traveller.surname = name.surname;
        traveller.given_names = name.given_names;
        traveller.title = name.title;
        traveller.address = read_address(nad, warnings);
        let mut excerpt = String::with_capacity(256);
        push_segment(&mut excerpt, nad);
        TravellerBuilder { traveller, excerpt }
    }

    /// Reads a segment of the group; `qualifier` is its first value (`get(0, 0)`, or empty),
    /// which the caller has already read.
    pub(super) fn read(
        &mut self,
        segment: &Segment<'_>,
        qualifier: &str,
        reference: NaiveDate,
        warnings: &mut Vec<Warning>,
    ) {
        push_segment(&mut self.excerpt, segment);
        let tag = segment.tag.as_str();
        let traveller = &mut self.traveller;
        match (tag, qualifier) {
            ("ATT", "2") => {
                let code = segment.get(2, 0).unwrap_or_default();
                traveller.gender = Gender::from_code(&code);
                if traveller.gender.is_none() {
                    warnings.push(position(
                        Warning::new("bad_gender", "gender is not M, F, U or X"),
                        segment,
                    ));
                }
            }
            ("DTM", "329") => {
                let value = segment.get(0, 1).unwrap_or_default();
                traveller.date_of_birth = dates::parse_ymd(&value, reference, Century::Past);
                if traveller.date_of_birth.is_none() {
                    warnings.push(position(
                        Warning::new("bad_date", "date of birth unreadable"),
                        segment,
                    ));
                    traveller.raw.date_of_birth = Some(value.into_owned());
                }
            }
            ("DTM", "36" | "182") => {
                let value = segment.get(0, 1).unwrap_or_default();
                let century = if qualifier == "36" {
                    Century::Near
                } else {
                    Century::Past
                };
                let date = dates::parse_ymd(&value, reference, century);
                if date.is_none() {
                    warnings.push(position(
                        Warning::new("bad_date", "document date unreadable"),
                        segment,
                    ));
                }
                match traveller.documents.last_mut() {
                    Some(document) if qualifier == "36" => document.expiry = date,
                    Some(document) => document.issued = date,
                    None => warnings.push(position(
                        Warning::new("orphan_document_field", "document date before any DOC"),
                        segment,
                    )),
                }
            }
            ("LOC", _) => read_location(traveller, segment, qualifier, warnings),
            ("NAT", _) => {
                if let Some(value) = segment.get(1, 0) {
                    let country = fields::country(&value, segment, warnings);
                    if country != value {
                        traveller.raw.nationality = Some(value.into_owned());
                    }
                    traveller.nationality = Some(country);
                }
            }
            ("RFF", _) => {
                let value = segment.get(0, 1).map(|v| v.into_owned());
                match qualifier {
                    "AVF" => traveller.booking_ref = value,
                    "ABO" => traveller.passenger_ref = value,
                    "SEA" => traveller.seat = value,
                    "YZY" => traveller.ticket = value,
                    _ => {}
                }
            }
            ("DOC", _) => {
                let raw_number = segment.get(1, 0).unwrap_or_default();
                let number = normalise::normalise_document_number(&raw_number);
                if number.is_empty() {
                    warnings.push(position(
                        Warning::new("missing_document_number", "DOC without a number"),
                        segment,
                    ));
                }
                traveller.documents.push(TravelDocument {
                    doc_type: qualifier.to_ascii_uppercase(),
                    number_raw: (number != raw_number).then(|| raw_number.into_owned()),
                    number,
                    issuing_country: None,
                    expiry: None,
                    issued: None,
                    check_digit_valid: None,
                })
            }
            ("GEI", "4") => {
                traveller.documents_verified = match segment.get(1, 0).as_deref() {
                    Some("173") => Some(true),
                    Some("174") => Some(false),
                    _ => None,
                };
            }
            ("EMP", _) => traveller.crew_function = segment.get(1, 0).map(|v| v.into_owned()),
            ("MEA", "CT" | "WT") => {
                let value = segment.get(2, 1).or_else(|| segment.get(2, 0));
                let bags = traveller.bags.get_or_insert_with(Bags::default);
                match qualifier {
                    "CT" => bags.count = value.and_then(|v| v.parse().ok()),
                    _ => {
                        bags.weight_kg = value
                            .and_then(|v| v.replace(',', ".").parse::<f64>().ok())
                            .filter(|w| w.is_finite() && *w >= 0.0)
                    }
                }
            }
            ("FTX", "BAG") => {
                if let Some(tag_number) = segment.get(3, 0) {
                    let bags = traveller.bags.get_or_insert_with(Bags::default);
                    bags.tags.push(tag_number.into_owned());
                    let consecutive = segment.get(3, 1).and_then(|c| c.parse::<u32>().ok());
                    if let (Some(consecutive), None) = (consecutive, bags.count) {
                        bags.count = Some(consecutive);
                    }
                }
            }
            ("FTX", _) => self.check_mrz(segment),
            // Contacts, quantities and other free text carry nothing the model keeps.
            ("COM" | "QTY" | "CTA" | "ATT" | "DTM" | "MEA", _) => {}
            _ => warnings.push(position(
                Warning::new(
                    "unexpected_segment",
                    format!("segment {tag} not expected in a traveller group: ignored"),
                ),
                segment,
            )),
        }
    }

    /// Checks an MRZ carried in free text against the traveller's latest document.
    fn check_mrz(&mut self, segment: &Segment<'_>) {
        let text: String = segment.components(3).join("\n");
        let Some(mrz) = normalise::parse_mrz(&text) else {
            return;
        };
        if let Some(document) = self.traveller.documents.last_mut() {
            let same_number = document.number == mrz.document_number;
            document.check_digit_valid = Some(same_number && mrz.document_number_valid);
        }
    }

    /// Returns the traveller.
    pub(super) fn finish(mut self) -> Traveller {
        self.traveller.excerpt = Some(self.excerpt);
        self.traveller
    }
}

/// Appends a segment as sent (tag, data, terminator) and a line break.
fn push_segment(excerpt: &mut String, segment: &Segment<'_>) {
    let delimiters = segment.delimiters();
    if !excerpt.is_empty() {
        excerpt.push('\n');
    }
    excerpt.push_str(segment.tag.as_str());
    if !segment.raw_data().is_empty() {
        excerpt.push(char::from(delimiters.element));
        excerpt.push_str(&String::from_utf8_lossy(segment.raw_data()));
    }
    excerpt.push(char::from(delimiters.terminator));
}

/// Reads a name from NAD element `element`: the surname, and the given names joined with spaces.
///
/// Components are read by position: an empty surname must not shift the given names. The values
/// are borrowed from the segment, and copied only when kept as raw values (performance).
fn read_name<'s>(nad: &'s Segment<'_>, element: usize) -> (Cow<'s, str>, Cow<'s, str>) {
    let mut components = nad.component_values(element);
    let surname = components.next().flatten().unwrap_or_default();
    let mut given = Cow::Borrowed("");
    for name in components.take(7).flatten() {
        if given.is_empty() {
            given = name;
        } else {
            let joined = given.to_mut();
            joined.push(' ');
            joined.push_str(&name);
        }
    }
    (surname, given)
}

fn position(warning: Warning, segment: &Segment<'_>) -> Warning {
    warning.at(segment.offset, segment.index, segment.tag.as_str())
}

fn read_location(
    traveller: &mut Traveller,
    segment: &Segment<'_>,
    qualifier: &str,
    warnings: &mut Vec<Warning>,
) {
    if qualifier == "180" {
        // The place of birth may come without a country (LOC+180+:::LYON).
        traveller.birth_place = segment.get(1, 3).map(|name| name.into_owned());
    }
    let Some(place) = segment.get(1, 0) else {
        return;
    };
    // Countries are upper-cased by `fields::country`; only airports need a copy here.
    match qualifier {
        "22" => traveller.clearance = Some(place.to_ascii_uppercase()),
        "174" => traveller.residence = Some(fields::country(&place, segment, warnings)),
        "178" => traveller.embarkation = Some(place.to_ascii_uppercase()),
        "179" => traveller.debarkation = Some(place.to_ascii_uppercase()),
        "180" => traveller.birth_country = Some(fields::country(&place, segment, warnings)),
        "91" => match traveller.documents.last_mut() {
            Some(document) => {
                document.issuing_country = Some(fields::country(&place, segment, warnings))
            }
            None => warnings.push(position(
                Warning::new("orphan_document_field", "issuing country before any DOC"),
                segment,
            )),
        },
        _ => warnings.push(position(
            Warning::new(
                "unknown_location",
                "traveller LOC qualifier unknown: ignored",
            ),
            segment,
        )),
    }
}

/// Reads the address elements of a NAD (street, city, region, postal code, country).
fn read_address(nad: &Segment<'_>, warnings: &mut Vec<Warning>) -> Option<Address> {
    let owned = |e| nad.get(e, 0).map(|v| v.into_owned());
    // The street lines joined with spaces, built in place rather than collected and joined.
    let mut street: Option<String> = None;
    for line in nad.component_values(4).flatten() {
        match &mut street {
            Some(street) => {
                street.push(' ');
                street.push_str(&line);
            }
            None => street = Some(line.into_owned()),
        }
    }
    let address = Address {
        street,
        city: owned(5),
        region: owned(6),
        postal_code: owned(7),
        country: nad.get(8, 0).map(|c| fields::country(&c, nad, warnings)),
    };
    (address != Address::default()).then_some(address)
}
