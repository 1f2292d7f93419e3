//! Interactive API end to end (embedded mode): a carrier's check-in PAXLST for three passengers
//! (one listed, one travelling on a stolen passport, one clean) is answered with the CUSRES
//! written by hand in `tests/fixtures/iapi/`, byte for byte; carriers only ever see their own
//! directives and never list contents or scores; a malformed request gets a message-level error
//! and is kept as a dead letter; a watchlist change reaches the carrier as an unsolicited update;
//! a flight close-out downgrades the alerts of who did not board and flags who boarded against
//! a directive; a rules file with an error is refused with its line while the previous rules
//! stay in force.

use std::path::Path;
use std::time::{Duration, Instant};

use paxscreen_tests::service::{scratch_dir, Service};
use paxscreen_tests::workspace_root;

const XY_KEY: &str = "xy-key-0123456789abcdef";
const ZZ_KEY: &str = "zz-key-0123456789abcdef";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(workspace_root().join("tests/fixtures/iapi").join(name))
        .expect("iAPI fixture")
}

const RULES: &str = r#"
[[rule]]
id = "R-SWE-WATCH"
description = "Travellers of nationality SWE on XY flights (test rule)"
severity = "low"
action = "alert"
when = { all = [ { field = "traveller.nationality", equals = "SWE" }, { field = "flight.carrier", equals = "XY" } ] }
"#;

fn config(dir: &Path) -> String {
    let root = workspace_root();
    let persons = dir.join("persons.csv");
    std::fs::copy(root.join("examples/watchlists/persons.csv"), &persons).expect("copy the list");
    std::fs::write(dir.join("rules.toml"), RULES).expect("rules file");
    format!(
        r#"[watchlists]
files = ["{persons}"]
documents = ["{documents}"]
[rules]
file = "{rules}"
[[sources.http.carriers]]
code = "XY"
key = "{XY_KEY}"
[[sources.http.carriers]]
code = "ZZ"
key = "{ZZ_KEY}"
[outputs]
alerts_file = "alerts.jsonl"
dead_letter_dir = "dead"
"#,
        persons = persons.display(),
        documents = root
            .join("examples/watchlists/stolen-documents.csv")
            .display(),
        rules = dir.join("rules.toml").display(),
    )
}

/// Returns the `YYMMDD:HHMM` of the answer's UNB, checked to lie between `from` and `to`.
fn prepared(cusres: &str, from: chrono_like::Stamp, to: chrono_like::Stamp) -> String {
    let start = cusres.find("+XY+").expect("UNB recipient") + 4;
    let stamp = &cusres[start..start + 11];
    let minutes = chrono_like::parse(stamp).unwrap_or_else(|| panic!("UNB date {stamp:?}"));
    assert!(
        from.0 <= minutes && minutes <= to.0,
        "UNB time {stamp} outside the request's window"
    );
    stamp.to_owned()
}

/// Minute stamps in UTC, for the UNB time check (without a date-time crate in the tests).
mod chrono_like {
    use std::time::{SystemTime, UNIX_EPOCH};

    /// Minutes since 2000-01-01 00:00 UTC.
    #[derive(Debug, Clone, Copy)]
    pub struct Stamp(pub i64);

    pub fn now() -> Stamp {
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        Stamp((seconds - 946_684_800) / 60)
    }

    fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Parses `YYMMDD:HHMM` (20YY) into minutes since 2000-01-01.
    pub fn parse(stamp: &str) -> Option<i64> {
        let number = |range: std::ops::Range<usize>| stamp.get(range)?.parse::<i64>().ok();
        let (y, m, d) = (2000 + number(0..2)?, number(2..4)?, number(4..6)?);
        let (h, min) = (number(7..9)?, number(9..11)?);
        let days = days_from_civil(y, m, d) - days_from_civil(2000, 1, 1);
        Some(days * 1440 + h * 60 + min)
    }
}

