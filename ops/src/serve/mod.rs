//! `paxscreen serve`: the streaming service.
//!
//! Sources (HTTP `POST /v1/manifests`, a watched directory) put inputs on a bounded queue;
//! workers take them, run the CPU-bound [`pipeline`] on the blocking pool, then write the alerts
//! (JSON lines and the alert store) and dead letters, and only then acknowledge the input to its
//! source (the HTTP answer, the file moved to `done/`). A full queue pushes back on the sources,
//! so memory stays bounded whatever the input rate. SIGTERM or Ctrl-C stops the sources, drains
//! the queue, screens incomplete multi-part manifests with a warning, and exits. A change to a
//! watchlist file is picked up without a restart ([`reload`]).

pub mod alert;
mod closeout;
pub mod config;
mod directory;
mod file_watch;
mod http;
pub mod iapi;
mod kafka;
pub mod metrics;
pub mod officer;
mod offsets;
mod outputs;
pub mod pipeline;
mod redis_store;
mod reload;
mod retention;
mod rules_reload;
mod screening_pool;
pub mod snapshots;
mod store;
mod watchlists;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use chrono::Utc;
use paxscreen_screening::Screener;
use tokio::sync::{mpsc, oneshot, watch};

use crate::cli::ServeArgs;
use config::{Config, Validated};
use kafka::sink::KafkaSink;
use metrics::{AlertLabels, InputLabels, Metrics, ReasonLabels, StageLabels};
use outputs::{AlertWriter, DeadLetterDir};
use pipeline::{DeadLetter, Origin, Pipeline, Processed};
use redis_store::RedisStore;
use screening_pool::ScreeningPool;
use store::{AlertStore, Store};

/// One input on the queue, with the channel its source waits on.
#[derive(Debug)]
pub struct Job {
    origin: Origin,
    bytes: Vec<u8>,
    reply: oneshot::Sender<Outcome>,
}

/// What the source learns once every output of its input is written.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Outcome {
    /// Input reference.
    pub reference: String,
    /// Manifests completed.
    pub manifests: usize,
    /// Travellers screened.
    pub travellers: usize,
    /// Ids of the alerts emitted.
    pub alert_ids: Vec<String>,
    /// Parts waiting for the rest of their manifest.
    pub pending_parts: usize,
    /// Set when the input was refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dead_letter: Option<DeadLetter>,
    /// Multi-part manifests this input left incomplete.
    #[serde(skip)]
    pub held: usize,
    /// Earlier inputs whose held manifests this input completed.
    #[serde(skip)]
    pub released: Vec<Origin>,
}

/// Everything the sources, workers and HTTP handlers share.
#[derive(Debug)]
pub struct Service {
    pipeline: Arc<Pipeline>,
    screening: ScreeningPool,
    /// Passengers answered over iAPI, and unsolicited updates.
    iapi: iapi::Iapi,
    /// Officers' accounts, sessions, audit and dispositions (when `[officers]` has accounts).
    officers: Option<officer::Officers>,
    metrics: Metrics,
    store: Store,
    /// Alerts as JSON lines, when configured (always in the embedded mode).
    alert_file: Option<AlertWriter>,
    /// Dead letters as files (embedded mode) …
    dead_letter_dir: Option<DeadLetterDir>,
    /// … or alerts and dead letters to Kafka topics.
    kafka: Option<KafkaSink>,
    validated: Validated,
    queue: mpsc::Sender<Job>,
    /// Inputs queued or being processed.
    in_flight: AtomicUsize,
    ready: AtomicBool,
}

