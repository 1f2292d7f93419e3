//! Who is asking: logins (`POST /v1/officer/login`), logouts, `GET /v1/officer/me`, and the
//! [`Caller`] extractor every other officer endpoint starts with.
//!
//! A login checks the password (argon2, off the reactor), counts failures per username (locked
//! for a while after too many), opens a session and sets it as an `HttpOnly`, `SameSite=Strict`
//! cookie (the web page) and returns its token (other clients send `Authorization: Bearer`).
//! Each request re-reads the account: a disabled or removed account, or a changed role or
//! airport list, takes effect at once. Every login, failed login and logout is audited.

use std::sync::Arc;

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::json;

use super::accounts::Role;
use super::audit::AuditEvent;
use super::Officers;
use crate::serve::http::{bearer, error};
use crate::serve::Service;

/// Name of the session cookie.
pub const COOKIE: &str = "paxscreen_session";

/// The officer making a request, with the rights the account has now.
#[derive(Debug, Clone)]
pub struct Caller {
    /// Username.
    pub username: String,
    /// Role.
    pub role: Role,
    /// Airports whose alerts the officer may see.
    pub airports: Vec<String>,
    /// When the session ends.
    pub expires_at: DateTime<Utc>,
    token: String,
}

impl Caller {
    /// True when the caller may see alerts of `airport`.
    pub fn covers(&self, airport: &str) -> bool {
        self.role != Role::Admin && self.airports.iter().any(|a| a == airport)
    }

    /// True for officers and supervisors (admins see no alert data).
    pub fn triages(&self) -> bool {
        matches!(self.role, Role::Officer | Role::Supervisor)
    }

    /// True for supervisors.
    pub fn supervises(&self) -> bool {
        self.role == Role::Supervisor
    }

    /// Returns an audit event of this caller.
    pub fn event(&self, action: &str, outcome: &str) -> AuditEvent {
        AuditEvent {
            actor: self.username.clone(),
            role: Some(self.role.as_str().to_owned()),
            action: action.to_owned(),
            alert_id: None,
            airport: None,
            reason: None,
            outcome: outcome.to_owned(),
            detail: serde_json::Value::Null,
            client: None,
        }
    }
}

/// The answer of a service without officers' accounts: `404`.
#[derive(Debug, Clone, Copy)]
pub struct Off;

impl IntoResponse for Off {
    fn into_response(self) -> Response {
        error(
            StatusCode::NOT_FOUND,
            "the officers' API is off: set [officers] accounts_file",
        )
    }
}

/// Returns the officers' state, or [`Off`].
pub fn officers(service: &Service) -> Result<&Officers, Off> {
    service.officers.as_ref().ok_or(Off)
}

/// Returns the session token a request carries (cookie first, then bearer).
fn token_of(headers: &HeaderMap) -> Option<String> {
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned());
    from_cookie.or_else(|| bearer(headers).map(str::to_owned))
}

fn unauthorised(message: &str) -> Response {
    error(StatusCode::UNAUTHORIZED, message)
}

impl FromRequestParts<Arc<Service>> for Caller {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        service: &Arc<Service>,
    ) -> Result<Caller, Response> {
        let officers = officers(service).map_err(IntoResponse::into_response)?;
        let Some(token) = token_of(&parts.headers) else {
            return Err(unauthorised("log in first (POST /v1/officer/login)"));
        };
        let session = officers
            .sessions
            .get(&token, Utc::now())
            .await
            .map_err(|e| {
                tracing::error!(error = %format!("{e:#}"), "reading a session");
                error(StatusCode::SERVICE_UNAVAILABLE, "sessions unavailable")
            })?
            .ok_or_else(|| unauthorised("session expired or unknown: log in again"))?;
        let accounts = officers.accounts.current();
        let Some(account) = accounts.get(&session.username).filter(|a| !a.disabled) else {
            // The account was disabled or removed since the login.
            let _revoked = officers.sessions.revoke(&token).await;
            return Err(unauthorised("account disabled"));
        };
        if session.credential != super::sessions::credential(account) {
            // The password was changed since the login: every session opened before ends.
            let _revoked = officers.sessions.revoke(&token).await;
            return Err(unauthorised("password changed: log in again"));
        }
        Ok(Caller {
            username: account.username.clone(),
            role: account.role,
            airports: account.airports.clone(),
            expires_at: session.expires_at,
            token,
        })
    }
}

