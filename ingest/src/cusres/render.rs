//! Writes a [`Response`] as a CUSRES interchange, in the layout documented on the module
//! (`cusres`): one line, one group, one message, values escaped by the shared [`Writer`].

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::{Response, ResponseLeg};
use crate::dates::{self, Century};
use crate::edifact::{Delimiters, Writer};

/// Renders the response with the default delimiters (`UNA:+.? '`).
///
/// The layout is documented on the `cusres` module; it is deterministic, so that the text can
/// be compared byte for byte.
pub fn render(response: &Response) -> String {
    render_with(response, &Delimiters::default())
}

/// Renders the response with the given delimiters, declared in the UNA that starts the text.
pub fn render_with(response: &Response, delimiters: &Delimiters) -> String {
    let mut w = Writer::new(*delimiters);
    w.service_string_advice();
    let interchange = &response.interchange;
    let syntax_identifier = if is_ascii(response) { "UNOA" } else { "UNOW" };
    let sender = clean(&interchange.sender);
    let recipient = clean(&interchange.recipient);
    let control_ref = clean(&interchange.control_ref);
    let (prepared_date, prepared_time) = interchange_date_time(interchange.prepared);
    w.segment(
        "UNB",
        &[
            &[syntax_identifier, "4"],
            &[&sender],
            &[&recipient],
            &[&prepared_date, &prepared_time],
            &[&control_ref],
            &[],
            &["IAPI"],
        ],
    );
    w.segment(
        "UNG",
        &[
            &["CUSRES"],
            &[&sender],
            &[&recipient],
            &[&prepared_date, &prepared_time],
            &[&control_ref],
            &["UN"],
            &["D", "05B"],
        ],
    );
    let message_ref = clean(&response.message_ref);
    w.segment(
        "UNH",
        &[&[&message_ref], &["CUSRES", "D", "05B", "UN", "IATA"]],
    );
    w.segment("BGM", &[&[response.kind.document_code()]]);
    reference(&mut w, "TN", response.transaction_ref.as_deref());
    reference(&mut w, "AF", response.flight.as_deref());
    let reference_date = interchange.prepared.date();
    for leg in &response.legs {
        render_leg(&mut w, leg, reference_date);
    }
    if let Some(error) = &response.message_error {
        w.segment("ERP", &[&["1"]]);
        w.segment("ERC", &[&[&clean(&error.code)]]);
        agent_text(&mut w, error.text.as_deref());
    }
    for passenger in &response.passengers {
        w.segment("ERP", &[&["2"]]);
        reference(&mut w, "AVF", passenger.booking_ref.as_deref());
        w.segment("RFF", &[&["ABO", &clean(&passenger.passenger_ref)]]);
        w.segment("ERC", &[&[&clean(&passenger.code)]]);
        agent_text(&mut w, passenger.text.as_deref());
    }
    w.message_trailer(&message_ref);
    w.segment("UNE", &[&["1"], &[&control_ref]]);
    w.segment("UNZ", &[&["1"], &[&control_ref]]);
    w.finish()
}

fn render_leg(w: &mut Writer, leg: &ResponseLeg, reference_date: NaiveDate) {
    for (qualifier, time) in [("189", leg.departure), ("232", leg.arrival)] {
        if let Some(time) = time {
            let (value, format) = leg_date_time(time, reference_date);
            w.segment("DTM", &[&[qualifier, &value, format]]);
        }
    }
    w.segment("LOC", &[&["125"], &[&clean(&leg.departure_airport)]]);
    w.segment("LOC", &[&["87"], &[&clean(&leg.arrival_airport)]]);
}

/// Writes `RFF+<qualifier>:<value>` when the value is present and not empty.
fn reference(w: &mut Writer, qualifier: &str, value: Option<&str>) {
    if let Some(value) = value.filter(|v| !v.is_empty()) {
        w.segment("RFF", &[&[qualifier, &clean(value)]]);
    }
}

/// Writes `FTX+AAP+++<text>` when the text is present and not empty.
fn agent_text(w: &mut Writer, text: Option<&str>) {
    if let Some(text) = text.filter(|t| !t.is_empty()) {
        w.segment("FTX", &[&["AAP"], &[], &[], &[&clean(text)]]);
    }
}

/// Returns the value with its line breaks replaced by spaces: a reader takes line breaks inside
/// a segment for line folding and removes them.
fn clean(value: &str) -> Cow<'_, str> {
    if value.contains(['\r', '\n']) {
        Cow::Owned(value.replace(['\r', '\n'], " "))
    } else {
        Cow::Borrowed(value)
    }
}

/// Returns the UNB date and time: `YYMMDD` for the years a reader puts in the 2000s,
/// `CCYYMMDD` otherwise, and `HHMM`.
fn interchange_date_time(prepared: NaiveDateTime) -> (String, String) {
    let date_format = if (2000..=2099).contains(&prepared.year()) {
        "%y%m%d"
    } else {
        "%Y%m%d"
    };
    (
        prepared.format(date_format).to_string(),
        prepared.format("%H%M").to_string(),
    )
}

/// Returns a leg time and its format: `YYMMDDHHMM` (201) when a reader resolving the two-digit
/// year against the preparation date finds this date, `CCYYMMDDHHMM` (203) otherwise.
fn leg_date_time(time: NaiveDateTime, reference_date: NaiveDate) -> (String, &'static str) {
    let short = time.format("%y%m%d%H%M").to_string();
    let to_the_minute = time.with_second(0).and_then(|t| t.with_nanosecond(0));
    if dates::parse_dtm(&short, reference_date, Century::Near) == to_the_minute {
        (short, "201")
    } else {
        (time.format("%Y%m%d%H%M").to_string(), "203")
    }
}

/// Returns true when every value of the response is ASCII (UNOA can declare it).
fn is_ascii(response: &Response) -> bool {
    let interchange = &response.interchange;
    let optional = |value: &Option<String>| value.as_deref().is_none_or(str::is_ascii);
    let envelope = [
        &interchange.sender,
        &interchange.recipient,
        &interchange.control_ref,
        &response.message_ref,
    ];
    envelope.iter().all(|value| value.is_ascii())
        && optional(&response.transaction_ref)
        && optional(&response.flight)
        && response
            .legs
            .iter()
            .all(|leg| leg.departure_airport.is_ascii() && leg.arrival_airport.is_ascii())
        && response
            .message_error
            .as_ref()
            .is_none_or(|error| error.code.is_ascii() && optional(&error.text))
        && response.passengers.iter().all(|passenger| {
            optional(&passenger.booking_ref)
                && passenger.passenger_ref.is_ascii()
                && passenger.code.is_ascii()
                && optional(&passenger.text)
        })
}