/// Returns the latest version of every alert written, by id.
fn latest_alerts(dir: &Path) -> std::collections::BTreeMap<String, serde_json::Value> {
    std::fs::read_to_string(dir.join("alerts.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON alert"))
        .map(|a| (a["id"].as_str().unwrap_or_default().to_owned(), a))
        .collect()
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if done() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn iapi_answers_each_passenger_and_keeps_carriers_apart() {
    let dir = scratch_dir("serve-iapi");
    let mut service = Service::start(&dir, &config(&dir));
    let request = fixture("xy123-check-in.edi");

    // The three passengers: listed (fuzzy name hit → contact government), stolen passport
    // (exact → do not board), clean (OK to board), as the CUSRES written by hand says.
    let from = chrono_like::now();
    let answer = service.post("/v1/iapi", XY_KEY, request.as_bytes());
    let to = chrono_like::now();
    assert_eq!(answer.status, 200, "{}", answer.body);
    let stamp = prepared(&answer.body, from, to);
    let expected = fixture("xy123-answer.cusres").replace("{PREPARED}", &stamp);
    assert_eq!(answer.body, expected);

    // JSON: the same directives; nothing about lists, entries or scores.
    let json = service.post_with(
        "/v1/iapi",
        XY_KEY,
        request.as_bytes(),
        &[("Accept", "application/json")],
    );
    assert_eq!(json.status, 200, "{}", json.body);
    let body = json.json();
    let codes: Vec<(&str, &str)> = body["passengers"]
        .as_array()
        .expect("passengers")
        .iter()
        .map(|p| {
            (
                p["passenger_ref"].as_str().unwrap_or_default(),
                p["directive"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            ("XY123-0001", "2Z"),
            ("XY123-0002", "1Z"),
            ("XY123-0003", "0Z")
        ]
    );
    for secret in [
        "score",
        "entry_id",
        "national-wanted",
        "NW-0002",
        "reasons",
        "list",
    ] {
        assert!(
            !json.body.contains(secret),
            "{secret} in a carrier's answer: {}",
            json.body
        );
    }

    // Officers get the alerts, naming the rules that fired; the rule alone alerts too.
    wait_for("the alerts", || {
        std::fs::read_to_string(dir.join("alerts.jsonl"))
            .unwrap_or_default()
            .contains("R-SWE-WATCH")
    });
    let alerts = std::fs::read_to_string(dir.join("alerts.jsonl")).unwrap_or_default();
    let rule_alert: serde_json::Value = alerts
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON alert"))
        .find(|a| a["rules"][0]["rule_id"] == "R-SWE-WATCH")
        .expect("the rule's alert");
    assert!(rule_alert.get("hit").is_none());
    assert_eq!(rule_alert["directive"], "0Z");
    assert_eq!(rule_alert["severity"], "low");

    // A carrier reads back its own directives only.
    let own = service
        .get("/v1/iapi/directives?flight=XY123", Some(XY_KEY))
        .expect("answer")
        .json();
    assert_eq!(own["directives"].as_array().map(Vec::len), Some(3));
    let other = service
        .get("/v1/iapi/directives", Some(ZZ_KEY))
        .expect("answer")
        .json();
    assert_eq!(other["directives"].as_array().map(Vec::len), Some(0));
    let other = service
        .get("/v1/iapi/directives?flight=XY123", Some(ZZ_KEY))
        .expect("answer");
    assert!(!other.body.contains("XY123-0001"), "{}", other.body);
    assert_eq!(
        service
            .get("/v1/iapi/directives", Some("nobody-key-0123456789"))
            .map(|a| a.status),
        Some(401)
    );
    // … and cannot ask for another carrier's flight.
    let refused = service.post("/v1/iapi", ZZ_KEY, request.as_bytes());
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("ERP+1'ERC+1'"), "{}", refused.body);
    assert!(!refused.body.contains("XY123-000"), "{}", refused.body);

    // A malformed request: message-level error, kept whole as a dead letter.
    let broken = service.post(
        "/v1/iapi",
        XY_KEY,
        b"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JOHN",
    );
    assert_eq!(broken.status, 422, "{}", broken.body);
    assert!(
        broken
            .body
            .contains("BGM+962'ERP+1'ERC+1'FTX+AAP+++REJECTED"),
        "{}",
        broken.body
    );
    wait_for("the dead letter", || {
        std::fs::read_dir(dir.join("dead"))
            .map(|d| d.count() >= 2)
            .unwrap_or(false)
    });

    // A list update that names the clean passenger reaches the carrier unsolicited (BGM+132).
    let mut persons = std::fs::read_to_string(dir.join("persons.csv")).expect("list");
    persons.push_str("NW-9001,national-wanted,wanted,Anna Lindqvist,,1988-02-02,SWE,F,,\n");
    std::fs::write(dir.join("persons.csv"), persons).expect("update the list");
    let mut updates = serde_json::Value::Null;
    wait_for("an unsolicited update", || {
        updates = service
            .get("/v1/iapi/updates", Some(XY_KEY))
            .map(|a| a.json())
            .unwrap_or_default();
        updates["updates"].as_array().is_some_and(|u| !u.is_empty())
    });
    let update = &updates["updates"][0];
    let cusres = update["cusres"].as_str().expect("CUSRES");
    assert!(cusres.contains("BGM+132'"), "{cusres}");
    assert!(cusres.contains("RFF+ABO:XY123-0003'ERC+2Z'"), "{cusres}");
    assert!(
        !cusres.contains("XY123-0001"),
        "only changed directives: {cusres}"
    );
    let zz_updates = service
        .get("/v1/iapi/updates", Some(ZZ_KEY))
        .expect("answer")
        .json();
    assert_eq!(zz_updates["updates"].as_array().map(Vec::len), Some(0));

    // The close-out: XY123-0001 did not board (its alerts are downgraded), XY123-0002 boarded
    // although told not to (flagged).
    let closed = service.post(
        "/v1/manifests",
        XY_KEY,
        fixture("xy123-close-out.edi").as_bytes(),
    );
    assert_eq!(closed.status, 202, "{}", closed.body);
    let latest = latest_alerts(&dir);
    let of = |reference: &str| -> Vec<&serde_json::Value> {
        latest
            .values()
            .filter(|a| a["traveller"]["passenger_ref"] == reference)
            .collect()
    };
    assert!(!of("XY123-0001").is_empty());
    for alert in of("XY123-0001") {
        assert_eq!(alert["boarding"], "not_boarded", "{alert}");
        assert_eq!(alert["severity"], "low", "{alert}");
        assert!(alert.get("boarded_against_directive").is_none());
    }
    for alert in of("XY123-0002") {
        assert_eq!(alert["boarding"], "boarded", "{alert}");
        assert_eq!(alert["boarded_against_directive"], true, "{alert}");
        assert_eq!(alert["directive"], "1Z");
    }
    assert!(
        service
            .metric("paxscreen_boarded_against_directive_total")
            .unwrap_or(0.0)
            >= 1.0
    );

    // A rules file with an error is refused with its line; the previous rules stay.
    std::fs::write(
        dir.join("rules.toml"),
        format!("{RULES}\n[[rule]]\nid = \"R-BROKEN\"\ndescription = \"x\"\nseverity = \"high\"\nwhen = {{ field = \"traveller.shoe_size\", equals = \"42\" }}\n"),
    )
    .expect("break the rules");
    wait_for("the refusal", || {
        service
            .metric("paxscreen_rules_refused_total")
            .unwrap_or(0.0)
            >= 1.0
    });
    let log = service.log();
    assert!(log.contains("rules file refused"), "{log}");
    assert!(
        log.contains("rules.toml:13:18: unknown field `traveller.shoe_size`"),
        "the error names line 13, column 18: {log}"
    );
    assert_eq!(service.metric("paxscreen_rules_loaded"), Some(1.0));
    let again = service.post_with(
        "/v1/iapi",
        XY_KEY,
        request.as_bytes(),
        &[("Accept", "application/json")],
    );
    assert_eq!(again.status, 200);

    // Nothing personal in the logs.
    assert!(service.stop(), "clean stop");
    let log = service.log();
    for secret in [
        "RASHID",
        "TANAKA",
        "LINDQVIST",
        "TK0099887",
        "1979",
        "SE5554443",
    ] {
        assert!(!log.contains(secret), "{secret} in the log");
    }
}
