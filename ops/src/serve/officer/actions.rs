//! Officers' actions on an alert: `POST /v1/officer/alerts/{id}/ACTION` with `confirm`,
//! `dismiss` (optionally suppressing the traveller/entry pair), `escalate`, `notes`, `reopen`
//! and `directive` (an override that reaches the carrier as an unsolicited update).
//!
//! Who may do what: officers and supervisors of the alert's airport confirm, dismiss, escalate
//! and add notes; only supervisors suppress pairs, override directives and reopen; admins see
//! no alert data. `403` for a role not allowed, `404` for an alert outside the caller's
//! airports, `409` for an action the alert's status does not allow, `422` for a missing reason.
//! The action is audited before it takes effect: without an audit record, nothing changes.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{post, MethodRouter};
use axum::Json;
use chrono::{DateTime, Duration, Utc};
use paxscreen_rules::Directive;
use serde::Deserialize;
use serde_json::json;

use super::auth::{officers, Caller};
use super::detail::{allowed_actions, render, visible, Visible};
use super::guards::{entry_version, override_key, pair_key};
use super::triage::{Disposition, HeldOverride, Note, Override, Status, Step, Suppression};
use super::Officers;
use crate::serve::http::error;
use crate::serve::Service;

/// The body of an action.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Why (required to dismiss, escalate, reopen and override).
    #[serde(default)]
    reason: Option<String>,
    /// Dismiss only: do not alert on this traveller and list entry again until the entry
    /// changes (supervisors).
    #[serde(default)]
    suppress_pair: bool,
    /// Notes: the text.
    #[serde(default)]
    text: Option<String>,
    /// Directive override: `0Z`, `1Z`, `2Z` or `4Z`.
    #[serde(default)]
    directive: Option<Directive>,
}

/// The actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A true match.
    Confirm,
    /// A false positive (optionally suppressing the pair).
    Dismiss,
    /// Handed on.
    Escalate,
    /// A note.
    Note,
    /// Back to open (supervisors).
    Reopen,
    /// A directive given instead of the screening's (supervisors).
    OverrideDirective,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Confirm => "confirm",
            Action::Dismiss => "dismiss",
            Action::Escalate => "escalate",
            Action::Note => "note",
            Action::Reopen => "reopen",
            Action::OverrideDirective => "override_directive",
        }
    }

    fn needs_reason(self) -> bool {
        matches!(
            self,
            Action::Dismiss | Action::Escalate | Action::Reopen | Action::OverrideDirective
        )
    }

    fn supervisors_only(self) -> bool {
        matches!(self, Action::Reopen | Action::OverrideDirective)
    }
}

/// Returns the handler of `POST /v1/officer/alerts/{id}/ACTION` for one action.
pub fn handler(action: Action) -> MethodRouter<Arc<Service>> {
    post(
        move |service: State<Arc<Service>>, caller: Caller, id: Path<String>, body: Json<Body>| {
            act(service, caller, id, body, action)
        },
    )
}

/// When the officers' data of an alert are forgotten: the retention after its arrival.
fn retention_until(service: &Service, visible: &Visible, now: DateTime<Utc>) -> DateTime<Utc> {
    let hours = service.validated.config.retention.alert_hours;
    let arrival = visible.alert.scheduled_arrival.map(|local| {
        crate::serve::alert::arrival_utc(
            service.pipeline.timing(),
            &visible.alert.arrival_airport,
            local,
        )
    });
    arrival.unwrap_or(now).max(now) + Duration::hours(hours)
}