/// `POST /v1/officer/login` body.
#[derive(Debug, Deserialize)]
pub struct Login {
    username: String,
    password: String,
}

fn login_event(
    username: &str,
    action: &str,
    outcome: &str,
    detail: serde_json::Value,
) -> AuditEvent {
    AuditEvent {
        actor: username.to_owned(),
        role: None,
        action: action.to_owned(),
        alert_id: None,
        airport: None,
        reason: None,
        outcome: outcome.to_owned(),
        detail,
        client: None,
    }
}

/// `POST /v1/officer/login`.
pub async fn login(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    Json(login): Json<Login>,
) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    let now = Utc::now();
    let username = login.username.trim().to_owned();
    if let Some(wait) = officers.lockout.locked_for(&username, now) {
        let seconds = wait.num_seconds().max(1);
        let event = login_event(
            &username,
            "login_failed",
            "denied",
            json!({ "locked": true }),
        );
        if let Err(response) = officers.record(event).await {
            return response;
        }
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, seconds.to_string())],
            Json(json!({
                "error": "too many failed logins: try again later",
                "retry_after_seconds": seconds,
            })),
        )
            .into_response();
    }
    let accounts = officers.accounts.current();
    let checking = username.clone();
    let verified = tokio::task::spawn_blocking(move || accounts.verify(&checking, &login.password))
        .await
        .ok()
        .flatten();
    let Some(account) = verified else {
        officers.lockout.failed(&username, now);
        let event = login_event(&username, "login_failed", "denied", serde_json::Value::Null);
        if let Err(response) = officers.record(event).await {
            return response;
        }
        return unauthorised("unknown username or wrong password");
    };
    officers.lockout.succeeded(&username);
    let (token, session) = match officers.sessions.create(&account, now).await {
        Ok(opened) => opened,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "opening a session");
            return error(StatusCode::SERVICE_UNAVAILABLE, "sessions unavailable");
        }
    };
    let mut event = login_event(&username, "login", "ok", serde_json::Value::Null);
    event.role = Some(account.role.as_str().to_owned());
    if let Err(response) = officers.record(event).await {
        let _revoked = officers.sessions.revoke(&token).await;
        return response;
    }
    let max_age = (session.expires_at - now).num_seconds().max(0);
    // Behind a TLS-terminating proxy the cookie is only ever sent back over HTTPS.
    let secure = if behind_https(&headers) {
        "; Secure"
    } else {
        ""
    };
    (
        [(
            header::SET_COOKIE,
            format!(
                "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}"
            ),
        )],
        Json(json!({
            "token": token,
            "username": session.username,
            "role": session.role,
            "airports": session.airports,
            "expires_at": session.expires_at,
        })),
    )
        .into_response()
}

/// True when a proxy says the client reached it over HTTPS (`X-Forwarded-Proto: https`).
fn behind_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// `POST /v1/officer/logout`.
pub async fn logout(State(service): State<Arc<Service>>, caller: Caller) -> Response {
    let officers = match officers(&service) {
        Ok(officers) => officers,
        Err(off) => return off.into_response(),
    };
    if let Err(e) = officers.sessions.revoke(&caller.token).await {
        tracing::error!(error = %format!("{e:#}"), "closing a session");
    }
    if let Err(response) = officers.record(caller.event("logout", "ok")).await {
        return response;
    }
    (
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
        )],
    )
        .into_response()
}

/// `GET /v1/officer/me`.
pub async fn me(caller: Caller) -> Response {
    Json(json!({
        "username": caller.username,
        "role": caller.role,
        "airports": caller.airports,
        "expires_at": caller.expires_at,
    }))
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_session_cookie_wins_over_a_bearer_token() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer from-header"),
        );
        assert_eq!(token_of(&headers).as_deref(), Some("from-header"));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; paxscreen_session=from-cookie; other=1"),
        );
        assert_eq!(token_of(&headers).as_deref(), Some("from-cookie"));
        assert_eq!(token_of(&HeaderMap::new()), None);
    }

    #[test]
    fn cookies_are_secure_behind_an_https_proxy() {
        let mut headers = HeaderMap::new();
        assert!(!behind_https(&headers));
        headers.insert("x-forwarded-proto", HeaderValue::from_static("HTTPS"));
        assert!(behind_https(&headers));
    }
}
