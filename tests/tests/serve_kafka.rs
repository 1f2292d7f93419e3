//! `paxscreen serve` in the distributed mode, against a real Kafka-compatible broker and Redis:
//! manifests produced to Kafka come out as alerts keyed by arrival airport and stored per
//! airport in Redis; a malformed record goes to the dead-letter topic whole and the next still
//! flows; offsets are committed (a restarted worker does not screen again); two workers of one
//! group share the partitions; watchlist snapshots published to Redis take effect without a
//! restart and are loaded by a worker that starts; iAPI answers reach the directives topic.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use paxscreen_tests::backends::{self, backends, produce, read_until, unique, Backends};
use paxscreen_tests::service::{scratch_dir, Service};
use paxscreen_tests::{paxscreen, workspace_root};
use redis::Commands;

const OFFICER_KEY: &str = "officer-key-0123456789";
const XY_KEY: &str = "xy-key-0123456789abcdef";

/// Names of the topics, group and key prefix of one test.
struct Names {
    manifests: String,
    alerts: String,
    dead_letters: String,
    directives: String,
    group: String,
    prefix: String,
}

impl Names {
    fn new(test: &str) -> Names {
        Names {
            manifests: unique(&format!("{test}-manifests")),
            alerts: unique(&format!("{test}-alerts")),
            dead_letters: unique(&format!("{test}-dead")),
            directives: unique(&format!("{test}-directives")),
            group: unique(&format!("{test}-group")),
            prefix: unique(test),
        }
    }

    /// The `[kafka]` and `[redis]` sections.
    fn sections(&self, servers: &Backends, partitions: u32) -> String {
        format!(
            r#"[kafka]
brokers = "{brokers}"
group = "{group}"
manifests_topic = "{manifests}"
alerts_topic = "{alerts}"
dead_letters_topic = "{dead}"
directives_topic = "{directives}"
partitions = {partitions}
[redis]
url = "{redis}"
prefix = "{prefix}"
snapshot_poll_seconds = 1
"#,
            brokers = servers.kafka,
            group = self.group,
            manifests = self.manifests,
            alerts = self.alerts,
            dead = self.dead_letters,
            directives = self.directives,
            redis = servers.redis,
            prefix = self.prefix,
        )
    }
}

fn example(path: &str) -> std::path::PathBuf {
    workspace_root().join("examples").join(path)
}

fn manifest(name: &str) -> Vec<u8> {
    std::fs::read(example("manifests").join(name)).expect("example manifest")
}

fn files_config() -> String {
    format!(
        "alerts_key = \"{OFFICER_KEY}\"\n[watchlists]\nfiles = [\"{}\"]\ndocuments = [\"{}\"]\n",
        example("watchlists/persons.csv").display(),
        example("watchlists/stolen-documents.csv").display()
    )
}

/// Number of hits `paxscreen screen` finds in a manifest with the example lists.
fn expected_hits(name: &str) -> usize {
    let output = paxscreen()
        .args(["screen", "--watchlist"])
        .arg(example("watchlists/persons.csv"))
        .arg("--documents")
        .arg(example("watchlists/stolen-documents.csv"))
        .arg(example("manifests").join(name))
        .output()
        .expect("paxscreen screen runs");
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout).lines().count()
}

