//! Officers' API end to end (embedded mode): each role's limits (officers see only their
//! airports' alerts — another airport's alert is 404, another airport's queue 403 —; only
//! supervisors suppress pairs, override directives and reopen; admins see no alert data but the
//! accounts and the audit), the evidence of an alert, a suppressed traveller/entry pair that
//! does not alert again until the list entry changes, a directive override that reaches the
//! carrier, login lockout, and an audit log that holds every login, view and action and whose
//! chain verifies.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use paxscreen_tests::officers::{add_account, change_password, manifest};
use paxscreen_tests::service::{scratch_dir, Answer, Service};
use paxscreen_tests::{paxscreen_path, workspace_root};
use serde_json::{json, Value};

const XY_KEY: &str = "xy-key-0123456789abcdef";
const PASSWORD: &str = "correct horse battery";

fn config(dir: &Path) -> String {
    let root = workspace_root();
    let persons = dir.join("persons.csv");
    std::fs::copy(root.join("examples/watchlists/persons.csv"), &persons).expect("copy the list");
    format!(
        r#"[watchlists]
files = ["{persons}"]
[[sources.http.carriers]]
code = "XY"
key = "{XY_KEY}"
[outputs]
alerts_file = "alerts.jsonl"
dead_letter_dir = "dead"
[officers]
accounts_file = "{accounts}"
audit_file = "{audit}"
max_failed_logins = 3
"#,
        persons = persons.display(),
        accounts = dir.join("officers.toml").display(),
        audit = dir.join("audit.jsonl").display(),
    )
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

/// Submits a manifest; returns the alert ids.
fn submit(service: &Service, body: &str) -> Vec<String> {
    let answer = service.post("/v1/manifests", XY_KEY, body.as_bytes());
    assert_eq!(answer.status, 202, "{}", answer.body);
    answer.json()["alert_ids"]
        .as_array()
        .expect("alert ids")
        .iter()
        .map(|id| id.as_str().expect("id").to_owned())
        .collect()
}

fn login(service: &Service, username: &str, password: &str) -> Answer {
    service.post_with(
        "/v1/officer/login",
        "",
        json!({ "username": username, "password": password })
            .to_string()
            .as_bytes(),
        &[("Content-Type", "application/json")],
    )
}

/// Logs in; returns the session token.
fn token(service: &Service, username: &str) -> String {
    let answer = login(service, username, PASSWORD);
    assert_eq!(answer.status, 200, "login {username}: {}", answer.body);
    answer.json()["token"].as_str().expect("token").to_owned()
}

fn act(service: &Service, token: &str, path: &str, body: Value) -> Answer {
    service.post_with(
        path,
        token,
        body.to_string().as_bytes(),
        &[("Content-Type", "application/json")],
    )
}

fn get(service: &Service, token: &str, path: &str) -> Answer {
    service.get(path, Some(token)).expect("the service answers")
}

fn queue_ids(service: &Service, token: &str, query: &str) -> Vec<String> {
    let answer = get(service, token, &format!("/v1/officer/alerts{query}"));
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()["alerts"]
        .as_array()
        .expect("alerts")
        .iter()
        .map(|a| a["id"].as_str().expect("id").to_owned())
        .collect()
}

fn audit_records(dir: &Path) -> Vec<Value> {
    let output = Command::new(paxscreen_path())
        .args(["audit", "export", "--verify", "--file"])
        .arg(dir.join("audit.jsonl"))
        .output()
        .expect("paxscreen audit export");
    assert!(
        output.status.success(),
        "audit export --verify: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON audit record"))
        .collect()
}

fn has_record(records: &[Value], actor: &str, action: &str, alert: &str, outcome: &str) -> bool {
    records.iter().any(|r| {
        r["actor"] == actor
            && r["action"] == action
            && (alert.is_empty() || r["alert_id"] == alert)
            && r["outcome"] == outcome
    })
}

