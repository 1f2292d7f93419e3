// The officer's session on the page: checked at start-up, started on sign-in, ended on sign-out,
// on expiry or when the API answers 401. The session lives in an HttpOnly cookie; the page never
// sees or stores the token.

import { api } from "./api.js";
import { $, el } from "./dom.js";
import { asArray, show } from "./format.js";
import { setLive, startLiveUpdates, stopLiveUpdates } from "./live.js";
import { showLogin } from "./login.js";
import { route, showView } from "./router.js";
import { canAudit, isAdmin, serverNow, state } from "./state.js";

export function startSession(me) {
  state.me = {
    username: show(me.username),
    role: me.role || "officer",
    airports: asArray(me.airports).map(String),
    expires_at: me.expires_at || null,
  };
  $("who-user").textContent = state.me.username;
  $("who-role").textContent = state.me.role;
  $("who-airports").textContent = state.me.airports.length ? state.me.airports.join(" · ") : "no airport";
  $("nav-queue").hidden = isAdmin();
  $("nav-audit").hidden = !canAudit();
  $("nav-accounts").hidden = !isAdmin();
  const airport = $("filter-airport");
  airport.replaceChildren(
    el("option", { value: "", text: state.me.airports.length > 1 ? "All my airports" : "All" }),
    state.me.airports.map((code) => el("option", { value: code, text: code })),
  );
  state.alerts = [];
  state.knownIds = null;
  state.selectedId = null;
  clearTimeout(state.expiryTimer);
  const expires = Date.parse(state.me.expires_at || "");
  if (!Number.isNaN(expires)) {
    const wait = expires - serverNow() + 1000;
    // Beyond setTimeout's range, the next API call finds out.
    if (wait > 0 && wait < 2 ** 31 - 1) {
      state.expiryTimer = setTimeout(() => api("me").catch(() => {}), wait);
    }
  }
  $("live").hidden = isAdmin();
  if (!isAdmin()) startLiveUpdates();
  showView(isAdmin() ? "accounts" : "queue");
  state.focusOnLoad = true;
  route();
  $("main").focus({ preventScroll: true });
}

export function endSession(notice) {
  if (!state.me) return;
  state.me = null;
  stopLiveUpdates();
  clearTimeout(state.expiryTimer);
  for (const dialog of document.querySelectorAll("dialog[open]")) dialog.close();
  // Personal data leave the page with the session.
  state.alerts = [];
  state.detail = null;
  state.detailId = null;
  state.selectedId = null;
  state.knownIds = null;
  $("queue-body").replaceChildren();
  $("detail-view").replaceChildren();
  $("audit-result").replaceChildren();
  $("accounts-result").replaceChildren();
  document.title = "paxscreen · officers";
  $("login-username").value = "";
  $("status").textContent = "";
  setLive("connecting");
  history.replaceState(null, "", location.pathname + location.search);
  showLogin(notice);
}

export async function onLogout() {
  try {
    await api("logout", { method: "POST", body: {}, allow401: true });
  } catch {
    // Signed out on the page all the same; the cookie expires on the server.
  }
  endSession("You are signed out.");
}

export async function boot() {
  try {
    const me = await api("me", { allow401: true });
    startSession(me);
  } catch (error) {
    if (error.status === 401) {
      showLogin();
    } else {
      showView("boot");
      $("boot-view").replaceChildren(
        el("p", { class: "error", text: `The officers' service is not available: ${error.message}` }),
        el("button", { type: "button", text: "Try again", on: { click: boot } }),
      );
    }
  }
}
