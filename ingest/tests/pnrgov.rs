//! PNRGOV parsing: golden fixtures, targeted assertions, the third-party samples (skipped when
//! absent), and robustness against truncated and corrupted input.
//!
//! Golden tests: every `tests/fixtures/pnrgov/*.edi` is parsed and compared, as a JSON value,
//! with the `.json` beside it. `UPDATE_GOLDEN=1 cargo test -p paxscreen-ingest --test pnrgov`
//! rewrites the expectations; review the diff, because the files are the specification.

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use paxscreen_ingest::{parse_with, Gender, Manifest, ParseOptions, Traveller};
use serde_json::Value;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pnrgov")
}

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixture_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "edi"))
        .collect();
    files.sort();
    files
}

fn options() -> ParseOptions {
    ParseOptions {
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    }
}

fn parse_bytes(input: &[u8]) -> Vec<Manifest> {
    parse_with(input, &options()).unwrap()
}

fn parse_fixture(name: &str) -> Manifest {
    let input = fs::read(fixture_dir().join(name)).unwrap();
    let mut manifests = parse_bytes(&input);
    assert_eq!(manifests.len(), 1, "{name}: one manifest expected");
    manifests.remove(0)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, hh: u32, mm: u32) -> NaiveDateTime {
    date(y, m, d).and_hms_opt(hh, mm, 0).unwrap()
}

fn codes(manifest: &Manifest) -> Vec<&str> {
    manifest.warnings.iter().map(|w| w.code.as_str()).collect()
}

fn traveller<'m>(manifest: &'m Manifest, surname: &str, given: &str) -> &'m Traveller {
    manifest
        .travellers
        .iter()
        .find(|t| t.surname == surname && t.given_names == given)
        .unwrap_or_else(|| panic!("no traveller {surname}/{given}"))
}

