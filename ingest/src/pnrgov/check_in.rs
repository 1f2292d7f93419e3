//! Travellers in a PNR: a TIF before the first TVL is a new traveller (or a group name); a TIF
//! after a TRI names a traveller already read, whose seat (SSD) and bags (TBD) follow. Seats
//! reserved by SSR SEAT for the reported flight are taken until check-in gives the real one.

use super::booking::{warn, Context, Phase, Pnr};
use super::ssr::Ssr;
use super::traveller::{self, Tif};
use crate::edifact::Segment;

impl Pnr {
    pub(super) fn read_tif(&mut self, segment: &Segment<'_>, cx: &mut Context<'_>) {
        let Some(tif) = Tif::read(segment) else {
            warn(
                cx,
                segment,
                "missing_element",
                "TIF without a surname: ignored",
            );
            return;
        };
        if tif.is_group() {
            if self.phase == Phase::Travellers {
                self.booking.group_name = Some(tif.surname.clone());
                self.traveller = None;
            }
            return;
        }
        let members = &self.booking.travellers;
        let name = tif.name();
        let reference = tif.reference.as_deref().or(self.check_in_ref.as_deref());
        let by_reference = reference.and_then(|reference| {
            traveller::find_by_reference(cx.travellers, members, reference, tif.is_infant())
        });
        let by_name = || traveller::find_by_name(cx.travellers, members, &name, tif.is_infant());
        let known = match by_reference {
            Some(index) if cx.travellers.get(index).map(|t| &t.surname) == Some(&name.surname) => {
                Some(index)
            }
            Some(index) if self.phase == Phase::Itinerary => by_name().or(Some(index)),
            None if self.phase == Phase::Itinerary => by_name(),
            _ => None,
        };
        let index = match known {
            Some(index) => index,
            None => {
                if self.phase == Phase::Itinerary {
                    warn(
                        cx,
                        segment,
                        "unmatched_traveller",
                        "check-in TIF matches no traveller of the PNR: added",
                    );
                }
                cx.travellers.push(tif.to_traveller());
                let index = cx.travellers.len() - 1;
                self.booking.travellers.push(index);
                index
            }
        };
        match self.phase {
            Phase::Itinerary => self.check_in = Some(index),
            _ => {
                self.traveller = Some(index);
                self.ticket = None;
            }
        }
    }

    pub(super) fn read_check_in(&mut self, segment: &Segment<'_>, cx: &mut Context<'_>) {
        let Some(traveller) = self.check_in.and_then(|i| cx.travellers.get_mut(i)) else {
            return;
        };
        let applies = self.reported || cx.legs.is_empty();
        if segment.tag == "SSD" {
            if let Some(seat) = traveller::read_seat(segment).filter(|_| applies) {
                traveller.seat = Some(seat);
            }
        } else if let Some(bags) = traveller::read_bags(segment) {
            if applies || traveller.bags.is_none() {
                traveller.bags = Some(bags);
            }
        }
    }

    /// Takes reserved seats from an SSR SEAT for the reported flight, for travellers who have no
    /// seat yet (a check-in seat from SSD replaces it).
    pub(super) fn apply_seat_request(&mut self, ssr: &Ssr, cx: &mut Context<'_>) {
        let applies = match (&ssr.board, &ssr.off) {
            (Some(board), Some(off)) => cx.legs.iter().any(|leg| {
                leg.departure.as_ref().map(|s| &s.airport) == Some(board)
                    && leg.arrival.as_ref().map(|s| &s.airport) == Some(off)
            }),
            _ => self.reported,
        };
        if !applies {
            return;
        }
        for (seat, reference) in &ssr.details {
            let (Some(seat), Some(reference)) = (seat, reference) else {
                continue;
            };
            let Some(seat) = traveller::normalise_seat(seat) else {
                continue;
            };
            let members = &self.booking.travellers;
            let index = traveller::find_by_reference(cx.travellers, members, reference, false);
            if let Some(traveller) = index.and_then(|i| cx.travellers.get_mut(i)) {
                traveller.seat.get_or_insert(seat);
            }
        }
    }
}