fn cleaned(text: Option<&String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

async fn act(
    State(service): State<Arc<Service>>,
    caller: Caller,
    Path(id): Path<String>,
    Json(body): Json<Body>,
    action: Action,
) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    // One action at a time in this process: each reads, changes and writes a disposition (and
    // the write is refused if another worker's came in between).
    let _acting = officers.acting.lock().await;
    let visible = match visible(&service, officers, &caller, &id, action.name()).await {
        Ok(visible) => visible,
        Err(response) => return response,
    };
    let reason = cleaned(body.reason.as_ref());
    let refusal = check(&caller, &visible, &body, action, reason.as_deref());
    let mut event = caller.event(action.name(), "ok");
    event.alert_id = Some(id.clone());
    event.airport = Some(visible.encoded.arrival_airport.clone());
    event.reason.clone_from(&reason);
    if let Some((status, message)) = refusal {
        event.outcome = "denied".to_owned();
        event.detail = json!({ "refused": message });
        if let Err(response) = officers.record(event).await {
            return response;
        }
        return error(status, message);
    }
    let now = Utc::now();
    let mut disposition = visible.disposition.clone().unwrap_or_else(|| Disposition {
        until: retention_until(&service, &visible, now),
        ..Disposition::default()
    });
    let read = disposition.revision;
    disposition.revision = read + 1;
    let step = |action: &str, directive: Option<Directive>| Step {
        at: now,
        actor: caller.username.clone(),
        action: action.to_owned(),
        reason: reason.clone(),
        directive,
    };
    let mut detail = json!({ "status_before": super::queue::status_of(&visible.alert, visible.disposition.as_ref()) });
    match action {
        Action::Confirm => disposition.status = Status::Confirmed,
        Action::Dismiss => disposition.status = Status::Dismissed,
        Action::Escalate => disposition.status = Status::Escalated,
        Action::Reopen => disposition.status = Status::Open,
        Action::Note => disposition.notes.push(Note {
            at: now,
            actor: caller.username.clone(),
            text: cleaned(body.text.as_ref()).unwrap_or_default(),
        }),
        Action::OverrideDirective => {}
    }
    if action != Action::Note && action != Action::OverrideDirective {
        disposition.history.push(step(action.name(), None));
    }
    let mut suppression = None;
    if action == Action::Dismiss && body.suppress_pair {
        match suppress(&service, &caller, &visible, now, disposition.until) {
            Ok(found) => {
                detail["suppressed_pair"] = json!({
                    "list": found.1.list,
                    "entry_id": found.1.entry_id,
                    "entry_version": found.1.entry_version,
                });
                disposition.suppressed = true;
                disposition.history.push(step("suppress", None));
                suppression = Some(found);
            }
            Err(conflict) => return error(StatusCode::CONFLICT, conflict),
        }
    }
    let mut new_directive = None;
    if action == Action::OverrideDirective {
        let Some(directive) = body.directive else {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "give a directive: 0Z, 1Z, 2Z or 4Z",
            );
        };
        let previous = disposition
            .directive_override
            .as_ref()
            .map_or(visible.alert.directive, |o| o.directive);
        disposition.directive_override = Some(Override {
            directive,
            previous,
            by: caller.username.clone(),
            at: now,
            reason: reason.clone().unwrap_or_default(),
        });
        disposition
            .history
            .push(step(action.name(), Some(directive)));
        detail["directive"] = json!({ "from": previous, "to": directive });
        new_directive = Some(directive);
    }
    event.detail = detail;
    if let Err(response) = officers.record(event.clone()).await {
        return response;
    }
    let stored = store(
        &service,
        officers,
        &visible,
        (&disposition, read),
        suppression,
        new_directive,
        now,
    )
    .await;
    match stored {
        Ok(true) => {}
        Ok(false) => {
            // Another officer's action on this alert (through another worker) came in between.
            event.outcome = "conflict".to_owned();
            let _recorded = officers.record(event).await;
            return error(
                StatusCode::CONFLICT,
                "the alert changed meanwhile: reload it and act again",
            );
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), alert = %id, "storing an officer's action");
            event.outcome = "failed".to_owned();
            let _recorded = officers.record(event).await;
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                "the action could not be stored",
            );
        }
    }
    officers.changed(&visible.encoded.arrival_airport, vec![id.clone()]);
    let visible = Visible {
        disposition: Some(disposition),
        ..visible
    };
    Json(render(&service, &caller, &visible).await).into_response()
}

