//! `loadgen run`: produce the prepared traffic while the receiver reads the answers, until every
//! manifest is answered or the timeout, and report.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::kafka::{prepare_topics, producer, Receiver};
use super::prepare::Prepared;
use super::procstat::Watched;
use super::produce::{now_ms, produce_all, Progress};
use super::report::{Latency, Listed, Report};
use super::tracker::Tracker;
use crate::cli::LoadgenRunArgs;

/// Seconds between two progress lines.
const PROGRESS_EVERY: Duration = Duration::from_secs(3);
/// Seconds between two readings of the services' CPU and memory.
const SAMPLE_EVERY: Duration = Duration::from_secs(1);
/// Without --expect, how long to keep reading once every manifest is answered (the other
/// alerts of the last manifests).
const LINGER: Duration = Duration::from_secs(1);

/// Produces the traffic, waits for the answers and returns the report.
///
/// # Errors
/// The broker cannot be reached, a topic cannot be created, a record is refused.
pub async fn drive(args: &LoadgenRunArgs, prepared: Prepared) -> anyhow::Result<Report> {
    let Prepared {
        run_id,
        messages,
        message_refs,
        expected,
    } = prepared;
    let topics = [
        args.topic.as_str(),
        args.alerts_topic.as_str(),
        args.dead_letters_topic.as_str(),
    ];
    let created = prepare_topics(&args.brokers, &topics, args.partitions).await?;
    for topic in &created {
        eprintln!(
            "loadgen: created topic {topic} ({} partitions)",
            args.partitions
        );
    }
    let expected_count = expected.as_ref().map(HashSet::len);
    let tracker = Arc::new(Mutex::new(Tracker::new(message_refs, expected.clone())));
    let receiver = Receiver::start(
        &args.brokers,
        &run_id,
        &args.alerts_topic,
        &args.dead_letters_topic,
        Arc::clone(&tracker),
    )?;
    let watched: Arc<Mutex<Vec<Watched>>> = Arc::new(Mutex::new(
        args.service_pids
            .iter()
            .map(|&pid| Watched::start(pid))
            .collect(),
    ));
    let producer = producer(&args.brokers)?;
    let progress = Arc::new(Progress::default());
    let started = Instant::now();
    let total = messages.len();
    eprintln!(
        "loadgen: producing {total} manifests to {} at {}",
        args.topic,
        if args.rate > 0.0 {
            format!("{} travellers/s", args.rate)
        } else {
            "full speed".to_owned()
        }
    );
    let show = {
        let (progress, tracker) = (Arc::clone(&progress), Arc::clone(&tracker));
        move || {
            let tracker = tracker.lock().unwrap_or_else(PoisonError::into_inner);
            eprintln!(
                "loadgen: {:.0} s: produced {}/{total} (acknowledged {}), alerts {}, manifests answered {}/{total}, dead letters {}",
                started.elapsed().as_secs_f64(),
                progress.produced.load(Ordering::SeqCst),
                progress.acknowledged.load(Ordering::SeqCst),
                tracker.alert_records,
                tracker.answered(),
                tracker.dead_letters,
            );
        }
    };
    // Samples the services every second (a process killed mid-run keeps its last reading)
    // and shows progress every few seconds.
    let ticker = {
        let (show, watched) = (show.clone(), Arc::clone(&watched));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(SAMPLE_EVERY);
            tick.tick().await;
            let mut last_shown = Instant::now();
            loop {
                tick.tick().await;
                lock(&watched).iter_mut().for_each(Watched::sample);
                if last_shown.elapsed() >= PROGRESS_EVERY {
                    show();
                    last_shown = Instant::now();
                }
            }
        })
    };
    let created_ms = produce_all(&producer, &args.topic, &messages, args.rate, &progress).await?;
    let produce_deadline = Instant::now() + Duration::from_secs(args.timeout);
    while progress.settled() < total && Instant::now() < produce_deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let wait_deadline = Instant::now() + Duration::from_secs(args.timeout);
    let mut done_since: Option<Instant> = None;
    let timed_out = loop {
        let done = tracker
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_done();
        if done {
            let since = *done_since.get_or_insert_with(Instant::now);
            if expected.is_some() || since.elapsed() >= LINGER {
                break false;
            }
        }
        if Instant::now() >= wait_deadline {
            break true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    ticker.abort();
    show();
    let wall_seconds = started.elapsed().as_secs_f64();
    receiver.stop();
    let services = std::mem::take(&mut *lock(&watched));
    let tracker = tracker.lock().unwrap_or_else(PoisonError::into_inner);
    let first_produce_ms = created_ms.first().copied().unwrap_or_else(now_ms);
    let last_ack_ms = progress
        .last_ack_ms
        .load(Ordering::SeqCst)
        .max(first_produce_ms);
    let produce_seconds = (last_ack_ms - first_produce_ms) as f64 / 1000.0;
    let latencies: Vec<i64> = tracker
        .first_alerts_ms()
        .iter()
        .zip(&created_ms)
        .filter_map(|(first, created)| first.map(|first| first - created))
        .collect();
    let last_first_alert_ms = tracker.first_alerts_ms().iter().flatten().max().copied();
    let end_to_end_seconds =
        last_first_alert_ms.map_or(0.0, |last| (last - first_produce_ms) as f64 / 1000.0);
    let travellers: usize = messages.iter().map(|m| m.travellers).sum();
    let per_second = |seconds: f64| {
        if seconds > 0.0 {
            travellers as f64 / seconds
        } else {
            0.0
        }
    };
    let (missing_alert_ids, unexpected_alert_ids) = match &expected {
        Some(expected) => {
            let received = tracker.alert_ids();
            let mut missing: Vec<String> = expected.difference(received).cloned().collect();
            let mut unexpected: Vec<String> = received.difference(expected).cloned().collect();
            missing.sort_unstable();
            unexpected.sort_unstable();
            (Some(Listed::of(missing)), Some(Listed::of(unexpected)))
        }
        None => (None, None),
    };
    let mut acked: Vec<Option<i64>> = vec![None; created_ms.len()];
    for (position, at) in std::mem::take(&mut *lock(&progress.acks)) {
        if let Some(slot) = acked.get_mut(position) {
            *slot = Some(at);
        }
    }
    let produce_acks: Vec<i64> = acked
        .iter()
        .zip(&created_ms)
        .filter_map(|(ack, created)| ack.map(|ack| ack - created))
        .collect();
    let after_acks: Vec<i64> = tracker
        .first_alerts_ms()
        .iter()
        .zip(&acked)
        .filter_map(|(first, ack)| Some(first.as_ref()? - ack.as_ref()?))
        .collect();
    Ok(Report {
        run_id,
        travellers,
        manifests: total,
        produce_seconds,
        produced_travellers_per_second: per_second(produce_seconds),
        end_to_end_seconds,
        travellers_per_second: per_second(end_to_end_seconds),
        latency_ms: Latency::of(latencies),
        produce_ack_ms: Latency::of(produce_acks),
        after_ack_ms: Latency::of(after_acks),
        alerts_received: tracker.alert_records,
        distinct_alert_ids: tracker.alert_ids().len(),
        duplicate_alert_records: tracker.duplicate_records,
        foreign_records: tracker.foreign_records,
        refetched_records: tracker.refetched_records,
        manifests_missing: Listed::of(tracker.unanswered()),
        dead_letters: tracker.dead_letters,
        produce_errors: progress.failed.load(Ordering::SeqCst)
            + (total - progress.settled().min(total)),
        timed_out,
        services: services
            .into_iter()
            .map(|w| w.finish(wall_seconds))
            .collect(),
        expected_alert_ids: expected_count,
        missing_alert_ids,
        unexpected_alert_ids,
    })
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
