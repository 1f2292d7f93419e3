// paxscreen officers' page: sign-in, the alert queue of the officer's airports with live
// countdowns, the alert detail with the evidence side by side, and the triage actions.
//
// Plain JavaScript modules for current browsers, no dependencies, no build step; this one
// wires the page up and starts it. Data from the API are only ever written as text
// (textContent, attributes, form values): never parsed as markup. The session lives in an
// HttpOnly cookie; the page never sees or stores the token.

import { closeDialog, onDialogClose, submitAction } from "./action-dialog.js";
import { loadAudit } from "./audit.js";
import { updateCountdowns } from "./countdown.js";
import { $, announce } from "./dom.js";
import { onLogin, updateLockout } from "./login.js";
import { refreshQueue } from "./queue.js";
import { route } from "./router.js";
import { boot, onLogout } from "./session.js";
import { onKeyDown } from "./shortcuts.js";
import { state } from "./state.js";

/** Wires the page up, then checks the session. */
function init() {
  $("login-form").addEventListener("submit", onLogin);
  $("logout").addEventListener("click", onLogout);
  $("help-button").addEventListener("click", () => $("help-dialog").showModal());
  $("refresh").addEventListener("click", () => refreshQueue().then(() => announce("Queue refreshed.")));
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    refreshQueue();
  });
  for (const id of ["filter-airport", "filter-severity", "filter-status"]) {
    $(id).addEventListener("change", () => {
      state.knownIds = null;
      refreshQueue();
    });
  }
  let typing = null;
  $("filter-flight").addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.knownIds = null;
      refreshQueue();
    }, 350);
  });
  $("audit-filters").addEventListener("submit", loadAudit);
  $("dialog-form").addEventListener("submit", submitAction);
  $("dialog-cancel").addEventListener("click", closeDialog);
  $("action-dialog").addEventListener("close", onDialogClose);
  document.addEventListener("keydown", onKeyDown);
  window.addEventListener("hashchange", route);
  setInterval(tick, 1000);
  boot();
}

/** Every second: the countdowns, and the sign-in lockout's. */
function tick() {
  updateCountdowns();
  if (state.lockUntil) updateLockout();
}

init();
