use chrono::{NaiveDate, NaiveDateTime};
use proptest::option;
use proptest::prelude::*;

use super::*;
use crate::edifact::Delimiters;
use crate::error::ErrorKind;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .unwrap()
}

fn interchange() -> Interchange {
    Interchange {
        sender: "NIAGOV".into(),
        recipient: "XYZAIR".into(),
        control_ref: "000123".into(),
        prepared: at(2025, 7, 3, 13, 5),
    }
}

fn passenger(
    booking: Option<&str>,
    reference: &str,
    code: &str,
    text: Option<&str>,
) -> PassengerResponse {
    PassengerResponse {
        booking_ref: booking.map(str::to_owned),
        passenger_ref: reference.into(),
        code: code.into(),
        text: text.map(str::to_owned),
    }
}

/// An answer for three passengers of one party and a walk-up on flight XY123 CDG → JFK.
fn three_passenger_answer() -> Response {
    Response {
        interchange: interchange(),
        message_ref: "CR0001".into(),
        kind: ResponseKind::Answer,
        transaction_ref: Some("PAX001".into()),
        flight: Some("XY123".into()),
        legs: vec![ResponseLeg {
            departure_airport: "CDG".into(),
            arrival_airport: "JFK".into(),
            departure: Some(at(2025, 7, 3, 14, 0)),
            arrival: Some(at(2025, 7, 3, 16, 20)),
        }],
        message_error: None,
        passengers: vec![
            passenger(Some("ABC123"), "XY0001", "0Z", Some("OK TO BOARD")),
            passenger(
                Some("ABC123"),
                "XY0002",
                "1Z",
                Some("NO BOARD, CONTACT NIA"),
            ),
            passenger(None, "XY0003", "4Z", None),
        ],
    }
}

/// Written by hand from MESSAGES.md 3.1, segment by segment.
const THREE_PASSENGER_ANSWER: &str = concat!(
    "UNA:+.? '",
    "UNB+UNOA:4+NIAGOV+XYZAIR+250703:1305+000123++IAPI'",
    "UNG+CUSRES+NIAGOV+XYZAIR+250703:1305+000123+UN+D:05B'",
    "UNH+CR0001+CUSRES:D:05B:UN:IATA'",
    "BGM+962'",
    "RFF+TN:PAX001'",
    "RFF+AF:XY123'",
    "DTM+189:2507031400:201'",
    "DTM+232:2507031620:201'",
    "LOC+125+CDG'",
    "LOC+87+JFK'",
    "ERP+2'",
    "RFF+AVF:ABC123'",
    "RFF+ABO:XY0001'",
    "ERC+0Z'",
    "FTX+AAP+++OK TO BOARD'",
    "ERP+2'",
    "RFF+AVF:ABC123'",
    "RFF+ABO:XY0002'",
    "ERC+1Z'",
    "FTX+AAP+++NO BOARD, CONTACT NIA'",
    "ERP+2'",
    "RFF+ABO:XY0003'",
    "ERC+4Z'",
    "UNT+22+CR0001'",
    "UNE+1+000123'",
    "UNZ+1+000123'",
);

