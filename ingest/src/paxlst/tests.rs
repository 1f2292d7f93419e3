use chrono::NaiveDate;

use crate::model::{Gender, ManifestKind, Role};
use crate::{parse_with, ParseOptions};

fn options() -> ParseOptions {
    ParseOptions {
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

const SINGLE: &str = "UNA:+.? '\
UNB+UNOA:4+XYZAIR:ZZ+GOVAPI:ZZ+250703:1030+1234567++APIS'\
UNG+PAXLST+XYZ AIRLINES+GOVAPI+250703:1030+1+UN+D:05B'\
UNH+PAX001+PAXLST:D:05B:UN:IATA+XY123/250703/1400+01:F'\
BGM+745'\
RFF+TN:BA123456789:::1'\
NAD+MS+++OPS CENTRE'\
COM+703-555-1234:TE+703-555-9876:FX'\
TDT+20+XY123+++XY'\
LOC+125+CDG'\
DTM+189:2507031400:201'\
LOC+87+JFK'\
DTM+232:2507031620:201'\
NAD+FL+++DOE:JOHN:WAYNE+20 MAIN STREET+ANYCITY+VA+10053+USA'\
ATT+2++M'\
DTM+329:720315'\
LOC+22+JFK'\
LOC+174+FRA'\
LOC+178+CDG'\
LOC+179+JFK'\
LOC+180+FRA:::LYON'\
NAT+2+FR'\
RFF+AVF:ABC123'\
RFF+ABO:XY0001'\
RFF+SEA:23C'\
DOC+P:110:111+12AB-34567'\
DTM+36:300101'\
LOC+91+FRA'\
DOC+V+V998877'\
DTM+36:260101'\
LOC+91+USA'\
CNT+42:1'\
UNT+30+PAX001'\
UNE+1+1'\
UNZ+1+1234567'";

#[test]
fn reads_a_complete_passenger_list() {
    let manifests = parse_with(SINGLE.as_bytes(), &options()).unwrap();
    assert_eq!(manifests.len(), 1);
    let m = &manifests[0];
    assert_eq!(m.kind, ManifestKind::PassengerList);
    assert_eq!(m.version.as_deref(), Some("D:05B"));
    assert_eq!(m.transaction_ref.as_deref(), Some("BA123456789"));
    assert_eq!(m.reporting_party.as_deref(), Some("OPS CENTRE"));
    assert_eq!(m.flight.carrier.as_deref(), Some("XY"));
    assert_eq!(m.flight.number.as_deref(), Some("123"));
    assert_eq!(m.flight.legs.len(), 1);
    let leg = &m.flight.legs[0];
    assert!(leg.crosses_border);
    assert_eq!(leg.departure.as_ref().unwrap().airport, "CDG");
    assert_eq!(
        leg.arrival.as_ref().unwrap().scheduled.unwrap().to_string(),
        "2025-07-03 16:20:00"
    );
    let t = &m.travellers[0];
    assert_eq!(t.role, Role::Passenger);
    assert_eq!(
        (t.surname.as_str(), t.given_names.as_str()),
        ("DOE", "JOHN WAYNE")
    );
    assert_eq!(t.gender, Some(Gender::M));
    assert_eq!(t.date_of_birth, NaiveDate::from_ymd_opt(1972, 3, 15));
    assert_eq!(t.nationality.as_deref(), Some("FRA"));
    assert_eq!(t.raw.nationality.as_deref(), Some("FR"));
    assert_eq!(t.residence.as_deref(), Some("FRA"));
    assert_eq!(t.birth_country.as_deref(), Some("FRA"));
    assert_eq!(t.birth_place.as_deref(), Some("LYON"));
    assert_eq!(t.clearance.as_deref(), Some("JFK"));
    assert_eq!(t.embarkation.as_deref(), Some("CDG"));
    assert_eq!(t.debarkation.as_deref(), Some("JFK"));
    assert_eq!(t.booking_ref.as_deref(), Some("ABC123"));
    assert_eq!(t.passenger_ref.as_deref(), Some("XY0001"));
    assert_eq!(t.seat.as_deref(), Some("23C"));
    assert_eq!(t.address.as_ref().unwrap().city.as_deref(), Some("ANYCITY"));
    assert_eq!(t.documents.len(), 2);
    let passport = &t.documents[0];
    assert_eq!(passport.doc_type, "P");
    assert_eq!(passport.number, "12AB34567");
    assert_eq!(passport.number_raw.as_deref(), Some("12AB-34567"));
    assert_eq!(passport.issuing_country.as_deref(), Some("FRA"));
    assert_eq!(passport.expiry, NaiveDate::from_ymd_opt(2030, 1, 1));
    assert_eq!(t.documents[1].doc_type, "V");
    assert_eq!(t.documents[1].issuing_country.as_deref(), Some("USA"));
    assert_eq!(m.declared_count.passengers, Some(1));
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn crew_list_with_transit_crew_and_counts() {
    let input = "UNH+1+PAXLST:D:12B:UN:IATA'BGM+250'TDT+20+ZZ9+++ZZ'LOC+125+LHR'LOC+87+ORD'\
NAD+FM+++PILOT:ANNA'ATT+2++F'EMP+1+CR1:110:111'DTM+329:19800101:102'\
NAD+DDT+++STEWARD:BOB'ATT+2++X'DTM+329:990101'\
CNT+41:3'UNT+14+1'";
    let m = &parse_with(input.as_bytes(), &options()).unwrap()[0];
    assert_eq!(m.kind, ManifestKind::CrewList);
    assert_eq!(m.travellers[0].role, Role::Crew);
    assert_eq!(m.travellers[0].crew_function.as_deref(), Some("CR1"));
    assert_eq!(m.travellers[1].role, Role::TransitCrew);
    assert_eq!(m.travellers[1].gender, Some(Gender::X));
    assert_eq!(
        m.travellers[1].date_of_birth,
        NaiveDate::from_ymd_opt(1999, 1, 1)
    );
    let codes: Vec<_> = m.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["count_mismatch"], "{:?}", m.warnings);
    assert!(m.warnings[0]
        .message
        .contains("CNT+41 declares 3 crew members, the manifest has 2"));
}

#[test]
fn close_outs_in_both_dialects() {
    for bgm in ["BGM+266+CLOB'", "BGM+745+CLOB'"] {
        let input = format!(
            "UNH+1+PAXLST:D:05B:UN:IATA'{bgm}TDT+20+XY1'LOC+125+CDG'LOC+87+JFK'\
NAD+ZZZ'RFF+ABO:P1'NAD+ZZZ'RFF+ABO:P2'UNT+10+1'"
        );
        let m = &parse_with(input.as_bytes(), &options()).unwrap()[0];
        assert_eq!(m.kind, ManifestKind::CloseOut);
        assert_eq!(m.change_code.as_deref(), Some("CLOB"));
        let refs: Vec<_> = m
            .travellers
            .iter()
            .map(|t| t.passenger_ref.as_deref().unwrap())
            .collect();
        assert_eq!(refs, ["P1", "P2"]);
        assert!(m.travellers.iter().all(|t| t.role == Role::Unspecified));
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    }
}

#[test]
fn change_codes_are_kept() {
    let input = "UNH+1+PAXLST'BGM+745+CP'NAD+FL+++DOE:JANE'UNT+4+1'";
    let m = &parse_with(input.as_bytes(), &options()).unwrap()[0];
    assert_eq!(m.kind, ManifestKind::PassengerList);
    assert_eq!(m.change_code.as_deref(), Some("CP"));
}

#[test]
fn progressive_flight_has_one_leg_per_tdt_and_lists_under_one_tdt_split() {
    let input = "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'\
TDT+20+QQ877+++QQ'LOC+92+MIA'DTM+189:0807101500:201'LOC+92+IAD'DTM+232:0807101755:201'\
TDT+20+QQ827+++QQ'LOC+92+IAD'DTM+189:0807101830:201'LOC+92+JFK'DTM+232:0807101930:201'\
LOC+92+JFK'DTM+189:0807102000:201'LOC+92+CDG'DTM+232:0807110630:201'\
TDT+20+QQ827+++QQ'LOC+125+JFK'LOC+87+CDG'LOC+130+NCE'\
UNT+20+1'";
    let m = &parse_with(input.as_bytes(), &options()).unwrap()[0];
    let legs: Vec<_> = m
        .flight
        .legs
        .iter()
        .map(|l| {
            format!(
                "{}{} {}-{}",
                l.carrier.as_deref().unwrap(),
                l.number.as_deref().unwrap(),
                l.departure.as_ref().unwrap().airport,
                l.arrival.as_ref().unwrap().airport
            )
        })
        .collect();
    assert_eq!(
        legs,
        [
            "QQ877 MIA-IAD",
            "QQ827 IAD-JFK",
            "QQ827 JFK-CDG",
            "QQ827 JFK-CDG"
        ]
    );
    assert_eq!(m.flight.number.as_deref(), Some("827"));
    assert!(m.flight.legs[3].crosses_border);
}

#[test]
fn unknown_and_misplaced_segments_are_warnings() {
    let input =
        "UNH+1+PAXLST'BGM+745'XYZ+1'NAD+FL+++DOE:J'ABC+2'DTM+36:300101'NAD+QQ+++X:Y'UNT+8+1'";
    let m = &parse_with(input.as_bytes(), &options()).unwrap()[0];
    let codes: Vec<_> = m.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "unexpected_segment",
            "unexpected_segment",
            "orphan_document_field",
            "unknown_party"
        ]
    );
    assert_eq!(m.warnings[0].segment_index, Some(2));
    assert_eq!(m.travellers.len(), 2);
}