impl Service {
    /// Queues an input without waiting; `None` when the queue is full or closed.
    pub fn try_submit(&self, origin: Origin, bytes: Vec<u8>) -> Option<oneshot::Receiver<Outcome>> {
        let (reply, outcome) = oneshot::channel();
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        if self
            .queue
            .try_send(Job {
                origin,
                bytes,
                reply,
            })
            .is_err()
        {
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        self.metrics.queue_depth.inc();
        Some(outcome)
    }

    /// Queues an input, waiting for room; `None` when the service is stopping.
    pub async fn submit(
        &self,
        origin: Origin,
        bytes: Vec<u8>,
    ) -> Option<oneshot::Receiver<Outcome>> {
        let (reply, outcome) = oneshot::channel();
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        if self
            .queue
            .send(Job {
                origin,
                bytes,
                reply,
            })
            .await
            .is_err()
        {
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        self.metrics.queue_depth.inc();
        Some(outcome)
    }

    /// Writes what an input produced, waits until every output is acknowledged, and returns
    /// its outcome.
    async fn emit(
        &self,
        origin: &Origin,
        bytes: &[u8],
        processed: Processed,
    ) -> anyhow::Result<Outcome> {
        let outcome_label = if processed.dead_letter.is_some() {
            "dead_letter"
        } else if processed.manifests == 0 {
            "held"
        } else {
            "screened"
        };
        if let Some(letter) = &processed.dead_letter {
            match (&self.kafka, &self.dead_letter_dir) {
                (Some(kafka), _) => kafka.dead_letter(letter, bytes).await?,
                (None, Some(dir)) => {
                    dir.write(letter, bytes)?;
                }
                (None, None) => anyhow::bail!("no dead-letter destination"),
            }
            self.metrics
                .dead_letters
                .get_or_create(&ReasonLabels {
                    reason: letter.reason.clone(),
                })
                .inc();
            tracing::warn!(reference = %letter.reference, reason = %letter.reason, "input refused");
        }
        let encoded = alert::encode(&processed.alerts)?;
        self.write_alerts(&encoded).await?;
        for close_out in &processed.close_outs {
            closeout::apply(self, close_out).await?;
        }
        self.metrics
            .inputs
            .get_or_create(&InputLabels {
                source: origin.kind.to_owned(),
                outcome: outcome_label.to_owned(),
            })
            .inc();
        self.metrics.travellers.inc_by(processed.travellers as u64);
        let mut alert_ids = Vec::with_capacity(processed.alerts.len());
        for alert in processed.alerts {
            self.metrics
                .alerts
                .get_or_create(&AlertLabels {
                    list: alert
                        .hit
                        .as_ref()
                        .map_or_else(|| "rules".to_owned(), |hit| hit.list.clone()),
                    severity: alert.severity.clone(),
                })
                .inc();
            if alert.late {
                self.metrics.late_alerts.inc();
            }
            tracing::debug!(alert = %alert.id, airport = %alert.arrival_airport, directive = alert.directive.code(), "alert");
            alert_ids.push(alert.id);
        }
        self.metrics
            .pending_manifests
            .set(self.pipeline.pending_manifests() as i64);
        Ok(Outcome {
            reference: origin.reference.clone(),
            manifests: processed.manifests,
            travellers: processed.travellers,
            alert_ids,
            pending_parts: processed.pending_parts,
            dead_letter: processed.dead_letter,
            held: processed.held,
            released: processed.released,
        })
    }

    /// Writes alerts (new or revised) to every output: the alerts topic, the alerts file, the
    /// store.
    async fn write_alerts(&self, alerts: &[alert::Encoded]) -> anyhow::Result<()> {
        if let Some(kafka) = &self.kafka {
            kafka.alerts(alerts).await?;
        }
        if let Some(file) = &self.alert_file {
            file.write(alerts)?;
        }
        self.store.upsert(alerts).await?;
        if let Some(officers) = &self.officers {
            officers.alerts_written(alerts);
        }
        Ok(())
    }

    /// Screens one job on the screening threads and writes its outputs.
    async fn run_job(self: &Arc<Self>, job: Job) {
        self.metrics.queue_depth.dec();
        let started = Instant::now();
        let service = Arc::clone(self);
        let Job {
            origin,
            bytes,
            reply,
        } = job;
        let screening = self
            .screening
            .run(move || {
                let screened = Instant::now();
                let processed = service.pipeline.process(&origin, &bytes, Utc::now());
                service.observe("screen", screened);
                (origin, bytes, processed)
            })
            .await;
        let result = match screening {
            Ok((origin, bytes, processed)) => {
                let written = Instant::now();
                let outcome = self.emit(&origin, &bytes, processed).await;
                self.observe("output", written);
                outcome
            }
            Err(error) => Err(error),
        };
        self.observe("total", started);
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        match result {
            Ok(outcome) => {
                // The source may have gone (a client that hung up): the outputs are written.
                let _sent = reply.send(outcome);
            }
            Err(error) => {
                tracing::error!(error = %format!("{error:#}"), "writing outputs failed")
            }
        }
    }

    /// Puts a new screener in service and updates the watchlist metrics.
    fn install(&self, screener: Screener, version: u64) {
        self.show_watchlist(&screener, version);
        self.pipeline.swap_screener(screener);
    }

    fn show_watchlist(&self, screener: &Screener, version: u64) {
        self.metrics
            .watchlist_entries
            .set(screener.entry_count() as i64);
        self.metrics
            .watchlist_documents
            .set(screener.document_count() as i64);
        self.metrics
            .watchlist_version
            .set(i64::try_from(version).unwrap_or(i64::MAX));
    }

    fn observe(&self, stage: &str, since: Instant) {
        self.observe_seconds(stage, since.elapsed().as_secs_f64());
    }

    fn observe_seconds(&self, stage: &str, seconds: f64) {
        self.metrics
            .stage_seconds
            .get_or_create(&StageLabels {
                stage: stage.to_owned(),
            })
            .observe(seconds);
    }
}

/// Builds the configuration from the file, the environment and the flags.
fn configure(args: &ServeArgs) -> anyhow::Result<Validated> {
    let mut config = match &args.config {
        Some(path) => Config::read(path)?,
        None => Config::default(),
    };
    let env = |name: &str| std::env::var(name).ok();
    config.apply_env(env);
    if let Some(listen) = &args.listen {
        config.server.listen.clone_from(listen);
    }
    config
        .watchlists
        .files
        .extend(args.watchlists.iter().cloned());
    config
        .watchlists
        .documents
        .extend(args.documents.iter().cloned());
    if let Some(threshold) = args.threshold {
        config.watchlists.threshold = Some(threshold);
    }
    if let Some(rules) = &args.rules {
        config.rules.file = Some(rules.clone());
    }
    if let Some(inbox) = &args.inbox {
        config.sources.directory = Some(config::DirectorySource {
            path: inbox.clone(),
            poll_ms: 250,
        });
    }
    if let Some(alerts) = &args.alerts {
        config.outputs.alerts_file = Some(alerts.clone());
    }
    if let Some(brokers) = &args.kafka {
        config
            .kafka
            .get_or_insert_with(config::Kafka::default)
            .brokers
            .clone_from(brokers);
    }
    if let Some(group) = &args.group {
        config
            .kafka
            .get_or_insert_with(config::Kafka::default)
            .group
            .clone_from(group);
    }
    if let Some(url) = &args.redis {
        config
            .redis
            .get_or_insert_with(config::Redis::default)
            .url
            .clone_from(url);
    }
    if let Some(dir) = &args.dead_letters {
        config.outputs.dead_letter_dir.clone_from(dir);
    }
    config.validate(env)
}

/// Runs `paxscreen serve`.
pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let validated = configure(args)?;
    if args.check_config {
        eprintln!(
            "paxscreen: configuration valid: listening on {}, {} list(s){}, {} carrier key(s), directory source {}, kafka {}, redis {}",
            validated.listen,
            validated.lists.len(),
            match watchlists::Origin::of(&validated) {
                watchlists::Origin::Files => "",
                watchlists::Origin::Snapshots(_) => " (snapshots from Redis)",
            },
            validated.carrier_keys.len(),
            validated
                .config
                .sources
                .directory
                .as_ref()
                .map_or("off".to_owned(), |d| d.path.display().to_string()),
            validated
                .config
                .kafka
                .as_ref()
                .map_or("off".to_owned(), |k| format!("{} (group {})", k.brokers, k.group)),
            if validated.config.redis.is_some() { "on" } else { "off" },
        );
        return Ok(ExitCode::SUCCESS);
    }
    tracing_subscriber::fmt()
        .json()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PAXSCREEN_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(validated))?;
    Ok(ExitCode::SUCCESS)
}