#[test]
fn renders_a_three_passenger_answer_exactly() {
    let response = three_passenger_answer();
    let text = render(&response);
    assert_eq!(text, THREE_PASSENGER_ANSWER);
    let parsed = parse_with_warnings(text.as_bytes()).unwrap();
    assert_eq!(parsed.response, response);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn values_are_escaped_with_the_release_character() {
    let mut response = three_passenger_answer();
    response.legs.clear();
    response.passengers = vec![passenger(
        Some("AB+12"),
        "O'NEILL:1",
        "1Z",
        Some("NO BOARD? CALL +86 10 5555'1234: DESK A"),
    )];
    let text = render(&response);
    assert!(text.contains(
        "ERP+2'RFF+AVF:AB?+12'RFF+ABO:O?'NEILL?:1'ERC+1Z'\
FTX+AAP+++NO BOARD?? CALL ?+86 10 5555?'1234?: DESK A'UNT+"
    ));
    assert_eq!(parse(text.as_bytes()).unwrap(), response);
}

#[test]
fn unsolicited_change_is_bgm_132() {
    let response = Response {
        message_ref: "CR0002".into(),
        kind: ResponseKind::Unsolicited,
        transaction_ref: None,
        legs: vec![ResponseLeg {
            departure_airport: "CDG".into(),
            arrival_airport: "JFK".into(),
            departure: None,
            arrival: None,
        }],
        passengers: vec![passenger(Some("ABC123"), "XY0001", "1Z", Some("NO BOARD"))],
        ..three_passenger_answer()
    };
    let text = render(&response);
    assert!(text.contains(
        "UNH+CR0002+CUSRES:D:05B:UN:IATA'BGM+132'RFF+AF:XY123'LOC+125+CDG'LOC+87+JFK'\
ERP+2'RFF+AVF:ABC123'RFF+ABO:XY0001'ERC+1Z'FTX+AAP+++NO BOARD'UNT+11+CR0002'"
    ));
    assert_eq!(parse(text.as_bytes()).unwrap(), response);
}

#[test]
fn message_error_comes_before_passengers() {
    let response = Response {
        kind: ResponseKind::Answer,
        legs: Vec::new(),
        message_error: Some(MessageError {
            code: codes::MESSAGE_ERROR.into(),
            text: Some("SYSTEM ERROR, RESEND".into()),
        }),
        passengers: vec![passenger(None, "XY0001", "4Z", None)],
        ..three_passenger_answer()
    };
    let text = render(&response);
    assert!(text.contains(
        "BGM+962'RFF+TN:PAX001'RFF+AF:XY123'ERP+1'ERC+1'FTX+AAP+++SYSTEM ERROR, RESEND'\
ERP+2'RFF+ABO:XY0001'ERC+4Z'UNT+11+CR0001'"
    ));
    assert_eq!(parse(text.as_bytes()).unwrap(), response);
}

#[test]
fn absent_and_empty_optional_values_write_no_segment() {
    let response = Response {
        interchange: interchange(),
        message_ref: "M".into(),
        kind: ResponseKind::Answer,
        transaction_ref: Some(String::new()),
        flight: None,
        legs: Vec::new(),
        message_error: None,
        passengers: vec![passenger(Some(""), "P1", "0Z", Some(""))],
    };
    let text = render(&response);
    assert!(text.contains("UNH+M+CUSRES:D:05B:UN:IATA'BGM+962'ERP+2'RFF+ABO:P1'ERC+0Z'UNT+6+M'"));
    let expected = Response {
        transaction_ref: None,
        passengers: vec![passenger(None, "P1", "0Z", None)],
        ..response
    };
    assert_eq!(parse(text.as_bytes()).unwrap(), expected);
}

#[test]
fn line_breaks_in_values_become_spaces() {
    let mut response = three_passenger_answer();
    response.passengers = vec![passenger(None, "P1", "2Z", Some("CALL\r\nGOVERNMENT"))];
    let text = render(&response);
    assert!(!text.contains(['\r', '\n']));
    assert!(text.contains("FTX+AAP+++CALL  GOVERNMENT'"));
}

#[test]
fn non_ascii_values_are_declared_utf8() {
    let mut response = three_passenger_answer();
    response.passengers[0].text = Some("EMBARQUEMENT AUTORISÉ".into());
    let text = render(&response);
    assert!(text.starts_with("UNA:+.? 'UNB+UNOW:4+NIAGOV"));
    assert_eq!(parse(text.as_bytes()).unwrap(), response);
}

#[test]
fn dates_far_from_the_preparation_date_keep_their_century() {
    let mut response = three_passenger_answer();
    response.interchange.prepared = at(1999, 12, 31, 23, 59);
    response.legs[0].departure = Some(at(2075, 1, 1, 0, 0));
    let text = render(&response);
    assert!(text.contains("+19991231:2359+000123++IAPI'"));
    assert!(text.contains("DTM+189:207501010000:203'DTM+232:2507031620:201'"));
    assert_eq!(parse(text.as_bytes()).unwrap(), response);
}

#[test]
fn the_json_form_round_trips() {
    let response = three_passenger_answer();
    let json = serde_json::to_value(&response).unwrap();
    assert_eq!(json["kind"], "answer");
    assert_eq!(json["passengers"][2]["passenger_ref"], "XY0003");
    assert!(json["passengers"][2].get("text").is_none());
    let back: Response = serde_json::from_value(json).unwrap();
    assert_eq!(back, response);
}

/// A carrier's acknowledgement of an unsolicited change as a departure control system sends it:
/// no UNA, CRLF after each segment, no functional group, sender qualifiers, the ERP+1 block last.
const CARRIER_ACKNOWLEDGEMENT: &str = "UNB+UNOA:4+XYZAIR:ZZ+NIAGOV:ZZ+250703:1307+ACK0001++IAPI'\r
UNH+1+CUSRES:D:05B:UN:IATA'\r
BGM+312'\r
RFF+TN:CR0002'\r
RFF+AF:XY123'\r
DTM+189:2507031400:201'\r
LOC+125+CDG'\r
LOC+87+JFK'\r
ERP+2'\r
RFF+AVF:ABC123'\r
RFF+ABO:XY0002'\r
ERC+1Z'\r
ERP+1'\r
ERC+118'\r
UNT+14+1'\r
UNZ+1+ACK0001'\r
";

#[test]
fn reads_a_carrier_acknowledgement_with_line_breaks() {
    let parsed = parse_with_warnings(CARRIER_ACKNOWLEDGEMENT.as_bytes()).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let expected = Response {
        interchange: Interchange {
            sender: "XYZAIR".into(),
            recipient: "NIAGOV".into(),
            control_ref: "ACK0001".into(),
            prepared: at(2025, 7, 3, 13, 7),
        },
        message_ref: "1".into(),
        kind: ResponseKind::Acknowledgement,
        transaction_ref: Some("CR0002".into()),
        flight: Some("XY123".into()),
        legs: vec![ResponseLeg {
            departure_airport: "CDG".into(),
            arrival_airport: "JFK".into(),
            departure: Some(at(2025, 7, 3, 14, 0)),
            arrival: None,
        }],
        message_error: Some(MessageError {
            code: "118".into(),
            text: None,
        }),
        passengers: vec![passenger(Some("ABC123"), "XY0002", "1Z", None)],
    };
    assert_eq!(parsed.response, expected);
}

#[test]
fn reads_legs_in_paxlst_order_and_text_over_several_components() {
    let input = "UNA:*.? $UNB*UNOA:4*GOV*AIR*20250703:1030*9**IAPI$UNH*1*CUSRES:D:02B:UN:IATA$\
BGM*962$LOC*125*CDG$DTM*189:202507031400:203$LOC*87*JFK$DTM*232:2507031620:201$\
LOC*125*JFK$LOC*87*ORD$DTM*232:2507031900:201$\
ERP*2$RFF*ABO:P1$ERC*2Z$FTX*AAP***CONTACT:GOVERNMENT$FTX*AAP***DESK 4$UNT*15*1$UNZ*1*9$";
    let parsed = parse_with_warnings(input.as_bytes()).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let legs = &parsed.response.legs;
    assert_eq!(legs.len(), 2);
    assert_eq!(legs[0].departure, Some(at(2025, 7, 3, 14, 0)));
    assert_eq!(legs[0].arrival, Some(at(2025, 7, 3, 16, 20)));
    assert_eq!(
        (legs[1].departure_airport.as_str(), legs[1].departure),
        ("JFK", None)
    );
    assert_eq!(legs[1].arrival, Some(at(2025, 7, 3, 19, 0)));
    assert_eq!(
        parsed.response.passengers[0].text.as_deref(),
        Some("CONTACT GOVERNMENT DESK 4")
    );
}

#[test]
fn tolerated_oddities_are_warnings() {
    let input = "UNB+UNOA:4+GOV+AIR+250703:1030+9++IAPI'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'\
DTM+137:2507031030:201'ERP+2'RFF+ABO:P1'RFF+ABO:P9'ERC+0Z'ERC+1Z'QTY+1'UNT+99+1'UNZ+1+9'";
    let parsed = parse_with_warnings(input.as_bytes()).unwrap();
    let codes: Vec<_> = parsed.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "count_mismatch",
            "unexpected_segment",
            "duplicate_reference",
            "duplicate_code",
            "unexpected_segment"
        ]
    );
    assert_eq!(
        parsed.response.passengers,
        [passenger(None, "P1", "0Z", None)]
    );
}

