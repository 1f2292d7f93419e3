//! The service configuration: a TOML file, overridden by environment variables, overridden by
//! flags, validated as a whole before anything starts (`paxscreen serve --check-config`).
//!
//! Every section is optional: with none, `serve` listens on 127.0.0.1:8080 with the embedded
//! queue and store, accepts manifests over HTTP and writes alerts as JSON lines to standard
//! output. `[kafka]` and `[redis]` ([`backends`]) switch on the distributed mode.

pub mod backends;
pub mod officers;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::commands::lists::ListSpec;
pub use backends::{Kafka, Redis};
pub use officers::{Officers, Retention};

/// The whole configuration.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// HTTP listener.
    pub server: Server,
    /// Watchlists screened against.
    pub watchlists: Watchlists,
    /// Where manifests come from.
    pub sources: Sources,
    /// Where alerts and dead letters go.
    pub outputs: Outputs,
    /// Pipeline sizing.
    pub pipeline: Pipeline,
    /// Alert timing.
    pub alerts: AlertTiming,
    /// `[kafka]`: manifests from a topic, alerts and dead letters to topics.
    pub kafka: Option<Kafka>,
    /// `[redis]`: alert store and watchlist snapshots.
    pub redis: Option<Redis>,
    /// `[rules]`: targeting rules.
    pub rules: Rules,
    /// `[directives]`: which outcome gives carriers which directive (see
    /// [`paxscreen_rules::Policy`]).
    pub directives: paxscreen_rules::Policy,
    /// `[iapi]`: interactive API answers to carriers.
    pub iapi: Iapi,
    /// `[officers]`: officers' accounts, sessions and audit.
    pub officers: Officers,
    /// `[retention]`: how long personal data are kept.
    pub retention: Retention,
}

/// `[rules]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Targeting rules file (TOML, the language of `examples/rules.toml`). Re-read when it
    /// changes; a file with an error is refused with its line and the rules in force stay.
    pub file: Option<PathBuf>,
}

/// `[iapi]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Iapi {
    /// Longest a carrier waits for screening, in milliseconds: past it, every passenger of the
    /// request gets the fail-safe directive (`directives.fail_safe`).
    pub deadline_ms: u64,
    /// Sender id written in the UNB/UNG of CUSRES answers.
    pub sender: String,
    /// Hours after the scheduled arrival that answered passengers are kept (to send
    /// unsolicited updates and let carriers read their directives again).
    pub retention_hours: i64,
}

impl Default for Iapi {
    fn default() -> Self {
        Iapi {
            deadline_ms: 2_000,
            sender: "PAXSCREEN".to_owned(),
            retention_hours: 24,
        }
    }
}

/// `[server]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Server {
    /// Address the HTTP API (manifests, alerts, metrics, health) listens on.
    pub listen: String,
    /// Key that `GET /v1/alerts` requires (`Authorization: Bearer KEY`); without it the alerts
    /// are not served over HTTP.
    pub alerts_key: Option<String>,
}

impl Default for Server {
    fn default() -> Self {
        Server {
            listen: "127.0.0.1:8080".to_owned(),
            alerts_key: None,
        }
    }
}

/// `[watchlists]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Watchlists {
    /// Person lists as `[NAME[:CATEGORY[:THRESHOLD]]=]FILE`.
    pub files: Vec<String>,
    /// Stolen/lost document lists as `[NAME[:CATEGORY]=]FILE`.
    pub documents: Vec<String>,
    /// Score from which a match is a hit, for lists without their own.
    pub threshold: Option<f32>,
}

/// `[sources]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sources {
    /// `[sources.http]`: airlines push manifests with `POST /v1/manifests`.
    pub http: HttpSource,
    /// `[sources.directory]`: a watched directory.
    pub directory: Option<DirectorySource>,
}

/// `[sources.http]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpSource {
    /// Accept manifests over HTTP.
    pub enabled: bool,
    /// Carriers allowed to push, each with its API key.
    pub carriers: Vec<Carrier>,
}

impl Default for HttpSource {
    fn default() -> Self {
        HttpSource {
            enabled: true,
            carriers: Vec::new(),
        }
    }
}

/// A carrier allowed to push manifests for its own flights.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carrier {
    /// IATA or ICAO carrier code, as in the manifests' TDT segment.
    pub code: String,
    /// The API key, given directly…
    #[serde(default)]
    pub key: Option<String>,
    /// …or read from this environment variable (preferred: keeps keys out of files).
    #[serde(default)]
    pub key_env: Option<String>,
}