#[test]
fn officers_see_their_airports_and_act_within_their_role() {
    let dir = scratch_dir("officer-api");
    let accounts = dir.join("officers.toml");
    add_account(&accounts, "lhr.officer", "officer", &["LHR"], PASSWORD);
    add_account(&accounts, "jfk.officer", "officer", &["JFK"], PASSWORD);
    add_account(
        &accounts,
        "lhr.supervisor",
        "supervisor",
        &["LHR"],
        PASSWORD,
    );
    add_account(&accounts, "root.admin", "admin", &[], PASSWORD);
    let mut service = Service::start(&dir, &config(&dir));

    let lhr_alerts = submit(&service, &manifest(100, "LHR"));
    let jfk_alerts = submit(&service, &manifest(200, "JFK"));
    assert_eq!(lhr_alerts.len(), 1, "one listed traveller per flight");
    assert_eq!(jfk_alerts.len(), 1);
    let (lhr, jfk) = (&lhr_alerts[0], &jfk_alerts[0]);

    // Logins: a wrong password and an unknown name get the same answer.
    assert_eq!(
        login(&service, "lhr.officer", "wrong password!").status,
        401
    );
    assert_eq!(login(&service, "nobody", PASSWORD).status, 401);
    let officer = token(&service, "lhr.officer");
    let me = get(&service, &officer, "/v1/officer/me").json();
    assert_eq!(me["role"], "officer");
    assert_eq!(me["airports"], json!(["LHR"]));
    assert_eq!(
        service
            .get("/v1/officer/alerts", None)
            .expect("answer")
            .status,
        401
    );

    // An officer sees their airport's alert and not another airport's.
    let queue = queue_ids(&service, &officer, "");
    assert!(queue.contains(lhr), "{queue:?}");
    assert!(!queue.contains(jfk), "{queue:?}");
    assert_eq!(
        get(&service, &officer, "/v1/officer/alerts?airport=JFK").status,
        403
    );
    assert_eq!(
        get(&service, &officer, &format!("/v1/officer/alerts/{jfk}")).status,
        404
    );
    assert_eq!(
        get(&service, &officer, "/v1/officer/alerts?status=bogus").status,
        400
    );
    let jfk_officer = token(&service, "jfk.officer");
    let queue = queue_ids(&service, &jfk_officer, "");
    assert!(queue.contains(jfk) && !queue.contains(lhr), "{queue:?}");

    // The detail: evidence side by side.
    let detail = get(&service, &officer, &format!("/v1/officer/alerts/{lhr}"));
    assert_eq!(detail.status, 200, "{}", detail.body);
    let detail = detail.json();
    assert_eq!(detail["summary"]["status"], "open");
    assert_eq!(detail["summary"]["arrival_utc"], "2030-12-01T12:30:00Z");
    assert_eq!(
        detail["evidence"]["traveller_normalised"]["surname"],
        "AL RASHID"
    );
    assert_eq!(detail["evidence"]["entry"]["id"], "NW-0002");
    assert!(
        detail["evidence"]["entry"]["names"][0]
            .as_str()
            .is_some_and(|n| n.contains("Al-Rashid")),
        "{}",
        detail["evidence"]
    );
    assert!(detail["evidence"]["score"]
        .as_f64()
        .is_some_and(|s| s > 0.8));
    let excerpt = detail["excerpt"]["text"].as_str().expect("excerpt");
    assert!(
        excerpt.starts_with("NAD+FL+++AL RASHID:OMAR FAROUK'"),
        "{excerpt}"
    );
    assert!(excerpt.contains("DOC+P+RA7788990'"), "{excerpt}");
    assert!(
        !excerpt.contains("NILSSON"),
        "only this traveller's segments: {excerpt}"
    );
    assert_eq!(
        detail["allowed_actions"],
        json!(["confirm", "dismiss", "escalate", "note"])
    );

    // An officer's limits.
    let path = |action: &str| format!("/v1/officer/alerts/{lhr}/{action}");
    let refused = act(
        &service,
        &officer,
        &path("directive"),
        json!({"directive": "0Z", "reason": "x"}),
    );
    assert_eq!(refused.status, 403, "{}", refused.body);
    let refused = act(
        &service,
        &officer,
        &path("dismiss"),
        json!({"reason": "x", "suppress_pair": true}),
    );
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(
        act(&service, &officer, &path("reopen"), json!({"reason": "x"})).status,
        403
    );
    assert_eq!(
        act(&service, &officer, &path("dismiss"), json!({})).status,
        422
    );
    assert_eq!(
        act(&service, &jfk_officer, &path("confirm"), json!({})).status,
        404
    );
    let not_json = service.post_with(
        &path("confirm"),
        &officer,
        b"{}",
        &[("Content-Type", "text/plain")],
    );
    assert_eq!(
        not_json.status, 415,
        "forms cannot post cross-site: {}",
        not_json.body
    );
    assert_eq!(get(&service, &officer, "/v1/officer/audit").status, 403);
    assert_eq!(get(&service, &officer, "/v1/officer/accounts").status, 403);

    // Confirm, then a note; confirming twice is a conflict.
    let confirmed = act(
        &service,
        &officer,
        &path("confirm"),
        json!({"reason": "photo matches"}),
    );
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    assert_eq!(confirmed.json()["triage"]["status"], "confirmed");
    assert_eq!(
        act(&service, &officer, &path("confirm"), json!({})).status,
        409
    );
    let noted = act(
        &service,
        &officer,
        &path("notes"),
        json!({"text": "secondary inspection booked"}),
    );
    assert_eq!(noted.status, 200, "{}", noted.body);
    assert_eq!(noted.json()["triage"]["notes"][0]["actor"], "lhr.officer");
    assert!(
        queue_ids(&service, &officer, "").is_empty(),
        "confirmed leaves the active queue"
    );
    assert_eq!(
        queue_ids(&service, &officer, "?status=confirmed"),
        vec![lhr.clone()]
    );

    // Admins: accounts and audit, no alert data.
    let admin = token(&service, "root.admin");
    assert_eq!(get(&service, &admin, "/v1/officer/alerts").status, 403);
    assert_eq!(
        get(&service, &admin, &format!("/v1/officer/alerts/{lhr}")).status,
        403
    );
    let listed = get(&service, &admin, "/v1/officer/accounts");
    assert_eq!(listed.status, 200);
    assert_eq!(listed.json()["accounts"].as_array().map(Vec::len), Some(4));
    assert!(
        !listed.body.contains("argon2"),
        "no password hashes: {}",
        listed.body
    );

    // A supervisor reopens, dismisses suppressing the pair, and overrides the directive.
    let supervisor = token(&service, "lhr.supervisor");
    let reopened = act(
        &service,
        &supervisor,
        &path("reopen"),
        json!({"reason": "second look"}),
    );
    assert_eq!(reopened.status, 200, "{}", reopened.body);
    assert!(reopened.json()["allowed_actions"]
        .as_array()
        .is_some_and(|a| a.contains(&json!("suppress"))));
    let dismissed = act(
        &service,
        &supervisor,
        &path("dismiss"),
        json!({"reason": "different person: DOB and passport differ", "suppress_pair": true}),
    );
    assert_eq!(dismissed.status, 200, "{}", dismissed.body);
    assert_eq!(dismissed.json()["triage"]["suppressed"], true);
    let overridden = act(
        &service,
        &supervisor,
        &path("directive"),
        json!({"directive": "0Z", "reason": "cleared"}),
    );
    assert_eq!(overridden.status, 200, "{}", overridden.body);
    assert_eq!(overridden.json()["summary"]["directive"], "0Z");
    let updates = service
        .get("/v1/iapi/updates", Some(XY_KEY))
        .expect("answer")
        .json();
    let update = updates["updates"]
        .as_array()
        .and_then(|u| u.last())
        .unwrap_or_else(|| panic!("an update for the carrier: {updates}"));
    let cusres = update["cusres"].as_str().expect("CUSRES");
    assert!(cusres.contains("BGM+132'"), "{cusres}");
    assert!(cusres.contains("RFF+ABO:XY100-0001'ERC+0Z'"), "{cusres}");
    let supervisor_audit = get(
        &service,
        &supervisor,
        &format!("/v1/officer/audit?alert={lhr}"),
    );
    assert_eq!(supervisor_audit.status, 200);
    assert!(supervisor_audit.body.contains("override_directive"));

    // The suppressed pair does not alert again on the next manifest …
    let again = submit(&service, &manifest(101, "LHR"));
    assert!(again.is_empty(), "suppressed pair alerted again: {again:?}");
    // … until the list entry changes.
    let persons = std::fs::read_to_string(dir.join("persons.csv")).expect("list");
    let changed = persons.replace(
        "Omar Alrashid;Abu Layla",
        "Omar Alrashid;Abu Layla;Omar Rashid",
    );
    assert_ne!(persons, changed);
    let version = service
        .metric("paxscreen_watchlist_version")
        .unwrap_or_default();
    std::fs::write(dir.join("persons.csv"), changed).expect("change the entry");
    wait_for("the list reload", || {
        service
            .metric("paxscreen_watchlist_version")
            .unwrap_or_default()
            > version
    });
    let after = submit(&service, &manifest(102, "LHR"));
    assert_eq!(after.len(), 1, "a changed entry alerts again");

    // A password change ends the sessions opened before it (the accounts file is re-read
    // within 2 s); the new password opens a new one.
    assert_eq!(get(&service, &supervisor, "/v1/officer/me").status, 200);
    change_password(&accounts, "lhr.supervisor", "a new password here");
    wait_for("the password change to end the session", || {
        get(&service, &supervisor, "/v1/officer/me").status == 401
    });
    assert_eq!(login(&service, "lhr.supervisor", PASSWORD).status, 401);
    assert_eq!(
        login(&service, "lhr.supervisor", "a new password here").status,
        200
    );

    // Logout ends the session; repeated failures lock the username.
    let logout = act(&service, &officer, "/v1/officer/logout", json!({}));
    assert_eq!(logout.status, 204);
    assert_eq!(get(&service, &officer, "/v1/officer/me").status, 401);
    for _ in 0..3 {
        assert_eq!(
            login(&service, "jfk.officer", "not the password").status,
            401
        );
    }
    let locked = login(&service, "jfk.officer", PASSWORD);
    assert_eq!(locked.status, 429, "{}", locked.body);

    // The audit log holds every login, view and action, and its chain verifies.
    let records = audit_records(&dir);
    for (actor, action, alert, outcome) in [
        ("lhr.officer", "login_failed", "", "denied"),
        ("lhr.officer", "login", "", "ok"),
        ("lhr.officer", "list_alerts", "", "ok"),
        ("lhr.officer", "view_alert", lhr.as_str(), "ok"),
        ("lhr.officer", "view_alert", jfk.as_str(), "denied"),
        ("lhr.officer", "directive", "", "denied"),
        ("lhr.officer", "confirm", lhr.as_str(), "ok"),
        ("lhr.officer", "note", lhr.as_str(), "ok"),
        ("lhr.officer", "logout", "", "ok"),
        ("lhr.supervisor", "dismiss", lhr.as_str(), "ok"),
        ("lhr.supervisor", "override_directive", lhr.as_str(), "ok"),
        ("root.admin", "list_accounts", "", "ok"),
        ("jfk.officer", "login_failed", "", "denied"),
    ] {
        let action = if action == "directive" {
            "override_directive"
        } else {
            action
        };
        assert!(
            has_record(&records, actor, action, alert, outcome),
            "no audit record {actor} {action} {alert} {outcome}"
        );
    }
    let dismissal = records
        .iter()
        .find(|r| r["action"] == "dismiss" && r["outcome"] == "ok")
        .expect("dismissal");
    assert_eq!(
        dismissal["reason"],
        "different person: DOB and passport differ"
    );
    assert_eq!(dismissal["airport"], "LHR");

    // Counted for monitoring, by action and outcome only.
    assert_eq!(
        service.metric(r#"paxscreen_officer_events_total{action="login_failed",outcome="denied"}"#),
        Some(7.0),
        "two bad logins, the old password after its change, three before the lock and one while locked"
    );

    // No password or traveller data in the service's log.
    let log = service.log();
    for secret in [PASSWORD, "RASHID", "RA7788990", "1979-03-12"] {
        assert!(!log.contains(secret), "{secret} in the log");
    }
    assert!(service.stop(), "graceful stop");
}
