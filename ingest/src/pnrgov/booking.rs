//! One PNR (from its SRC to the next): the state that gives each segment its meaning.
//!
//! A PNR reads in three phases. Before its first TVL, TIFs are its travellers and TKT, FOP, SSR
//! follow the latest TIF. From the first TVL on, segments belong to itinerary segments: a TIF
//! after a TRI names a traveller already read (check-in), and the SSD and TBD after it are that
//! traveller's seat and bags (see `check_in`). From ABI or SAC on, everything is history and is
//! not kept.

use chrono::NaiveDate;

use super::documents::{self, People, Reading};
use super::itinerary::{self, Tvl};
use super::record;
use super::ssr::{self, Ssr};
use super::ticketing;
use crate::edifact::Segment;
use crate::model::{Booking, FlightLeg, Traveller};
use crate::warning::Warning;

/// Tags this parser knows: anything else is kept as `TAG@offset` in `unknown_segments`.
const KNOWN_TAGS: &[&str] = &[
    "ABI", "ADD", "APD", "DAT", "EBD", "EQN", "FAR", "FOP", "FTI", "IFT", "LTS", "MON", "MSG",
    "ORG", "PTK", "RCI", "REF", "RPI", "SAC", "SSD", "SSR", "TBD", "TIF", "TKT", "TRA", "TRI",
    "TVL", "TXD",
];

/// What the segments of the message around a PNR give it to work with.
pub(super) struct Context<'a> {
    /// Date two-digit years are resolved against.
    pub reference: NaiveDate,
    /// Every traveller of the manifest.
    pub travellers: &'a mut Vec<Traveller>,
    /// Legs of the reported flight (header TVL).
    pub legs: &'a [FlightLeg],
    /// Warnings of the manifest.
    pub warnings: &'a mut Vec<Warning>,
    /// Number of SSRs removed because they reveal religion or health.
    pub sensitive: &'a mut usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phase {
    /// Before the first TVL: TIFs are the PNR's travellers.
    Travellers,
    /// From the first TVL: itinerary segments and check-in.
    Itinerary,
    /// From ABI or SAC: history, not kept.
    History,
}

/// A PNR being read.
pub(super) struct Pnr {
    pub(super) booking: Booking,
    /// Offset, index and tag of the segment that opened the PNR.
    pub(super) start: (usize, usize, String),
    pub(super) phase: Phase,
    /// Traveller (index into the manifest) of the latest PNR-level TIF.
    pub(super) traveller: Option<usize>,
    /// Ticket (index into the booking's tickets) whose group is being read.
    pub(super) ticket: Option<usize>,
    /// Itinerary segment (index) whose group is being read.
    pub(super) segment: Option<usize>,
    /// True when that itinerary segment is the reported flight.
    pub(super) reported: bool,
    /// Traveller named by the TIF after a TRI.
    pub(super) check_in: Option<usize>,
    /// Traveller reference of the latest TRI.
    pub(super) check_in_ref: Option<String>,
    /// A MSG announced a segment that may not be a flight (hotel, car).
    pub(super) non_air: bool,
}

impl Pnr {
    /// Opens a PNR at its first segment (SRC, or an RCI or TIF when the sender left SRC out).
    pub(super) fn open(segment: &Segment<'_>, warnings: &mut Vec<Warning>) -> Pnr {
        let tag = segment.tag.as_str();
        if tag != "SRC" {
            warnings.push(
                Warning::new("missing_src", format!("PNR starts at {tag} without SRC")).at(
                    segment.offset,
                    segment.index,
                    tag,
                ),
            );
        }
        Pnr {
            booking: Booking::default(),
            start: (segment.offset, segment.index, tag.to_owned()),
            phase: Phase::Travellers,
            traveller: None,
            ticket: None,
            segment: None,
            reported: false,
            check_in: None,
            check_in_ref: None,
            non_air: false,
        }
    }