/// `[sources.directory]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectorySource {
    /// Directory polled for new files; each file is one input (one or more messages).
    pub path: PathBuf,
    /// Poll interval in milliseconds.
    #[serde(default = "default_poll_ms")]
    pub poll_ms: u64,
}

fn default_poll_ms() -> u64 {
    250
}

/// `[outputs]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Outputs {
    /// Alerts as JSON lines: a file path, or `-` for standard output. Default: standard output
    /// in the embedded mode, none when alerts go to Kafka.
    pub alerts_file: Option<String>,
    /// Directory where malformed inputs are written, with a `.reason.json` beside each.
    pub dead_letter_dir: PathBuf,
}

impl Default for Outputs {
    fn default() -> Self {
        Outputs {
            alerts_file: None,
            dead_letter_dir: PathBuf::from("dead-letters"),
        }
    }
}

/// `[pipeline]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Pipeline {
    /// Inputs waiting to be screened at most; a full queue makes HTTP answer 503 and the
    /// directory source wait, so memory stays bounded whatever the input rate.
    pub queue: usize,
    /// Inputs in progress at once (screened, or having their outputs acknowledged): enough to
    /// keep the screening threads busy while outputs travel.
    pub workers: usize,
    /// Threads that screen (each input is screened whole on one of them).
    pub screening_threads: usize,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            queue: 64,
            workers: 16,
            screening_threads: std::thread::available_parallelism().map_or(2, usize::from),
        }
    }
}

/// `[alerts]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AlertTiming {
    /// Minutes before the scheduled arrival by which an officer must have decided.
    pub decision_margin_minutes: i64,
    /// UTC offset in hours of airports whose scheduled times are local (times in manifests
    /// carry no zone); airports not listed are taken as UTC.
    pub airport_utc_offsets: BTreeMap<String, f32>,
}

impl Default for AlertTiming {
    fn default() -> Self {
        AlertTiming {
            decision_margin_minutes: 30,
            airport_utc_offsets: BTreeMap::new(),
        }
    }
}

/// A configuration that passed validation: what `serve` runs with.
#[derive(Debug, Clone)]
pub struct Validated {
    /// The configuration as read.
    pub config: Config,
    /// The listen address, parsed.
    pub listen: SocketAddr,
    /// Person and document lists, parsed.
    pub lists: Vec<ListSpec>,
    /// Carrier code → API key.
    pub carrier_keys: BTreeMap<String, String>,
}

impl Config {
    /// Reads a configuration file.
    ///
    /// # Errors
    /// The file cannot be read, or is not valid TOML for this configuration (the message gives
    /// the line and column).
    pub fn read(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
    }

