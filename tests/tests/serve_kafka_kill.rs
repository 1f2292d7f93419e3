//! A worker killed mid-stream (SIGKILL, three times) and restarted loses nothing: every alert
//! the manifests should give (computed in-process by `paxscreen loadgen run --expect` with the
//! same pipeline code) arrives, each manifest is answered, and after de-duplication by id no
//! alert is missing or unexpected. Runs against a real Kafka-compatible broker and Redis.
//!
//! The travellers sent default to a size a debug build screens in seconds;
//! `PAXSCREEN_KILL_TEST_TRAVELLERS=100000` (with `--release`) runs the acceptance size.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use paxscreen_tests::backends::{backends, unique};
use paxscreen_tests::paxscreen_path;
use paxscreen_tests::service::{scratch_dir, Service};

const ENTRIES: &str = "5000";

fn travellers() -> usize {
    std::env::var("PAXSCREEN_KILL_TEST_TRAVELLERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4_000)
}

#[test]
fn a_worker_killed_three_times_loses_no_manifest_and_no_alert() {
    let Some(servers) = backends("a_worker_killed_three_times") else {
        return;
    };
    let dir = scratch_dir("serve-kafka-kill");
    let list = dir.join("list.csv");
    let written = Command::new(paxscreen_path())
        .args(["loadgen", "watchlist", "--entries", ENTRIES, "--out"])
        .arg(&list)
        .output()
        .expect("loadgen watchlist runs");
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let (manifests, alerts, dead) = (unique("manifests"), unique("alerts"), unique("dead"));
    let config = format!(
        r#"[watchlists]
files = ["synthetic:sanctions={list}"]
[outputs]
alerts_file = "/dev/null"
[kafka]
brokers = "{brokers}"
group = "{group}"
manifests_topic = "{manifests}"
alerts_topic = "{alerts}"
dead_letters_topic = "{dead}"
partitions = 4
instance_id = "{instance}"
[redis]
url = "{redis}"
prefix = "{prefix}"
"#,
        list = list.display(),
        brokers = servers.kafka,
        group = unique("group"),
        redis = servers.redis,
        prefix = unique("kill"),
        instance = unique("worker"),
    );
    let mut worker = Service::start_named(&dir, "worker", &config);

    let travellers = travellers();
    let rate = (travellers / 20).max(200);
    let report_file = std::fs::File::create(dir.join("report.json")).expect("report file");
    let mut loadgen = Command::new(paxscreen_path())
        .args(["loadgen", "run", "--brokers", &servers.kafka])
        .args(["--topic", &manifests, "--alerts-topic", &alerts])
        .args(["--dead-letters-topic", &dead, "--partitions", "4"])
        .args([
            "--entries",
            ENTRIES,
            "--travellers",
            &travellers.to_string(),
        ])
        .args(["--rate", &rate.to_string(), "--flight-size", "50"])
        .args(["--timeout", "180", "--expect"])
        .stdout(report_file)
        .stderr(Stdio::piped())
        .spawn()
        .expect("loadgen run starts");

    // Three times: let the worker screen part of the stream, kill it, start a new one.
    let screened = |worker: &Service| {
        worker
            .metric("paxscreen_travellers_screened_total")
            .unwrap_or(0.0)
    };
    for _ in 0..3 {
        let deadline = Instant::now() + Duration::from_secs(120);
        while screened(&worker) < (travellers / 8) as f64 {
            assert!(Instant::now() < deadline, "no progress: {}", worker.log());
            assert!(
                loadgen.try_wait().expect("loadgen status").is_none(),
                "loadgen ended before the kills"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        worker.kill();
        worker = Service::start_named(&dir, "worker", &config);
    }

    let deadline = Instant::now() + Duration::from_secs(400);
    let status = loop {
        if let Some(status) = loadgen.try_wait().expect("loadgen status") {
            break status;
        }
        assert!(Instant::now() < deadline, "loadgen did not finish");
        std::thread::sleep(Duration::from_millis(200));
    };
    let mut progress = String::new();
    if let Some(mut stderr) = loadgen.stderr.take() {
        stderr.read_to_string(&mut progress).ok();
    }
    let report = std::fs::read_to_string(dir.join("report.json")).expect("report");
    eprintln!("loadgen report: {report}");
    let report: serde_json::Value = serde_json::from_str(report.trim()).unwrap_or_else(|e| {
        panic!(
            "report is not JSON ({e}): {report}\n{progress}\n{}",
            worker.log()
        )
    });
    assert_eq!(report["travellers"], travellers, "{report}");
    assert_eq!(report["manifests_missing"]["count"], 0, "{report}");
    assert_eq!(report["missing_alert_ids"]["count"], 0, "{report}");
    assert_eq!(report["unexpected_alert_ids"]["count"], 0, "{report}");
    assert_eq!(
        report["distinct_alert_ids"], report["expected_alert_ids"],
        "{report}"
    );
    assert!(status.success(), "loadgen: {status}\n{progress}");
    assert!(worker.stop(), "graceful stop: {}", worker.log());
}