    /// Reads one segment of the PNR.
    pub(super) fn read(&mut self, segment: &Segment<'_>, previous_tag: &str, cx: &mut Context<'_>) {
        let tag = segment.tag.as_str();
        if tag == "SSR"
            && segment
                .get(0, 0)
                .is_some_and(|code| ssr::is_sensitive(&code))
        {
            *cx.sensitive += 1;
            return;
        }
        if !KNOWN_TAGS.contains(&tag) {
            self.booking
                .unknown_segments
                .push(format!("{tag}@{}", segment.offset));
            return;
        }
        if self.phase == Phase::History {
            return;
        }
        match tag {
            "ABI" | "SAC" => self.phase = Phase::History,
            "RCI" => self.read_rci(segment, cx),
            "MSG" => self.non_air = true,
            "TVL" => self.read_tvl(segment, previous_tag == "TVL", cx),
            "TRA" => {
                if let Some(target) = self.current_segment() {
                    itinerary::read_tra(segment, target);
                    let reported = itinerary::is_reported_flight(target, cx.legs);
                    self.reported = reported;
                }
            }
            "RPI" => {
                let status = segment.get(1, 0).map(|s| s.to_ascii_uppercase());
                if let (Some(target), Some(status)) = (self.current_segment(), status) {
                    target.status = Some(status);
                }
            }
            "TIF" => self.read_tif(segment, cx),
            "TRI" => {
                self.check_in = None;
                self.check_in_ref = segment.get(1, 3).map(|r| r.into_owned());
            }
            "SSD" | "TBD" => self.read_check_in(segment, cx),
            "SSR" => self.read_ssr(segment, cx),
            "DAT" => self.read_dat(segment, cx),
            "ORG" if self.phase == Phase::Travellers && self.booking.agency.is_none() => {
                self.booking.agency = record::read_agency(segment);
            }
            "ADD" => self.add_contact(record::read_address(segment)),
            "IFT" => self.add_contact(record::read_contact_remark(segment)),
            "TKT" => self.read_ticket(segment, cx),
            "PTK" => {
                let ticket = self.ticket.and_then(|i| self.booking.tickets.get_mut(i));
                if let Some(ticket) = ticket {
                    if !ticketing::read_pricing(segment, cx.reference, ticket) {
                        warn(cx, segment, "bad_date", "PTK ticket issue date unreadable");
                    }
                }
            }
            "FOP" => self
                .booking
                .payments
                .extend(ticketing::read_payments(segment)),
            // Known and deliberately not kept: split-PNR counts, frequent-flyer numbers,
            // references, fares, amounts, taxes, excess bags, aircraft, history text.
            _ => {}
        }
    }

    fn current_segment(&mut self) -> Option<&mut crate::model::Segment> {
        self.segment.and_then(|i| self.booking.itinerary.get_mut(i))
    }

    fn read_rci(&mut self, segment: &Segment<'_>, cx: &mut Context<'_>) {
        for locator in record::read_rci(segment, cx.reference) {
            let first = self.booking.record_locator.is_empty() && self.phase == Phase::Travellers;
            if !first {
                // Another carrier's locator for its segments (or a split PNR): kept, and it must
                // not open a new PNR.
                let other = match &locator.owner {
                    Some(owner) => format!("{owner}:{}", locator.locator),
                    None => locator.locator.clone(),
                };
                let known = other == self.booking.record_locator
                    || self.booking.other_locators.contains(&other)
                    || (locator.owner == self.booking.record_owner
                        && locator.locator == self.booking.record_locator);
                if !known && !locator.locator.is_empty() {
                    self.booking.other_locators.push(other);
                }
                continue;
            }
            self.booking.record_locator = locator.locator;
            self.booking.record_owner = locator.owner;
            if let Some(created) = locator.created {
                if created.is_none() {
                    warn(cx, segment, "bad_date", "RCI creation date unreadable");
                }
                self.booking.created = created;
            }
        }
    }

    fn read_tvl(&mut self, segment: &Segment<'_>, follows_tvl: bool, cx: &mut Context<'_>) {
        let tvl = Tvl::read(segment, cx.reference, cx.warnings);
        let announced = std::mem::take(&mut self.non_air);
        self.phase = Phase::Itinerary;
        self.ticket = None;
        self.check_in = None;
        self.check_in_ref = None;
        let flight_like = tvl.arrival.is_some()
            && tvl.number.as_deref().is_some_and(|number| {
                let digits = number.bytes().take_while(u8::is_ascii_digit).count();
                (1..=4).contains(&digits) && number.len() <= digits + 1
            });
        if announced && !flight_like {
            // A hotel or car segment: nothing in the model holds it.
            self.segment = None;
            self.booking
                .unknown_segments
                .push(format!("TVL@{}", segment.offset));
            return;
        }
        if follows_tvl {
            if let Some(previous) = self.current_segment() {
                if itinerary::merge_codeshare(previous, &tvl) {
                    self.reported = itinerary::is_reported_flight(previous, cx.legs);
                    return;
                }
            }
        }
        let new_segment = tvl.to_segment();
        self.reported = itinerary::is_reported_flight(&new_segment, cx.legs);
        self.booking.itinerary.push(new_segment);
        self.segment = Some(self.booking.itinerary.len() - 1);
    }

