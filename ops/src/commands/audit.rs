//! `paxscreen audit …`: exports the officers' audit log as JSON lines and checks its chains.

use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use clap::{Args, Subcommand};

use crate::serve::officer::audit::{
    read_file, verify, AuditFilter, AuditLog, AuditRecord, ChainBreak, NotARecord, VerifySummary,
};

/// `paxscreen audit …`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Export the audit log as JSON lines, oldest first, and check its chains.
    ///
    /// The audit log holds one record per login (failed ones too), logout, look at an alert
    /// queue or an alert, and officer's action: who (username, role, peer address), what
    /// (action, alert, airport, outcome, detail), when, and the officer's reason. `serve`
    /// appends to it and never changes it: to the Redis stream PREFIX:audit when `[redis]` is
    /// configured, else (the embedded mode) to the JSON-lines file `[officers] audit_file`
    /// (default audit.jsonl). Every record carries the SHA-256 digest of its writer's
    /// previous record and its own, so an edited, inserted or removed record shows.
    ///
    /// Prints the records that pass the filters, one JSON object per line, on standard output
    /// (or --out), then a summary on standard error: `exported N records from W writers;
    /// chains verified`, or where a chain breaks. The chains are checked over the whole log,
    /// whatever the filters. With --verify, a broken chain or a damaged record exports nothing
    /// and the exit status is 1.
    Export(ExportArgs),

    /// Check the chains of the whole audit log: exit status 1 with the first break.
    ///
    /// Like `export --verify` without the output: every record's digest must recompute, and
    /// every record must follow its writer's previous record (retention removes the start of
    /// the log, which is accepted).
    Verify(VerifyArgs),
}

/// Where the audit log is.
#[derive(Debug, Args)]
pub struct Source {
    /// The audit file `serve` writes in the embedded mode (`[officers] audit_file`). It is only
    /// read: `serve` may be running.
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "redis",
        conflicts_with = "redis"
    )]
    pub file: Option<PathBuf>,

    /// The Redis `serve` writes to (`[redis] url`), e.g. redis://127.0.0.1:6379/.
    #[arg(long, value_name = "URL")]
    pub redis: Option<String>,

    /// The key prefix of `[redis] prefix`: the stream is PREFIX:audit [default: paxscreen].
    #[arg(long, value_name = "PREFIX", conflicts_with = "file")]
    pub prefix: Option<String>,
}

impl Source {
    /// The key prefix in Redis.
    fn prefix(&self) -> &str {
        self.prefix.as_deref().unwrap_or("paxscreen")
    }
}

/// `paxscreen audit export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where the audit log is.
    #[command(flatten)]
    pub source: Source,

    /// Records at or after this time: RFC 3339 (2026-11-23T10:00:00Z) or a date (2026-11-23,
    /// its midnight UTC).
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub since: Option<DateTime<Utc>>,

    /// Records before this time: RFC 3339 or a date (`--until 2026-11-24` ends with the 23rd).
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub until: Option<DateTime<Utc>>,

    /// Records of this officer (username).
    #[arg(long, value_name = "USERNAME")]
    pub actor: Option<String>,

    /// Records about this alert.
    #[arg(long = "alert", value_name = "ID")]
    pub alert_id: Option<String>,

    /// Records of this action (login, login_failed, view_alert, confirm, dismiss, …).
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,

    /// Export nothing and exit with status 1 if a chain is broken.
    #[arg(long)]
    pub verify: bool,

    /// Write the records to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `paxscreen audit verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Where the audit log is.
    #[command(flatten)]
    pub source: Source,
}

/// Runs an `audit` subcommand: exit status 0, or 1 for a broken chain or damaged record.
///
/// # Errors
/// The log cannot be read, or the output written.
pub fn run(command: &AuditCommand) -> anyhow::Result<ExitCode> {
    match command {
        AuditCommand::Export(args) => export(args),
        AuditCommand::Verify(args) => verify_log(&args.source),
    }
}

