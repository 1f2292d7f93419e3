//! `paxscreen screen` and `paxscreen explain` end to end on the bundled examples.

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use std::collections::BTreeSet;

use paxscreen_tests::{paxscreen, workspace_root};
use serde_json::Value;

fn json_lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn screens_the_examples_with_explained_hits() {
    let manifests: Vec<_> = std::fs::read_dir(workspace_root().join("examples/manifests"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let output = paxscreen()
        .args([
            "screen",
            "--watchlist",
            "wanted:wanted=examples/watchlists/persons.csv",
        ])
        .args(["--documents", "examples/watchlists/stolen-documents.csv"])
        .args(&manifests)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let hits = json_lines(&output.stdout);
    let found: BTreeSet<(String, String)> = hits
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap().to_owned(),
                h["entry_id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("watchlist", "NW-0001"), // MÜLLER JÖRG ÅKE: ICAO transliteration, DOB and nationality agree
        ("watchlist", "NW-0002"), // AL-RASHID OMAR FAROUK: particle, swapped order, listed passport
        ("watchlist", "NW-0003"), // AL RASHID LAYLA
        ("watchlist", "NW-0008"), // O'BRIEN SEAMUS: apostrophe
        ("document", "TK0099887"), // stolen passport, exact
        ("document", "PX132456"), // lost passport, two digits swapped
    ]
    .into_iter()
    .map(|(k, e)| (k.to_owned(), e.to_owned()))
    .collect();
    assert_eq!(found, expected, "{stderr}");
    // NW-0004 (same name as a crew member, born 24 years earlier) and NW-0011 (NAKAMORI, other
    // date of birth) are contradicted by the dates of birth.
    let rashid = hits.iter().find(|h| h["entry_id"] == "NW-0002").unwrap();
    assert_eq!(
        rashid["list"], "national-wanted",
        "the file's list column wins over the flag"
    );
    assert_eq!(rashid["category"], "wanted");
    assert_eq!(rashid["traveller"]["surname"], "AL RASHID");
    assert_eq!(rashid["traveller"]["passenger_ref"], "SK880A1");
    let codes: Vec<&str> = rashid["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"token_match") && codes.contains(&"document_exact"),
        "{codes:?}"
    );
    let score = rashid["score"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&score));
    assert!(stderr.contains("loaded 12, skipped 0"), "{stderr}");
    assert!(
        stderr.contains("4 watchlist hit(s), 2 document hit(s)"),
        "{stderr}"
    );
}

#[test]
fn unreadable_list_rows_are_reported_with_their_line() {
    let dir = std::env::temp_dir().join(format!("paxscreen-lists-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("bad.csv");
    std::fs::write(
        &list,
        "id,list,category,full_name,aliases,date_of_birth,nationality,gender,document_number,document_country\n\
         A1,l,c,Ada Lovelace,,1815-12-10,GBR,F,,\n\
         A2,l,c,,,1900,GBR,,,\n\
         A1,l,c,Ada Again,,,,,,\n",
    )
    .unwrap();
    let output = paxscreen()
        .args(["screen", "--watchlist"])
        .arg(&list)
        .arg(workspace_root().join("examples/manifests/zuluair-zu77-crew.edi"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("loaded 1, skipped 2"), "{stderr}");
    assert!(
        stderr.contains("line 3") && stderr.contains("line 4"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("Ada Again"),
        "no personal data in reports: {stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn explain_scores_pairs_in_order() {
    let dir = std::env::temp_dir().join(format!("paxscreen-pairs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pairs = dir.join("pairs.csv");
    std::fs::write(
        &pairs,
        "query_name,candidate_name,query_dob,candidate_dob\n\
         MOHAMMED AL RASHID,Muhammad Alrashid,1979-05-12,1979\n\
         EMMA DANIELS,EMMA LLC,,\n\
         JOHN SMITH,JOHN SMITH,1950-01-01,1994\n",
    )
    .unwrap();
    let output = paxscreen()
        .args(["explain", "--pairs"])
        .arg(&pairs)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows = json_lines(&output.stdout);
    let matches: Vec<bool> = rows.iter().map(|r| r["match"].as_bool().unwrap()).collect();
    assert_eq!(matches, [true, false, false]);
    assert_eq!(rows[0]["line"], 2);
    let codes: Vec<&str> = rows[2]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"dob_mismatch"), "{codes:?}");

    std::fs::write(&pairs, "name_a,name_b\nX,Y\n").unwrap();
    let output = paxscreen()
        .args(["explain", "--pairs"])
        .arg(&pairs)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("query_name and candidate_name"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bench_reports_the_documented_figures() {
    let output = paxscreen()
        .args(["bench", "--entries", "3000", "--travellers", "400"])
        .args(["--exhaustive-sample", "40", "--rounds", "3"])
        .args(["--documents", "20000", "--document-checks", "5000"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let report = json_lines(&output.stdout).pop().unwrap();
    assert_eq!(report["entries"], 3000, "{report}");
    assert_eq!(report["travellers"], 400);
    // The list's people are mixed into the traffic: some are found, and the index finds what
    // scoring every entry finds.
    assert!(report["hits"].as_u64().unwrap() > 0, "{report}");
    assert!(report["exhaustive_hits"].as_u64().unwrap() > 0, "{report}");
    assert_eq!(report["recall_vs_exhaustive"], 1.0, "{report}");
    let rounds: Vec<f64> = report["travellers_per_second_rounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_f64().unwrap())
        .collect();
    assert_eq!(rounds.len(), 3);
    let mut sorted = rounds.clone();
    sorted.sort_by(f64::total_cmp);
    assert_eq!(report["travellers_per_second"].as_f64().unwrap(), sorted[1]);
    for field in [
        "index_build_seconds",
        "peak_rss_mb",
        "p99_latency_us",
        "exhaustive_travellers_per_second",
        "speedup_vs_exhaustive",
    ] {
        assert!(report[field].as_f64().unwrap() > 0.0, "{field}: {report}");
    }
    assert_eq!(report["documents"]["records"], 20000, "{report}");
    assert!(
        report["documents"]["hits"].as_u64().unwrap() > 0,
        "{report}"
    );
    assert_eq!(stderr.matches("bench: round").count(), 3, "{stderr}");
}

#[test]
fn bench_variants_reports_recall_per_family_and_false_alerts() {
    let output = paxscreen()
        .args(["bench", "--variants", "--entries", "3000"])
        .args(["--planted", "5", "--population", "200", "--seed", "9"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let report = json_lines(&output.stdout).pop().unwrap();
    assert_eq!(report["seed"], 9, "{report}");
    assert_eq!(report["entries"], 3000, "{report}");
    assert_eq!(report["population"], 200, "{report}");
    let families = report["families"].as_array().unwrap();
    assert_eq!(families.len(), 20, "{report}");
    for family in families {
        for field in ["cases", "recall_with_dob", "recall_without_dob"] {
            assert!(family[field].is_number(), "{field}: {family}");
        }
    }
    for field in [
        "one_edit_anywhere_in_one_token_with_dob",
        "one_edit_in_token_of_5_plus_letters_without_dob",
    ] {
        assert!(report[field]["recall"].is_number(), "{field}: {report}");
    }
    for field in [
        "false_alerts_per_1000",
        "namesakes_per_1000",
        "index_build_seconds",
    ] {
        assert!(report[field].as_f64().is_some(), "{field}: {report}");
    }
    assert!(report["travellers_per_second"].as_f64().unwrap() > 0.0);
    assert!(stderr.contains("mrz_truncation"), "{stderr}");
    assert!(stderr.contains("false alerts:"), "{stderr}");
}
