//! `paxscreen serve` in the embedded mode (no Kafka, no Redis): manifests over HTTP and from a
//! watched directory come out as alerts with deterministic ids, refused inputs as dead letters,
//! carriers are held to their own flights, and nothing personal reaches the logs.

use std::time::{Duration, Instant};

use paxscreen_tests::service::{scratch_dir, Service};
use paxscreen_tests::workspace_root;

const NX_KEY: &str = "nx-key-0123456789abcdef";
const OFFICER_KEY: &str = "officer-key-0123456789";

fn config() -> String {
    let root = workspace_root();
    format!(
        r#"alerts_key = "{OFFICER_KEY}"
[watchlists]
files = ["{persons}"]
documents = ["{documents}"]
[[sources.http.carriers]]
code = "NX"
key = "{NX_KEY}"
[sources.directory]
path = "inbox"
poll_ms = 50
[outputs]
alerts_file = "alerts.jsonl"
dead_letter_dir = "dead"
"#,
        persons = root.join("examples/watchlists/persons.csv").display(),
        documents = root
            .join("examples/watchlists/stolen-documents.csv")
            .display(),
    )
}

fn manifest(name: &str) -> Vec<u8> {
    std::fs::read(workspace_root().join("examples/manifests").join(name)).expect("example manifest")
}