/// Wraps a body in an interchange; the UNT count is left wrong on purpose (a warning only).
fn wrapped(body: &str) -> String {
    format!(
        "UNB+UNOA:4+GOV+AIR+250703:1030+9++IAPI'UNH+1+CUSRES:D:05B:UN:IATA'{body}UNT+2+1'UNZ+1+9'"
    )
}

fn error_of(input: &str) -> crate::ParseError {
    parse(input.as_bytes()).unwrap_err()
}

#[test]
fn input_without_unh_is_rejected() {
    let error = error_of("UNB+UNOA:4+GOV+AIR+250703:1030+9++IAPI'BGM+962'ERP+2'UNZ+1+9'");
    assert_eq!(error.kind, ErrorKind::Empty);
}

#[test]
fn passenger_block_without_abo_is_rejected_at_its_erp() {
    let input = wrapped("BGM+962'ERP+2'RFF+ABO:P1'ERC+0Z'ERP+2'RFF+AVF:SECRET1'ERC+1Z'");
    let error = error_of(&input);
    assert_eq!(error.kind, ErrorKind::MissingElement);
    assert_eq!(error.tag.as_deref(), Some("ERP"));
    assert_eq!(error.segment_index, Some(6));
    assert_eq!(error.offset, input.find("ERP+2'RFF+AVF").unwrap());
    assert!(!error.to_string().contains("SECRET1"), "{error}");
}

