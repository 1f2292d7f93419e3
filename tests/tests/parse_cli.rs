//! `paxscreen parse` end to end: exit codes, one-line positioned errors, multi-part joining
//! across files, standard input, and the public samples (skipped when absent).

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use std::io::Write;
use std::process::{Output, Stdio};

use paxscreen_tests::{paxscreen, shared_samples, workspace_root};
use serde_json::Value;

fn manifests(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each stdout line is a JSON manifest"))
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    format!("ingest/tests/fixtures/paxlst/{name}")
}

#[test]
fn parses_the_bundled_examples() {
    let examples = workspace_root().join("examples/manifests");
    let mut files: Vec<_> = std::fs::read_dir(examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let output = paxscreen().arg("parse").args(&files).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let manifests = manifests(&output);
    assert_eq!(manifests.len(), files.len());
    let two_parts = manifests
        .iter()
        .find(|m| m["flight"]["number"] == "880")
        .unwrap();
    assert_eq!(two_parts["parts"], 2);
    assert_eq!(two_parts["travellers"].as_array().unwrap().len(), 3);
    assert!(stderr(&output).contains("manifest(s)"));
}

#[test]
fn bad_files_are_reported_with_position_and_the_rest_still_parsed() {
    let output = paxscreen()
        .arg("parse")
        .arg(fixture("truncated.edi"))
        .arg(fixture("crew-transit.edi"))
        .arg(fixture("unsupported-type.edi"))
        .arg("does-not-exist.edi")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        manifests(&output).len(),
        1,
        "the good file is still printed"
    );
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].contains("truncated.edi: byte"), "{err}");
    assert!(
        lines[0].contains("segment 5 (NAD)") && lines[0].contains("[truncated]"),
        "{err}"
    );
    assert!(
        lines[1].contains("unsupported-type.edi: byte 0, segment 1 (UNH)"),
        "{err}"
    );
    assert!(
        lines[2].contains("does-not-exist.edi: cannot read"),
        "{err}"
    );
    // The truncated segment holds a name: it must not leak into the error.
    assert!(!err.contains("DOE"), "{err}");
}

#[test]
fn joins_parts_given_in_separate_files() {
    let dir = std::env::temp_dir().join(format!("paxscreen-parts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let whole =
        std::fs::read_to_string(workspace_root().join(fixture("multipart-bom-crlf.edi"))).unwrap();
    let split_at = whole
        .find("UNB+UNOA:4+SKYLINK:ZZ+GOVAPI:ZZ+260401:0600+SKP2")
        .unwrap();
    let (first, second) = whole.split_at(split_at);
    std::fs::write(dir.join("b.edi"), second).unwrap();
    std::fs::write(dir.join("a.edi"), first).unwrap();
    // The final part first: the assembler waits for the first.
    let output = paxscreen()
        .arg("parse")
        .arg(dir.join("b.edi"))
        .arg(dir.join("a.edi"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let joined = manifests(&output);
    assert_eq!(joined.len(), 1);
    assert_eq!(joined[0]["parts"], 2);
    let names: Vec<_> = joined[0]["travellers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["surname"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["AL RASHID", "AL RASHID", "NAKAMURA"]);

    // Only one part given: still printed, marked incomplete.
    let output = paxscreen()
        .arg("parse")
        .arg(dir.join("b.edi"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let incomplete = manifests(&output);
    assert_eq!(incomplete.len(), 1);
    let warnings = incomplete[0]["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w["code"] == "incomplete_multipart"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn reads_standard_input_and_pretty_prints() {
    let input = std::fs::read(workspace_root().join(fixture("cancel-xr.edi"))).unwrap();
    let mut child = paxscreen()
        .args(["parse", "--pretty", "--quiet", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).is_empty(),
        "--quiet prints nothing on success"
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.lines().count() > 10, "pretty output spans lines");
    let manifest: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(manifest["change_code"], "XR");
}

#[test]
fn help_explains_the_command() {
    let output = paxscreen().args(["parse", "--help"]).output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("multi-part"), "{help}");
    assert!(help.contains("--pretty"), "{help}");
    let output = paxscreen().arg("parse").output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "missing FILE is a usage error"
    );
}

/// The four public samples, with the counts written down before the parser first ran on them.
#[test]
fn parses_the_public_samples_when_present() {
    let Some(samples) = shared_samples() else {
        eprintln!("skipped: ../shared/samples is absent");
        return;
    };
    let run = |name: &str| {
        let output = paxscreen()
            .arg("parse")
            .arg(samples.join(name))
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let manifests = manifests(&output);
        assert_eq!(manifests.len(), 1, "{name}");
        manifests.into_iter().next().unwrap()
    };
    let legs = |m: &Value| -> Vec<String> {
        m["flight"]["legs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                format!(
                    "{}-{}",
                    l["departure"]["airport"].as_str().unwrap(),
                    l["arrival"]["airport"].as_str().unwrap()
                )
            })
            .collect()
    };

    let custom = run("paxlst-custom-una.edi");
    assert_eq!(custom["travellers"].as_array().unwrap().len(), 10);
    assert_eq!(
        (
            custom["flight"]["carrier"].as_str(),
            custom["flight"]["number"].as_str()
        ),
        (Some("TN"), Some("506"))
    );
    assert_eq!(legs(&custom), ["BRE-YEU"]);
    // UNH says part 10 (final) of a multi-part manifest: parts 1-9 never came.
    assert!(custom["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["code"] == "incomplete_multipart"));

    let multi = run("paxlst-multi-leg.edi");
    assert_eq!(multi["travellers"].as_array().unwrap().len(), 2);
    assert_eq!(legs(&multi), ["MIA-IAD", "IAD-JFK", "JFK-CDG"]);
    assert_eq!(multi["flight"]["number"], "827");
    assert!(multi["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["code"] == "junk_after_trailer"));

    let two = run("pnrgov-two-pnrs.edi");
    assert_eq!(two["kind"], "pnr");
    assert_eq!(two["bookings"].as_array().unwrap().len(), 2);
    assert_eq!(two["travellers"].as_array().unwrap().len(), 4);
    assert_eq!(
        (
            two["flight"]["carrier"].as_str(),
            two["flight"]["number"].as_str()
        ),
        (Some("DL"), Some("324"))
    );
    assert_eq!(legs(&two), ["LHR-JFK"]);

    let dangling = run("pnrgov-custom-una.edi");
    assert_eq!(dangling["bookings"].as_array().unwrap().len(), 1);
    assert_eq!(dangling["travellers"].as_array().unwrap().len(), 1);
    assert_eq!(dangling["flight"]["number"], "441");
    assert_eq!(legs(&dangling), ["JFK-MBJ"]);
    assert_eq!(
        dangling["bookings"][0]["itinerary"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}
