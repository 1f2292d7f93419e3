//! Flight legs from TDT groups: `TDT+20+XY123+++XY` then `LOC+125|87|92|130` each followed by an
//! optional `DTM+189` (departure) or `DTM+232` (arrival), in local time (format 201 or 203).
//!
//! LOC 125 is the last departure before the border and 87 the first arrival after it; 92 is
//! "other" and takes its direction from its DTM (189 departs, 232 arrives) or, without one, from
//! its place (first departs, next arrives). A TDT group that lists several departure/arrival
//! pairs (a progressive flight under one TDT) becomes several legs.

use chrono::NaiveDate;

use crate::dates::{self, Century};
use crate::edifact::Segment;
use crate::fields;
use crate::model::{Flight, FlightLeg, FlightStop};
use crate::warning::Warning;

/// One LOC with the DTM that followed it.
struct Stop {
    qualifier: String,
    airport: String,
    direction: Option<Direction>,
    scheduled: Option<chrono::NaiveDateTime>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Departure,
    Arrival,
}

/// Collects one TDT group.
pub(super) struct LegBuilder {
    carrier: Option<String>,
    number: Option<String>,
    stops: Vec<Stop>,
}

impl LegBuilder {
    /// Starts a group at its TDT.
    pub(super) fn new(tdt: &Segment<'_>) -> LegBuilder {
        let identifier = tdt.get(1, 0).unwrap_or_default();
        let carrier_hint = tdt.get(4, 0);
        let (carrier, number) = fields::split_flight(&identifier, carrier_hint.as_deref());
        LegBuilder {
            carrier,
            number,
            stops: Vec::new(),
        }
    }

    /// Reads a segment of the group.
    pub(super) fn read(
        &mut self,
        segment: &Segment<'_>,
        reference: NaiveDate,
        warnings: &mut Vec<Warning>,
    ) {
        let tag = segment.tag.as_str();
        match tag {
            "LOC" => {
                let qualifier = segment.get(0, 0).unwrap_or_default().into_owned();
                let airport = segment.get(1, 0).unwrap_or_default().to_ascii_uppercase();
                let direction = match qualifier.as_str() {
                    "125" => Some(Direction::Departure),
                    "87" | "130" => Some(Direction::Arrival),
                    "92" => None,
                    _ => {
                        warnings.push(
                            Warning::new(
                                "unknown_location",
                                "flight LOC qualifier is not 125, 87, 92 or 130",
                            )
                            .at(segment.offset, segment.index, tag),
                        );
                        return;
                    }
                };
                self.stops.push(Stop {
                    qualifier,
                    airport,
                    direction,
                    scheduled: None,
                });
            }
            "DTM" => {
                let direction = match segment.get(0, 0).as_deref() {
                    Some("189") => Direction::Departure,
                    Some("232") => Direction::Arrival,
                    _ => return,
                };
                let value = segment.get(0, 1).unwrap_or_default();
                let scheduled = dates::parse_dtm(&value, reference, Century::Near);
                if scheduled.is_none() {
                    warnings.push(
                        Warning::new(
                            "bad_date",
                            "flight date/time is not YYMMDDHHMM or CCYYMMDDHHMM",
                        )
                        .at(segment.offset, segment.index, tag),
                    );
                }
                match self.stops.last_mut() {
                    Some(stop) if stop.scheduled.is_none() => {
                        stop.scheduled = scheduled;
                        if stop.direction.is_none() || stop.qualifier == "92" {
                            stop.direction = Some(direction);
                        }
                    }
                    _ => warnings.push(
                        Warning::new("orphan_date", "flight DTM without a LOC before it").at(
                            segment.offset,
                            segment.index,
                            tag,
                        ),
                    ),
                }
            }
            _ => warnings.push(
                Warning::new(
                    "unexpected_segment",
                    format!("segment {tag} not expected in a flight group: ignored"),
                )
                .at(segment.offset, segment.index, tag),
            ),
        }
    }

    /// Returns the legs of the group.
    pub(super) fn finish(mut self, warnings: &mut Vec<Warning>) -> Vec<FlightLeg> {
        let mut legs = Vec::new();
        let mut current = self.new_leg();
        let stops = std::mem::take(&mut self.stops);
        for stop in stops {
            let crosses = stop.qualifier == "125" || stop.qualifier == "87";
            let direction = stop.direction.unwrap_or(if current.departure.is_none() {
                Direction::Departure
            } else {
                Direction::Arrival
            });
            let place = FlightStop {
                airport: stop.airport,
                scheduled: stop.scheduled,
            };
            match direction {
                Direction::Departure => {
                    if current.departure.is_some() {
                        legs.push(std::mem::replace(&mut current, self.new_leg()));
                    }
                    current.departure = Some(place);
                }
                Direction::Arrival if current.arrival.is_some() && stop.qualifier == "130" => {
                    // A final destination beyond the arrival already given: not a new leg.
                    continue;
                }
                Direction::Arrival => {
                    if current.arrival.is_some() {
                        legs.push(std::mem::replace(&mut current, self.new_leg()));
                    }
                    current.arrival = Some(place);
                }
            }
            current.crosses_border |= crosses;
        }
        if current.departure.is_none() && current.arrival.is_none() {
            warnings.push(Warning::new(
                "leg_without_places",
                "TDT group has no departure or arrival LOC",
            ));
        }
        legs.push(current);
        legs
    }

    fn new_leg(&self) -> FlightLeg {
        FlightLeg {
            carrier: self.carrier.clone(),
            number: self.number.clone(),
            ..FlightLeg::default()
        }
    }
}

/// Sets the flight's identity from its legs: the leg that crosses the border, else the first.
pub(super) fn identify(flight: &mut Flight) {
    let leg = flight
        .legs
        .iter()
        .find(|leg| leg.crosses_border)
        .or(flight.legs.first());
    if let Some(leg) = leg {
        flight.carrier = leg.carrier.clone();
        flight.number = leg.number.clone();
    }
}
