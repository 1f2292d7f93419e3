//! Officers' triage: accounts and sessions, the alert queue of an officer's airports, alert
//! detail with the evidence, dispositions, directive overrides, the audit log, and the web page.
//!
//! On when `[officers] accounts_file` is set; every endpoint is under `/v1/officer` and is
//! documented in `ops/openapi/officer.json` (also served at `/v1/officer/openapi.json`); the
//! page is `/officer/`. Every login, queue read, alert view and action is audited before the
//! data are shown or the action takes effect: when the audit log cannot be written, the answer
//! is `503` and nothing is shown or changed.

pub mod accounts;
pub mod actions;
pub mod admin;
pub mod audit;
pub mod auth;
pub mod detail;
pub mod events;
pub mod guards;
pub mod queue;
pub mod sessions;
pub mod triage;
pub mod upkeep;
pub mod web;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{Duration, Utc};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use tokio::sync::{broadcast, watch};

use super::alert::Encoded;
use super::config::Config;
use super::http::error;
use super::metrics::OfficerLabels;
use super::Service;
use accounts::{Accounts, AccountsHandle, Lockout};
use actions::Action;
use audit::{AuditEvent, AuditLog};
use events::Changed;
use sessions::Sessions;
use triage::TriageStore;

/// The OpenAPI description of the officers' API.
pub const OPENAPI: &str = include_str!("../../../openapi/officer.json");

/// The officers' state of the service.
pub struct Officers {
    /// Accounts, re-read when the file changes.
    pub accounts: Arc<AccountsHandle>,
    /// Open sessions.
    pub sessions: Sessions,
    /// Failed logins per username.
    pub lockout: Lockout,
    /// The audit log.
    pub audit: AuditLog,
    /// Dispositions, suppressions, overrides.
    pub triage: TriageStore,
    /// Alerts that changed, for the live updates.
    pub events: broadcast::Sender<Changed>,
    /// Turns true when the service stops (live update streams end).
    pub closing: watch::Sender<bool>,
    /// Serialises officers' actions in this process.
    pub acting: tokio::sync::Mutex<()>,
    /// Audited events by action and outcome (a metric).
    counted: Family<OfficerLabels, Counter>,
}

impl std::fmt::Debug for Officers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Officers").finish_non_exhaustive()
    }
}

impl Officers {
    /// Opens the officers' state when `[officers] accounts_file` is set.
    ///
    /// # Errors
    /// The accounts file is refused, or Redis or the audit file cannot be opened.
    pub async fn open(
        config: &Config,
        counted: Family<OfficerLabels, Counter>,
    ) -> anyhow::Result<Option<Officers>> {
        let Some(path) = &config.officers.accounts_file else {
            return Ok(None);
        };
        let accounts = Accounts::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
        let session_ttl = Duration::minutes(config.officers.session_minutes);
        let (sessions, audit, triage) = match &config.redis {
            Some(redis) => (
                Sessions::redis(&redis.url, &redis.prefix, session_ttl).await?,
                AuditLog::redis(&redis.url, &redis.prefix).await?,
                TriageStore::redis(&redis.url, &redis.prefix).await?,
            ),
            None => (
                Sessions::memory(session_ttl),
                AuditLog::file(&config.officers.audit_file)?,
                TriageStore::memory(),
            ),
        };
        Ok(Some(Officers {
            accounts: Arc::new(AccountsHandle::new(accounts)),
            sessions,
            lockout: Lockout::new(
                config.officers.max_failed_logins,
                Duration::minutes(config.officers.lockout_minutes),
            ),
            audit,
            triage,
            events: broadcast::channel(1024).0,
            closing: watch::channel(false).0,
            acting: tokio::sync::Mutex::new(()),
            counted,
        }))
    }

    /// Appends to the audit log; when it cannot, the `503` to answer instead of showing or
    /// changing anything.
    ///
    /// # Errors
    /// The response to send.
    pub async fn record(&self, event: AuditEvent) -> Result<(), Response> {
        self.counted
            .get_or_create(&OfficerLabels {
                action: event.action.clone(),
                outcome: event.outcome.clone(),
            })
            .inc();
        match self.audit.append(event, Utc::now()).await {
            Ok(_) => Ok(()),
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "writing the audit log");
                Err(error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "audit log unavailable: nothing is shown or changed without an audit record",
                ))
            }
        }
    }

    /// Tells the live update streams that alerts of `airport` changed.
    pub fn changed(&self, airport: &str, ids: Vec<String>) {
        // No listener is not an error.
        let _listeners = self.events.send(Changed {
            airport: airport.to_owned(),
            ids,
            lagged: false,
        });
    }

    /// Tells the live update streams about new or revised alerts.
    pub fn alerts_written(&self, alerts: &[Encoded]) {
        if self.events.receiver_count() == 0 {
            return;
        }
        let mut by_airport: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for alert in alerts {
            by_airport
                .entry(&alert.arrival_airport)
                .or_default()
                .push(alert.id.clone());
        }
        for (airport, ids) in by_airport {
            self.changed(airport, ids);
        }
    }
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Returns the officers' routes (API and page).
pub fn router() -> Router<Arc<Service>> {
    Router::new()
        .route("/v1/officer/openapi.json", get(openapi))
        .route("/v1/officer/login", post(auth::login))
        .route("/v1/officer/logout", post(auth::logout))
        .route("/v1/officer/me", get(auth::me))
        .route("/v1/officer/alerts", get(queue::list))
        .route("/v1/officer/alerts/{id}", get(detail::show))
        .route(
            "/v1/officer/alerts/{id}/confirm",
            actions::handler(Action::Confirm),
        )
        .route(
            "/v1/officer/alerts/{id}/dismiss",
            actions::handler(Action::Dismiss),
        )
        .route(
            "/v1/officer/alerts/{id}/escalate",
            actions::handler(Action::Escalate),
        )
        .route(
            "/v1/officer/alerts/{id}/notes",
            actions::handler(Action::Note),
        )
        .route(
            "/v1/officer/alerts/{id}/reopen",
            actions::handler(Action::Reopen),
        )
        .route(
            "/v1/officer/alerts/{id}/directive",
            actions::handler(Action::OverrideDirective),
        )
        .route("/v1/officer/events", get(events::stream))
        .route("/v1/officer/accounts", get(admin::accounts))
        .route("/v1/officer/audit", get(admin::audit))
        .merge(web::routes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route of [`router`] is described in the OpenAPI file, and the file describes no
    /// route that does not exist.
    #[test]
    fn the_openapi_file_describes_every_route() {
        let spec: serde_json::Value = serde_json::from_str(OPENAPI).expect("OpenAPI is JSON");
        assert_eq!(spec["openapi"], "3.1.0");
        let documented: std::collections::BTreeSet<&str> = spec["paths"]
            .as_object()
            .expect("paths")
            .keys()
            .map(String::as_str)
            .collect();
        let source = include_str!("mod.rs");
        let routed: std::collections::BTreeSet<&str> = source
            .split(".route(")
            .skip(1)
            .filter_map(|rest| rest.trim_start().strip_prefix('"')?.split('"').next())
            .filter(|path| path.starts_with("/v1/"))
            .collect();
        assert!(routed.len() >= 15, "{routed:?}");
        assert_eq!(routed, documented);
        for (path, item) in spec["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("path item") {
                assert!(
                    operation["responses"]
                        .as_object()
                        .is_some_and(|r| !r.is_empty()),
                    "{method} {path} documents no response"
                );
            }
        }
    }
}
