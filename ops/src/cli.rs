//! The command line: subcommands and their flags.
// Doc comments here are `--help` text, where brackets mark optional parts, not links.
#![allow(rustdoc::broken_intra_doc_links)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Screens airline passenger data (API/PAXLST and PNRGOV) against watchlists and rules.
#[derive(Debug, Parser)]
#[command(name = "paxscreen", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse PAXLST / PNRGOV messages and print each manifest as JSON.
    ///
    /// Reads every FILE (or standard input for `-`), joins the parts of multi-part manifests
    /// across all the files given, and prints one JSON manifest per line on standard output
    /// (the format is documented in the README). Parts that never complete are still printed,
    /// with an `incomplete_multipart` warning.
    ///
    /// A file that cannot be read is reported on standard error as one line naming the file,
    /// the byte offset and the segment; the other files are still processed, and the exit
    /// status is 1. A summary line goes to standard error at the end.
    Parse(ParseArgs),

    /// Screen the travellers of manifests against watchlists and stolen/lost document lists.
    ///
    /// Loads every list (native CSV or JSON lines, UN Security Council XML, OpenSanctions
    /// FollowTheMoney JSON lines, stolen/lost document CSV; the format is detected), reports
    /// per file what was loaded and every row skipped with its line, then reads the manifests
    /// like `paxscreen parse` and prints one JSON line per hit: kind (watchlist | document),
    /// score (0-1), list, category, entry_id (the listed document number for document hits),
    /// matched_name, status, reasons, traveller and manifest. A summary goes to standard error.
    ///
    /// A list is given as [NAME[:CATEGORY[:THRESHOLD]]=]FILE, for example
    /// `--watchlist unsc:sanctions:0.9=consolidated.xml`; the name defaults to the file name.
    Screen(ScreenArgs),

    /// Score name pairs from a CSV file and explain each score.
    ///
    /// The CSV header has query_name and candidate_name, and optionally query_dob
    /// (YYYY-MM-DD), candidate_dob (YYYY, YYYY-MM or YYYY-MM-DD), query_nationality and
    /// candidate_nationality (alpha-3). Prints one JSON line per row, in order: line, names,
    /// score, match (score at or above the threshold) and reasons (which tokens aligned and
    /// how, what the dates and nationalities added or took away).
    Explain(ExplainArgs),

    /// Measure screening speed, latency and recall on a synthetic list and traffic.
    ///
    /// Generates a list of ENTRIES people (multi-origin names, aliases, dates of birth,
    /// documents) and TRAVELLERS travellers, a share of whom are variants of listed people
    /// (typos, transliterations, swapped order, missing middle names, initials, particles,
    /// nicknames). Screens every traveller on all cores, then scores a sample exhaustively
    /// against every entry to measure the index's recall. Prints one JSON object on standard
    /// output: entries, index_build_seconds, index_bytes, peak_rss_mb, travellers_per_second,
    /// p50/p99_latency_us, recall_vs_exhaustive, exhaustive_travellers_per_second and, with
    /// --documents, the stolen/lost document figures.
    ///
    /// With --variants, measures instead how many listed people the matcher finds when the
    /// traveller's name differs from the listed one, and how many other travellers it alerts
    /// on. Lists ENTRIES people of 24 name cultures (aliases, names in their own script, some
    /// only in it, full or year-only dates of birth), then plants PLANTED travellers per
    /// variant family, each a random variant of a random listed person made with random
    /// letters at random places: insert, delete, substitute_any, substitute_keyboard,
    /// substitute_ocr, transpose, double, undouble, vowel_digraph, transliteration, swap_order,
    /// middle_dropped, middle_added, initials, joined, split, particle_added, particle_dropped,
    /// mrz_truncation, other_script. Each is screened with the listed date of birth and
    /// without any; a case is found when a hit names its entry. POPULATION travellers who are
    /// not listed give the false alerts (a hit on an entry with the same name and date of
    /// birth is a namesake, counted apart). Prints one JSON object on standard output (recall
    /// per family with and without date of birth, "one edit anywhere in one token" with date
    /// of birth, "one edit in a token of 5+ letters" without, false_alerts_per_1000,
    /// namesakes_per_1000, throughput and the acceptance floors) and a table on standard
    /// error. The same seed gives the same list and travellers.
    Bench(BenchArgs),

    /// Run the screening service: manifests in, alerts out, in real time.
    ///
    /// Airlines push PAXLST/PNRGOV with `POST /v1/manifests` (one API key per carrier, a
    /// carrier may only submit its own flights) or drop files into a watched directory. Every
    /// traveller is screened; alerts go as JSON lines to standard output or a file and are
    /// served per arrival airport at `GET /v1/alerts`; refused inputs go whole, with the
    /// positioned reason, to the dead-letter directory. `/metrics`, `/healthz` and `/readyz`
    /// are served on the same address.
    ///
    /// With --kafka (or `[kafka]`), manifests are also consumed from a Kafka topic by a
    /// consumer group, offsets committed only once every output is acknowledged, and alerts
    /// (keyed by arrival airport) and dead letters are produced to topics. With --redis (or
    /// `[redis]`), alerts are stored per airport in Redis and, when no watchlist file is given,
    /// the watchlists are the snapshots `paxscreen watchlist load` publishes there, reloaded
    /// without a restart.
    ///
    /// Settings come from a TOML file (--config; every key is documented in the README), then
    /// the environment (PAXSCREEN_LISTEN, PAXSCREEN_ALERTS_FILE, PAXSCREEN_INBOX,
    /// PAXSCREEN_KAFKA_BROKERS, PAXSCREEN_REDIS_URL), then these flags. Everything is validated
    /// before starting: --check-config only validates. SIGTERM or Ctrl-C drains in-flight
    /// inputs, commits, and exits.
    Serve(ServeArgs),

    /// Check targeting rules files and back-test them over manifests.
    #[command(subcommand)]
    Rules(RulesCommand),

    /// Manage the watchlist snapshots that `serve` workers load from Redis.
    #[command(subcommand)]
    Watchlist(WatchlistCommand),

    /// Load-test `serve`: synthetic watchlists, manifests or iAPI requests, and a latency report.
    ///
    /// `loadgen watchlist` writes the synthetic list the service screens against; `loadgen run`
    /// produces synthetic PAXLST manifests to the manifest topic at a given rate, reads the
    /// alerts and dead letters the service produces, and reports throughput, latency, CPU and
    /// memory of the service, and (with --expect) whether every expected alert arrived;
    /// `loadgen iapi` sends check-in requests to `POST /v1/iapi` at a given rate and reports
    /// the latency of the answers.
    #[command(subcommand)]
    Loadgen(LoadgenCommand),

    /// Manage the officers' accounts file that `serve` reads (`[officers] accounts_file`).
    #[command(subcommand)]
    Officers(crate::commands::officers::OfficersCommand),

    /// Read the officers' audit log (every login, alert view and action).
    #[command(subcommand)]
    Audit(crate::commands::audit::AuditCommand),
}

