// The alert queue of the officer's airports: filters, rows with live countdowns, newly arrived
// alerts marked, and the selected row.

import { api } from "./api.js";
import { countdownNode } from "./countdown.js";
import { loadDetail } from "./detail.js";
import { $, announce, el } from "./dom.js";
import { asArray, fmtLocal, isObject, known, localTime, pad, scoreText, show, travellerName } from "./format.js";
import { navigateToAlert, showView } from "./router.js";
import { isAdmin, state } from "./state.js";
import { SEVERITIES, STATUSES, directiveNode, severityBadge, statusBadge } from "./widgets.js";

const NEW_MARK_MS = 60000;

export function openQueue() {
  const from = state.view;
  showView("queue");
  if (from === "detail" || from === "queue") {
    renderQueue();
    markSelected(true);
  } else {
    renderQueue();
  }
  refreshQueue();
}

function queueParams() {
  const params = new URLSearchParams();
  const airport = $("filter-airport").value;
  const severity = $("filter-severity").value;
  const status = $("filter-status").value;
  const flight = $("filter-flight").value.trim().toUpperCase().replace(/\s+/g, "");
  if (airport) params.set("airport", airport);
  if (severity) params.set("severity", severity);
  if (status) params.set("status", status);
  if (flight) params.set("flight", flight);
  params.set("limit", "200");
  return params;
}

export async function refreshQueue() {
  if (!state.me || isAdmin()) return;
  const seq = ++state.queueSeq;
  const sent = Date.now();
  let data;
  try {
    data = await api(`alerts?${queueParams()}`);
  } catch (error) {
    if (seq !== state.queueSeq || error.status === 401) return;
    announce(`Could not load the queue: ${error.message}`, "error");
    return;
  }
  if (seq !== state.queueSeq || !state.me) return;
  const received = Date.now();
  const serverAt = Date.parse((data && data.now) || "");
  if (!Number.isNaN(serverAt)) state.clockOffset = serverAt - (sent + received) / 2;
  const alerts = data && Array.isArray(data.alerts) ? data.alerts.filter(isObject) : [];
  if (state.knownIds) {
    for (const alert of alerts) {
      if (!state.knownIds.has(alert.id)) state.fresh.set(alert.id, Date.now() + NEW_MARK_MS);
    }
  }
  state.knownIds = new Set(alerts.map((a) => a.id));
  state.alerts = alerts;
  state.lastUpdated = new Date();
  renderQueue();
  // The open alert changed in the queue (another officer acted, a manifest revised it)?
  if (state.view === "detail" && state.detail && state.detailId) {
    const summary = alerts.find((a) => a.id === state.detailId);
    const shown = state.detail.summary || {};
    if (
      summary &&
      (summary.status !== shown.status || summary.severity !== shown.severity || summary.directive !== shown.directive)
    ) {
      if ($("action-dialog").open) state.pendingDetailRefresh = true;
      else loadDetail(state.detailId, { quiet: true });
    }
  }
}

function renderQueue() {
  const body = $("queue-body");
  const now = Date.now();
  for (const [id, until] of state.fresh) if (until < now) state.fresh.delete(id);
  const focusInTable = body.contains(document.activeElement);
  body.replaceChildren(...state.alerts.map(queueRow));
  const count = state.alerts.length;
  $("queue-empty").hidden = count > 0;
  $("queue-table").classList.toggle("is-empty", count === 0);
  $("queue-count").textContent = `${count} ${count === 1 ? "alert" : "alerts"}${count >= 200 ? " (first 200)" : ""}`;
  $("queue-updated").textContent = state.lastUpdated
    ? `· updated ${pad(state.lastUpdated.getHours())}:${pad(state.lastUpdated.getMinutes())}:${pad(state.lastUpdated.getSeconds())}`
    : "";
  if (!state.alerts.some((a) => a.id === state.selectedId)) {
    state.selectedId = count ? state.alerts[0].id : null;
  }
  // After sign-in, the first row takes the focus (unless the officer went elsewhere).
  const idle = document.activeElement === document.body || document.activeElement === $("main");
  const focusFirst = state.focusOnLoad && state.view === "queue" && count > 0 && idle;
  if (focusFirst) state.focusOnLoad = false;
  markSelected((focusInTable || focusFirst) && state.view === "queue");
  if (state.me && !isAdmin()) {
    document.title = `${count ? `(${count}) ` : ""}paxscreen · officers`;
  }
}

