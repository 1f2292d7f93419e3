// Which view is shown, and the address (`#/queue`, `#/alerts/ID`, `#/audit`, `#/accounts`)
// that picks it.

import { openAccounts } from "./accounts.js";
import { openAudit } from "./audit.js";
import { openDetail } from "./detail.js";
import { $ } from "./dom.js";
import { openQueue } from "./queue.js";
import { canAudit, isAdmin, state } from "./state.js";

const VIEWS = ["boot", "login", "queue", "detail", "audit", "accounts"];

export function showView(name) {
  state.view = name;
  for (const view of VIEWS) $(`${view}-view`).hidden = view !== name;
  $("topbar").hidden = !state.me;
  for (const [link, views] of [
    ["nav-queue", ["queue", "detail"]],
    ["nav-audit", ["audit"]],
    ["nav-accounts", ["accounts"]],
  ]) {
    if (views.includes(name)) $(link).setAttribute("aria-current", "page");
    else $(link).removeAttribute("aria-current");
  }
}

export function route() {
  if (!state.me) return;
  const hash = location.hash;
  const match = /^#\/alerts\/(.+)$/.exec(hash);
  if (match && !isAdmin()) {
    let id;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      id = match[1];
    }
    openDetail(id);
  } else if (hash === "#/audit" && canAudit()) {
    openAudit();
  } else if (isAdmin()) {
    if (hash !== "#/accounts") history.replaceState(null, "", "#/accounts");
    openAccounts();
  } else {
    if (hash && hash !== "#/queue") history.replaceState(null, "", "#/queue");
    openQueue();
  }
}

export function navigateToAlert(id) {
  const hash = `#/alerts/${encodeURIComponent(id)}`;
  if (location.hash === hash) route();
  else location.hash = hash;
}

export function backToQueue() {
  location.hash = "#/queue";
}