/// `paxscreen rules …`.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate a rules file: prints the rules it holds, or every error with its line and column
    /// (exit status 1).
    Check(RulesCheckArgs),

    /// Show which rules fire on which traveller of past manifests (back-testing).
    ///
    /// Reads the manifests like `paxscreen parse` and evaluates every rule (enabled and in its
    /// validity window at --at, default now; --all-rules ignores both) on every traveller.
    /// Prints one JSON line per traveller on whom a rule fired: manifest reference, flight,
    /// traveller position, passenger reference, name, and the rules (id, severity, action).
    /// Then a summary on standard error: manifests, travellers, and how many travellers each
    /// rule fired on.
    Test(RulesTestArgs),
}

/// `paxscreen rules check`.
#[derive(Debug, Args)]
pub struct RulesCheckArgs {
    /// The rules file (TOML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `paxscreen rules test`.
#[derive(Debug, Args)]
pub struct RulesTestArgs {
    /// The rules file (TOML).
    #[arg(long, value_name = "FILE")]
    pub rules: PathBuf,

    /// Evaluate validity windows at this time (YYYY-MM-DDTHH:MM:SS, UTC; default now).
    #[arg(long, value_name = "DATETIME")]
    pub at: Option<chrono::NaiveDateTime>,

    /// Evaluate disabled rules and rules outside their validity window too.
    #[arg(long)]
    pub all_rules: bool,

