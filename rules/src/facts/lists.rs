//! Multi-valued fields as iterators over the manifest: routes (airports of legs or segments, in
//! order), forms of payment, SSR codes. Nothing is collected, so nothing is allocated.

use paxscreen_ingest::model::{FlightLeg, Payment, Segment, ServiceRequest};

use super::non_empty;

/// A leg or a segment: something with a departure and an arrival airport.
pub(crate) trait Stops {
    /// Returns the departure and arrival airports.
    fn airports(&self) -> (Option<&str>, Option<&str>);
}

impl Stops for FlightLeg {
    fn airports(&self) -> (Option<&str>, Option<&str>) {
        let departure = self.departure.as_ref().map(|stop| stop.airport.as_str());
        let arrival = self.arrival.as_ref().map(|stop| stop.airport.as_str());
        (non_empty(departure), non_empty(arrival))
    }
}

impl Stops for Segment {
    fn airports(&self) -> (Option<&str>, Option<&str>) {
        let departure = self.departure.as_ref().map(|stop| stop.airport.as_str());
        let arrival = self.arrival.as_ref().map(|stop| stop.airport.as_str());
        (non_empty(departure), non_empty(arrival))
    }
}

/// The airports of legs or segments in order: each departure unless it repeats the previous
/// airport, then each arrival (`FRA-LHR`, `LHR-JFK` → `FRA`, `LHR`, `JFK`).
#[derive(Debug, Clone)]
pub(crate) struct Route<'a, T> {
    stops: std::slice::Iter<'a, T>,
    pending_arrival: Option<&'a str>,
    last: Option<&'a str>,
}

impl<'a, T: Stops> Route<'a, T> {
    pub(super) fn new(stops: std::slice::Iter<'a, T>) -> Route<'a, T> {
        Route {
            stops,
            pending_arrival: None,
            last: None,
        }
    }
}

impl<'a, T: Stops> Iterator for Route<'a, T> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            if let Some(arrival) = self.pending_arrival.take() {
                self.last = Some(arrival);
                return Some(arrival);
            }
            let (departure, arrival) = self.stops.next()?.airports();
            self.pending_arrival = arrival;
            if let Some(departure) = departure {
                let repeats = self
                    .last
                    .is_some_and(|last| last.eq_ignore_ascii_case(departure));
                if !repeats {
                    self.last = Some(departure);
                    return Some(departure);
                }
            }
        }
    }
}

/// The values of a multi-valued field, borrowed from the manifest.
#[derive(Debug, Clone)]
pub(crate) enum ListValues<'a> {
    Empty,
    Legs(Route<'a, FlightLeg>),
    Segments(Route<'a, Segment>),
    Payments(std::slice::Iter<'a, Payment>),
    Ssrs(std::slice::Iter<'a, ServiceRequest>),
}

impl<'a> Iterator for ListValues<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            let value = match self {
                ListValues::Empty => None,
                ListValues::Legs(route) => route.next(),
                ListValues::Segments(route) => route.next(),
                ListValues::Payments(payments) => payments.next().map(|p| p.kind.as_str()),
                ListValues::Ssrs(ssrs) => ssrs.next().map(|ssr| ssr.code.as_str()),
            }?;
            if non_empty(Some(value)).is_some() {
                return Some(value);
            }
        }
    }
}
