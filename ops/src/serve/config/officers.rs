//! `[officers]` (the triage API and web page) and `[retention]` (how long personal data are
//! kept).

use std::path::PathBuf;

use serde::Deserialize;

/// `[officers]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Officers {
    /// Accounts file (TOML, written with `paxscreen officers add`); without it the officers'
    /// API and page answer 404. Re-read within 2 s of a change.
    pub accounts_file: Option<PathBuf>,
    /// Audit log as JSON lines (append-only) in the embedded mode; with `[redis]` the audit
    /// goes to the stream `PREFIX:audit` and this is ignored.
    pub audit_file: PathBuf,
    /// Minutes a login lasts.
    pub session_minutes: i64,
    /// Failed logins of one username that lock it …
    pub max_failed_logins: u32,
    /// … for this many minutes (failures counted within the same window).
    pub lockout_minutes: i64,
}

impl Default for Officers {
    fn default() -> Self {
        Officers {
            accounts_file: None,
            audit_file: PathBuf::from("audit.jsonl"),
            session_minutes: 480,
            max_failed_logins: 5,
            lockout_minutes: 15,
        }
    }
}

/// `[retention]`: how long personal data are kept.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    /// Hours after the scheduled arrival that alerts (the traveller data behind them), officers'
    /// dispositions, suppressed pairs and directive overrides are kept. Alerts without a
    /// scheduled arrival count from when they were generated.
    pub alert_hours: i64,
    /// Days the audit log is kept.
    pub audit_days: i64,
    /// Hours that processed input files (`done/` of the watched directory) and dead letters
    /// are kept: they hold travellers without alerts.
    pub input_hours: i64,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            alert_hours: 72,
            audit_days: 365,
            input_hours: 24,
        }
    }
}

impl Officers {
    /// Appends what is wrong with this section to `problems`.
    pub fn check(&self, problems: &mut Vec<String>) {
        if let Some(path) = &self.accounts_file {
            if let Err(error) = crate::serve::officer::accounts::Accounts::load(path) {
                problems.push(format!("officers.accounts_file: {error}"));
            }
        }
        if self.session_minutes < 1 {
            problems.push("officers.session_minutes must be at least 1".to_owned());
        }
        if self.max_failed_logins < 1 || self.lockout_minutes < 1 {
            problems.push(
                "officers.max_failed_logins and officers.lockout_minutes must be at least 1"
                    .to_owned(),
            );
        }
    }
}

impl Retention {
    /// Appends what is wrong with this section to `problems`.
    pub fn check(&self, problems: &mut Vec<String>) {
        for (key, value) in [
            ("retention.alert_hours", self.alert_hours),
            ("retention.audit_days", self.audit_days),
            ("retention.input_hours", self.input_hours),
        ] {
            if value < 1 {
                problems.push(format!("{key} must be at least 1"));
            }
        }
    }
}
