//! TVL: the reported flight (message header) and the itinerary of each PNR, with codeshare detail.
//!
//! `TVL+dep date:dep time:arr date:arr time:date variation+board+off+marketing:operating
//! +flight number:booking class`. Dates are `DDMMYY`, times `HHMM`. Tolerated: a missing or
//! garbled arrival date (`230220:1010:1422`, where the third component is the arrival time).
//! Codeshare: the operating carrier in TVL element 3 component 1, a `TRA+carrier+number`
//! segment after the TVL, or a second TVL right after the first for the same departure.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::dates::{self, Century};
use crate::edifact::Segment;
use crate::fields;
use crate::model::{FlightLeg, FlightStop, Segment as ItinerarySegment};
use crate::warning::Warning;

/// One TVL as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Tvl {
    pub carrier: Option<String>,
    pub number: Option<String>,
    pub operating_carrier: Option<String>,
    pub class: Option<String>,
    pub departure: Option<FlightStop>,
    pub arrival: Option<FlightStop>,
}

fn is_time(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

fn upper(value: Option<std::borrow::Cow<'_, str>>) -> Option<String> {
    value.map(|v| v.to_ascii_uppercase())
}

impl Tvl {
    /// Reads a TVL segment; unreadable dates become warnings.
    pub(super) fn read(
        segment: &Segment<'_>,
        reference: NaiveDate,
        warnings: &mut Vec<Warning>,
    ) -> Tvl {
        let dep_date = segment.get(0, 0);
        let dep_time = segment.get(0, 1);
        let mut arr_date = segment.get(0, 2);
        let mut arr_time = segment.get(0, 3);
        if arr_time.is_none() && arr_date.as_deref().is_some_and(is_time) {
            // `dep date:dep time:arr time`: the arrival date was left out without its separator.
            arr_time = arr_date.take();
        }
        let variation = segment
            .get(0, 4)
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|v| (-2..=3).contains(v));

        let bad_date = |warnings: &mut Vec<Warning>, what: &str| {
            warnings.push(
                Warning::new("bad_date", format!("TVL {what} date or time unreadable")).at(
                    segment.offset,
                    segment.index,
                    "TVL",
                ),
            );
        };
        let departs = dep_date.as_deref().and_then(|date| {
            let parsed = dates::parse_dmy_time(date, dep_time.as_deref(), reference, Century::Near);
            if parsed.is_none() {
                bad_date(warnings, "departure");
            }
            parsed
        });
        let arrives = match arr_date.as_deref() {
            Some(date) => {
                let parsed =
                    dates::parse_dmy_time(date, arr_time.as_deref(), reference, Century::Near);
                if parsed.is_none() {
                    bad_date(warnings, "arrival");
                }
                parsed
            }
            None => arrival_from_time(departs, arr_time.as_deref(), variation),
        };

        let stop = |element: usize, scheduled: Option<NaiveDateTime>| {
            upper(segment.get(element, 0)).map(|airport| FlightStop { airport, scheduled })
        };
        let carrier = upper(segment.get(3, 0));
        let flight = upper(segment.get(4, 0)).unwrap_or_default();
        let (carrier, number) = match carrier {
            Some(carrier) => fields::split_flight(&flight, Some(&carrier)),
            None => fields::split_flight(&flight, None),
        };
        Tvl {
            carrier,
            number,
            operating_carrier: upper(segment.get(3, 1)),
            class: upper(segment.get(4, 1)),
            departure: stop(1, departs),
            arrival: stop(2, arrives),
        }
    }

    /// Returns the TVL as a leg of the reported flight.
    pub(super) fn to_leg(&self) -> FlightLeg {
        FlightLeg {
            carrier: self.carrier.clone(),
            number: self.number.clone(),
            departure: self.departure.clone(),
            arrival: self.arrival.clone(),
            crosses_border: false,
        }
    }

    /// Returns the TVL as an itinerary segment (status comes later, from RPI).
    pub(super) fn to_segment(&self) -> ItinerarySegment {
        let operating_carrier = self
            .operating_carrier
            .clone()
            .filter(|operating| Some(operating) != self.carrier.as_ref());
        ItinerarySegment {
            carrier: self.carrier.clone(),
            number: self.number.clone(),
            operating_carrier,
            operating_number: None,
            departure: self.departure.clone(),
            arrival: self.arrival.clone(),
            class: self.class.clone(),
            status: None,
        }
    }
}

/// Builds the arrival time when only a time was sent: the departure date, moved by the date
/// variation when one was sent. Without a variation, an arrival time earlier than the departure
/// time leaves the date unknown rather than guessed.
fn arrival_from_time(
    departs: Option<NaiveDateTime>,
    time: Option<&str>,
    variation: Option<i64>,
) -> Option<NaiveDateTime> {
    let departs = departs?;
    let same_day = departs.date().and_time(parse_hhmm(time?)?);
    match variation {
        Some(days) => same_day.checked_add_signed(Duration::days(days)),
        None => (same_day >= departs).then_some(same_day),
    }
}

