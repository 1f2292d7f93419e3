//! The officers' web page in a real browser (headless Chromium through chromedriver): an officer
//! of LHR signs in, sees the LHR alerts and not the CDG one, opens an alert, reads the evidence
//! (the listed entry beside the traveller as sent, the raw message excerpt), dismisses it as a
//! false positive through the page's dialog, and the audit log holds the sign-in, the view and
//! the dismissal with its reason. Screenshots of the queue, the detail and the dismissed alert
//! are kept as test artefacts (`$PAXSCREEN_ARTEFACTS`, else `target/test-artefacts/`).
//!
//! Needs chromedriver and Chromium (Debian: `apt-get install chromium chromium-driver`; CI
//! installs them): `PAXSCREEN_TEST_CHROMEDRIVER` (default `/usr/bin/chromedriver`) and
//! `PAXSCREEN_TEST_CHROMIUM` (default `/usr/bin/chromium` when present). Without chromedriver
//! the test is skipped, except in CI (`CI` set), where it fails.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use paxscreen_tests::officers::add_account;
use paxscreen_tests::service::{scratch_dir, Service};
use paxscreen_tests::webdriver::{Browser, Chromedriver};
use paxscreen_tests::{paxscreen, workspace_root};

const XY_KEY: &str = "xy-key-0123456789abcdef";
const LHR_OFFICER: &str = "lhr.officer";
const LHR_PASSWORD: &str = "lhr-officer-pass-2026";
const CDG_OFFICER: &str = "cdg.officer";
const CDG_PASSWORD: &str = "cdg-officer-pass-2026";
const DISMISS_REASON: &str = "Not the listed person: different passport, seen at the desk";

/// Returns chromedriver's path, or `None` (test skipped) when it is missing outside CI.
///
/// # Panics
/// In CI, when chromedriver is missing.
fn chromedriver_path() -> Option<PathBuf> {
    let path = std::env::var_os("PAXSCREEN_TEST_CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"));
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "chromedriver not found at {}: install Debian's chromium and chromium-driver \
         (bash .ci/run does) or set PAXSCREEN_TEST_CHROMEDRIVER",
        path.display()
    );
    eprintln!(
        "skipping the officers' browser test: no chromedriver at {} \
         (apt-get install chromium chromium-driver, or set PAXSCREEN_TEST_CHROMEDRIVER)",
        path.display()
    );
    None
}

/// Chromium's path, when set or at Debian's place; else chromedriver looks for it.
fn chromium_path() -> Option<PathBuf> {
    std::env::var_os("PAXSCREEN_TEST_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/usr/bin/chromium")).filter(|p| p.is_file()))
}

/// Where the screenshots go (created).
fn artefacts_dir() -> PathBuf {
    let dir = std::env::var_os("PAXSCREEN_ARTEFACTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/test-artefacts"));
    std::fs::create_dir_all(&dir).expect("create the artefacts directory");
    dir
}

fn config(dir: &Path) -> String {
    let root = workspace_root();
    format!(
        r#"[watchlists]
files = ["{persons}"]
documents = ["{documents}"]
[[sources.http.carriers]]
code = "XY"
key = "{XY_KEY}"
[outputs]
alerts_file = "alerts.jsonl"
dead_letter_dir = "dead"
[officers]
accounts_file = "{accounts}"
audit_file = "{audit}"
"#,
        persons = root.join("examples/watchlists/persons.csv").display(),
        documents = root
            .join("examples/watchlists/stolen-documents.csv")
            .display(),
        accounts = dir.join("officers.toml").display(),
        audit = dir.join("audit.jsonl").display(),
    )
}

/// A UTC date and time, from the system clock (no date-time crate in the tests).
#[derive(Debug, Clone, Copy)]
struct Stamp {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
}

impl Stamp {
    /// Now plus `minutes` (UTC).
    fn in_minutes(minutes: i64) -> Stamp {
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default()
            + minutes * 60;
        let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
        // Days since 1970-01-01 → civil date (H. Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Stamp {
            year,
            month,
            day,
            hour: rest / 3600,
            minute: rest % 3600 / 60,
        }
    }

    /// `YYMMDDHHMM`, as PAXLST's DTM 189/232 carry it.
    fn edifact(self) -> String {
        format!(
            "{:02}{:02}{:02}{:02}{:02}",
            self.year % 100,
            self.month,
            self.day,
            self.hour,
            self.minute
        )
    }

    /// `YYMMDD`.
    fn date(self) -> String {
        self.edifact()[..6].to_owned()
    }
}

