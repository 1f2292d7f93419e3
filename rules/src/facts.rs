//! The facts about one traveller that rules test: the traveller, the first travel document, the
//! flight and the booking (PNR), read from a [`Manifest`] without copying.
//!
//! [`Facts::new`] finds the booking and the arrival leg once; each field is then read on demand
//! when a rule tests it, borrowing from the manifest, so evaluating rules allocates nothing.
//! Empty strings count as missing values.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use paxscreen_ingest::model::{
    Booking, FlightLeg, Gender, Manifest, Role, TravelDocument, Traveller,
};

use crate::fields::{FlagField, ListField, NumberField, TextField};

mod lists;

pub(crate) use lists::ListValues;
use lists::Route;

/// What rules know about one traveller of a manifest.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    manifest: &'a Manifest,
    traveller: &'a Traveller,
    /// The traveller's PNR, when the manifest carries it.
    booking: Option<&'a Booking>,
    /// The leg whose arrival officers act on (see [`arrival_leg`]).
    arrival_leg: Option<&'a FlightLeg>,
}

impl<'a> Facts<'a> {
    /// Returns the facts about `manifest.travellers[index]`.
    ///
    /// The booking is the one whose `travellers` holds `index`, else the one whose record
    /// locator equals the traveller's `booking_ref`.
    ///
    /// # Panics
    /// `index` is not a traveller of the manifest.
    pub fn new(manifest: &'a Manifest, index: usize) -> Facts<'a> {
        let traveller = &manifest.travellers[index];
        let booking = manifest
            .bookings
            .iter()
            .find(|booking| booking.travellers.contains(&index))
            .or_else(|| {
                let locator = non_empty(traveller.booking_ref.as_deref())?;
                manifest
                    .bookings
                    .iter()
                    .find(|booking| booking.record_locator.eq_ignore_ascii_case(locator))
            });
        Facts {
            manifest,
            traveller,
            booking,
            arrival_leg: arrival_leg(manifest),
        }
    }

    /// Returns the traveller.
    pub fn traveller(&self) -> &'a Traveller {
        self.traveller
    }