fn wait_for(what: &str, service: &Service, timeout: Duration, check: impl Fn() -> bool) {
    let deadline = Instant::now() + timeout;
    while !check() {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}:\n{}",
            service.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn kafka_inputs(service: &Service, outcome: &str) -> f64 {
    service
        .metric(&format!(
            "paxscreen_inputs_total{{source=\"kafka\",outcome=\"{outcome}\"}}"
        ))
        .unwrap_or(0.0)
}

#[test]
fn kafka_manifests_become_alerts_by_airport_and_malformed_records_dead_letters() {
    let Some(servers) = backends("kafka_manifests_become_alerts") else {
        return;
    };
    let names = Names::new("flow");
    let dir = scratch_dir("serve-kafka-flow");
    let config = format!("{}{}", files_config(), names.sections(&servers, 3));
    let mut service = Service::start(&dir, &config);

    let nordair = manifest("nordair-nx204-passengers.edi");
    let skylink = manifest("skylink-sk880-two-parts.edi");
    let garbage: &[u8] = b"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JOHN";
    produce(
        &servers.kafka,
        &names.manifests,
        &[("NX204", &nordair), ("XX1", garbage), ("SK880", &skylink)],
    );
    let expected = expected_hits("nordair-nx204-passengers.edi")
        + expected_hits("skylink-sk880-two-parts.edi");
    assert!(expected >= 3, "the examples should hit: {expected}");

    // Alerts: keyed by arrival airport, id in a header, one per hit.
    let alerts = read_until(
        &servers.kafka,
        &names.alerts,
        Duration::from_secs(60),
        |records| records.len() >= expected,
    );
    assert_eq!(alerts.len(), expected, "{}", service.log());
    let mut ids = BTreeSet::new();
    for record in &alerts {
        let alert = record.json();
        assert_eq!(record.key.as_deref(), alert["arrival_airport"].as_str());
        assert_eq!(
            record.headers.get("alert_id").map(String::as_str),
            alert["id"].as_str()
        );
        assert_eq!(alert["source"]["kind"], "kafka");
        ids.insert(alert["id"].as_str().expect("id").to_owned());
    }
    assert_eq!(ids.len(), expected, "alert ids are distinct");
    let airports: BTreeSet<_> = alerts.iter().filter_map(|r| r.key.clone()).collect();
    assert!(
        airports.contains("KEF") && airports.contains("LHR"),
        "{airports:?}"
    );

    // The malformed record, whole, with its reason; the record after it flowed (LHR above).
    let dead = read_until(
        &servers.kafka,
        &names.dead_letters,
        Duration::from_secs(30),
        |records| !records.is_empty(),
    );
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].payload, garbage);
    assert_eq!(dead[0].headers["reason"], "truncated");
    assert_eq!(dead[0].headers["source"], "kafka");
    assert!(
        dead[0].headers["detail"].contains("byte"),
        "{:?}",
        dead[0].headers
    );

    // Redis holds the alerts per airport, ordered by arrival, and serves them to officers.
    let mut redis = backends::redis(&servers.redis);
    let kef: usize = redis
        .zcard(format!("{}:alerts:KEF", names.prefix))
        .expect("zcard");
    let kef_alerts = alerts
        .iter()
        .filter(|r| r.key.as_deref() == Some("KEF"))
        .count();
    assert_eq!(kef, kef_alerts);
    let served = service
        .get("/v1/alerts?airport=LHR", Some(OFFICER_KEY))
        .expect("alerts answer")
        .json();
    assert_eq!(
        served.as_array().expect("alerts").len(),
        expected - kef_alerts,
        "{served}"
    );

    // Every offset committed; a graceful stop; a restart in the same group screens nothing again.
    wait_for("commits", &service, Duration::from_secs(30), || {
        kafka_inputs(&service, "screened") == 2.0
            && kafka_inputs(&service, "dead_letter") == 1.0
            && service.metric("paxscreen_uncommitted_records") == Some(0.0)
    });
    assert!(service.stop(), "graceful stop: {}", service.log());
    let again = Service::start_named(&dir, "again", &config);
    std::thread::sleep(Duration::from_secs(4));
    assert_eq!(kafka_inputs(&again, "screened"), 0.0, "{}", again.log());

    // No name, date of birth or document number of an alerted traveller in the logs (debug
    // level).
    let log = format!("{}{}", service.log(), again.log());
    for record in &alerts {
        let traveller = &record.json()["traveller"];
        let mut personal: Vec<String> = ["surname", "given_names", "date_of_birth"]
            .iter()
            .filter_map(|field| traveller[*field].as_str().map(str::to_owned))
            .collect();
        for document in traveller["documents"].as_array().into_iter().flatten() {
            personal.extend(document["number"].as_str().map(str::to_owned));
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
fn two_workers_of_one_group_share_the_partitions() {
    let Some(servers) = backends("two_workers_of_one_group") else {
        return;
    };
    let names = Names::new("group");
    let dir = scratch_dir("serve-kafka-group");
    let config = format!("{}{}", files_config(), names.sections(&servers, 4));
    let first = Service::start_named(&dir, "first", &config);
    let second = Service::start_named(&dir, "second", &config);
    // Both must hold partitions before records flow, or the first takes them all.
    let assigned = |worker: &Service| {
        worker
            .metric("paxscreen_assigned_partitions")
            .unwrap_or(0.0)
    };
    wait_for("both assigned", &first, Duration::from_secs(60), || {
        let (a, b) = (assigned(&first), assigned(&second));
        a > 0.0 && b > 0.0 && a + b == 4.0
    });
    let nordair = manifest("nordair-nx204-passengers.edi");
    let keys: Vec<String> = (0..24).map(|i| format!("flight-{i}")).collect();
    let records: Vec<(&str, &[u8])> = keys
        .iter()
        .map(|k| (k.as_str(), nordair.as_slice()))
        .collect();
    produce(&servers.kafka, &names.manifests, &records);
    wait_for(
        "24 records screened",
        &first,
        Duration::from_secs(60),
        || kafka_inputs(&first, "screened") + kafka_inputs(&second, "screened") >= 24.0,
    );
    let (a, b) = (
        kafka_inputs(&first, "screened"),
        kafka_inputs(&second, "screened"),
    );
    assert_eq!(a + b, 24.0, "each record screened once");
    assert!(a > 0.0 && b > 0.0, "both workers consumed: {a} + {b}");
}

fn publish(servers: &Backends, prefix: &str, persons: &Path) {
    let output = paxscreen()
        .args([
            "watchlist",
            "load",
            "--redis-url",
            &servers.redis,
            "--prefix",
            prefix,
        ])
        .arg("--documents")
        .arg(example("watchlists/stolen-documents.csv"))
        .arg(format!("persons={}", persons.display()))
        .output()
        .expect("paxscreen watchlist load runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn watchlist_snapshots_take_effect_without_a_restart() {
    let Some(servers) = backends("watchlist_snapshots") else {
        return;
    };
    let names = Names::new("snapshots");
    let dir = scratch_dir("serve-kafka-snapshots");
    // Version 1: a list without the people of the example manifest.
    let unrelated = dir.join("unrelated.csv");
    std::fs::write(
        &unrelated,
        "id,list,category,full_name,aliases,date_of_birth,nationality,gender,document_number,document_country\n\
         U-1,persons,sanctions,ZEBEDEE QUUXWORTH,,1950,NZL,M,,\n",
    )
    .expect("write a list");
    publish(&servers, &names.prefix, &unrelated);
    let config = format!(
        "alerts_key = \"{OFFICER_KEY}\"\n{}",
        names.sections(&servers, 2)
    );
    let service = Service::start(&dir, &config);
    assert_eq!(service.metric("paxscreen_watchlist_version"), Some(1.0));
    let nordair = manifest("nordair-nx204-passengers.edi");
    let watchlist_alerts = |service: &Service| {
        service
            .get("/v1/alerts?airport=KEF", Some(OFFICER_KEY))
            .expect("alerts answer")
            .json()
            .as_array()
            .expect("alerts")
            .iter()
            .filter(|a| a["hit"]["kind"] == "watchlist")
            .count()
    };
    produce(&servers.kafka, &names.manifests, &[("NX204", &nordair)]);
    wait_for(
        "the first record",
        &service,
        Duration::from_secs(60),
        || kafka_inputs(&service, "screened") == 1.0,
    );
    assert_eq!(watchlist_alerts(&service), 0);

    // Version 2: the example list. The running worker swaps it in.
    publish(&servers, &names.prefix, &example("watchlists/persons.csv"));
    wait_for("version 2", &service, Duration::from_secs(60), || {
        service.metric("paxscreen_watchlist_version") == Some(2.0)
    });
    produce(&servers.kafka, &names.manifests, &[("NX204", &nordair)]);
    wait_for(
        "the second record",
        &service,
        Duration::from_secs(60),
        || kafka_inputs(&service, "screened") == 2.0,
    );
    assert!(watchlist_alerts(&service) > 0, "{}", service.log());

    // A worker that starts loads the current version.
    let other = Service::start_named(&dir, "other", &config);
    assert_eq!(other.metric("paxscreen_watchlist_version"), Some(2.0));
    assert_eq!(other.metric("paxscreen_watchlist_entries"), Some(12.0));
}

#[test]
fn iapi_answers_reach_the_directives_topic() {
    let Some(servers) = backends("iapi_answers_reach_the_directives_topic") else {
        return;
    };
    let names = Names::new("directives");
    let dir = scratch_dir("serve-kafka-directives");
    let carriers = format!("[[sources.http.carriers]]\ncode = \"XY\"\nkey = \"{XY_KEY}\"\n");
    let config = format!(
        "{}{carriers}{}",
        files_config(),
        names.sections(&servers, 1)
    );
    let service = Service::start(&dir, &config);
    let request =
        std::fs::read_to_string(workspace_root().join("tests/fixtures/iapi/xy123-check-in.edi"))
            .expect("iAPI fixture");
    let answer = service.post("/v1/iapi", XY_KEY, request.as_bytes());
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(answer.body.contains("ERC+"), "{}", answer.body);

    // The same answer, keyed by carrier, with its message id in a header.
    let directives = read_until(
        &servers.kafka,
        &names.directives,
        Duration::from_secs(30),
        |records| !records.is_empty(),
    );
    assert_eq!(directives.len(), 1, "{}", service.log());
    let record = &directives[0];
    assert_eq!(record.key.as_deref(), Some("XY"));
    assert!(
        record
            .headers
            .get("directive_id")
            .is_some_and(|id| !id.is_empty()),
        "{:?}",
        record.headers
    );
    assert_eq!(record.json()["cusres"].as_str(), Some(answer.body.as_str()));
}