/// Parses `HHMM`; `2400` is the end of the day.
fn parse_hhmm(text: &str) -> Option<NaiveTime> {
    if !is_time(text) {
        return None;
    }
    let hour = text.get(0..2)?.parse().ok()?;
    let minute = text.get(2..4)?.parse().ok()?;
    if (hour, minute) == (24, 0) {
        return NaiveTime::from_hms_opt(23, 59, 0);
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// Applies a `TRA+operating carrier+operating flight number` segment to the segment before it.
pub(super) fn read_tra(segment: &Segment<'_>, target: &mut ItinerarySegment) {
    let carrier = upper(segment.get(0, 0));
    let flight = upper(segment.get(1, 0)).unwrap_or_default();
    let (carrier, number) = fields::split_flight(&flight, carrier.as_deref());
    set_operating(target, carrier, number);
}

/// Records an operating carrier and number on a segment, only where they differ from the
/// marketing ones.
fn set_operating(target: &mut ItinerarySegment, carrier: Option<String>, number: Option<String>) {
    let same_carrier = carrier.is_none() || carrier == target.carrier;
    let same_number =
        number.is_none() || same_flight_number(number.as_deref(), target.number.as_deref());
    if !same_carrier {
        target.operating_carrier = carrier;
    }
    if !same_number {
        target.operating_number = number;
    }
}

/// Merges a TVL that repeats the previous segment's departure and arrival under another flight
/// designator: the operating flight of a codeshare. Returns false when it is a segment of its own.
pub(super) fn merge_codeshare(previous: &mut ItinerarySegment, next: &Tvl) -> bool {
    let same_route = previous.departure.is_some()
        && previous.departure == next.departure
        && previous.arrival.as_ref().map(|s| &s.airport)
            == next.arrival.as_ref().map(|s| &s.airport);
    let other_flight = previous.carrier != next.carrier
        || !same_flight_number(previous.number.as_deref(), next.number.as_deref());
    if !(same_route && other_flight) || previous.operating_carrier.is_some() {
        return false;
    }
    set_operating(previous, next.carrier.clone(), next.number.clone());
    true
}

/// Compares flight numbers ignoring leading zeros (`0441` is `441`).
fn same_flight_number(a: Option<&str>, b: Option<&str>) -> bool {
    let trim = |n: &str| n.trim_start_matches('0').to_owned();
    match (a, b) {
        (Some(a), Some(b)) => trim(a) == trim(b),
        (None, None) => true,
        _ => false,
    }
}

/// Returns true when an itinerary segment is the flight the message reports (one of its legs),
/// by marketing or operating designator, departure airport and departure date.
pub(super) fn is_reported_flight(segment: &ItinerarySegment, legs: &[FlightLeg]) -> bool {
    legs.iter().any(|leg| {
        let designator = |carrier: &Option<String>, number: &Option<String>| {
            carrier.is_some()
                && carrier == &leg.carrier
                && same_flight_number(number.as_deref(), leg.number.as_deref())
        };
        let flight = designator(&segment.carrier, &segment.number)
            || (segment.operating_number.is_some()
                && designator(
                    &segment
                        .operating_carrier
                        .clone()
                        .or(segment.carrier.clone()),
                    &segment.operating_number,
                ));
        let airport = match (&segment.departure, &leg.departure) {
            (Some(a), Some(b)) => a.airport == b.airport,
            _ => true,
        };
        let date = match (
            segment.departure.as_ref().and_then(|s| s.scheduled),
            leg.departure.as_ref().and_then(|s| s.scheduled),
        ) {
            (Some(a), Some(b)) => a.date() == b.date(),
            _ => true,
        };
        flight && airport && date
    })
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::edifact::{Charset, Delimiters, Tag};

    fn tvl(data: &'static str) -> Tvl {
        let segment = Segment::new(
            Tag::new(b"TVL").unwrap(),
            0,
            0,
            Cow::Borrowed(data.as_bytes()),
            Delimiters::default(),
            Charset::Ascii,
        );
        let mut warnings = Vec::new();
        let read = Tvl::read(
            &segment,
            NaiveDate::from_ymd_opt(2020, 2, 23).unwrap(),
            &mut warnings,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        read
    }

    fn at(text: &str) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").ok()
    }

    #[test]
    fn arrival_time_without_date() {
        let read = tvl("230220:1010:1422+JFK+MBJ+DL+441");
        assert_eq!(read.departure.unwrap().scheduled, at("2020-02-23 10:10"));
        assert_eq!(read.arrival.unwrap().scheduled, at("2020-02-23 14:22"));
        let read = tvl("230220:2330::0630+JFK+LHR+DL+1");
        assert_eq!(read.arrival.unwrap().scheduled, None);
        let read = tvl("230220:2330::0630:1+JFK+LHR+DL+1:Y");
        assert_eq!(read.arrival.unwrap().scheduled, at("2020-02-24 06:30"));
        assert_eq!(read.class.as_deref(), Some("Y"));
    }

    #[test]
    fn codeshare_in_company_element() {
        let read = tvl("010320:0900:010320:1200+CDG+JFK+AF:DL+3640:Y");
        let segment = read.to_segment();
        assert_eq!(segment.carrier.as_deref(), Some("AF"));
        assert_eq!(segment.operating_carrier.as_deref(), Some("DL"));
        let same = tvl("010320:0900:010320:1200+CDG+JFK+AF:AF+3640:Y").to_segment();
        assert_eq!(same.operating_carrier, None);
    }

    #[test]
    fn codeshare_as_second_tvl() {
        let mut first = tvl("010320:0900:010320:1200+CDG+JFK+AF+3640:Y").to_segment();
        let second = tvl("010320:0900:010320:1200+CDG+JFK+DL+0264");
        assert!(merge_codeshare(&mut first, &second));
        assert_eq!(first.operating_carrier.as_deref(), Some("DL"));
        assert_eq!(first.operating_number.as_deref(), Some("0264"));
        let mut other = tvl("010320:0900:010320:1200+CDG+JFK+AF+3640:Y").to_segment();
        assert!(!merge_codeshare(
            &mut other,
            &tvl("020320:0900:020320:1200+JFK+CDG+AF+3641")
        ));
    }
}