    /// Returns the traveller's booking, when the manifest carries it.
    pub fn booking(&self) -> Option<&'a Booking> {
        self.booking
    }

    /// Returns the manifest.
    pub fn manifest(&self) -> &'a Manifest {
        self.manifest
    }

    fn document(&self) -> Option<&'a TravelDocument> {
        self.traveller.documents.first()
    }

    fn leg_departure_airport(&self) -> Option<&'a str> {
        let stop = self.arrival_leg?.departure.as_ref()?;
        non_empty(Some(&stop.airport))
    }

    fn leg_arrival_airport(&self) -> Option<&'a str> {
        let stop = self.arrival_leg?.arrival.as_ref()?;
        non_empty(Some(&stop.airport))
    }

    fn leg_departure_time(&self) -> Option<NaiveDateTime> {
        self.arrival_leg?.departure.as_ref()?.scheduled
    }

    fn leg_arrival_time(&self) -> Option<NaiveDateTime> {
        self.arrival_leg?.arrival.as_ref()?.scheduled
    }

    /// Returns the scheduled departure a booking is measured against: the first itinerary
    /// segment's, else the arrival leg's.
    fn booked_departure(&self) -> Option<NaiveDateTime> {
        self.booking
            .and_then(|booking| booking.itinerary.first())
            .and_then(|segment| segment.departure.as_ref())
            .and_then(|stop| stop.scheduled)
            .or_else(|| self.leg_departure_time())
    }

    /// Returns the value of a text field.
    pub(crate) fn text(&self, field: TextField) -> Option<&'a str> {
        let traveller = self.traveller;
        let flight = &self.manifest.flight;
        let agency = self.booking.and_then(|booking| booking.agency.as_ref());
        let value = match field {
            TextField::Role => Some(role_name(traveller.role)),
            TextField::Nationality => traveller.nationality.as_deref(),
            TextField::Residence => traveller.residence.as_deref(),
            TextField::BirthCountry => traveller.birth_country.as_deref(),
            TextField::Gender => traveller.gender.map(gender_code),
            TextField::Embarkation => traveller.embarkation.as_deref(),
            TextField::Debarkation => traveller.debarkation.as_deref(),
            TextField::Seat => traveller.seat.as_deref(),
            TextField::DocumentType => self.document().map(|document| document.doc_type.as_str()),
            TextField::DocumentNumber => self.document().map(|document| document.number.as_str()),
            TextField::DocumentIssuingCountry => self
                .document()
                .and_then(|document| document.issuing_country.as_deref()),
            TextField::FlightCarrier => flight
                .carrier
                .as_deref()
                .or_else(|| self.arrival_leg?.carrier.as_deref()),
            TextField::FlightNumber => flight
                .number
                .as_deref()
                .or_else(|| self.arrival_leg?.number.as_deref()),
            TextField::FlightDepartureAirport => self.leg_departure_airport(),
            TextField::FlightArrivalAirport => self.leg_arrival_airport(),
            TextField::BookingRecordLocator => {
                self.booking.map(|booking| booking.record_locator.as_str())
            }
            TextField::BookingAgencyCountry => agency.and_then(|agency| agency.country.as_deref()),
            TextField::BookingAgencyIata => agency.and_then(|agency| agency.iata_number.as_deref()),
        };
        non_empty(value)
    }

    /// Returns the value of a number field; `now` dates the age when the flight has no
    /// scheduled departure, and the document expiry when it has no scheduled time at all.
    pub(crate) fn number(&self, field: NumberField, now: DateTime<Utc>) -> Option<f64> {
        let traveller = self.traveller;
        match field {
            NumberField::Age => {
                let at = self
                    .leg_departure_time()
                    .map_or_else(|| now.date_naive(), |departure| departure.date());
                whole_years(traveller.date_of_birth?, at).map(f64::from)
            }
            NumberField::BagCount => traveller.bags.as_ref()?.count.map(f64::from),
            NumberField::BagWeightKg => traveller.bags.as_ref()?.weight_kg,
            NumberField::DocumentCount => Some(traveller.documents.len() as f64),
            NumberField::DocumentExpiryDaysAfterArrival => {
                let expiry = self.document()?.expiry?;
                let arrival = self
                    .leg_arrival_time()
                    .or_else(|| self.leg_departure_time())
                    .map_or_else(|| now.date_naive(), |time| time.date());
                Some((expiry - arrival).num_days() as f64)
            }
            NumberField::FlightLegCount => Some(self.manifest.flight.legs.len() as f64),
            NumberField::BookingHoursBeforeDeparture => {
                let created = self.booking?.created?;
                let departure = self.booked_departure()?;
                Some((departure - created).num_minutes() as f64 / 60.0)
            }
            NumberField::BookingSegmentCount => Some(self.booking?.itinerary.len() as f64),
            NumberField::BookingTicketCount => Some(self.booking?.tickets.len() as f64),
            NumberField::BookingDaysSinceTicketIssue => {
                let issued = self.ticket_issue_date()?;
                let departure = self.booked_departure()?.date();
                Some((departure - issued).num_days() as f64)
            }
        }
    }

    /// Returns the issue date of the traveller's ticket in the booking, else the latest issue
    /// date of the booking's tickets.
    fn ticket_issue_date(&self) -> Option<NaiveDate> {
        let tickets = &self.booking?.tickets;
        let own = non_empty(self.traveller.ticket.as_deref()).and_then(|number| {
            tickets
                .iter()
                .find(|ticket| ticket.number == number)
                .and_then(|ticket| ticket.issued)
        });
        own.or_else(|| tickets.iter().filter_map(|ticket| ticket.issued).max())
    }

    /// Returns the value of a true/false field.
    pub(crate) fn flag(&self, field: FlagField) -> Option<bool> {
        let traveller = self.traveller;
        match field {
            FlagField::Transit => self.transit(),
            FlagField::DocumentsVerified => traveller.documents_verified,
            FlagField::Infant => Some(traveller.infant),
            FlagField::DocumentCheckDigitValid => self.document()?.check_digit_valid,
            FlagField::BookingOneWay => {
                let itinerary = &self.booking?.itinerary;
                let origin = non_empty(Some(&itinerary.first()?.departure.as_ref()?.airport))?;
                let end = non_empty(Some(&itinerary.last()?.arrival.as_ref()?.airport))?;
                Some(!origin.eq_ignore_ascii_case(end))
            }
            FlagField::BookingGroup => {
                let booking = self.booking?;
                Some(non_empty(booking.group_name.as_deref()).is_some())
            }
        }
    }

    /// Returns true when the traveller's journey starts or ends beyond the leg that crosses the
    /// border (or has an in-transit role); missing when neither end is known.
    fn transit(&self) -> Option<bool> {
        let traveller = self.traveller;
        if matches!(traveller.role, Role::TransitPassenger | Role::TransitCrew) {
            return Some(true);
        }
        let differs = |own: Option<&str>, leg: Option<&str>| match (non_empty(own), leg) {
            (Some(own), Some(leg)) => Some(!own.eq_ignore_ascii_case(leg)),
            _ => None,
        };
        let embarks_elsewhere = differs(
            traveller.embarkation.as_deref(),
            self.leg_departure_airport(),
        );
        let debarks_elsewhere =
            differs(traveller.debarkation.as_deref(), self.leg_arrival_airport());
        match (embarks_elsewhere, debarks_elsewhere) {
            (None, None) => None,
            (embarks, debarks) => Some(embarks.unwrap_or(false) || debarks.unwrap_or(false)),
        }
    }

    /// Returns the values of a multi-valued field; none when the field is missing.
    pub(crate) fn list(&self, field: ListField) -> ListValues<'a> {
        match (field, self.booking) {
            (ListField::FlightRoute, _) => {
                ListValues::Legs(Route::new(self.manifest.flight.legs.iter()))
            }
            (ListField::BookingRoute, Some(booking)) => {
                ListValues::Segments(Route::new(booking.itinerary.iter()))
            }
            (ListField::BookingPaymentForms, Some(booking)) => {
                ListValues::Payments(booking.payments.iter())
            }
            (ListField::BookingSsrCodes, Some(booking)) => ListValues::Ssrs(booking.ssrs.iter()),
            (_, None) => ListValues::Empty,
        }
    }
}