async fn serve(validated: Validated) -> anyhow::Result<()> {
    let started = Instant::now();
    let (screener, version) = watchlists::initial(&validated).await?;
    tracing::info!(
        entries = screener.entry_count(),
        documents = screener.document_count(),
        version,
        seconds = started.elapsed().as_secs_f64(),
        "watchlists loaded"
    );
    let config = &validated.config;
    let rules = match &config.rules.file {
        Some(path) => paxscreen_rules::RuleSet::load(path)?,
        None => paxscreen_rules::RuleSet::empty(),
    };
    tracing::info!(rules = rules.len(), digest = %rules.digest(), "targeting rules loaded");
    let rule_count = rules.len();
    if let Some(settings) = config.kafka.as_ref().filter(|k| k.create_topics) {
        kafka::ensure_topics(settings).await?;
    }
    let kafka = config.kafka.as_ref().map(KafkaSink::new).transpose()?;
    let store = match &config.redis {
        Some(redis) => Store::Redis(
            RedisStore::connect(&redis.url, &redis.prefix)
                .await?
                .with_retention(chrono::Duration::hours(config.retention.alert_hours)),
        ),
        None => Store::Memory(AlertStore::default()),
    };
    let alert_file = match (&config.outputs.alerts_file, &kafka) {
        (Some(file), _) => Some(AlertWriter::open(file)?),
        (None, None) => Some(AlertWriter::open("-")?),
        (None, Some(_)) => None,
    };
    let dead_letter_dir = match &kafka {
        None => Some(DeadLetterDir::open(&config.outputs.dead_letter_dir)?),
        Some(_) => None,
    };
    let metrics = Metrics::new();
    let officers = officer::Officers::open(config, metrics.officer_events.clone()).await?;
    let (queue, receiver) = mpsc::channel(config.pipeline.queue);
    let service = Arc::new(Service {
        pipeline: Arc::new(Pipeline::new(
            screener,
            rules,
            config.directives.clone(),
            config.alerts.clone(),
        )),
        screening: ScreeningPool::new(config.pipeline.screening_threads)?,
        iapi: iapi::Iapi::default(),
        officers,
        metrics,
        store,
        alert_file,
        dead_letter_dir,
        kafka,
        validated: validated.clone(),
        queue,
        in_flight: AtomicUsize::new(0),
        ready: AtomicBool::new(false),
    });
    service.show_watchlist(&service.pipeline.screener(), version);
    service.metrics.rules_loaded.set(rule_count as i64);
    let (stop, stopping) = watch::channel(false);
    let receiver = Arc::new(tokio::sync::Mutex::new(receiver));
    let mut workers = Vec::new();
    for _ in 0..config.pipeline.workers {
        let receiver = Arc::clone(&receiver);
        let service = Arc::clone(&service);
        workers.push(tokio::spawn(async move {
            loop {
                let job = receiver.lock().await.recv().await;
                match job {
                    Some(job) => service.run_job(job).await,
                    None => break,
                }
            }
        }));
    }
    let directory = config.sources.directory.clone().map(|source| {
        tokio::spawn(directory::watch(
            Arc::clone(&service),
            source,
            stopping.clone(),
        ))
    });
    let consumer = config.kafka.clone().map(|settings| {
        tokio::spawn(kafka::source::consume(
            Arc::clone(&service),
            settings,
            stopping.clone(),
        ))
    });
    let reloader = tokio::spawn(reload::watch(
        Arc::clone(&service),
        version,
        stopping.clone(),
    ));
    let rules_reloader = config.rules.file.clone().map(|path| {
        tokio::spawn(rules_reload::watch(
            Arc::clone(&service),
            path,
            stopping.clone(),
        ))
    });
    let mut upkeep = vec![
        tokio::spawn(retention::run(Arc::clone(&service), stopping.clone())),
        tokio::spawn(officer::upkeep::refresh_guards(
            Arc::clone(&service),
            stopping.clone(),
        )),
    ];
    if let (Some(officers), Some(path)) = (&service.officers, &config.officers.accounts_file) {
        upkeep.push(tokio::spawn(officer::accounts::watch(
            Arc::clone(&officers.accounts),
            path.clone(),
            stopping.clone(),
        )));
    }
    let listener = tokio::net::TcpListener::bind(validated.listen)
        .await
        .with_context(|| format!("listening on {}", validated.listen))?;
    tracing::info!(listen = %validated.listen, "serving");
    service.ready.store(true, Ordering::SeqCst);
    let mut http_stopping = stopping.clone();
    let server = axum::serve(listener, http::router(Arc::clone(&service))).with_graceful_shutdown(
        async move {
            let _changed = http_stopping.changed().await;
        },
    );
    let server = tokio::spawn(async move { server.await });
    shutdown_signal().await;
    tracing::info!("stopping: draining queued inputs");
    service.ready.store(false, Ordering::SeqCst);
    stop.send(true).ok();
    if let Some(officers) = &service.officers {
        officers.closing.send_replace(true);
    }
    server.await??;
    for task in upkeep {
        task.await?;
    }
    if let Some(directory) = directory {
        directory.await?;
    }
    if let Some(consumer) = consumer {
        consumer.await??;
    }
    reloader.await?;
    if let Some(rules_reloader) = rules_reloader {
        rules_reloader.await?;
    }
    // Sources are stopped: let the workers finish what is queued.
    while service.in_flight.load(Ordering::SeqCst) > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    if let Some(kafka) = &service.kafka {
        // Parts of incomplete multi-part manifests stay uncommitted: the next worker replays
        // them with the rest of their manifest.
        kafka.flush();
        tracing::info!(
            pending_manifests = service.pipeline.pending_manifests(),
            "stopped"
        );
    } else {
        // Screen the multi-part manifests still incomplete (with a warning) rather than lose
        // them.
        let processed = {
            let flushing = Arc::clone(&service);
            tokio::task::spawn_blocking(move || flushing.pipeline.flush(Utc::now())).await?
        };
        let origin = Origin {
            kind: "flush",
            reference: "shutdown".to_owned(),
            carrier: None,
            position: None,
        };
        service.emit(&origin, &[], processed).await?;
        tracing::info!("stopped");
    }
    for worker in &workers {
        worker.abort();
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => {
                    let _interrupted = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = terminate.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _interrupted = ctrl_c.await;
    }
}
