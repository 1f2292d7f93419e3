// The sign-in form, and its lockout after too many failed sign-ins.

import { api } from "./api.js";
import { $ } from "./dom.js";
import { fmtDuration } from "./format.js";
import { showView } from "./router.js";
import { startSession } from "./session.js";
import { state } from "./state.js";

export function showLogin(notice) {
  showView("login");
  const noticeNode = $("login-notice");
  noticeNode.hidden = !notice;
  noticeNode.textContent = notice || "";
  $("login-error").hidden = true;
  $("login-password").value = "";
  $("login-username").focus();
}

function showLoginError(message) {
  const node = $("login-error");
  node.textContent = message;
  node.hidden = false;
}

function lockout(seconds, message) {
  const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
  state.lockUntil = Date.now() + wait * 1000;
  state.lockMessage = message || "Too many failed sign-ins.";
  $("login-submit").disabled = true;
  updateLockout();
}

export function updateLockout() {
  const left = state.lockUntil - Date.now();
  if (left <= 0) {
    state.lockUntil = 0;
    $("login-submit").disabled = false;
    $("login-error").hidden = true;
    return;
  }
  showLoginError(`${state.lockMessage} Try again in ${fmtDuration(left)}.`);
}

export async function onLogin(event) {
  event.preventDefault();
  if (state.lockUntil && Date.now() < state.lockUntil) return;
  const username = $("login-username").value.trim();
  const password = $("login-password").value;
  if (!username || !password) {
    showLoginError("Enter your username and password.");
    (username ? $("login-password") : $("login-username")).focus();
    return;
  }
  const submit = $("login-submit");
  submit.disabled = true;
  $("login-error").hidden = true;
  try {
    const me = await api("login", { method: "POST", body: { username, password }, allow401: true });
    $("login-password").value = "";
    // The answer's token is not kept: the HttpOnly cookie carries the session.
    startSession({ username: me.username, role: me.role, airports: me.airports, expires_at: me.expires_at });
  } catch (error) {
    $("login-password").value = "";
    if (error.status === 429) {
      const retry = error.data && Number(error.data.retry_after_seconds);
      lockout(retry, error.message);
    } else if (error.status === 401) {
      showLoginError(error.message || "Unknown username or wrong password.");
    } else {
      showLoginError(error.message);
    }
    $("login-password").focus();
  } finally {
    if (!state.lockUntil) submit.disabled = false;
  }
}
