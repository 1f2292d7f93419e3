// The detail view of an alert: its head, the toolbar of the actions open to the officer, and
// the cards of evidence, reasons, triage, flight, rules, source message and audit.

import { openAction } from "./action-dialog.js";
import { ACTIONS } from "./actions.js";
import { alertPath, api } from "./api.js";
import { auditCard } from "./audit.js";
import { countdownNode } from "./countdown.js";
import { flightCard, rulesCard, sourceCard, triageCard, whyCard } from "./detail-cards.js";
import { $, announce, el } from "./dom.js";
import { evidenceCard } from "./evidence.js";
import { asArray, isObject, known, show, travellerName } from "./format.js";
import { refreshQueue } from "./queue.js";
import { backToQueue, showView } from "./router.js";
import { canAudit, state } from "./state.js";
import { SEVERITIES, directiveNode, severityBadge, statusBadge } from "./widgets.js";

export function openDetail(id) {
  const same = state.detailId === id && state.detail;
  state.detailId = id;
  state.selectedId = id;
  showView("detail");
  if (!same) {
    state.detail = null;
    $("detail-view").replaceChildren(
      detailBar(null),
      el("p", { class: "muted loading", text: "Loading the alert…" }),
    );
  }
  loadDetail(id, { focus: true });
  if (!state.alerts.length) refreshQueue();
}

export async function loadDetail(id, { focus = false, quiet = false } = {}) {
  const seq = ++state.detailSeq;
  let data;
  try {
    data = await api(alertPath(id));
  } catch (error) {
    if (seq !== state.detailSeq || error.status === 401) return;
    if (quiet && state.detail) {
      announce(`Could not refresh the alert: ${error.message}`, "error");
      return;
    }
    state.detail = null;
    $("detail-view").replaceChildren(
      detailBar(null),
      el(
        "div",
        { class: "card" },
        el("h1", { id: "detail-title", tabIndex: -1, text: error.status === 404 ? "Alert not available" : "Could not load the alert" }),
        el("p", {
          class: "error",
          testid: "detail-error",
          text: error.status === 404 ? "This alert does not exist or is not one of your airports' (it may have been removed after its retention period)." : error.message,
        }),
      ),
    );
    if (focus) $("detail-title").focus();
    return;
  }
  if (seq !== state.detailSeq || state.detailId !== id || state.view !== "detail") return;
  state.detail = isObject(data) ? data : {};
  renderDetail(focus);
  if (state.pendingAction) {
    const action = state.pendingAction;
    state.pendingAction = null;
    openAction(action);
  }
}

function detailBar(detail) {
  const index = state.alerts.findIndex((a) => a.id === state.detailId);
  return el(
    "div",
    { class: "detail-bar" },
    el("button", { type: "button", class: "link-button", testid: "detail-back", on: { click: backToQueue } }, "← Queue ", el("kbd", { text: "Esc" })),
    state.alerts.length && index >= 0
      ? el("span", { class: "muted small", text: `Alert ${index + 1} of ${state.alerts.length} · j / k for the next / previous` })
      : null,
    detail ? el("span", { class: "muted small detail-id", text: `id ${show(detail.summary && detail.summary.id)}` }) : null,
  );
}

export function renderDetail(focus) {
  const detail = state.detail;
  const summary = isObject(detail.summary) ? detail.summary : {};
  const alert = isObject(detail.alert) ? detail.alert : {};
  const evidence = isObject(detail.evidence) ? detail.evidence : {};
  const triage = isObject(detail.triage) ? detail.triage : {};
  const allowed = new Set(asArray(detail.allowed_actions));
  const flight = isObject(summary.flight) ? summary.flight : {};
  const status = triage.status || summary.status;
  const view = $("detail-view");
  const scrollTop = focus ? 0 : window.scrollY;
  const sev = known(summary.severity, SEVERITIES, "unknown");
  view.className = `detail sev-${sev}`;

  const head = el(
    "header",
    { class: "detail-head" },
    el("h1", { id: "detail-title", tabIndex: -1, testid: "detail-title", text: travellerName(summary.traveller || alert.traveller) }),
    el(
      "div",
      { class: "detail-meta" },
      severityBadge(summary.severity, "detail-severity"),
      statusBadge(status, "detail-status"),
      directiveNode(triage.directive_override ? triage.directive_override.directive : summary.directive),
      el("span", { class: "detail-flight" }, `${show(flight.designator)} ${show(flight.departure_airport)} → ${show(summary.arrival_airport)}`),
      countdownNode({ ...summary, status }, "detail-countdown"),
      summary.late ? el("span", { class: "flag", text: "generated after arrival" }) : null,
      triage.suppressed ? el("span", { class: "flag", text: "pair suppressed" }) : null,
    ),
  );

  const toolbar = el(
    "div",
    { class: "actions", attrs: { role: "toolbar", "aria-label": "Actions on this alert" }, testid: "detail-actions" },
    Object.entries(ACTIONS)
      .filter(([name]) => allowed.has(name))
      .map(([name, action]) =>
        el(
          "button",
          {
            type: "button",
            class: `action action-${name}${name === "dismiss" || name === "confirm" ? " primary-ish" : ""}`,
            testid: `action-${name.replace(/_/g, "-")}`,
            attrs: { "aria-keyshortcuts": action.key || null },
            on: { click: (event) => openAction(name, event.currentTarget) },
          },
          action.label,
          action.key ? [" ", el("kbd", { text: action.key })] : null,
        ),
      ),
    allowed.size === 0 ? el("span", { class: "muted", text: "No action open to you on this alert." }) : null,
  );

  view.replaceChildren(
    detailBar(detail),
    head,
    toolbar,
    el(
      "div",
      { class: "detail-grid" },
      evidenceCard(summary, alert, evidence),
      whyCard(summary, alert, evidence),
      triageCard(triage, status),
      flightCard(summary, alert, triage),
      rulesCard(summary, alert),
      sourceCard(alert, detail.excerpt),
      canAudit() ? auditCard(summary.id || state.detailId) : null,
    ),
  );
  if (focus) {
    window.scrollTo(0, 0);
    $("detail-title").focus({ preventScroll: true });
  } else {
    window.scrollTo(0, scrollTop);
  }
}