#[test]
fn pnrgov_fixtures_match_their_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let files = fixtures();
    assert!(files.len() >= 5, "fixtures missing");
    let mut failures = Vec::new();
    for path in files {
        let input = fs::read(&path).unwrap();
        let manifests = parse_bytes(&input);
        let actual = serde_json::to_value(&manifests).unwrap();
        let expected_path = path.with_extension("json");
        if update {
            // Written in field order (a `Value` would sort the keys), compared as values.
            let text = serde_json::to_string_pretty(&manifests).unwrap() + "\n";
            fs::write(&expected_path, text).unwrap();
            continue;
        }
        let expected: Option<Value> = fs::read_to_string(&expected_path)
            .ok()
            .map(|text| serde_json::from_str(&text).unwrap());
        match expected {
            Some(expected) if expected == actual => {}
            Some(expected) => failures.push(format!(
                "{}: output differs from {}\n--- expected\n{expected:#}\n--- actual\n{actual:#}",
                path.display(),
                expected_path.display()
            )),
            None => failures.push(format!(
                "{}: no {} (run with UPDATE_GOLDEN=1); output was\n{actual:#}",
                path.display(),
                expected_path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn two_pnrs_with_a_wrong_eqn_are_both_read() {
    let manifest = parse_fixture("v10-two-pnrs-wrong-eqn.edi");
    assert_eq!(manifest.version.as_deref(), Some("10:1"));
    let locators: Vec<&str> = manifest
        .bookings
        .iter()
        .map(|b| b.record_locator.as_str())
        .collect();
    assert_eq!(locators, ["K7PQ2M", "L9XW4R"]);
    assert_eq!(
        manifest.travellers.len(),
        3,
        "history TIF is not a traveller"
    );
    let mismatch = manifest
        .warnings
        .iter()
        .find(|w| w.code == "count_mismatch")
        .unwrap();
    assert_eq!(mismatch.tag.as_deref(), Some("EQN"));
    assert!(mismatch.message.contains('3') && mismatch.message.contains('2'));

    // The line-folded DOCS is read whole.
    let erika = traveller(&manifest, "MUSTERMANN", "ERIKA");
    assert_eq!(erika.documents[0].number, "C01X00T47");
    assert_eq!(erika.date_of_birth, Some(date(1964, 8, 12)));
    assert_eq!(erika.seat.as_deref(), Some("12C"));
    // DOCS with empty fields: what is there is taken, no document is invented.
    let max = traveller(&manifest, "MUSTERMANN", "MAX");
    assert_eq!(max.date_of_birth, Some(date(2015, 5, 5)));
    assert_eq!(max.gender, Some(Gender::M));
    assert!(max.documents.is_empty());
    // Remarks that are not contacts are not kept; frequent-flyer numbers are not kept.
    let first = &manifest.bookings[0];
    assert!(first.contacts.iter().all(|c| !c.contains("AISLE")));
    let json = serde_json::to_string(&manifest).unwrap();
    assert!(!json.contains("998877665"));
    // The flight is not duplicated by the itinerary.
    assert_eq!(manifest.flight.legs.len(), 1);
    assert_eq!(first.itinerary.len(), 2);
}

#[test]
fn sensitive_ssrs_are_removed_and_only_counted() {
    for (name, removed) in [
        ("v10-two-pnrs-wrong-eqn.edi", 3),
        ("v15-group-infant.edi", 3),
    ] {
        let manifest = parse_fixture(name);
        for booking in &manifest.bookings {
            for ssr in &booking.ssrs {
                let meal = ssr.code.len() == 4 && ssr.code.ends_with("ML");
                assert!(!meal && !ssr.code.starts_with("WC") && ssr.code != "DPNA");
            }
        }
        let warnings: Vec<_> = manifest
            .warnings
            .iter()
            .filter(|w| w.code == "sensitive_data_removed")
            .collect();
        assert_eq!(warnings.len(), 1, "{name}");
        assert!(warnings[0].message.starts_with(&format!("{removed} ")));
        let json = serde_json::to_string(&manifest).unwrap();
        for code in ["VGML", "WCHR", "BBML", "KSML", "DPNA"] {
            assert!(!json.contains(code), "{name}: {code} kept");
        }
    }
}

#[test]
fn custom_una_codeshare_and_check_in() {
    let manifest = parse_fixture("v13-custom-una-codeshare.edi");
    assert_eq!(manifest.flight.carrier.as_deref(), Some("AS"));
    let booking = &manifest.bookings[0];
    let first = &booking.itinerary[0];
    assert_eq!(
        (first.carrier.as_deref(), first.number.as_deref()),
        (Some("QX"), Some("7026"))
    );
    assert_eq!(
        (
            first.operating_carrier.as_deref(),
            first.operating_number.as_deref()
        ),
        (Some("AS"), Some("26"))
    );
    let second = &booking.itinerary[1];
    assert_eq!(
        (
            second.operating_carrier.as_deref(),
            second.operating_number.as_deref()
        ),
        (Some("AS"), Some("27"))
    );
    assert_eq!(
        booking.itinerary.len(),
        2,
        "the operating TVL is not a segment"
    );
    assert_eq!(booking.unknown_segments.len(), 1);
    assert!(booking.unknown_segments[0].starts_with("XYZ@"));

    let anna = &manifest.travellers[0];
    assert_eq!(anna.raw.surname.as_deref(), Some("WHITE-HALL"));
    assert_eq!(anna.seat.as_deref(), Some("14C"), "check-in seat wins");
    let bags = anna.bags.as_ref().unwrap();
    assert_eq!(bags.count, Some(2));
    assert_eq!(bags.weight_kg, Some(31.5));
    assert_eq!(bags.tags, ["0027123456", "0027123457"]);
    assert_eq!(anna.date_of_birth, Some(date(1992, 2, 29)));
    let types: Vec<&str> = anna.documents.iter().map(|d| d.doc_type.as_str()).collect();
    assert_eq!(types, ["P", "V"]);
    assert_eq!(anna.documents[1].issued, Some(date(2024, 6, 15)));
    assert_eq!(anna.documents[1].issuing_country.as_deref(), Some("USA"));
    assert_eq!(anna.birth_place.as_deref(), Some("TORONTO CAN"));
    assert_eq!(anna.residence.as_deref(), Some("CAN"));
    let address = anna.address.as_ref().unwrap();
    assert_eq!(address.city.as_deref(), Some("NEW YORK"));
    assert_eq!(address.country.as_deref(), Some("USA"));
}

#[test]
fn group_pnr_with_an_infant() {
    let manifest = parse_fixture("v15-group-infant.edi");
    let leg = &manifest.flight.legs[0];
    assert_eq!(
        leg.arrival.as_ref().unwrap().scheduled,
        Some(at(2024, 7, 5, 14, 22)),
        "garbled arrival date: the third component is a time"
    );
    let booking = &manifest.bookings[0];
    assert_eq!(booking.group_name.as_deref(), Some("RIVERSIDE RAMBLERS"));
    assert_eq!(booking.travellers.len(), 4, "the group is not a traveller");
    let priya = traveller(&manifest, "PATEL", "PRIYA");
    assert!(!priya.infant);
    assert_eq!(priya.date_of_birth, Some(date(1990, 9, 17)));
    assert_eq!(priya.documents[0].number, "533412277");
    let arjun = traveller(&manifest, "PATEL", "ARJUN");
    assert!(arjun.infant);
    assert_eq!(arjun.date_of_birth, Some(date(2024, 1, 11)));
    assert_eq!(arjun.gender, Some(Gender::M));
    assert_eq!(arjun.documents[0].number, "560033118");
    assert_eq!(arjun.booking_ref.as_deref(), Some("GRP7HK"));
    let sean = traveller(&manifest, "OSULLIVAN", "SEAN");
    assert_eq!(sean.title.as_deref(), Some("DR"));
    assert_eq!(sean.raw.surname.as_deref(), Some("O'SULLIVAN"));
    assert_eq!(sean.nationality.as_deref(), Some("IRL"));
    let fqtv = booking.ssrs.iter().find(|s| s.code == "FQTV").unwrap();
    assert_eq!(fqtv.text, None, "frequent-flyer number not kept");
    assert!(booking.contacts.iter().any(|c| c.contains("YUKI.N")));
    assert!(booking
        .contacts
        .iter()
        .any(|c| c.contains("MANCHESTER M1 1AA")));
}

#[test]
fn pnr_without_src_and_unknown_segments() {
    let manifest = parse_fixture("v11-no-src-unknown-segments.edi");
    assert_eq!(manifest.change_code.as_deref(), Some("141"));
    assert_eq!(manifest.bookings.len(), 1);
    let booking = &manifest.bookings[0];
    assert_eq!(booking.record_locator, "QW3ER5");
    assert_eq!(booking.unknown_segments.len(), 1);
    assert!(booking.unknown_segments[0].starts_with("ZZZ@"));
    let warnings = codes(&manifest);
    assert!(warnings.contains(&"missing_src"));
    assert!(warnings.contains(&"unknown_segment"));
    assert!(!warnings.contains(&"count_mismatch"));
    assert_eq!(
        manifest.travellers.len(),
        1,
        "the check-in TIF is the same traveller"
    );
    let eleni = &manifest.travellers[0];
    assert_eq!(eleni.seat.as_deref(), Some("7A"));
    assert_eq!(eleni.documents[0].doc_type, "I");
    // No UNB: two-digit years resolve against the options' date.
    assert_eq!(eleni.documents[0].expiry, Some(date(2031, 3, 21)));
}

#[test]
fn a_message_without_pnr_is_a_manifest_with_no_booking() {
    let manifest = parse_fixture("no-pnr.edi");
    assert!(manifest.bookings.is_empty());
    assert!(manifest.travellers.is_empty());
    let warnings = codes(&manifest);
    assert!(warnings.contains(&"no_pnr"));
    assert!(warnings.contains(&"segment_outside_pnr"));
    assert!(!warnings.contains(&"count_mismatch"), "EQN+0 is right");

    let bare = parse_bytes(b"UNH+1+PNRGOV:13:1:IA'UNT+2+1'");
    assert!(bare[0].bookings.is_empty());
    assert!(codes(&bare[0]).contains(&"missing_flight"));
}

#[test]
fn parts_join_with_their_bookings() {
    let manifest = parse_fixture("multipart-two-parts.edi");
    assert_eq!(manifest.parts, 2);
    assert_eq!(manifest.bookings.len(), 2);
    assert_eq!(manifest.travellers.len(), 3);
    let second = &manifest.bookings[1];
    assert_eq!(second.record_locator, "BBB222");
    assert_eq!(second.travellers, [1, 2]);
    assert_eq!(manifest.travellers[1].surname, "SILVA");
    assert_eq!(manifest.travellers[1].documents[0].number, "CB1234567");
    assert!(
        manifest.travellers[2].documents.is_empty(),
        "DOCS names traveller 1"
    );
}

#[test]
fn warnings_carry_no_personal_data() {
    for path in fixtures() {
        let input = fs::read(&path).unwrap();
        for manifest in parse_bytes(&input) {
            let mut personal: Vec<String> = Vec::new();
            for t in &manifest.travellers {
                personal.extend([t.surname.clone(), t.given_names.clone()]);
                personal.extend(t.documents.iter().map(|d| d.number.clone()));
                personal.extend(t.date_of_birth.map(|d| d.format("%d%b%y").to_string()));
            }
            for warning in &manifest.warnings {
                for value in personal.iter().filter(|v| v.len() > 2) {
                    assert!(
                        !warning.message.to_uppercase().contains(value.as_str()),
                        "{}: warning {} reveals personal data",
                        path.display(),
                        warning.code
                    );
                }
            }
        }
    }
}

/// A deterministic xorshift generator: no dependency, same corruptions on every run.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// What must hold for any input the parser accepts: booking indices point at travellers, each
/// traveller belongs to at most one booking, no sensitive SSR survives.
fn check_invariants(result: Result<Vec<Manifest>, paxscreen_ingest::ParseError>) {
    let Ok(manifests) = result else {
        return;
    };
    for manifest in manifests {
        let mut owner = vec![0usize; manifest.travellers.len()];
        for booking in &manifest.bookings {
            for &index in &booking.travellers {
                assert!(
                    index < manifest.travellers.len(),
                    "dangling traveller index"
                );
                owner[index] += 1;
            }
            for ssr in &booking.ssrs {
                assert!(
                    !(ssr.code.len() == 4 && ssr.code.ends_with("ML")),
                    "meal SSR kept"
                );
            }
        }
        assert!(owner.iter().all(|&n| n <= 1), "traveller in two bookings");
    }
}

#[test]
fn truncated_and_corrupted_input_never_panics() {
    let mut inputs: Vec<Vec<u8>> = fixtures().iter().map(|p| fs::read(p).unwrap()).collect();
    inputs.push(
        b"UNH+1+PNRGOV:13:1:IA'SRC'SRC'TIF'TVL'RCI'SSR+DOCS'SSR'TBD+++:9999999999:999999'UNT+9+1'"
            .to_vec(),
    );
    inputs.push(b"UNH+1+PNRGOV:13:1:IA'TVL+999999:9999:9999:9999:99+:+:+:+:'SSR+DOCS:::::::://////////////'UNT+4+1'".to_vec());
    let mut state = 0x9E37_79B9_7F4A_7C15;
    for input in &inputs {
        for end in 0..=input.len() {
            check_invariants(parse_with(&input[..end], &options()));
        }
        for _ in 0..300 {
            let mut corrupted = input.clone();
            for _ in 0..4 {
                let position = (xorshift(&mut state) as usize) % corrupted.len().max(1);
                let alphabet = b"+:'?*-/ 0123456789ABCSRTIFVL\r\n\xC3";
                let byte = alphabet[(xorshift(&mut state) as usize) % alphabet.len()];
                if let Some(slot) = corrupted.get_mut(position) {
                    *slot = byte;
                }
            }
            check_invariants(parse_with(&corrupted, &options()));
        }
    }
}

/// The third-party samples in `shared/samples` (GTAS test messages): read when present.
fn sample(name: &str) -> Option<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/samples");
    if !dir.is_dir() {
        eprintln!("note: {} absent, sample test skipped", dir.display());
        return None;
    }
    Some(fs::read(dir.join(name)).unwrap())
}

#[test]
fn sample_two_pnrs() {
    let Some(input) = sample("pnrgov-two-pnrs.edi") else {
        return;
    };
    let manifests = parse_bytes(&input);
    assert_eq!(manifests.len(), 1);
    let manifest = &manifests[0];
    assert_eq!(manifest.flight.carrier.as_deref(), Some("DL"));
    assert_eq!(manifest.flight.number.as_deref(), Some("324"));
    let leg = &manifest.flight.legs[0];
    let departure = leg.departure.as_ref().unwrap();
    assert_eq!(departure.airport, "LHR");
    assert_eq!(leg.arrival.as_ref().unwrap().airport, "JFK");
    // `TVL+121210:0915`: PNRGOV dates are DDMMYY, so 12 December 2010 (UNB prepared 9 Dec 2010).
    assert_eq!(departure.scheduled, Some(at(2010, 12, 12, 9, 15)));
    assert_eq!(manifest.bookings.len(), 2);
    assert_eq!(manifest.travellers.len(), 4);
    let names = |booking: usize| -> Vec<(String, String)> {
        manifest.bookings[booking]
            .travellers
            .iter()
            .map(|&i| {
                let t = &manifest.travellers[i];
                (t.surname.clone(), t.given_names.clone())
            })
            .collect()
    };
    let pair = |s: &str, g: &str| (s.to_owned(), g.to_owned());
    assert_eq!(manifest.bookings[0].record_locator, "MFN4TI");
    assert_eq!(
        names(0),
        [pair("SMITHJR", "JOHN"), pair("JONES", "WILLIAM")]
    );
    assert_eq!(manifest.bookings[1].record_locator, "23456");
    assert_eq!(names(1), [pair("WAYNE", "JOHN"), pair("COOPER", "GARY")]);
    assert!(codes(manifest).contains(&"sensitive_data_removed"));
    assert!(!codes(manifest).contains(&"no_pnr"));
}

#[test]
fn sample_custom_una() {
    let Some(input) = sample("pnrgov-custom-una.edi") else {
        return;
    };
    let manifests = parse_bytes(&input);
    assert_eq!(manifests.len(), 1);
    let manifest = &manifests[0];
    assert_eq!(manifest.bookings.len(), 1);
    assert_eq!(manifest.bookings[0].record_locator, "BGXFR4");
    assert_eq!(manifest.bookings[0].itinerary.len(), 3);
    assert_eq!(manifest.travellers.len(), 1);
    let reuben = &manifest.travellers[0];
    assert_eq!(
        (reuben.surname.as_str(), reuben.given_names.as_str()),
        ("SERIO", "REUBEN")
    );
    let passport = &reuben.documents[0];
    assert_eq!(passport.doc_type, "P");
    assert_eq!(passport.number, "9173574");
    assert_eq!(passport.issuing_country.as_deref(), Some("THA"));
    assert_eq!(passport.expiry, Some(date(2028, 4, 20)));
    assert_eq!(reuben.date_of_birth, Some(date(1994, 10, 20)));
    assert_eq!(reuben.gender, Some(Gender::M));
    assert_eq!(manifest.flight.carrier.as_deref(), Some("DL"));
    assert_eq!(manifest.flight.number.as_deref(), Some("441"));
    let leg = &manifest.flight.legs[0];
    assert_eq!(leg.departure.as_ref().unwrap().airport, "JFK");
    assert_eq!(leg.arrival.as_ref().unwrap().airport, "MBJ");
    let unt: Vec<&str> = manifest
        .warnings
        .iter()
        .filter(|w| w.tag.as_deref() == Some("UNT"))
        .map(|w| w.code.as_str())
        .collect();
    assert!(unt.contains(&"count_mismatch") && unt.contains(&"reference_mismatch"));
}