#[test]
fn latin1_names_are_transliterated_and_raw_kept() {
    let mut input = b"UNB+UNOC:3+S+R+250703:1030+R'UNH+1+PAXLST'BGM+745'NAD+FL+++M".to_vec();
    input.extend_from_slice(b"\xdcLLER:J\xd6RG'UNT+4+1'UNZ+1+R'");
    let m = &parse_with(&input, &options()).unwrap()[0];
    let t = &m.travellers[0];
    assert_eq!(t.raw.surname.as_deref(), Some("MÜLLER"));
    assert_eq!(t.raw.given_names.as_deref(), Some("JÖRG"));
    assert!(t.surname.starts_with('M') && t.surname.is_ascii());
}

/// Found by fuzzing: an empty surname component shifted the given name into the surname.
#[test]
fn name_components_are_read_by_position() {
    let input = "UNH+1+PAXLST'BGM+745'NAD+FL+++:JOHN'UNT+4+1'";
    let t = &parse_with(input.as_bytes(), &options()).unwrap()[0].travellers[0];
    assert_eq!((t.surname.as_str(), t.given_names.as_str()), ("", "JOHN"));
}

/// Found by fuzzing: `NaN` and `inf` parsed as bag weights and vanished from the JSON.
#[test]
fn non_finite_weights_are_not_kept() {
    let input = "UNH+1+PAXLST'BGM+745'NAD+FL+++DOE:J'MEA+WT++KGM:NaN'MEA+CT++NMB:2'UNT+6+1'";
    let t = &parse_with(input.as_bytes(), &options()).unwrap()[0].travellers[0];
    let bags = t.bags.as_ref().unwrap();
    assert_eq!((bags.weight_kg, bags.count), (None, Some(2)));
}

/// Found by the round-trip fuzzer: a place of birth without a country was dropped.
#[test]
fn birth_place_without_country_is_kept() {
    let input = "UNH+1+PAXLST'BGM+745'NAD+FL+++DOE:J'LOC+180+:::LYON'UNT+5+1'";
    let t = &parse_with(input.as_bytes(), &options()).unwrap()[0].travellers[0];
    assert_eq!(
        (t.birth_place.as_deref(), t.birth_country.as_deref()),
        (Some("LYON"), None)
    );
}