fn export(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let Some(records) = read_all(&args.source)? else {
        return Ok(ExitCode::from(1));
    };
    let checked: Result<VerifySummary, ChainBreak> = verify(&records);
    if let (true, Err(broken)) = (args.verify, &checked) {
        eprintln!("paxscreen: audit chain broken at {broken}; nothing exported");
        return Ok(ExitCode::from(1));
    }
    let filter = AuditFilter {
        since: args.since,
        until: args.until,
        actor: args.actor.clone(),
        alert_id: args.alert_id.clone(),
        action: args.action.clone(),
        airports: None,
        limit: None,
    };
    let selected = filter.select(records);
    write_records(&selected, args.out.as_deref())?;
    let writers: HashSet<&str> = selected.iter().map(|r| r.writer.as_str()).collect();
    let exported = format!(
        "exported {} records from {} writers",
        selected.len(),
        writers.len()
    );
    match checked {
        Ok(_) => eprintln!("{exported}; chains verified"),
        Err(broken) => eprintln!("{exported}; CHAIN BROKEN at {broken}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn verify_log(source: &Source) -> anyhow::Result<ExitCode> {
    let Some(records) = read_all(source)? else {
        return Ok(ExitCode::from(1));
    };
    match verify(&records) {
        Ok(summary) => {
            eprintln!(
                "verified {} records from {} writers; chains intact",
                summary.records, summary.writers
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(broken) => {
            eprintln!("paxscreen: audit chain broken at {broken}");
            Ok(ExitCode::from(1))
        }
    }
}

/// Every record of the log, oldest first; `None` (reported) when a record is damaged.
fn read_all(source: &Source) -> anyhow::Result<Option<Vec<AuditRecord>>> {
    let read = match (&source.file, &source.redis) {
        (Some(path), _) => read_file(path, &AuditFilter::default()),
        (None, Some(url)) => read_redis(url, source.prefix()),
        (None, None) => anyhow::bail!("give --file or --redis"),
    };
    match read {
        Ok(records) => Ok(Some(records)),
        Err(error) => match error.downcast_ref::<NotARecord>() {
            Some(damaged) => {
                eprintln!("paxscreen: audit log damaged: {damaged}");
                Ok(None)
            }
            None => Err(error),
        },
    }
}

fn read_redis(url: &str, prefix: &str) -> anyhow::Result<Vec<AuditRecord>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        AuditLog::redis(url, prefix)
            .await?
            .read(&AuditFilter::default())
            .await
    })
}

/// Writes one JSON record per line to `out` or standard output.
fn write_records(records: &[AuditRecord], out: Option<&Path>) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut writer = BufWriter::new(file);
            write_lines(records, &mut writer)
                .and_then(|()| Ok(writer.into_inner()?.sync_all()?))
                .with_context(|| format!("writing {}", path.display()))
        }
        None => write_lines(records, &mut BufWriter::new(std::io::stdout().lock()))
            .context("writing to standard output"),
    }
}

fn write_lines(records: &[AuditRecord], writer: &mut impl Write) -> anyhow::Result<()> {
    for record in records {
        serde_json::to_writer(&mut *writer, record)?;
        writer.write_all(b"\n")?;
    }
    writer.flush()?;
    Ok(())
}

