//! The fields a rule can test, compiled from their dotted names to enums at load.
//!
//! A field has one of four kinds, which decides the operators it accepts: text, number,
//! true/false, and multi-valued text (a list, such as the airports of a route). The meaning of
//! each field is documented in the [`language`](crate::language) reference.

/// A field of a text kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextField {
    Role,
    Nationality,
    Residence,
    BirthCountry,
    Gender,
    Embarkation,
    Debarkation,
    Seat,
    DocumentType,
    DocumentNumber,
    DocumentIssuingCountry,
    FlightCarrier,
    FlightNumber,
    FlightDepartureAirport,
    FlightArrivalAirport,
    BookingRecordLocator,
    BookingAgencyCountry,
    BookingAgencyIata,
}

/// A field of a number kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberField {
    Age,
    BagCount,
    BagWeightKg,
    DocumentCount,
    DocumentExpiryDaysAfterArrival,
    FlightLegCount,
    BookingHoursBeforeDeparture,
    BookingSegmentCount,
    BookingTicketCount,
    BookingDaysSinceTicketIssue,
}

/// A field of a true/false kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FlagField {
    Transit,
    DocumentsVerified,
    Infant,
    DocumentCheckDigitValid,
    BookingOneWay,
    BookingGroup,
}

/// A multi-valued text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListField {
    FlightRoute,
    BookingRoute,
    BookingPaymentForms,
    BookingSsrCodes,
}

/// A field, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Text(TextField),
    Number(NumberField),
    Flag(FlagField),
    List(ListField),
}

/// Every field by its name in rule files.
const FIELDS: &[(&str, Field)] = &[
    ("traveller.role", Field::Text(TextField::Role)),
    ("traveller.nationality", Field::Text(TextField::Nationality)),
    ("traveller.residence", Field::Text(TextField::Residence)),
    (
        "traveller.birth_country",
        Field::Text(TextField::BirthCountry),
    ),
    ("traveller.gender", Field::Text(TextField::Gender)),
    ("traveller.age", Field::Number(NumberField::Age)),
    ("traveller.embarkation", Field::Text(TextField::Embarkation)),
    ("traveller.debarkation", Field::Text(TextField::Debarkation)),
    ("traveller.seat", Field::Text(TextField::Seat)),
    ("traveller.bag_count", Field::Number(NumberField::BagCount)),
    (
        "traveller.bag_weight_kg",
        Field::Number(NumberField::BagWeightKg),
    ),
    ("traveller.transit", Field::Flag(FlagField::Transit)),
    (
        "traveller.documents_verified",
        Field::Flag(FlagField::DocumentsVerified),
    ),
    ("traveller.infant", Field::Flag(FlagField::Infant)),
    (
        "traveller.document_count",
        Field::Number(NumberField::DocumentCount),
    ),
    ("document.type", Field::Text(TextField::DocumentType)),
    ("document.number", Field::Text(TextField::DocumentNumber)),
    (
        "document.issuing_country",
        Field::Text(TextField::DocumentIssuingCountry),
    ),
    (
        "document.expiry_days_after_arrival",
        Field::Number(NumberField::DocumentExpiryDaysAfterArrival),
    ),
    (
        "document.check_digit_valid",
        Field::Flag(FlagField::DocumentCheckDigitValid),
    ),
    ("flight.carrier", Field::Text(TextField::FlightCarrier)),
    ("flight.number", Field::Text(TextField::FlightNumber)),
    (
        "flight.departure_airport",
        Field::Text(TextField::FlightDepartureAirport),
    ),
    (
        "flight.arrival_airport",
        Field::Text(TextField::FlightArrivalAirport),
    ),
    ("flight.route", Field::List(ListField::FlightRoute)),
    (
        "flight.leg_count",
        Field::Number(NumberField::FlightLegCount),
    ),
    (
        "booking.record_locator",
        Field::Text(TextField::BookingRecordLocator),
    ),
    (
        "booking.hours_before_departure",
        Field::Number(NumberField::BookingHoursBeforeDeparture),
    ),
    ("booking.one_way", Field::Flag(FlagField::BookingOneWay)),
    ("booking.route", Field::List(ListField::BookingRoute)),
    (
        "booking.payment_forms",
        Field::List(ListField::BookingPaymentForms),
    ),
    (
        "booking.agency_country",
        Field::Text(TextField::BookingAgencyCountry),
    ),
    (
        "booking.agency_iata",
        Field::Text(TextField::BookingAgencyIata),
    ),
    ("booking.group", Field::Flag(FlagField::BookingGroup)),
    (
        "booking.segment_count",
        Field::Number(NumberField::BookingSegmentCount),
    ),
    ("booking.ssr_codes", Field::List(ListField::BookingSsrCodes)),
    (
        "booking.ticket_count",
        Field::Number(NumberField::BookingTicketCount),
    ),
    (
        "booking.days_since_ticket_issue",
        Field::Number(NumberField::BookingDaysSinceTicketIssue),
    ),
];

/// Values of `traveller.role`, as the model serialises them.
const ROLES: &[&str] = &[
    "passenger",
    "crew",
    "transit_crew",
    "transit_passenger",
    "unspecified",
];

/// Values of `traveller.gender`.
const GENDERS: &[&str] = &["M", "F", "U", "X"];

impl Field {
    /// Returns the field of a dotted name.
    pub(crate) fn from_name(name: &str) -> Option<Field> {
        FIELDS
            .iter()
            .find(|(known, _)| *known == name)
            .map(|&(_, field)| field)
    }

    /// Returns the names of the known fields that share the family (`traveller.`…) of `name`,
    /// or every name when the family is unknown.
    pub(crate) fn names_like(name: &str) -> Vec<&'static str> {
        let family = name.split('.').next().unwrap_or("");
        let same_family: Vec<&'static str> = FIELDS
            .iter()
            .map(|&(known, _)| known)
            .filter(|known| known.split('.').next() == Some(family))
            .collect();
        if same_family.is_empty() {
            FIELDS.iter().map(|&(known, _)| known).collect()
        } else {
            same_family
        }
    }

    /// Returns the name of the field in rule files.
    pub(crate) fn name(self) -> &'static str {
        FIELDS
            .iter()
            .find(|&&(_, field)| field == self)
            .map_or("?", |&(name, _)| name)
    }

    /// Returns how the kind of the field reads in messages.
    pub(crate) fn kind_name(self) -> &'static str {
        match self {
            Field::Text(_) => "text",
            Field::Number(_) => "a number",
            Field::Flag(_) => "true or false",
            Field::List(_) => "multi-valued text",
        }
    }

    /// Returns the only values a text field can take, for fields that have a closed set.
    pub(crate) fn allowed_values(self) -> Option<&'static [&'static str]> {
        match self {
            Field::Text(TextField::Role) => Some(ROLES),
            Field::Text(TextField::Gender) => Some(GENDERS),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips() {
        for &(name, field) in FIELDS {
            assert_eq!(Field::from_name(name), Some(field), "{name}");
            assert_eq!(field.name(), name);
        }
    }

    #[test]
    fn names_like_lists_the_family() {
        let names = Field::names_like("document.nmber");
        assert!(names.contains(&"document.number"));
        assert!(names.iter().all(|name| name.starts_with("document.")));
        assert_eq!(Field::names_like("passenger.age").len(), FIELDS.len());
    }
}