function queueRow(alert) {
  const sev = known(alert.severity, SEVERITIES, "unknown");
  const status = known(alert.status, STATUSES, "unknown");
  const flight = isObject(alert.flight) ? alert.flight : {};
  const traveller = isObject(alert.traveller) ? alert.traveller : {};
  const isNew = state.fresh.has(alert.id);
  const hitBits = [alert.kind, alert.list].filter(Boolean).join(" · ");
  const details = [traveller.date_of_birth, traveller.nationality].filter(Boolean).join(" · ");
  const row = el(
    "tr",
    {
      class: `row sev-${sev} status-row-${status}${isNew ? " is-new" : ""}`,
      testid: "queue-row",
      tabIndex: -1,
      data: { alertId: alert.id, severity: show(alert.severity), status: show(alert.status) },
      on: {
        click: () => {
          select(alert.id, false);
          navigateToAlert(alert.id);
        },
      },
    },
    el(
      "td",
      { class: "cell-landing" },
      countdownNode(alert),
      el("div", { class: "small muted" }, alert.scheduled_arrival ? `${fmtLocal(alert.scheduled_arrival)} local` : ""),
    ),
    el(
      "td",
      { class: "cell-flight" },
      el("strong", { text: show(flight.designator) }),
      el("div", { class: "small muted" }, flight.departure_airport ? `from ${flight.departure_airport}` : "", flight.scheduled_departure ? ` · dep ${localTime(flight.scheduled_departure)}` : ""),
    ),
    el("td", { class: "cell-airport", text: show(alert.arrival_airport) }),
    el(
      "td",
      { class: "cell-traveller" },
      el("span", { class: "traveller-name", testid: "queue-traveller", text: travellerName(traveller) }),
      details ? el("div", { class: "small muted", text: details }) : null,
    ),
    el("td", { class: "cell-severity" }, severityBadge(alert.severity)),
    el(
      "td",
      { class: "cell-hit" },
      el("span", { text: hitBits || show(null) }),
      scoreText(alert.score) ? el("div", { class: "small muted", text: `score ${scoreText(alert.score)}` }) : null,
      !alert.kind && asArray(alert.rules).length ? el("div", { class: "small muted", text: asArray(alert.rules).join(", ") }) : null,
    ),
    el("td", { class: "cell-directive" }, directiveNode(alert.directive)),
    el(
      "td",
      { class: "cell-status" },
      statusBadge(alert.status),
      isNew ? el("span", { class: "new-badge", text: "new" }) : null,
      alert.late ? el("span", { class: "flag", title: "Generated after the scheduled arrival", text: "late" }) : null,
    ),
  );
  return row;
}

function markSelected(focus) {
  for (const row of $("queue-body").rows) {
    const on = row.dataset.alertId === state.selectedId;
    row.classList.toggle("selected", on);
    if (on) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
    row.tabIndex = on ? 0 : -1;
    if (on && focus) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: "nearest" });
    }
  }
}

function select(id, focus = true) {
  state.selectedId = id;
  markSelected(focus);
}

export function moveSelection(delta) {
  if (!state.alerts.length) return;
  const index = state.alerts.findIndex((a) => a.id === state.selectedId);
  const next = index < 0 ? 0 : Math.max(0, Math.min(state.alerts.length - 1, index + delta));
  select(state.alerts[next].id, true);
}