#[test]
fn block_without_erc_is_rejected() {
    let input = wrapped("BGM+962'ERP+2'RFF+ABO:P1'FTX+AAP+++OK'");
    let error = error_of(&input);
    assert_eq!(
        (error.kind, error.tag.as_deref()),
        (ErrorKind::MissingElement, Some("ERP"))
    );
    assert!(error.message.contains("ERC"), "{error}");
    let error = error_of(&wrapped("BGM+962'ERP+1'"));
    assert_eq!(error.segment_index, Some(3));
}

#[test]
fn unknown_document_code_or_erp_level_is_rejected() {
    let error = error_of(&wrapped("BGM+745'"));
    assert_eq!(
        (error.kind, error.tag.as_deref()),
        (ErrorKind::UnsupportedMessage, Some("BGM"))
    );
    let error = error_of(&wrapped("RFF+TN:X'"));
    assert_eq!(
        (error.kind, error.tag.as_deref()),
        (ErrorKind::MissingElement, Some("UNH"))
    );
    let error = error_of(&wrapped("BGM+962'ERP+3'ERC+1'"));
    assert_eq!(
        (error.kind, error.tag.as_deref()),
        (ErrorKind::MissingElement, Some("ERP"))
    );
}

#[test]
fn envelope_problems_are_rejected_with_their_position() {
    let paxlst = "UNB+UNOA:4+A+G+250703:1030+9++APIS'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'";
    assert_eq!(error_of(paxlst).kind, ErrorKind::UnsupportedMessage);

    let two = format!("{}UNH+2+CUSRES'BGM+962'UNT+3+2'", wrapped("BGM+962'"));
    let error = error_of(&two);
    assert_eq!(
        (error.kind, error.tag.as_deref()),
        (ErrorKind::Envelope, Some("UNH"))
    );
    assert_eq!(error.offset, two.find("UNH+2").unwrap());

    let error = error_of("UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'UNT+3+1'");
    assert_eq!(error.kind, ErrorKind::Envelope);

    let undated = "UNA:+.? 'UNB+UNOA:4+GOV+AIR++9'UNH+1+CUSRES'BGM+962'UNT+3+1'UNZ+1+9'";
    let error = error_of(undated);
    assert_eq!(
        (error.kind, error.tag.as_deref()),
        (ErrorKind::MissingElement, Some("UNB"))
    );
    assert_eq!((error.offset, error.segment_index), (9, Some(0)));

    let truncated = "UNB+UNOA:4+GOV+AIR+250703:1030+9'UNH+1+CUSRES'BGM+962'ERP+2'RFF+ABO:P1";
    assert_eq!(error_of(truncated).kind, ErrorKind::Truncated);
}

fn value() -> impl Strategy<Value = String> {
    "[A-Z0-9]([A-Z0-9 '+:?*$/.,-]{0,12}[A-Z0-9])?"
}

/// Agent text, sometimes beyond ASCII (then declared UNOW).
fn text() -> impl Strategy<Value = String> {
    "[A-Z0-9]([A-Z0-9 '+:?*$/.,ÄÉ-]{0,30}[A-Z0-9])?"
}

/// Minutes from 1950 to 2150: around the preparation date (format 201) and far from it (203).
fn date_time() -> impl Strategy<Value = NaiveDateTime> {
    (1950i32..2150, 1u32..=12, 1u32..=28, 0u32..24, 0u32..60)
        .prop_map(|(y, m, d, h, min)| at(y, m, d, h, min))
}

fn leg() -> impl Strategy<Value = ResponseLeg> {
    (
        "[A-Z]{3}",
        "[A-Z]{3}",
        option::of(date_time()),
        option::of(date_time()),
    )
        .prop_map(
            |(departure_airport, arrival_airport, departure, arrival)| ResponseLeg {
                departure_airport,
                arrival_airport,
                departure,
                arrival,
            },
        )
}

fn passenger_response() -> impl Strategy<Value = PassengerResponse> {
    (
        option::of(value()),
        value(),
        "[0-9][A-Z]?",
        option::of(text()),
    )
        .prop_map(
            |(booking_ref, passenger_ref, code, text)| PassengerResponse {
                booking_ref,
                passenger_ref,
                code,
                text,
            },
        )
}

