//! Officers' triage across two workers sharing Redis: a session opened on one worker is valid
//! on the other, the queue holds the alerts either worker raised, a pair suppressed through one
//! worker stops alerting on the other, and the audit stream holds both workers' records with
//! chains that verify.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use paxscreen_tests::backends::{redis, unique};
use paxscreen_tests::officers::{add_account, manifest};
use paxscreen_tests::service::{scratch_dir, Service};
use paxscreen_tests::{paxscreen_path, workspace_root};
use serde_json::{json, Value};

const XY_KEY: &str = "xy-key-0123456789abcdef";
const PASSWORD: &str = "correct horse battery";

fn redis_url() -> Option<String> {
    match std::env::var("PAXSCREEN_TEST_REDIS") {
        Ok(url) => Some(url),
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("PAXSCREEN_TEST_REDIS must be set under CI")
        }
        Err(_) => {
            eprintln!("officer_redis: skipped: set PAXSCREEN_TEST_REDIS (as .ci/run does)");
            None
        }
    }
}

fn config(dir: &Path, redis: &str, prefix: &str) -> String {
    format!(
        r#"[watchlists]
files = ["{persons}"]
[[sources.http.carriers]]
code = "XY"
key = "{XY_KEY}"
[outputs]
alerts_file = "alerts.jsonl"
dead_letter_dir = "dead"
[redis]
url = "{redis}"
prefix = "{prefix}"
[officers]
accounts_file = "{accounts}"
"#,
        persons = workspace_root()
            .join("examples/watchlists/persons.csv")
            .display(),
        accounts = dir.join("officers.toml").display(),
    )
}

fn submit(service: &Service, flight: u32) -> Vec<Value> {
    let answer = service.post("/v1/manifests", XY_KEY, manifest(flight, "LHR").as_bytes());
    assert_eq!(answer.status, 202, "{}", answer.body);
    answer.json()["alert_ids"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn post(service: &Service, token: &str, path: &str, body: Value) -> (u16, Value) {
    let answer = service.post_with(
        path,
        token,
        body.to_string().as_bytes(),
        &[("Content-Type", "application/json")],
    );
    let value = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
    (answer.status, value)
}

#[test]
fn two_workers_share_sessions_dispositions_suppressions_and_audit() {
    let Some(url) = redis_url() else { return };
    let prefix = unique("officers");
    let dir = scratch_dir("officer-redis");
    add_account(
        &dir.join("officers.toml"),
        "lhr.supervisor",
        "supervisor",
        &["LHR"],
        PASSWORD,
    );
    let config = config(&dir, &url, &prefix);
    let mut first = Service::start_named(&dir, "first", &config);
    let mut second = Service::start_named(&dir, "second", &config);

    let raised = submit(&first, 300);
    assert_eq!(raised.len(), 1, "one alert");
    let id = raised[0].as_str().expect("id").to_owned();

    // Logged in on the second worker, the session works on the first.
    let (status, login) = post(
        &second,
        "",
        "/v1/officer/login",
        json!({"username": "lhr.supervisor", "password": PASSWORD}),
    );
    assert_eq!(status, 200, "{login}");
    let token = login["token"].as_str().expect("token").to_owned();
    let queue = first
        .get("/v1/officer/alerts", Some(&token))
        .expect("answer")
        .json();
    assert!(
        queue["alerts"]
            .as_array()
            .is_some_and(|a| a.iter().any(|s| s["id"] == id.as_str())),
        "{queue}"
    );

    // Dismissed with the pair suppressed on the second worker…
    let (status, dismissed) = post(
        &second,
        &token,
        &format!("/v1/officer/alerts/{id}/dismiss"),
        json!({"reason": "not the listed person", "suppress_pair": true}),
    );
    assert_eq!(status, 200, "{dismissed}");
    // … the first worker sees the disposition and, once it has read the suppressions (every
    // 2 s), no longer alerts on the pair.
    let detail = first
        .get(&format!("/v1/officer/alerts/{id}"), Some(&token))
        .expect("answer")
        .json();
    assert_eq!(detail["triage"]["status"], "dismissed", "{detail}");
    std::thread::sleep(Duration::from_millis(2_500));
    assert!(
        submit(&first, 301).is_empty(),
        "suppressed on the other worker"
    );

    // Both workers wrote to one audit stream, each writer's chain intact.
    assert!(first.stop() && second.stop(), "graceful stops");
    let output = Command::new(paxscreen_path())
        .args([
            "audit", "export", "--verify", "--redis", &url, "--prefix", &prefix,
        ])
        .output()
        .expect("paxscreen audit export");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let records: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect();
    let writers: std::collections::BTreeSet<&str> = records
        .iter()
        .filter_map(|r| r["writer"].as_str())
        .collect();
    assert_eq!(writers.len(), 2, "one writer per worker: {writers:?}");
    for action in ["login", "list_alerts", "dismiss", "view_alert"] {
        assert!(
            records
                .iter()
                .any(|r| r["action"] == action && r["outcome"] == "ok"),
            "no {action} record"
        );
    }

    let mut connection = redis(&url);
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg(format!("{prefix}:*"))
        .query(&mut connection)
        .unwrap_or_default();
    if !keys.is_empty() {
        let _: () = redis::cmd("DEL")
            .arg(&keys)
            .query(&mut connection)
            .unwrap_or(());
    }
}