    /// PAXLST / PNRGOV files (`-` for standard input).
    #[arg(value_name = "MANIFEST", required = true)]
    pub manifests: Vec<PathBuf>,
}

/// `paxscreen loadgen …`.
#[derive(Debug, Subcommand)]
pub enum LoadgenCommand {
    /// Write the synthetic watchlist as native CSV (list `synthetic`, category `sanctions`).
    ///
    /// The entries are those `paxscreen bench` and `loadgen run` generate for the same
    /// --entries and --seed, so that the service loading this file (for example with
    /// `--watchlist synthetic:sanctions=FILE`) screens against exactly the people `loadgen
    /// run` draws its listed travellers from.
    Watchlist(LoadgenWatchlistArgs),

    /// Produce synthetic manifests to Kafka and measure the alerts `serve` produces.
    ///
    /// Generates --travellers travellers (a --listed-share of them variants of the entries of
    /// the synthetic list of --entries and --seed), in flights of --flight-size, each flight one
    /// PAXLST message. The first traveller of every flight is an exact copy of a listed person,
    /// so that every manifest yields at least one alert: the latency probe. Messages are
    /// produced keyed by flight (idempotent producer) at --rate travellers per second, while a
    /// consumer of its own reads the alert and dead-letter topics from their ends at the start.
    /// Missing topics are created (--partitions). Progress goes to standard error every few
    /// seconds. The run stops when every manifest has an alert or a dead letter, or --timeout
    /// seconds after the last manifest was produced.
    ///
    /// One JSON line on standard output reports: run_id; travellers; manifests;
    /// produce_seconds (first produce to last acknowledgement); produced_travellers_per_second;
    /// end_to_end_seconds (first produce to the last manifest's first alert);
    /// travellers_per_second (travellers / end_to_end_seconds); latency_ms {samples, p50, p95,
    /// p99, max} (per manifest: timestamp of its first alert record minus the manifest record's
    /// CreateTime); alerts_received (alert records of this run); distinct_alert_ids;
    /// duplicate_alert_records (records repeating an id: replays after a restart);
    /// foreign_records (records of other runs, ignored); refetched_records (the same offset
    /// received twice, ignored); manifests_missing {count, ids (at
    /// most 20 UNH message references)}; dead_letters; produce_errors; timed_out; services (per
    /// --service-pid: alive at start and end, cpu_seconds used during the run, cpu_cores
    /// (cpu_seconds / run seconds), peak_rss_mb (VmHWM) and a note when the process was not
    /// alive throughout); and with --expect expected_alert_ids, missing_alert_ids {count, ids
    /// (at most 20)} and unexpected_alert_ids {count, ids (at most 20)}.
    ///
    /// Exit status 0 when every manifest was answered (and, with --expect, no expected alert is
    /// missing), 1 otherwise, 2 on errors such as an unreachable broker.
    Run(LoadgenRunArgs),

    /// Send synthetic check-in requests to `POST /v1/iapi` and measure the answers' latency.
    ///
    /// Generates --warmup + --requests requests of --passengers passengers each (a
    /// --listed-share of them variants of the entries of the synthetic list of --entries and
    /// --seed, the others new people) on flights of --carrier, as JSON or as PAXLST `BGM+745`
    /// messages (--format), all before the clock starts. Request i is due at start + i / --rate
    /// and sent then over one of --connections keep-alive connections, or as soon as one is free
    /// when all are busy: latency counts from the due time (open loop: a slow answer delaying the
    /// requests behind it is measured, not hidden), service time from the actual send. Every
    /// answer is checked: status 200, a JSON answer or (EDIFACT) a CUSRES `BGM+962` with one
    /// `ERP+2` per passenger, each passenger reference sent answered exactly once. The --warmup
    /// requests go first on the same schedule and are left out of the figures. Progress goes to
    /// standard error every few seconds.
    ///
    /// One JSON line on standard output reports: run_id; format; requests and passengers
    /// measured; rate_requested; rate_achieved (requests / seconds); seconds (due time of the
    /// first measured request to the last answer); latency_ms {p50, p95, p99, p999, max} (due
    /// time to answer, requests answered 200); service_ms {p50, p99} (send to answer);
    /// send_lag_ms {p99, max} (due time to send: the client's own delay); directives {0Z, 1Z,
    /// 2Z, 4Z: passengers}; listed {passengers, directives} (the variants of listed people);
    /// fail_safe (answers carrying `fail_safe`; with EDIFACT, whose CUSRES does not say, the
    /// growth of the service's `paxscreen_iapi_requests_total{outcome="fail_safe"}` over the
    /// run, or null when /metrics cannot be read); errors {count, by_status (HTTP status, or
    /// timeout, connection, transport, invalid_answer)}; warmup_failures; and with
    /// --service-pid, services (as `loadgen run`, over the measured part).
    ///
    /// Exit status 0 when every request was answered 200 with a valid answer and none
    /// fail-safe, 1 otherwise, 2 on errors such as an unreachable or unready service.
    Iapi(LoadgenIapiArgs),
}

/// Body format of `loadgen iapi` requests (and so of the answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IapiFormat {
    /// The JSON request; JSON answers.
    Json,
    /// PAXLST `BGM+745` check-in messages; CUSRES answers.
    Edifact,
}