/// Parses `--since`/`--until`: RFC 3339, or a date meaning its midnight UTC.
fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&Utc));
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date.and_time(NaiveTime::MIN).and_utc());
    }
    Err(format!(
        "`{text}` is neither an RFC 3339 time (2026-11-23T10:00:00Z) nor a date (2026-11-23)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::officer::audit::AuditEvent;
    use clap::Parser;

    /// The `audit` subcommands alone.
    #[derive(Debug, Parser)]
    struct Cli {
        #[command(subcommand)]
        command: AuditCommand,
    }

    fn parse(args: &[&str]) -> Result<AuditCommand, clap::Error> {
        Cli::try_parse_from(std::iter::once("audit").chain(args.iter().copied()))
            .map(|cli| cli.command)
    }

    #[test]
    fn times_are_rfc_3339_or_dates() {
        assert_eq!(
            parse_time("2026-11-23T10:00:00Z").unwrap().to_rfc3339(),
            "2026-11-23T10:00:00+00:00"
        );
        assert_eq!(
            parse_time("2026-11-23T11:30:00+01:00")
                .unwrap()
                .to_rfc3339(),
            "2026-11-23T10:30:00+00:00"
        );
        assert_eq!(
            parse_time("2026-11-23").unwrap().to_rfc3339(),
            "2026-11-23T00:00:00+00:00"
        );
        for bad in ["2026-11-31", "23/11/2026", "2026-11-23 10:00", ""] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_source_is_a_file_or_redis() {
        let Ok(AuditCommand::Export(args)) = parse(&["export", "--file", "a.jsonl"]) else {
            panic!("export --file refused");
        };
        assert_eq!(args.source.prefix(), "paxscreen");
        assert!(parse(&["verify", "--redis", "redis://x/", "--prefix", "p"]).is_ok());
        assert!(parse(&["verify"]).is_err());
        assert!(parse(&["export", "--file", "a", "--redis", "redis://x/"]).is_err());
        assert!(parse(&["export", "--file", "a", "--prefix", "p"]).is_err());
        assert!(parse(&["export", "--file", "a", "--since", "yesterday"]).is_err());
    }

    fn write_log(path: &Path, actors: &[&str]) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(async {
            let log = AuditLog::file(path).unwrap();
            for (i, actor) in actors.iter().enumerate() {
                let event = AuditEvent {
                    actor: (*actor).into(),
                    role: None,
                    action: "view_alert".into(),
                    alert_id: Some(format!("A{i}")),
                    airport: None,
                    reason: Some("routine".into()),
                    outcome: "ok".into(),
                    detail: serde_json::Value::Null,
                    client: None,
                };
                log.append(event, parse_time("2026-11-23").unwrap())
                    .await
                    .unwrap();
            }
        });
    }

    #[test]
    fn export_filters_and_verify_refuses_an_edited_log() {
        let dir = std::env::temp_dir().join(format!("paxscreen-audit-cli-{}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        let log = dir.join("audit.jsonl");
        let out = dir.join("out.jsonl");
        write_log(&log, &["alice", "bob", "alice"]);
        let log_arg = log.to_str().unwrap();
        let out_arg = out.to_str().unwrap();
        let run_args = |args: &[&str]| run(&parse(args).unwrap()).unwrap();

        let code = run_args(&[
            "export", "--file", log_arg, "--actor", "alice", "--out", out_arg,
        ]);
        assert_eq!(code, ExitCode::SUCCESS);
        let lines: Vec<AuditRecord> = std::fs::read_to_string(&out)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(lines.iter().map(|r| r.sequence).collect::<Vec<_>>(), [1, 3]);
        assert_eq!(run_args(&["verify", "--file", log_arg]), ExitCode::SUCCESS);

        let edited = std::fs::read_to_string(&log)
            .unwrap()
            .replacen("routine", "changed", 1);
        std::fs::write(&log, edited).unwrap();
        std::fs::remove_file(&out).unwrap();
        assert_eq!(run_args(&["verify", "--file", log_arg]), ExitCode::from(1));
        let refused = &["export", "--file", log_arg, "--verify", "--out", out_arg];
        assert_eq!(run_args(refused), ExitCode::from(1));
        assert!(!out.exists());
        let exported = &["export", "--file", log_arg, "--out", out_arg];
        assert_eq!(run_args(exported), ExitCode::SUCCESS);
        assert!(out.exists());

        std::fs::write(&log, "{}\n").unwrap();
        assert_eq!(run_args(&["verify", "--file", log_arg]), ExitCode::from(1));
        std::fs::remove_dir_all(&dir).ok();
    }
}