/// Returns the leg whose arrival officers must act on: the first that crosses the border, else
/// the last (the service makes the same choice for alerts).
pub fn arrival_leg(manifest: &Manifest) -> Option<&FlightLeg> {
    let legs = &manifest.flight.legs;
    legs.iter().find(|leg| leg.crosses_border).or(legs.last())
}

/// Returns the name of a role, as the model serialises it.
fn role_name(role: Role) -> &'static str {
    match role {
        Role::Passenger => "passenger",
        Role::Crew => "crew",
        Role::TransitCrew => "transit_crew",
        Role::TransitPassenger => "transit_passenger",
        Role::Unspecified => "unspecified",
    }
}

/// Returns the one-letter code of a gender.
fn gender_code(gender: Gender) -> &'static str {
    match gender {
        Gender::M => "M",
        Gender::F => "F",
        Gender::U => "U",
        Gender::X => "X",
    }
}

/// Returns the completed years from `birth` to `at`; none when `birth` is after `at`.
fn whole_years(birth: NaiveDate, at: NaiveDate) -> Option<u32> {
    let mut years = at.year() - birth.year();
    if (at.month(), at.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

/// Returns the value unless it is blank.
fn non_empty(value: Option<&str>) -> Option<&str> {
    value.filter(|value| !value.trim().is_empty())
}

#[cfg(test)]
mod tests;