/// Flags of `paxscreen loadgen iapi`.
#[derive(Debug, Args)]
pub struct LoadgenIapiArgs {
    /// Base URL of the service.
    #[arg(long, default_value = "http://127.0.0.1:8080", value_name = "URL")]
    pub url: String,

    /// API key of the carrier (`[[sources.http.carriers]] key`).
    #[arg(
        long,
        env = "PAXSCREEN_IAPI_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub key: String,

    /// Carrier code of the key: the requests are about this carrier's flights (a carrier may
    /// only ask about its own).
    #[arg(long, default_value = "XY", value_name = "CODE")]
    pub carrier: String,

    /// Entries of the synthetic list the service screens against (as `loadgen watchlist`).
    #[arg(long, default_value_t = 1_000_000, value_name = "N")]
    pub entries: usize,

    /// Random seed of the list and the traffic (as `loadgen watchlist`).
    #[arg(long, default_value_t = 42, value_name = "S")]
    pub seed: u64,

    /// Share of passengers that are variants of listed people (with --passengers 1, of
    /// requests).
    #[arg(long, default_value_t = 0.05, value_name = "SHARE")]
    pub listed_share: f64,

    /// Requests per second.
    #[arg(long, default_value_t = 500.0, value_name = "REQUESTS_PER_S")]
    pub rate: f64,

    /// Requests measured (after the warm-up).
    #[arg(long, default_value_t = 15_000, value_name = "N")]
    pub requests: usize,

    /// Passengers per request.
    #[arg(long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=999))]
    pub passengers: u32,

    /// Request format: the JSON request, or PAXLST (answered with CUSRES).
    #[arg(long, value_enum, default_value_t = IapiFormat::Json)]
    pub format: IapiFormat,

    /// HTTP connections, one sending thread each: the most requests in flight at once.
    #[arg(long, default_value_t = 32, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub connections: u32,

    /// Requests sent first, on the same schedule, and left out of the figures.
    #[arg(long, default_value_t = 200, value_name = "N")]
    pub warmup: usize,

    /// Seconds to wait for one answer before counting it a timeout.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,

    /// Process id of a `serve` worker whose CPU time and peak memory to report (repeatable).
    #[arg(long = "service-pid", value_name = "PID")]
    pub service_pids: Vec<u32>,
}

/// Flags of `paxscreen loadgen watchlist`.
#[derive(Debug, Args)]
pub struct LoadgenWatchlistArgs {
    /// Number of listed people to generate.
    #[arg(long, value_name = "N")]
    pub entries: usize,

    /// Random seed (the same seed gives the same list; use the same with `loadgen run`).
    #[arg(long, default_value_t = 42, value_name = "S")]
    pub seed: u64,

    /// The CSV file to write.
    #[arg(long, value_name = "FILE.csv")]
    pub out: PathBuf,
}

/// Flags of `paxscreen loadgen run`.
#[derive(Debug, Args)]
pub struct LoadgenRunArgs {
    /// Kafka bootstrap servers, HOST:PORT[,HOST:PORT…].
    #[arg(long, value_name = "HOST:PORT")]
    pub brokers: String,

    /// Topic the manifests are produced to (the service's `kafka.manifests_topic`).
    #[arg(long, default_value = "paxscreen.manifests", value_name = "TOPIC")]
    pub topic: String,

    /// Topic the service produces alerts to (`kafka.alerts_topic`).
    #[arg(long, default_value = "paxscreen.alerts", value_name = "TOPIC")]
    pub alerts_topic: String,

    /// Topic the service produces refused inputs to (`kafka.dead_letters_topic`).
    #[arg(long, default_value = "paxscreen.dead-letters", value_name = "TOPIC")]
    pub dead_letters_topic: String,

    /// Partitions of the topics this command creates when they do not exist.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub partitions: i32,

