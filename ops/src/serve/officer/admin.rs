//! What admins and supervisors read: `GET /v1/officer/accounts` (admins: the accounts, never
//! their password hashes) and `GET /v1/officer/audit` (admins: every record; supervisors: the
//! records of their airports; officers: `403`). Reading the audit is itself audited.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use super::accounts::Role;
use super::audit::AuditFilter;
use super::auth::{officers, Caller};
use crate::serve::http::error;
use crate::serve::Service;

/// `GET /v1/officer/accounts`.
pub async fn accounts(State(service): State<Arc<Service>>, caller: Caller) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    if caller.role != Role::Admin {
        return error(StatusCode::FORBIDDEN, "admins only");
    }
    if let Err(response) = officers.record(caller.event("list_accounts", "ok")).await {
        return response;
    }
    let accounts = officers.accounts.current();
    let listed: Vec<_> = accounts
        .iter()
        .map(|a| {
            json!({
                "username": a.username,
                "role": a.role,
                "airports": a.airports,
                "disabled": a.disabled,
            })
        })
        .collect();
    Json(json!({ "accounts": listed })).into_response()
}

/// `GET /v1/officer/audit` filters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// Records about this alert.
    #[serde(default)]
    alert: Option<String>,
    /// Records of this officer.
    #[serde(default)]
    actor: Option<String>,
    /// Records of this action.
    #[serde(default)]
    action: Option<String>,
    /// Newest records at most (default 200, at most 5,000).
    #[serde(default)]
    limit: Option<usize>,
}

/// `GET /v1/officer/audit`.
pub async fn audit(
    State(service): State<Arc<Service>>,
    caller: Caller,
    query: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    let Ok(Query(query)) = query else {
        return error(
            StatusCode::BAD_REQUEST,
            "filters: alert, actor, action, limit",
        );
    };
    let airports = match caller.role {
        Role::Admin => None,
        Role::Supervisor => Some(caller.airports.clone()),
        Role::Officer => return error(StatusCode::FORBIDDEN, "supervisors and admins only"),
    };
    let filter = AuditFilter {
        actor: query.actor.clone(),
        alert_id: query.alert.clone(),
        action: query.action.clone(),
        airports,
        limit: Some(query.limit.unwrap_or(200).clamp(1, 5_000)),
        ..AuditFilter::default()
    };
    let mut event = caller.event("read_audit", "ok");
    event.alert_id.clone_from(&query.alert);
    event.detail = json!({ "actor": query.actor, "action": query.action });
    if let Err(response) = officers.record(event).await {
        return response;
    }
    match officers.audit.read(&filter).await {
        Ok(records) => Json(json!({ "records": records })).into_response(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "reading the audit log");
            error(StatusCode::SERVICE_UNAVAILABLE, "audit log unavailable")
        }
    }
}
