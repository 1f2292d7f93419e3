//! `paxscreen loadgen iapi` against an embedded service screening a small synthetic list: every
//! request is answered, the listed travellers are flagged, and the report carries the latency
//! figures. Speed is what the tool measures, never what a test asserts.

use std::path::Path;
use std::process::Output;

use paxscreen_tests::paxscreen;
use paxscreen_tests::service::{scratch_dir, Service};
use serde_json::Value;

const XY_KEY: &str = "xy-loadgen-key-0123456789";
const ENTRIES: &str = "2000";

fn config(list: &Path) -> String {
    format!(
        r#"[watchlists]
files = ["synthetic:sanctions={list}"]
[[sources.http.carriers]]
code = "XY"
key = "{XY_KEY}"
[outputs]
alerts_file = "alerts.jsonl"
dead_letter_dir = "dead"
"#,
        list = list.display(),
    )
}

/// Runs `loadgen iapi` against `service` with `extra` flags and returns its report.
fn loadgen_iapi(service: &Service, extra: &[&str]) -> (Output, Value) {
    let pid = service.pid().expect("running").to_string();
    let output = paxscreen()
        .args([
            "loadgen",
            "iapi",
            "--url",
            &service.url,
            "--entries",
            ENTRIES,
        ])
        .args(["--service-pid", &pid])
        .args(extra)
        .env("PAXSCREEN_IAPI_KEY", XY_KEY)
        .output()
        .expect("run paxscreen loadgen iapi");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "no JSON report ({e}): {stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output, report)
}

fn assert_clean(output: &Output, report: &Value) {
    assert!(
        output.status.success(),
        "exit {:?}: {report}\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(report["errors"]["count"], 0, "{report}");
    assert_eq!(report["fail_safe"], 0, "{report}");
    assert_eq!(report["warmup_failures"], 0, "{report}");
}

#[test]
fn loadgen_iapi_answers_every_request_and_reports_latency() {
    let dir = scratch_dir("loadgen-iapi");
    let list = dir.join("list.csv");
    let written = paxscreen()
        .args(["loadgen", "watchlist", "--entries", ENTRIES, "--out"])
        .arg(&list)
        .output()
        .expect("run paxscreen loadgen watchlist");
    assert!(written.status.success(), "{written:?}");
    let mut service = Service::start(&dir, &config(&list));

    // JSON, one passenger per request, a fifth of them variants of listed people.
    let (output, report) = loadgen_iapi(
        &service,
        &[
            "--rate",
            "200",
            "--requests",
            "400",
            "--warmup",
            "20",
            "--listed-share",
            "0.2",
        ],
    );
    assert_clean(&output, &report);
    assert_eq!(report["format"], "json");
    assert_eq!(report["requests"], 400);
    assert_eq!(report["passengers"], 400);
    let directives = &report["directives"];
    let answered: u64 = ["0Z", "1Z", "2Z", "4Z"]
        .iter()
        .map(|code| directives[code].as_u64().expect("a count per directive"))
        .sum();
    assert_eq!(answered, 400, "{report}");
    let listed = &report["listed"];
    assert!(listed["passengers"].as_u64().unwrap_or(0) > 0, "{report}");
    assert!(
        listed["directives"]["2Z"].as_u64().unwrap_or(0) > 0,
        "listed travellers flagged: {report}"
    );
    for field in ["p50", "p95", "p99", "p999", "max"] {
        assert!(report["latency_ms"][field].is_f64(), "{field}: {report}");
    }
    for field in ["p50", "p99"] {
        assert!(report["service_ms"][field].is_f64(), "{field}: {report}");
    }
    assert!(report["rate_achieved"].as_f64().unwrap_or(0.0) > 0.0);
    assert!(report["services"][0]["cpu_seconds"].is_f64(), "{report}");
    assert!(report["services"][0]["peak_rss_mb"].is_f64(), "{report}");

    // EDIFACT, three passengers per request: a CUSRES with an ERP+2 per passenger.
    let (output, report) = loadgen_iapi(
        &service,
        &[
            "--format",
            "edifact",
            "--passengers",
            "3",
            "--rate",
            "100",
            "--requests",
            "60",
            "--warmup",
            "0",
            "--listed-share",
            "0.2",
        ],
    );
    assert_clean(&output, &report);
    assert_eq!(report["format"], "edifact");
    assert_eq!(
        (report["requests"].as_u64(), report["passengers"].as_u64()),
        (Some(60), Some(180))
    );

    // A key of no carrier: every request refused, exit status 1.
    let (output, report) = loadgen_iapi(
        &service,
        &[
            "--key",
            "nobody-key-0123456789",
            "--rate",
            "100",
            "--requests",
            "20",
            "--warmup",
            "0",
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert_eq!(report["errors"]["by_status"]["401"], 20, "{report}");
    assert!(service.stop(), "clean stop");

    // No service: exit status 2 before anything is generated.
    let unreachable = paxscreen()
        .args([
            "loadgen",
            "iapi",
            "--url",
            &service.url,
            "--entries",
            ENTRIES,
        ])
        .args(["--key", XY_KEY, "--requests", "10"])
        .output()
        .expect("run paxscreen loadgen iapi");
    assert_eq!(unreachable.status.code(), Some(2), "{unreachable:?}");
}
