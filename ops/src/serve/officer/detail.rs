//! The alert detail: `GET /v1/officer/alerts/{id}` — the traveller as sent and as normalised,
//! the matched list entry, the score and its reasons, the fired rules, the flight, the raw
//! message excerpt, the officers' status and history, and what the caller may do now. Every
//! view is audited; an alert of another airport is answered `404` (and the attempt audited).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use paxscreen_ingest::Traveller;
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth::{officers, Caller};
use super::queue::{status_of, summarise, StoredAlert};
use super::triage::Disposition;
use super::Officers;
use crate::serve::alert::Encoded;
use crate::serve::http::error;
use crate::serve::Service;

/// An alert the caller may see, with its disposition.
pub struct Visible {
    /// Routing and JSON as stored.
    pub encoded: Encoded,
    /// The alert JSON.
    pub value: Value,
    /// The alert, read.
    pub alert: StoredAlert,
    /// What officers decided so far.
    pub disposition: Option<Disposition>,
}

/// Loads an alert for `caller`: `404` when it does not exist or belongs to another airport
/// (audited as `denied` with `action`), `403` for admins.
///
/// # Errors
/// The response to send instead.
pub async fn visible(
    service: &Service,
    officers: &Officers,
    caller: &Caller,
    id: &str,
    action: &str,
) -> Result<Visible, Response> {
    if !caller.triages() {
        return Err(error(StatusCode::FORBIDDEN, "admins see no alert data"));
    }
    let unavailable = |e: anyhow::Error| {
        tracing::error!(error = %format!("{e:#}"), "reading an alert");
        error(StatusCode::SERVICE_UNAVAILABLE, "alert store unavailable")
    };
    let found = service.store.get(id).await.map_err(unavailable)?;
    let not_found = || error(StatusCode::NOT_FOUND, "no such alert in your airports");
    let Some((encoded, value)) = found else {
        return Err(not_found());
    };
    if !caller.covers(&encoded.arrival_airport) {
        let mut event = caller.event(action, "denied");
        event.alert_id = Some(id.to_owned());
        event.airport = Some(encoded.arrival_airport.clone());
        officers.record(event).await?;
        return Err(not_found());
    }
    let alert = StoredAlert::deserialize(&value)
        .map_err(|e| unavailable(anyhow::anyhow!("an alert does not read back: {e}")))?;
    let disposition = officers.triage.get(id).await.map_err(unavailable)?;
    Ok(Visible {
        encoded,
        value,
        alert,
        disposition,
    })
}

/// Returns the actions `caller` may take on an alert now.
pub fn allowed_actions(
    caller: &Caller,
    alert: &StoredAlert,
    disposition: Option<&Disposition>,
) -> Vec<&'static str> {
    let status = status_of(alert, disposition);
    let mut allowed = Vec::new();
    if status == "withdrawn" {
        allowed.push("note");
        return allowed;
    }
    let undecided = matches!(status.as_str(), "open" | "escalated");
    if undecided {
        allowed.extend(["confirm", "dismiss"]);
    }
    if status == "open" {
        allowed.push("escalate");
    }
    allowed.push("note");
    if caller.supervises() {
        if undecided && alert.hit.as_ref().is_some_and(|h| h.kind == "watchlist") {
            allowed.push("suppress");
        }
        allowed.push("override_directive");
        if status != "open" {
            allowed.push("reopen");
        }
    }
    allowed
}

/// The traveller as the carrier sent it (raw values where they differ).
fn as_sent(traveller: &Traveller) -> Value {
    json!({
        "surname": traveller.raw.surname.as_deref().unwrap_or(&traveller.surname),
        "given_names": traveller.raw.given_names.as_deref().unwrap_or(&traveller.given_names),
        "date_of_birth": traveller.raw.date_of_birth.clone()
            .or_else(|| traveller.date_of_birth.map(|d| d.to_string())),
        "nationality": traveller.raw.nationality.as_ref().or(traveller.nationality.as_ref()),
        "gender": traveller.gender,
        "documents": traveller.documents.iter().map(|d| json!({
            "type": d.doc_type,
            "number": d.number_raw.as_deref().unwrap_or(&d.number),
            "issuing_country": d.issuing_country,
            "expiry": d.expiry,
        })).collect::<Vec<_>>(),
    })
}

/// Builds the detail answer.
pub async fn render(service: &Service, caller: &Caller, visible: &Visible) -> Value {
    let Visible {
        value,
        alert,
        disposition,
        ..
    } = visible;
    let entry = match &alert.hit {
        Some(hit) => {
            let screener = service.pipeline.screener();
            let (list, id) = (hit.list.clone(), hit.entry_id.clone());
            tokio::task::spawn_blocking(move || {
                screener
                    .entry(&list, &id)
                    .and_then(|entry| serde_json::to_value(entry).ok())
            })
            .await
            .ok()
            .flatten()
        }
        None => None,
    };
    let hit = &value["hit"];
    let excerpt = value["source"]["excerpt"].as_str().map(|text| {
        json!({
            "reference": value["source"]["reference"],
            "message_ref": value["source"]["message_ref"],
            "text": text,
        })
    });
    let triage = match disposition {
        Some(d) => json!({
            "status": status_of(alert, Some(d)),
            "suppressed": d.suppressed,
            "history": d.history,
            "notes": d.notes,
            "directive_override": d.directive_override,
        }),
        None => json!({
            "status": status_of(alert, None),
            "suppressed": false,
            "history": [],
            "notes": [],
            "directive_override": null,
        }),
    };
    json!({
        "summary": summarise(alert, disposition.as_ref(), service.pipeline.timing()),
        "alert": value,
        "evidence": {
            "traveller_as_sent": as_sent(&alert.traveller),
            "traveller_normalised": alert.traveller,
            "entry": entry,
            "score": hit.get("score"),
            "matched_name": hit.get("matched_name"),
            "reasons": hit.get("reasons").cloned().unwrap_or_else(|| json!([])),
        },
        "excerpt": excerpt,
        "triage": triage,
        "allowed_actions": allowed_actions(caller, alert, disposition.as_ref()),
    })
}

/// `GET /v1/officer/alerts/{id}`.
pub async fn show(
    State(service): State<Arc<Service>>,
    caller: Caller,
    Path(id): Path<String>,
) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    let visible = match visible(&service, officers, &caller, &id, "view_alert").await {
        Ok(visible) => visible,
        Err(response) => return response,
    };
    let mut event = caller.event("view_alert", "ok");
    event.alert_id = Some(id);
    event.airport = Some(visible.encoded.arrival_airport.clone());
    if let Err(response) = officers.record(event).await {
        return response;
    }
    Json(render(&service, &caller, &visible).await).into_response()
}