    /// Entries of the synthetic list the service screens against (as `loadgen watchlist`).
    #[arg(long, value_name = "N")]
    pub entries: usize,

    /// Random seed of the list and the traffic (as `loadgen watchlist`).
    #[arg(long, default_value_t = 42, value_name = "S")]
    pub seed: u64,

    /// Travellers to send.
    #[arg(long, value_name = "M")]
    pub travellers: usize,

    /// Travellers per second to produce; 0 produces as fast as possible.
    #[arg(long, default_value_t = 0.0, value_name = "TRAVELLERS_PER_S")]
    pub rate: f64,

    /// Travellers per flight, that is per PAXLST message.
    #[arg(long, default_value_t = 100, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=9999))]
    pub flight_size: u32,

    /// Share of travellers (besides the probes) that are variants of listed people.
    #[arg(long, default_value_t = 0.05, value_name = "SHARE")]
    pub listed_share: f64,

    /// Seconds to wait for alerts after the last manifest is produced.
    #[arg(long, default_value_t = 120, value_name = "SECONDS")]
    pub timeout: u64,

    /// Process id of a `serve` worker whose CPU time and peak memory to report (repeatable).
    #[arg(long = "service-pid", value_name = "PID")]
    pub service_pids: Vec<u32>,

    /// Also screen every message in-process with the service's pipeline and report the
    /// expected alert ids missing from the alert topic (and the unexpected ones).
    #[arg(long)]
    pub expect: bool,

    /// Run id (1-8 characters A-Z, 0-9), part of every flight number and message reference so
    /// that runs do not collide; default derived from the clock.
    #[arg(long, value_name = "ID")]
    pub run_id: Option<String>,
}

/// `paxscreen watchlist …`.
#[derive(Debug, Subcommand)]
pub enum WatchlistCommand {
    /// Check list files and publish them to Redis as a new versioned snapshot.
    ///
    /// Every running `serve` worker configured with the same Redis and prefix (and no watchlist
    /// file of its own) rebuilds its index from the new snapshot in the background and swaps it
    /// in without pausing; a worker that starts loads the current snapshot. Prints the
    /// snapshot's description as JSON.
    Load(WatchlistLoadArgs),
}

/// Flags of `paxscreen watchlist load`.
#[derive(Debug, Args)]
pub struct WatchlistLoadArgs {
    /// Redis URL, such as redis://127.0.0.1:6379/.
    #[arg(long, value_name = "URL", env = "PAXSCREEN_REDIS_URL")]
    pub redis_url: String,

    /// Prefix of the keys (as `redis.prefix` in the service configuration).
    #[arg(long, default_value = "paxscreen")]
    pub prefix: String,

    /// A stolen/lost travel-document list, as [NAME[:CATEGORY]=]FILE (repeatable).
    #[arg(long = "documents", value_name = "LIST")]
    pub documents: Vec<crate::commands::lists::ListSpec>,

    /// Score from which a match is a hit, for lists without their own (default: the
    /// service's).
    #[arg(long, value_parser = parse_threshold)]
    pub threshold: Option<f32>,

    /// Person watchlists, as [NAME[:CATEGORY[:THRESHOLD]]=]FILE.
    #[arg(required = true, value_name = "LIST")]
    pub lists: Vec<crate::commands::lists::ListSpec>,
}

/// Flags of `paxscreen serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Configuration file (TOML).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,

    /// A person watchlist, as [NAME[:CATEGORY[:THRESHOLD]]=]FILE (repeatable; added to the
    /// configuration's).
    #[arg(long = "watchlist", value_name = "LIST")]
    pub watchlists: Vec<String>,

    /// A stolen/lost travel-document list, as [NAME[:CATEGORY]=]FILE (repeatable).
    #[arg(long = "documents", value_name = "LIST")]
    pub documents: Vec<String>,

    /// Score from which a match is a hit, for lists without their own (default 0.85).
    #[arg(long, value_parser = parse_threshold)]
    pub threshold: Option<f32>,

    /// Targeting rules file (TOML; `[rules] file`), reloaded when it changes.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,

    /// Directory to watch for manifest files.
    #[arg(long, value_name = "DIR")]
    pub inbox: Option<PathBuf>,

    /// Where alerts go as JSON lines: a file, or `-` for standard output (the default).
    #[arg(long, value_name = "FILE")]
    pub alerts: Option<String>,

    /// Directory for refused inputs (default `dead-letters`).
    #[arg(long, value_name = "DIR")]
    pub dead_letters: Option<PathBuf>,

    /// Kafka bootstrap servers: consume manifests from the `kafka.manifests_topic` topic and
    /// produce alerts and dead letters to topics (other settings in `[kafka]`).
    #[arg(long, value_name = "BROKERS")]
    pub kafka: Option<String>,

    /// Consumer group (default `paxscreen`): workers of one group share the partitions.
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,

    /// Redis URL: alerts stored there, and watchlist snapshots loaded from there when no
    /// watchlist file is given.
    #[arg(long, value_name = "URL")]
    pub redis: Option<String>,

    /// Validate the configuration and exit.
    #[arg(long)]
    pub check_config: bool,
}