/// One traveller of a test manifest: surname, given names, date of birth (CCYYMMDD),
/// nationality, passport number and issuing country.
type Pax<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a str);

/// A PAXLST manifest of carrier XY from JFK to `arrival` landing in `arrival_in` minutes
/// (scheduled times as local times: the test only needs them in the near future).
fn manifest(flight: &str, arrival: &str, arrival_in: i64, travellers: &[Pax]) -> String {
    let departure = Stamp::in_minutes(arrival_in - 7 * 60);
    let landing = Stamp::in_minutes(arrival_in);
    let prepared = Stamp::in_minutes(0);
    let mut message = vec![
        format!(
            "UNH+1+PAXLST:D:05B:UN:IATA+{flight}/{}/{}+01:F",
            departure.date(),
            &departure.edifact()[6..]
        ),
        "BGM+745".to_owned(),
        "NAD+MS+++XYAIR API DESK".to_owned(),
        format!("TDT+20+{flight}+++XY"),
        "LOC+125+JFK".to_owned(),
        format!("DTM+189:{}:201", departure.edifact()),
        format!("LOC+87+{arrival}"),
        format!("DTM+232:{}:201", landing.edifact()),
    ];
    for (n, (surname, given, birth, nationality, passport, issuer)) in travellers.iter().enumerate()
    {
        message.extend([
            format!("NAD+FL+++{surname}:{given}"),
            "ATT+2++M".to_owned(),
            format!("DTM+329:{birth}:102"),
            format!("NAT+2+{nationality}"),
            format!("RFF+ABO:{flight}-{:04}", n + 1),
            format!("DOC+P+{passport}"),
            "DTM+36:20310101:102".to_owned(),
            format!("LOC+91+{issuer}"),
        ]);
    }
    message.push(format!("CNT+42:{}", travellers.len()));
    message.push(format!("UNT+{}+1", message.len() + 1));
    let stamp = format!("{}:{}", prepared.date(), &prepared.edifact()[6..]);
    let mut text = format!(
        "UNA:+.? '\nUNB+UNOA:4+XYAIR:ZZ+PAXSCREEN:ZZ+{stamp}+{flight}X++APIS'\n\
         UNG+PAXLST+XYAIR+PAXSCREEN+{stamp}+1+UN+D:05B'\n"
    );
    for segment in message {
        text.push_str(&segment);
        text.push_str("'\n");
    }
    text.push_str(&format!("UNE+1+1'\nUNZ+1+{flight}X'\n"));
    text
}

/// Submits a manifest; returns the ids of its alerts.
fn submit(service: &Service, manifest: &str) -> Vec<String> {
    let answer = service.post("/v1/manifests", XY_KEY, manifest.as_bytes());
    assert_eq!(answer.status, 202, "{}\n{manifest}", answer.body);
    answer.json()["alert_ids"]
        .as_array()
        .expect("alert ids")
        .iter()
        .filter_map(|id| id.as_str().map(str::to_owned))
        .collect()
}