    /// Applies `PAXSCREEN_LISTEN`, `PAXSCREEN_ALERTS_FILE`, `PAXSCREEN_INBOX`,
    /// `PAXSCREEN_KAFKA_BROKERS`, `PAXSCREEN_KAFKA_INSTANCE_ID` and `PAXSCREEN_REDIS_URL` from
    /// `env`.
    pub fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) {
        if let Some(listen) = env("PAXSCREEN_LISTEN") {
            self.server.listen = listen;
        }
        if let Some(file) = env("PAXSCREEN_ALERTS_FILE") {
            self.outputs.alerts_file = Some(file);
        }
        if let Some(brokers) = env("PAXSCREEN_KAFKA_BROKERS") {
            self.kafka.get_or_insert_with(Kafka::default).brokers = brokers;
        }
        if let Some(id) = env("PAXSCREEN_KAFKA_INSTANCE_ID") {
            self.kafka.get_or_insert_with(Kafka::default).instance_id = Some(id);
        }
        if let Some(url) = env("PAXSCREEN_REDIS_URL") {
            self.redis.get_or_insert_with(Redis::default).url = url;
        }
        if let Some(inbox) = env("PAXSCREEN_INBOX") {
            self.sources.directory = Some(DirectorySource {
                path: PathBuf::from(inbox),
                poll_ms: default_poll_ms(),
            });
        }
    }

    /// Checks everything that can be checked before starting, and reports every problem found
    /// at once.
    ///
    /// # Errors
    /// One message listing each problem on its own line.
    pub fn validate(self, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<Validated> {
        let mut problems = Vec::new();
        let listen = self
            .server
            .listen
            .parse::<SocketAddr>()
            .map_err(|e| problems.push(format!("server.listen {:?}: {e}", self.server.listen)))
            .ok();
        let mut lists = Vec::new();
        for spec in self
            .watchlists
            .files
            .iter()
            .chain(&self.watchlists.documents)
        {
            match spec.parse::<ListSpec>() {
                Ok(list) if !list.path.is_file() => {
                    problems.push(format!("watchlist {}: no such file", list.path.display()))
                }
                Ok(list) => lists.push(list),
                Err(e) => problems.push(format!("watchlist {spec:?}: {e}")),
            }
        }
        if self.watchlists.files.is_empty() && self.redis.is_none() {
            problems.push(
                "no person watchlist: give watchlists.files or --watchlist, or [redis] to load the snapshots `paxscreen watchlist load` publishes"
                    .to_owned(),
            );
        }
        if let Some(kafka) = &self.kafka {
            kafka.check(&mut problems);
        }
        if let Some(redis) = &self.redis {
            redis.check(&mut problems);
        }
        if let Some(threshold) = self.watchlists.threshold {
            if !(0.0..=1.0).contains(&threshold) {
                problems.push(format!(
                    "watchlists.threshold {threshold} is not between 0 and 1"
                ));
            }
        }
        let mut carrier_keys = BTreeMap::new();
        for carrier in &self.sources.http.carriers {
            let key = match (&carrier.key, &carrier.key_env) {
                (Some(key), None) => Some(key.clone()),
                (None, Some(var)) => {
                    let key = env(var);
                    if key.is_none() {
                        problems.push(format!(
                            "carrier {}: environment variable {var} is not set",
                            carrier.code
                        ));
                    }
                    key
                }
                _ => {
                    problems.push(format!(
                        "carrier {}: give exactly one of key or key_env",
                        carrier.code
                    ));
                    None
                }
            };
            if let Some(key) = key {
                if key.len() < 16 {
                    problems.push(format!(
                        "carrier {}: API key shorter than 16 characters",
                        carrier.code
                    ));
                }
                if carrier_keys.insert(carrier.code.clone(), key).is_some() {
                    problems.push(format!("carrier {} configured twice", carrier.code));
                }
            }
        }
        if let Some(directory) = &self.sources.directory {
            if !directory.path.is_dir() {
                problems.push(format!(
                    "sources.directory.path {}: not a directory",
                    directory.path.display()
                ));
            }
        }
        if let Some(path) = &self.rules.file {
            if let Err(error) = paxscreen_rules::RuleSet::load(path) {
                problems.push(format!("rules: {error}"));
            }
        }
        self.officers.check(&mut problems);
        self.retention.check(&mut problems);
        if self.iapi.deadline_ms == 0 {
            problems.push("iapi.deadline_ms must be at least 1".to_owned());
        }
        if self.pipeline.queue == 0
            || self.pipeline.workers == 0
            || self.pipeline.screening_threads == 0
        {
            problems.push("pipeline.queue, pipeline.workers and pipeline.screening_threads must be at least 1".to_owned());
        }
        match (listen, problems.is_empty()) {
            (Some(listen), true) => Ok(Validated {
                config: self,
                listen,
                lists,
                carrier_keys,
            }),
            _ => anyhow::bail!("invalid configuration:\n  {}", problems.join("\n  ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let config: Config = toml::from_str(
            r#"
            [server]
            listen = "not an address"
            [watchlists]
            threshold = 1.5
            [[sources.http.carriers]]
            code = "XY"
            key = "short"
            [pipeline]
            queue = 0
            "#,
        )
        .expect("valid TOML");
        let error = config.validate(no_env).expect_err("invalid").to_string();
        for expected in [
            "server.listen",
            "no person watchlist",
            "threshold 1.5",
            "carrier XY: API key shorter",
            "pipeline.queue",
        ] {
            assert!(
                error.contains(expected),
                "{expected:?} missing from {error}"
            );
        }
    }

    #[test]
    fn unknown_keys_are_rejected_with_their_line() {
        let error = toml::from_str::<Config>("[server]\nlisten = \"127.0.0.1:1\"\nport = 3\n")
            .expect_err("unknown key");
        let message = error.to_string();
        assert!(message.contains("port"), "{message}");
        assert!(message.contains("line 3"), "{message}");
    }

    #[test]
    fn keys_come_from_the_environment() {
        let mut config: Config = toml::from_str(
            r#"
            [watchlists]
            files = ["Cargo.toml"]
            [[sources.http.carriers]]
            code = "XY"
            key_env = "XY_KEY"
            "#,
        )
        .expect("valid TOML");
        config.apply_env(|var| (var == "PAXSCREEN_LISTEN").then(|| "127.0.0.1:9".to_owned()));
        let validated = config
            .validate(|var| (var == "XY_KEY").then(|| "0123456789abcdef".to_owned()))
            .expect("valid");
        assert_eq!(validated.listen.port(), 9);
        assert_eq!(validated.carrier_keys["XY"], "0123456789abcdef");
    }
}