/// Why an action is refused, if it is.
fn check(
    caller: &Caller,
    visible: &Visible,
    body: &Body,
    action: Action,
    reason: Option<&str>,
) -> Option<(StatusCode, &'static str)> {
    if action.supervisors_only() && !caller.supervises() {
        return Some((StatusCode::FORBIDDEN, "only supervisors may do this"));
    }
    if body.suppress_pair && !caller.supervises() {
        return Some((
            StatusCode::FORBIDDEN,
            "only supervisors may suppress a pair",
        ));
    }
    let allowed = allowed_actions(caller, &visible.alert, visible.disposition.as_ref());
    if !allowed.contains(&action.name()) {
        return Some((
            StatusCode::CONFLICT,
            "the alert's status does not allow this action",
        ));
    }
    if body.suppress_pair && !allowed.contains(&"suppress") {
        return Some((
            StatusCode::CONFLICT,
            "only an undecided watchlist name hit can be suppressed",
        ));
    }
    if action.needs_reason() && reason.is_none() {
        return Some((StatusCode::UNPROCESSABLE_ENTITY, "give a reason"));
    }
    if action == Action::Note && cleaned(body.text.as_ref()).is_none() {
        return Some((StatusCode::UNPROCESSABLE_ENTITY, "give the note's text"));
    }
    None
}

/// Builds the suppression of the alert's traveller/entry pair.
fn suppress(
    service: &Service,
    caller: &Caller,
    visible: &Visible,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<(String, Suppression), &'static str> {
    let Some(hit) = &visible.alert.hit else {
        return Err("the alert has no list hit");
    };
    let screener = service.pipeline.screener();
    let Some(entry) = screener.entry(&hit.list, &hit.entry_id) else {
        return Err("the list entry is no longer listed");
    };
    // Suppressed for as long as the list entry stays as it is, at most the alert retention
    // counted from now.
    let keep = until.max(now + Duration::hours(service.validated.config.retention.alert_hours));
    Ok((
        pair_key(&visible.alert.traveller, &hit.list, &hit.entry_id),
        Suppression {
            list: hit.list.clone(),
            entry_id: hit.entry_id.clone(),
            entry_version: entry_version(entry),
            by: caller.username.clone(),
            at: now,
            alert_id: visible.alert.id.clone(),
            until: keep,
        },
    ))
}

/// Stores what an action changed (the disposition only if it is still at the revision read;
/// false, nothing stored, when another write came in between); an override also revises the
/// alert and tells the carrier.
async fn store(
    service: &Service,
    officers: &Officers,
    visible: &Visible,
    (disposition, read): (&Disposition, u64),
    suppression: Option<(String, Suppression)>,
    new_directive: Option<Directive>,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    if !officers
        .triage
        .put(&visible.alert.id, disposition, read)
        .await?
    {
        return Ok(false);
    }
    if let Some((pair, suppression)) = suppression {
        officers.triage.suppress(&pair, &suppression).await?;
        service
            .pipeline
            .guards()
            .add_suppression(pair, suppression.entry_version);
    }
    if let Some(directive) = new_directive {
        let key = override_key(&visible.encoded.flight_key, &visible.alert.traveller);
        let held = HeldOverride {
            directive,
            until: disposition.until,
        };
        officers.triage.set_override(&key, &held).await?;
        service.pipeline.guards().add_override(key, directive);
        let mut value = visible.value.clone();
        value["directive"] = json!(directive);
        value["directive_overridden"] = json!(true);
        service
            .write_alerts(&[visible.encoded.revised(&value)?])
            .await?;
        crate::serve::iapi::officer_update::send(service, &visible.alert, directive, now).await;
    }
    Ok(true)
}