fn alert_lines(service: &Service) -> Vec<serde_json::Value> {
    std::fs::read_to_string(service.dir.join("alerts.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|line| serde_json::from_str(line).expect("an alert per line"))
        .collect()
}

#[test]
fn embedded_service_screens_refuses_and_keeps_personal_data_out_of_logs() {
    let dir = scratch_dir("serve-embedded");
    std::fs::create_dir_all(dir.join("inbox")).expect("inbox");
    let mut service = Service::start(&dir, &config());
    let nordair = manifest("nordair-nx204-passengers.edi");

    // Carriers authenticate.
    assert_eq!(
        service.post("/v1/manifests", "wrong-key", &nordair).status,
        401
    );

    // A manifest comes back with its alerts, all for the arrival airport, with a deadline.
    let first = service.post("/v1/manifests", NX_KEY, &nordair);
    assert_eq!(first.status, 202, "{}", first.body);
    let outcome = first.json();
    assert_eq!(outcome["manifests"], 1);
    assert_eq!(outcome["travellers"], 3);
    let ids = outcome["alert_ids"].as_array().expect("alert ids").clone();
    assert!(
        ids.len() >= 2,
        "expected a watchlist and a document alert: {outcome}"
    );
    let alerts = alert_lines(&service);
    assert_eq!(alerts.len(), ids.len());
    for alert in &alerts {
        assert_eq!(alert["arrival_airport"], "KEF");
        assert_eq!(alert["scheduled_arrival"], "2026-03-14T13:15:00");
        assert_eq!(alert["deadline"], "2026-03-14T12:45:00Z");
        assert_eq!(alert["source"]["kind"], "http");
        assert!(ids.contains(&alert["id"]));
    }
    assert!(alerts.iter().any(|a| a["hit"]["kind"] == "document"));

    // A replay gives the same ids: the store revises, it does not duplicate.
    let replay = service.post("/v1/manifests", NX_KEY, &nordair).json();
    assert_eq!(replay["alert_ids"].as_array().expect("ids"), &ids);
    let stored = service
        .get("/v1/alerts?airport=KEF", Some(OFFICER_KEY))
        .expect("alerts answer");
    assert_eq!(stored.status, 200);
    assert_eq!(stored.json().as_array().expect("alerts").len(), ids.len());
    assert_eq!(
        service
            .get("/v1/alerts?airport=KEF", None)
            .map(|a| a.status),
        Some(401)
    );

    // A malformed input is refused with its reason and kept whole; the next one still flows.
    let garbage = b"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JOHN";
    let refused = service.post("/v1/manifests", NX_KEY, garbage);
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.json()["dead_letter"]["reason"], "truncated");
    let kept: Vec<_> = std::fs::read_dir(dir.join("dead"))
        .expect("dead letters")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "edi"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(kept[0].path()).expect("copy"), garbage);
    assert_eq!(service.post("/v1/manifests", NX_KEY, &nordair).status, 202);

    // A carrier submits only its own flights.
    let other = service.post("/v1/manifests", NX_KEY, &manifest("zuluair-zu77-crew.edi"));
    assert_eq!(other.status, 422);
    assert_eq!(other.json()["dead_letter"]["reason"], "wrong_carrier");

    // The watched directory: a two-part manifest file is screened and moved to done/.
    std::fs::write(
        dir.join("inbox/sk880.edi"),
        manifest("skylink-sk880-two-parts.edi"),
    )
    .expect("drop a file");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !dir.join("inbox/done/sk880.edi").exists() {
        assert!(
            Instant::now() < deadline,
            "file not processed: {}",
            service.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let lhr = service
        .get("/v1/alerts?airport=LHR", Some(OFFICER_KEY))
        .expect("alerts answer")
        .json();
    assert!(!lhr.as_array().expect("alerts").is_empty(), "no LHR alert");
    assert!(lhr
        .as_array()
        .expect("alerts")
        .iter()
        .all(|a| a["source"]["kind"] == "directory"));

    // Metrics count inputs by source and outcome, refusals by reason, alerts by list.
    let metrics = service.get("/metrics", None).expect("metrics").body;
    for line in [
        "paxscreen_inputs_total{source=\"http\",outcome=\"dead_letter\"} 2",
        "paxscreen_inputs_total{source=\"http\",outcome=\"screened\"} 3",
        "paxscreen_inputs_total{source=\"directory\",outcome=\"screened\"} 1",
        "paxscreen_dead_letters_total{reason=\"wrong_carrier\"} 1",
        "paxscreen_watchlist_entries 12",
    ] {
        assert!(metrics.contains(line), "{line} missing from\n{metrics}");
    }

    assert!(service.stop(), "graceful stop failed: {}", service.log());

    // No name, date of birth or document number of any alerted traveller is in the logs.
    let log = service.log();
    assert!(
        log.contains("alert"),
        "the log should mention alerts by id: {log}"
    );
    for alert in alert_lines(&service) {
        let traveller = &alert["traveller"];
        let mut personal: Vec<String> = Vec::new();
        for field in ["surname", "given_names", "date_of_birth"] {
            if let Some(value) = traveller[field].as_str() {
                personal.push(value.to_owned());
            }
        }
        for document in traveller["documents"].as_array().into_iter().flatten() {
            if let Some(number) = document["number"].as_str() {
                personal.push(number.to_owned());
            }
        }
        for value in personal.iter().filter(|v| v.len() >= 3) {
            assert!(
                !log.contains(value.as_str()),
                "personal data {value:?} in the log"
            );
        }
    }
}

#[test]
fn check_config_reports_every_problem() {
    let dir = scratch_dir("serve-check-config");
    std::fs::write(
        dir.join("bad.toml"),
        "[server]\nlisten = \"nowhere\"\n[[sources.http.carriers]]\ncode = \"NX\"\nkey = \"short\"\n",
    )
    .expect("write");
    let output = paxscreen_tests::paxscreen()
        .args(["serve", "--check-config", "--config"])
        .arg(dir.join("bad.toml"))
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    for expected in ["server.listen", "no person watchlist", "API key shorter"] {
        assert!(stderr.contains(expected), "{expected:?} missing: {stderr}");
    }
}

#[test]
fn a_changed_watchlist_takes_effect_without_a_restart() {
    let dir = scratch_dir("serve-reload");
    let persons = dir.join("persons.csv");
    std::fs::copy(
        workspace_root().join("examples/watchlists/persons.csv"),
        &persons,
    )
    .expect("copy the list");
    let config = format!(
        "[watchlists]\nfiles = [\"{}\"]\n[[sources.http.carriers]]\ncode = \"NX\"\nkey = \"{NX_KEY}\"\n[outputs]\nalerts_file = \"alerts.jsonl\"\n",
        persons.display()
    );
    let mut service = Service::start(&dir, &config);
    let nordair = manifest("nordair-nx204-passengers.edi");
    let before = service.post("/v1/manifests", NX_KEY, &nordair).json();
    let before = before["alert_ids"].as_array().expect("ids").len();

    let mut list = std::fs::read_to_string(&persons).expect("read the list");
    list.push_str(
        "NW-9001,national-wanted,wanted,Laetitia Strassburger-Ostergaard,,2001-02-03,DK,F,,\n",
    );
    std::fs::write(&persons, list).expect("update the list");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let metrics = service.get("/metrics", None).expect("metrics").body;
        if metrics.contains("paxscreen_watchlist_version 2") {
            assert!(
                metrics.contains("paxscreen_watchlist_entries 13"),
                "{metrics}"
            );
            break;
        }
        assert!(Instant::now() < deadline, "no reload: {}", service.log());
        std::thread::sleep(Duration::from_millis(100));
    }
    let after = service.post("/v1/manifests", NX_KEY, &nordair).json();
    let ids = after["alert_ids"].as_array().expect("ids");
    assert_eq!(ids.len(), before + 1, "{after}");
    assert!(alert_lines(&service)
        .iter()
        .any(|a| a["hit"]["entry_id"] == "NW-9001"));
    assert!(service.stop());
}

#[test]
fn a_cancelled_reservation_withdraws_the_alerts_under_the_same_ids() {
    let dir = scratch_dir("serve-withdraw");
    std::fs::create_dir_all(dir.join("inbox")).expect("inbox");
    let mut service = Service::start(&dir, &config());
    let nordair = manifest("nordair-nx204-passengers.edi");
    let opened = service.post("/v1/manifests", NX_KEY, &nordair).json();
    let ids = opened["alert_ids"].as_array().expect("ids").clone();
    assert!(!ids.is_empty());

    // The same manifest sent again as a cancellation (BGM 745 with change code XR).
    // (Bytes, not text: the example is Latin-1.)
    let bgm = b"BGM*745$";
    let at = nordair
        .windows(bgm.len())
        .position(|w| w == bgm)
        .expect("the BGM segment");
    let cancelled = [&nordair[..at], b"BGM*745*XR$", &nordair[at + bgm.len()..]].concat();
    let withdrawn = service.post("/v1/manifests", NX_KEY, &cancelled).json();
    assert_eq!(withdrawn["alert_ids"].as_array().expect("ids"), &ids);
    let stored = service
        .get("/v1/alerts?airport=KEF", Some(OFFICER_KEY))
        .expect("alerts answer")
        .json();
    let stored = stored.as_array().expect("alerts");
    assert_eq!(stored.len(), ids.len(), "revised, not duplicated");
    for alert in stored {
        assert_eq!(alert["status"], "withdrawn");
        assert_eq!(alert["source"]["change_code"], "XR");
    }
    assert!(service.stop());
}
