use chrono::NaiveDate;

use super::*;
use crate::{parse_parts, parse_with, ParseOptions};

fn options() -> ParseOptions {
    ParseOptions {
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

/// One part of a three-part manifest for flight XY123, as its own interchange.
fn part(sequence: &str, travellers: &[&str], cnt: Option<u32>) -> String {
    let mut body = String::from("BGM+745'TDT+20+XY123+++XY'LOC+125+CDG'LOC+87+JFK'");
    for name in travellers {
        body.push_str(&format!("NAD+FL+++{name}:TEST'"));
    }
    if let Some(cnt) = cnt {
        body.push_str(&format!("CNT+42:{cnt}'"));
    }
    let segments = body.matches('\'').count() + 2;
    format!(
        "UNB+UNOA:4+XYZAIR+GOV+250703:1030+I{sequence}'UNH+M{sequence}+PAXLST:D:05B:UN:IATA+XY123/250703+{sequence}'{body}UNT+{segments}+M{sequence}'UNZ+1+I{sequence}'"
    )
}

fn parts_of(input: &str) -> Vec<MessagePart> {
    parse_parts(input.as_bytes(), &options()).unwrap()
}

#[test]
fn joins_parts_in_sequence_order_across_interchanges() {
    let mut assembler = Assembler::new();
    let third = parts_of(&part("03:F", &["CHARLIE"], Some(3)));
    let first = parts_of(&part("01:C", &["ALPHA"], Some(3)));
    let second = parts_of(&part("02", &["BRAVO"], Some(3)));
    assert!(assembler.push(third.into_iter().next().unwrap()).is_empty());
    assert!(assembler.push(first.into_iter().next().unwrap()).is_empty());
    assert_eq!(assembler.pending(), 1);
    let done = assembler.push(second.into_iter().next().unwrap());
    assert_eq!(done.len(), 1);
    let manifest = &done[0];
    assert_eq!(manifest.parts, 3);
    assert_eq!(manifest.message_ref, "M01:C".split(':').next().unwrap());
    let names: Vec<_> = manifest
        .travellers
        .iter()
        .map(|t| t.surname.as_str())
        .collect();
    assert_eq!(names, ["ALPHA", "BRAVO", "CHARLIE"]);
    assert_eq!(manifest.flight.legs.len(), 1);
    assert!(manifest.warnings.is_empty(), "{:?}", manifest.warnings);
    assert_eq!(assembler.pending(), 0);
}

#[test]
fn accepts_c_on_every_non_final_part_in_one_file() {
    let input = [
        part("01:C", &["ALPHA"], None),
        part("02:C", &["BRAVO"], None),
        part("03:F", &["CHARLIE"], Some(3)),
    ]
    .concat();
    let manifests = parse_with(input.as_bytes(), &options()).unwrap();
    assert_eq!(manifests.len(), 1);
    assert_eq!(manifests[0].travellers.len(), 3);
}

#[test]
fn incomplete_manifest_is_flushed_with_a_warning_not_lost() {
    let input = [
        part("01:C", &["ALPHA"], None),
        part("03:F", &["CHARLIE"], Some(3)),
    ]
    .concat();
    let manifests = parse_with(input.as_bytes(), &options()).unwrap();
    assert_eq!(manifests.len(), 1);
    let manifest = &manifests[0];
    assert_eq!(manifest.travellers.len(), 2);
    let warning = manifest
        .warnings
        .iter()
        .find(|w| w.code == "incomplete_multipart")
        .unwrap();
    assert!(
        warning.message.contains("missing [2]"),
        "{}",
        warning.message
    );
}

#[test]
fn counts_are_checked_on_the_joined_manifest() {
    let input = [
        part("01:C", &["ALPHA"], Some(5)),
        part("02:F", &["BRAVO"], Some(5)),
    ]
    .concat();
    let manifest = &parse_with(input.as_bytes(), &options()).unwrap()[0];
    let codes: Vec<_> = manifest.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["count_mismatch"]);
}

#[test]
fn different_flights_are_not_joined() {
    let first = part("01:C", &["ALPHA"], None);
    let other = part("02:F", &["BRAVO"], None).replace("XY123/250703", "XY999/250703");
    let manifests = parse_with([first, other].concat().as_bytes(), &options()).unwrap();
    assert_eq!(manifests.len(), 2);
    assert!(manifests
        .iter()
        .all(|m| m.warnings.iter().any(|w| w.code == "incomplete_multipart")));
}

/// Found by fuzzing: a huge UNH part number made the flush list billions of missing parts.
#[test]
fn implausible_part_numbers_are_read_on_their_own() {
    let manifests = parse_with(b"UNH+1+PAXLST+CAR+4294967295:F'UNT+2+1'", &options()).unwrap();
    assert_eq!(manifests.len(), 1);
    assert!(manifests[0]
        .warnings
        .iter()
        .any(|w| w.code == "implausible_part_number"));
    let input = [
        part("01:C", &["ALPHA"], None),
        part("900:F", &["OMEGA"], None),
    ]
    .concat();
    let manifest = &parse_with(input.as_bytes(), &options()).unwrap()[0];
    let warning = manifest
        .warnings
        .iter()
        .find(|w| w.code == "incomplete_multipart")
        .unwrap();
    assert!(
        warning.message.contains("missing [2-899]"),
        "{}",
        warning.message
    );
}
