//! Each field family read from a hand-built manifest (see `crate::testing`), through rules.

use paxscreen_ingest::model::Role;

use crate::testing::{booking, date, holds, holds_for, leg, manifest, passport, segment, stop};

#[test]
fn traveller_fields() {
    assert!(holds(
        r#"{ field = "traveller.role", equals = "passenger" }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.role", equals = "PASSENGER" }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.nationality", equals = "nga" }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.residence", equals = "TUR" }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.birth_country", in = ["GHA", "NGA"] }"#
    ));
    assert!(holds(r#"{ field = "traveller.gender", equals = "M" }"#));
    assert!(holds(
        r#"{ field = "traveller.embarkation", equals = "IST" }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.debarkation", equals = "JFK" }"#
    ));
    assert!(holds(r#"{ field = "traveller.seat", prefix = "23" }"#));
    assert!(holds(r#"{ field = "traveller.bag_count", equals = 3 }"#));
    assert!(holds(
        r#"{ field = "traveller.bag_weight_kg", above = 60 }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.documents_verified", is = false }"#
    ));
    assert!(holds(r#"{ field = "traveller.infant", is = false }"#));
    assert!(holds(
        r#"{ field = "traveller.document_count", equals = 1 }"#
    ));
}

#[test]
fn age_is_whole_years_at_the_departure_of_the_arrival_leg() {
    // Born 1990-03-10; the arrival leg departs 2026-03-10: the 36th birthday.
    assert!(holds(r#"{ field = "traveller.age", equals = 36 }"#));
    let mut day_before_birthday = manifest();
    day_before_birthday.travellers[0].date_of_birth = Some(date("1990-03-11"));
    assert!(holds_for(
        &day_before_birthday,
        r#"{ field = "traveller.age", equals = 35 }"#
    ));

    // Without a scheduled departure, the age is taken at evaluation time (2026-03-10 too).
    let mut unscheduled = day_before_birthday.clone();
    for leg in &mut unscheduled.flight.legs {
        leg.departure.as_mut().unwrap().scheduled = None;
    }
    assert!(holds_for(
        &unscheduled,
        r#"{ field = "traveller.age", equals = 35 }"#
    ));

    let mut no_birth_date = manifest();
    no_birth_date.travellers[0].date_of_birth = None;
    assert!(holds_for(
        &no_birth_date,
        r#"{ field = "traveller.age", missing = true }"#
    ));
    assert!(!holds_for(
        &no_birth_date,
        r#"{ field = "traveller.age", below = 200 }"#
    ));
}

#[test]
fn transit_compares_the_journey_with_the_arrival_leg() {
    // Embarked in IST, the arrival leg departs FRA.
    assert!(holds(r#"{ field = "traveller.transit", is = true }"#));
    let mut direct = manifest();
    direct.travellers[0].embarkation = Some("FRA".to_owned());
    assert!(holds_for(
        &direct,
        r#"{ field = "traveller.transit", is = false }"#
    ));
    direct.travellers[0].debarkation = Some("BOS".to_owned());
    assert!(holds_for(
        &direct,
        r#"{ field = "traveller.transit", is = true }"#
    ));
    let mut unknown = manifest();
    unknown.travellers[0].embarkation = None;
    unknown.travellers[0].debarkation = None;
    assert!(holds_for(
        &unknown,
        r#"{ field = "traveller.transit", missing = true }"#
    ));
    unknown.travellers[0].role = Role::TransitPassenger;
    assert!(holds_for(
        &unknown,
        r#"{ field = "traveller.transit", is = true }"#
    ));
}

#[test]
fn document_fields_read_the_first_document() {
    let mut two_documents = manifest();
    two_documents.travellers[0]
        .documents
        .push(passport("Z999", "2040-01-01"));
    let holds = |condition: &str| holds_for(&two_documents, condition);
    assert!(holds(r#"{ field = "document.type", equals = "p" }"#));
    assert!(holds(r#"{ field = "document.number", prefix = "a098" }"#));
    assert!(!holds(r#"{ field = "document.number", prefix = "Z9" }"#));
    assert!(holds(
        r#"{ field = "document.issuing_country", equals = "NGA" }"#
    ));
    assert!(holds(
        r#"{ field = "document.check_digit_valid", is = true }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.document_count", equals = 2 }"#
    ));
}

#[test]
fn document_expiry_is_counted_from_the_arrival_date() {
    // Expires 2026-03-20, arrives 2026-03-10.
    assert!(holds(
        r#"{ field = "document.expiry_days_after_arrival", equals = 10 }"#
    ));
    let mut expired = manifest();
    expired.travellers[0].documents[0].expiry = Some(date("2026-03-01"));
    assert!(holds_for(
        &expired,
        r#"{ field = "document.expiry_days_after_arrival", below = 0 }"#
    ));
    expired.travellers[0].documents[0].expiry = None;
    assert!(holds_for(
        &expired,
        r#"{ field = "document.expiry_days_after_arrival", missing = true }"#
    ));
}

#[test]
fn a_traveller_without_documents_misses_every_document_field() {
    let mut undocumented = manifest();
    undocumented.travellers[0].documents.clear();
    let holds = |condition: &str| holds_for(&undocumented, condition);
    assert!(holds(r#"{ field = "document.number", missing = true }"#));
    assert!(holds(r#"{ field = "document.type", missing = true }"#));
    assert!(holds(
        r#"{ field = "document.check_digit_valid", missing = true }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.document_count", equals = 0 }"#
    ));
}

#[test]
fn flight_fields_use_the_leg_that_crosses_the_border() {
    assert!(holds(r#"{ field = "flight.carrier", equals = "XY" }"#));
    assert!(holds(r#"{ field = "flight.number", equals = "123" }"#));
    assert!(holds(
        r#"{ field = "flight.departure_airport", equals = "FRA" }"#
    ));
    assert!(holds(
        r#"{ field = "flight.arrival_airport", equals = "JFK" }"#
    ));
    assert!(holds(r#"{ field = "flight.leg_count", equals = 2 }"#));
    assert!(holds(r#"{ field = "flight.route", any_of = ["IST"] }"#));
    assert!(holds(
        r#"{ field = "flight.route", matches_route = "IST-FRA-JFK" }"#
    ));

    // No leg crosses: the last leg is the arrival leg.
    let mut none_crosses = manifest();
    none_crosses.flight.legs[1].crosses_border = false;
    assert!(holds_for(
        &none_crosses,
        r#"{ field = "flight.departure_airport", equals = "FRA" }"#
    ));
    // The first leg crosses.
    let mut first_crosses = manifest();
    first_crosses.flight.legs[0].crosses_border = true;
    first_crosses.flight.legs[1].crosses_border = false;
    assert!(holds_for(
        &first_crosses,
        r#"{ field = "flight.arrival_airport", equals = "FRA" }"#
    ));
}

#[test]
fn routes_list_each_airport_once_in_order() {
    let mut open_jaw = manifest();
    open_jaw.flight.legs = vec![
        leg("IST", "2026-03-10T08:00", "FRA", "2026-03-10T10:30", false),
        leg("MUC", "2026-03-10T13:00", "JFK", "2026-03-10T16:00", true),
    ];
    assert!(holds_for(
        &open_jaw,
        r#"{ field = "flight.route", matches_route = "IST-FRA-MUC-JFK" }"#
    ));
    open_jaw.flight.legs[1].departure = None;
    assert!(holds_for(
        &open_jaw,
        r#"{ field = "flight.route", matches_route = "IST-FRA-JFK" }"#
    ));
    open_jaw.flight.legs.clear();
    assert!(holds_for(
        &open_jaw,
        r#"{ field = "flight.route", missing = true }"#
    ));
    assert!(holds_for(
        &open_jaw,
        r#"{ field = "flight.leg_count", equals = 0 }"#
    ));
}

#[test]
fn booking_fields() {
    assert!(holds(
        r#"{ field = "booking.record_locator", equals = "abc123" }"#
    ));
    // Created 2026-03-09 20:00, the first segment departs 2026-03-10 08:00.
    assert!(holds(
        r#"{ field = "booking.hours_before_departure", equals = 12 }"#
    ));
    assert!(holds(r#"{ field = "booking.one_way", is = true }"#));
    assert!(holds(
        r#"{ field = "booking.route", matches_route = "IST-*-JFK" }"#
    ));
    assert!(holds(
        r#"{ field = "booking.payment_forms", any_of = ["CA", "CASH"] }"#
    ));
    assert!(holds(
        r#"{ field = "booking.payment_forms", all_in = ["CA"] }"#
    ));
    assert!(holds(
        r#"{ field = "booking.agency_country", equals = "TUR" }"#
    ));
    assert!(holds(
        r#"{ field = "booking.agency_iata", in = ["12345675"] }"#
    ));
    assert!(holds(r#"{ field = "booking.group", is = false }"#));
    assert!(holds(r#"{ field = "booking.segment_count", equals = 2 }"#));
    assert!(holds(r#"{ field = "booking.ssr_codes", equals = "WCHR" }"#));
    assert!(holds(r#"{ field = "booking.ticket_count", equals = 1 }"#));
    assert!(holds(
        r#"{ field = "booking.days_since_ticket_issue", equals = 1 }"#
    ));
}

#[test]
fn return_itineraries_are_not_one_way() {
    let mut round_trip = manifest();
    round_trip.bookings[0].itinerary.push(segment(
        "JFK",
        "2026-03-20T18:00",
        "IST",
        "2026-03-21T11:00",
    ));
    assert!(holds_for(
        &round_trip,
        r#"{ field = "booking.one_way", is = false }"#
    ));
    round_trip.bookings[0].group_name = Some("CHOIR".to_owned());
    assert!(holds_for(
        &round_trip,
        r#"{ field = "booking.group", is = true }"#
    ));
}

#[test]
fn the_booking_is_found_by_index_or_by_record_locator() {
    let mut by_locator = manifest();
    by_locator.bookings[0].travellers.clear();
    assert!(holds_for(
        &by_locator,
        r#"{ field = "booking.record_locator", equals = "ABC123" }"#
    ));

    let mut other = booking();
    other.record_locator = "ZZZ999".to_owned();
    other.travellers = vec![0];
    let mut by_index = manifest();
    by_index.travellers[0].booking_ref = Some("ABC123".to_owned());
    by_index.bookings.insert(0, other);
    by_index.bookings[1].travellers.clear();
    assert!(holds_for(
        &by_index,
        r#"{ field = "booking.record_locator", equals = "ZZZ999" }"#
    ));
}

#[test]
fn without_a_booking_every_booking_field_is_missing() {
    let mut paxlst = manifest();
    paxlst.bookings.clear();
    let holds = |condition: &str| holds_for(&paxlst, condition);
    for field in [
        "booking.record_locator",
        "booking.hours_before_departure",
        "booking.one_way",
        "booking.route",
        "booking.payment_forms",
        "booking.agency_country",
        "booking.group",
        "booking.segment_count",
        "booking.ssr_codes",
        "booking.ticket_count",
        "booking.days_since_ticket_issue",
    ] {
        assert!(
            holds(&format!(r#"{{ field = "{field}", missing = true }}"#)),
            "{field}"
        );
    }
    assert!(!holds(
        r#"{ field = "booking.payment_forms", any_of = ["CA"] }"#
    ));
    assert!(!holds(r#"{ field = "booking.one_way", is = false }"#));
}

#[test]
fn hours_before_departure_fall_back_to_the_arrival_leg() {
    let mut no_itinerary = manifest();
    no_itinerary.bookings[0].itinerary.clear();
    // Created 2026-03-09 20:00, the arrival leg departs 2026-03-10 13:00.
    assert!(holds_for(
        &no_itinerary,
        r#"{ field = "booking.hours_before_departure", equals = 17 }"#
    ));
    no_itinerary.flight.legs[1].departure = stop("FRA", "2026-03-10T13:30");
    assert!(holds_for(
        &no_itinerary,
        r#"{ field = "booking.hours_before_departure", equals = 17.5 }"#
    ));
}

#[test]
fn empty_strings_are_missing_values() {
    let mut blank = manifest();
    blank.travellers[0].nationality = Some(String::new());
    blank.travellers[0].documents[0].number = " ".to_owned();
    assert!(holds_for(
        &blank,
        r#"{ field = "traveller.nationality", missing = true }"#
    ));
    assert!(holds_for(
        &blank,
        r#"{ field = "document.number", missing = true }"#
    ));
}