    fn read_ssr(&mut self, segment: &Segment<'_>, cx: &mut Context<'_>) {
        let Some(ssr) = Ssr::read(segment) else {
            return;
        };
        match ssr.code.as_str() {
            "DOCS" | "DOCO" | "DOCA" | "INFT" => {
                let latest = match self.phase {
                    Phase::Itinerary => self.check_in.or(self.traveller),
                    _ => self.traveller,
                };
                let people = People {
                    travellers: cx.travellers,
                    members: &mut self.booking.travellers,
                    latest,
                };
                let reading = Reading {
                    segment,
                    reference: cx.reference,
                    warnings: cx.warnings,
                };
                documents::apply(&ssr, people, reading);
            }
            code => {
                if code == "SEAT" {
                    self.apply_seat_request(&ssr, cx);
                }
                if ssr::is_contact(code) {
                    let text = ssr.text.as_ref().map(|text| format!("{code} {text}"));
                    self.add_contact(text);
                }
                self.booking.ssrs.push(ssr.to_service_request());
            }
        }
    }

    fn read_dat(&mut self, segment: &Segment<'_>, cx: &mut Context<'_>) {
        for dated in record::read_dat(segment, cx.reference) {
            let known = matches!(dated.qualifier.as_str(), "700" | "710");
            if known && dated.at.is_none() {
                warn(cx, segment, "bad_date", "DAT date unreadable");
            }
            match (dated.qualifier.as_str(), dated.at) {
                ("700", Some(at)) => {
                    let latest = self.booking.last_modified.map_or(at, |seen| seen.max(at));
                    self.booking.last_modified = Some(latest);
                }
                ("710", Some(at)) => {
                    let ticket = self.ticket.and_then(|i| self.booking.tickets.get_mut(i));
                    if let Some(ticket) = ticket {
                        ticket.issued = ticket.issued.or(Some(at.date()));
                    }
                }
                _ => {}
            }
        }
    }

    fn read_ticket(&mut self, segment: &Segment<'_>, cx: &mut Context<'_>) {
        let Some(ticket) = ticketing::read_ticket(segment) else {
            warn(
                cx,
                segment,
                "missing_element",
                "TKT without a ticket number: ignored",
            );
            return;
        };
        let tickets = &mut self.booking.tickets;
        let index = match tickets.iter().position(|t| t.number == ticket.number) {
            Some(index) => index,
            None => {
                tickets.push(ticket);
                tickets.len() - 1
            }
        };
        self.ticket = Some(index);
        let number = tickets.get(index).map(|t| t.number.clone());
        let holder = match self.phase {
            Phase::Travellers => self.traveller,
            _ => self.check_in,
        };
        if let Some(traveller) = holder.and_then(|i| cx.travellers.get_mut(i)) {
            if traveller.ticket.is_none() {
                traveller.ticket = number;
            }
        }
    }

    fn add_contact(&mut self, contact: Option<String>) {
        if let Some(contact) = contact {
            if !self.booking.contacts.contains(&contact) {
                self.booking.contacts.push(contact);
            }
        }
    }

    /// Closes the PNR: its travellers get its record locator.
    pub(super) fn finish(
        self,
        travellers: &mut [Traveller],
        warnings: &mut Vec<Warning>,
    ) -> Booking {
        let booking = self.booking;
        if booking.record_locator.is_empty() {
            let (offset, index, tag) = &self.start;
            warnings.push(
                Warning::new(
                    "missing_record_locator",
                    "PNR without a record locator (RCI)",
                )
                .at(*offset, *index, tag),
            );
        } else {
            for &index in &booking.travellers {
                if let Some(traveller) = travellers.get_mut(index) {
                    traveller.booking_ref = Some(booking.record_locator.clone());
                }
            }
        }
        booking
    }
}

pub(super) fn warn(cx: &mut Context<'_>, segment: &Segment<'_>, code: &str, message: &str) {
    cx.warnings.push(Warning::new(code, message).at(
        segment.offset,
        segment.index,
        segment.tag.as_str(),
    ));
}