/// The alert id of the traveller with this surname, from the alerts file.
fn alert_of(dir: &Path, surname: &str) -> String {
    std::fs::read_to_string(dir.join("alerts.jsonl"))
        .expect("alerts file")
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .find(|alert| alert["traveller"]["surname"] == surname)
        .and_then(|alert| alert["id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("no alert for {surname}"))
}

/// The ids of the queue's rows, in order.
fn queue_ids(browser: &Browser) -> Vec<String> {
    browser
        .execute(
            "return [...document.querySelectorAll('[data-testid=\"queue-row\"]')]\
             .map(row => row.dataset.alertId)",
        )
        .as_array()
        .map(|ids| {
            ids.iter()
                .filter_map(|id| id.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Text of the first element matching `css`, or "".
fn text_of(browser: &Browser, css: &str) -> String {
    browser
        .execute_with(
            "const node = document.querySelector(arguments[0]); \
             return node ? node.innerText : '';",
            &[serde_json::Value::from(css)],
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Saves a screenshot (of the viewport, or of the whole page) as an artefact and prints its
/// path.
fn screenshot(browser: &Browser, name: &str, full_page: bool) -> PathBuf {
    let path = artefacts_dir().join(name);
    if full_page {
        browser.screenshot_full_page(&path);
    } else {
        browser.screenshot(&path);
    }
    println!("screenshot: {}", path.display());
    path
}

#[test]
fn an_officer_triages_an_alert_in_the_browser() {
    let Some(chromedriver) = chromedriver_path() else {
        return;
    };
    let dir = scratch_dir("officer-browser");
    std::fs::remove_file(artefacts_dir().join("officer-failure.png")).ok();

    // Accounts, written with the CLI: an officer of LHR and one of CDG.
    let accounts = dir.join("officers.toml");
    add_account(&accounts, LHR_OFFICER, "officer", &["LHR"], LHR_PASSWORD);
    add_account(&accounts, CDG_OFFICER, "officer", &["CDG"], CDG_PASSWORD);
    let service = Service::start(&dir, &config(&dir));

    // Two flights: to LHR with two listed people, a stolen passport and a clean traveller;
    // to CDG with one listed person.
    let lhr_ids = submit(
        &service,
        &manifest(
            "XY101",
            "LHR",
            130,
            &[
                (
                    "SOKOLOVSKY",
                    "VIKTOR",
                    "19681130",
                    "RUS",
                    "RU7700112",
                    "RUS",
                ),
                ("CHEN", "WEI", "19820808", "CHN", "EC1234567", "CHN"),
                ("TANAKA", "HIROSHI", "19900505", "JPN", "TK0099887", "JPN"),
                ("LINDQVIST", "ANNA", "19880202", "SWE", "SE5554443", "SWE"),
            ],
        ),
    );
    let cdg_ids = submit(
        &service,
        &manifest(
            "XY202",
            "CDG",
            200,
            &[
                ("DLAMINI", "THABO", "19510302", "ZAF", "ZA9988776", "ZAF"),
                ("MARTIN", "CLAIRE", "19850606", "FRA", "FR1122334", "FRA"),
            ],
        ),
    );
    assert!(lhr_ids.len() >= 2, "LHR alerts: {lhr_ids:?}");
    assert!(!cdg_ids.is_empty(), "no CDG alert");
    let target = alert_of(&dir, "SOKOLOVSKY");
    assert!(lhr_ids.contains(&target));

    let driver = Chromedriver::start(&chromedriver, &dir.join("chromedriver.log"));
    let browser = Browser::open(
        &driver,
        chromium_path().as_deref(),
        &dir.join("chromium"),
        artefacts_dir().join("officer-failure.png"),
    );

    // Sign in.
    browser.goto(&format!("{}/officer/", service.url));
    browser.wait_for("the sign-in form", "[data-testid=\"login-username\"]");
    browser.type_into("[data-testid=\"login-username\"]", LHR_OFFICER);
    browser.type_into("[data-testid=\"login-password\"]", LHR_PASSWORD);
    browser.click("[data-testid=\"login-submit\"]");

    // The queue: every LHR alert, no CDG one, landing in about two hours.
    browser.wait_until("the LHR alerts in the queue", |b| {
        let ids = queue_ids(b);
        lhr_ids.iter().all(|id| ids.contains(id))
    });
    let shown = queue_ids(&browser);
    for id in &cdg_ids {
        assert!(
            !shown.contains(id),
            "the CDG alert {id} is in the LHR queue"
        );
    }
    assert_eq!(text_of(&browser, "[data-testid=\"who-user\"]"), LHR_OFFICER);
    let row = format!("[data-testid=\"queue-row\"][data-alert-id=\"{target}\"]");
    let countdown = text_of(&browser, &format!("{row} .countdown"));
    assert!(
        countdown.starts_with("lands in "),
        "countdown: {countdown:?}"
    );
    browser.wait_until("the live-update stream", |b| {
        text_of(b, "[data-testid=\"live\"]").contains("live")
    });
    screenshot(&browser, "officer-queue.png", false);

    // Open the alert: a click opens it, Esc goes back, Enter opens the selected row again.
    browser.click(&row);
    browser.wait_for("the detail view", "[data-testid=\"evidence\"]");
    browser.press("\u{E00C}");
    browser.wait_for("the queue again", &format!("{row}.selected"));
    browser.press("\u{E007}");
    browser.wait_for("the detail view", "[data-testid=\"evidence\"]");
    let evidence = text_of(&browser, "[data-testid=\"evidence\"]");
    assert!(
        evidence.contains("Viktor Sokolovsky"),
        "the listed entry's name is missing: {evidence}"
    );
    assert!(evidence.contains("SOKOLOVSKY"), "{evidence}");
    assert!(evidence.contains("1968-11-30"), "{evidence}");
    let excerpt = text_of(&browser, "[data-testid=\"excerpt\"]");
    assert!(
        excerpt.contains("NAD+FL+++SOKOLOVSKY:VIKTOR"),
        "the message excerpt is missing: {excerpt:?}"
    );
    let reasons = text_of(&browser, "[data-testid=\"reasons\"]");
    assert!(!reasons.is_empty(), "no reason shown");
    screenshot(&browser, "officer-detail.png", true);

    // Dismiss as a false positive: the shortcut opens the dialog, which wants a reason.
    browser.wait_for("the dismiss button", "[data-testid=\"action-dismiss\"]");
    browser.press("d");
    browser.wait_for(
        "the dismiss dialog",
        "dialog[open] [data-testid=\"dialog-reason\"]",
    );
    browser.click("[data-testid=\"dialog-submit\"]");
    browser.wait_for(
        "the missing reason",
        "[data-testid=\"dialog-error\"]:not([hidden])",
    );
    browser.type_into("[data-testid=\"dialog-reason\"]", DISMISS_REASON);
    browser.click("[data-testid=\"dialog-submit\"]");
    browser.wait_for(
        "the dismissed status",
        "[data-testid=\"detail-status\"][data-status=\"dismissed\"]",
    );
    assert!(
        browser.find("dialog[open]").is_none(),
        "the dialog stayed open"
    );
    let history = text_of(&browser, "[data-testid=\"history\"]");
    assert!(history.contains(DISMISS_REASON), "history: {history:?}");
    assert!(
        browser.find("[data-testid=\"action-dismiss\"]").is_none(),
        "a dismissed alert still offers dismiss"
    );
    screenshot(&browser, "officer-dismissed.png", true);

    // Back in the queue, the dismissed alert has left the active alerts.
    browser.press("\u{E00C}");
    browser.wait_until("the dismissed alert to leave the queue", |b| {
        let ids = queue_ids(b);
        !ids.is_empty() && !ids.contains(&target)
    });

    // The page ran without script errors or policy violations (failed requests of the
    // sign-in check before signing in are expected).
    let problems: Vec<String> = browser
        .console()
        .into_iter()
        .filter(|(level, message)| {
            level == "SEVERE"
                && !(message.contains("Failed to load resource") && message.contains("401"))
        })
        .map(|(level, message)| format!("{level} {message}"))
        .collect();
    assert!(problems.is_empty(), "browser console: {problems:#?}");
    browser.quit();
    drop(driver);

    // The audit log: the sign-in, the view and the dismissal with its reason.
    let output = paxscreen()
        .args(["audit", "export", "--file"])
        .arg(dir.join("audit.jsonl"))
        .output()
        .expect("run paxscreen audit export");
    assert!(
        output.status.success(),
        "paxscreen audit export failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let records: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("an audit record per line"))
        .collect();
    let by_officer = |action: &str| {
        records
            .iter()
            .filter(|r| r["actor"] == LHR_OFFICER && r["action"] == action)
            .collect::<Vec<_>>()
    };
    assert!(
        !by_officer("login").is_empty(),
        "no login record: {records:#?}"
    );
    assert!(
        by_officer("view_alert")
            .iter()
            .any(|r| r["alert_id"] == target.as_str()),
        "no view of {target}: {records:#?}"
    );
    assert!(
        by_officer("dismiss")
            .iter()
            .any(|r| r["alert_id"] == target.as_str() && r["reason"] == DISMISS_REASON),
        "no dismissal of {target} with its reason: {records:#?}"
    );
    for name in [
        "officer-queue.png",
        "officer-detail.png",
        "officer-dismissed.png",
    ] {
        let path = artefacts_dir().join(name);
        let png = std::fs::read(&path).expect("screenshot");
        assert!(
            png.starts_with(b"\x89PNG"),
            "{} is not a PNG",
            path.display()
        );
    }
}