/// Flags of `paxscreen screen`.
#[derive(Debug, Args)]
pub struct ScreenArgs {
    /// A person watchlist, as [NAME[:CATEGORY[:THRESHOLD]]=]FILE (repeatable).
    #[arg(long = "watchlist", value_name = "LIST", required = true)]
    pub watchlists: Vec<crate::commands::lists::ListSpec>,

    /// A stolen/lost travel-document list, as [NAME[:CATEGORY]=]FILE (repeatable).
    #[arg(long = "documents", value_name = "LIST")]
    pub documents: Vec<crate::commands::lists::ListSpec>,

    /// Score from which a match is a hit, for lists without their own (default 0.85).
    #[arg(long, value_parser = parse_threshold)]
    pub threshold: Option<f32>,

    /// Reference date (YYYY-MM-DD) for two-digit years in manifests; defaults to today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<chrono::NaiveDate>,

    /// Manifest files to screen; `-` reads standard input.
    #[arg(required = true, value_name = "MANIFEST")]
    pub manifests: Vec<PathBuf>,
}

/// Flags of `paxscreen explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// CSV file of name pairs.
    #[arg(long, value_name = "FILE.csv")]
    pub pairs: PathBuf,

    /// Score from which a pair is a match (default 0.85).
    #[arg(long, value_parser = parse_threshold)]
    pub threshold: Option<f32>,
}

fn parse_threshold(text: &str) -> Result<f32, String> {
    let value: f32 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 0 and 1"))
    }
}

/// Flags of `paxscreen bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Number of listed people to generate.
    #[arg(long, default_value_t = 100_000)]
    pub entries: usize,

    /// Number of travellers to screen.
    #[arg(long, default_value_t = 20_000)]
    pub travellers: usize,

    /// Travellers also scored against every entry, to measure recall.
    #[arg(long, default_value_t = 100)]
    pub exhaustive_sample: usize,

    /// Times the travellers are screened; the throughput reported is the median round's (a
    /// short burst of other work on the machine moves one round, not the figure).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    pub rounds: u32,

    /// Share of travellers that are variants of listed people.
    #[arg(long, default_value_t = 0.05)]
    pub listed_share: f64,

    /// Hit threshold (default: the screener's).
    #[arg(long, value_parser = parse_threshold)]
    pub threshold: Option<f32>,

    /// Also load this many stolen/lost document records and measure document checks.
    #[arg(long, default_value_t = 0)]
    pub documents: usize,

    /// Number of document checks to time (with --documents).
    #[arg(long, default_value_t = 2_000_000)]
    pub document_checks: usize,

    /// Random seed (the same seed gives the same list and traffic).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,

    /// Run the variant benchmark: recall per variant family and false alerts (see above).
    #[arg(long)]
    pub variants: bool,

    /// With --variants: travellers planted per variant family (each screened with and without
    /// date of birth).
    #[arg(long, default_value_t = 1_000, requires = "variants")]
    pub planted: usize,

    /// With --variants: travellers who are not listed, screened for false alerts.
    #[arg(long, default_value_t = 20_000, requires = "variants")]
    pub population: usize,
}

/// Flags of `paxscreen parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Message files to read; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Pretty-print each manifest over several lines instead of one line each.
    #[arg(long)]
    pub pretty: bool,

    /// Do not print the summary line on standard error.
    #[arg(long, short)]
    pub quiet: bool,

    /// Reference date (YYYY-MM-DD) for two-digit years when an interchange carries no date;
    /// defaults to today. Dates of birth are never later than this date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<chrono::NaiveDate>,
}