fn response() -> impl Strategy<Value = Response> {
    let interchange = (value(), value(), value(), date_time()).prop_map(
        |(sender, recipient, control_ref, prepared)| Interchange {
            sender,
            recipient,
            control_ref,
            prepared,
        },
    );
    let kind = prop::sample::select(vec![
        ResponseKind::Answer,
        ResponseKind::Unsolicited,
        ResponseKind::Acknowledgement,
    ]);
    let message_error = option::of(
        ("[0-9]{1,3}", option::of(text())).prop_map(|(code, text)| MessageError { code, text }),
    );
    (
        interchange,
        value(),
        kind,
        option::of(value()),
        option::of("[A-Z0-9]{2}[0-9]{1,4}"),
        prop::collection::vec(leg(), 0..3),
        message_error,
        prop::collection::vec(passenger_response(), 0..5),
    )
        .prop_map(
            |(
                interchange,
                message_ref,
                kind,
                transaction_ref,
                flight,
                legs,
                message_error,
                passengers,
            )| {
                Response {
                    interchange,
                    message_ref,
                    kind,
                    transaction_ref,
                    flight,
                    legs,
                    message_error,
                    passengers,
                }
            },
        )
}

/// Delimiter sets real senders use, each with a release character (without one, values holding
/// a separator cannot be written).
fn delimiters() -> impl Strategy<Value = Delimiters> {
    prop::sample::select(vec![":+.? '", ":*.? $", ":+.?*'", "^~.!|\""])
        .prop_map(|una| Delimiters::from_una(una.as_bytes(), 0).unwrap())
}

proptest! {
    #[test]
    fn render_then_parse_gives_the_response_back(response in response(), delimiters in delimiters()) {
        let text = render_with(&response, &delimiters);
        prop_assert!(!text.contains('\n'));
        let parsed = parse_with_warnings(text.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&parsed.response, &response, "rendered:\n{}", text);
        prop_assert!(parsed.warnings.is_empty(), "{:?}\n{}", parsed.warnings, text);
    }
}

/// Body segments, well-formed and not, from which [`segment_soup`] draws.
const SOUP: &[&str] = &[
    "BGM+962'",
    "BGM+312'",
    "RFF+TN:T?'1'",
    "RFF+AF: XY123 '",
    "RFF+ZZ:1'",
    "DTM+189:2507031400:201'",
    "DTM+189:203001011200:203'",
    "DTM+232:2507032400:201'",
    "DTM+232:19991231:102'",
    "DTM+189:99999'",
    "DTM+137:2507031030:201'",
    "LOC+125+CDG'",
    "LOC+87+jfk'",
    "LOC+87+'",
    "LOC+92+ORD'",
    "ERP+1'",
    "ERP+2'",
    "ERP+2'RFF+ABO:P1'ERC+0Z'",
    "ERP+2'RFF+AVF:B1'RFF+ABO:P2'ERC+1Z'FTX+AAP+++CALL:GOV'",
    "ERP+1'ERC+1'",
    "RFF+AVF:AB?+C'",
    "RFF+ABO:P?:2'",
    "ERC+1Z'",
    "ERC+:X'",
    "FTX+AAP+++NO:BOARD'",
    "FTX+AAP+++ \u{e9}T\u{e9} '",
    "FTX+ZZZ+++X'",
    "\r\nQTY+1'",
];

/// Messages made of [`SOUP`] segments in any order, most of which the parser accepts.
fn segment_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(SOUP), 0..14).prop_map(|segments| {
        format!(
            "UNB+UNOW:4+GOV:ZZ+AIR+250703:1030+9++IAPI'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962'{}\
UNT+1+1'UNZ+1+9'",
            segments.concat()
        )
    })
}

proptest! {
    /// Whatever the parser accepts, it reads back the same from the renderer's text, without
    /// warnings: `parse(render(parse(x))) == parse(x)`. The fuzz target `cusres_parse` asserts
    /// the same on arbitrary bytes.
    #[test]
    fn what_parses_renders_and_parses_the_same(input in segment_soup()) {
        let Ok(first) = parse(input.as_bytes()) else {
            return Ok(());
        };
        let text = render(&first);
        let second = parse_with_warnings(text.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&second.response, &first, "input:\n{}\nrendered:\n{}", input, text);
        prop_assert!(second.warnings.is_empty(), "{:?}\n{}", second.warnings, text);
    }
}
