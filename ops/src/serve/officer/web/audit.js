// The audit log, for supervisors and administrators: the audit view with its filters, and the
// audit card of an alert.

import { api } from "./api.js";
import { $, el } from "./dom.js";
import { asArray, fmtUtc, isObject, show } from "./format.js";
import { showView } from "./router.js";
import { isAdmin } from "./state.js";
import { card } from "./widgets.js";

export function openAudit() {
  showView("audit");
  loadAudit();
}

export async function loadAudit(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams();
  const actor = $("audit-actor").value.trim();
  const alert = $("audit-alert").value.trim();
  if (actor) params.set("actor", actor);
  if (alert) params.set("alert", alert);
  params.set("limit", $("audit-limit").value);
  const result = $("audit-result");
  result.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
  try {
    const data = await api(`audit?${params}`);
    const records = asArray(data && data.records);
    result.replaceChildren(el("p", { class: "muted", text: `${records.length} ${records.length === 1 ? "record" : "records"}` }), auditTable(records, true));
  } catch (error) {
    if (error.status !== 401) result.replaceChildren(el("p", { class: "error", text: error.message }));
  }
}

/** Supervisors: the audit records of this alert (who viewed it, who did what). */
export function auditCard(id) {
  const body = el("div", { testid: "alert-audit" }, el("p", { class: "muted", text: "Loading…" }));
  const section = card("Audit history", "alert-audit-card", body);
  api(`audit?${new URLSearchParams({ alert: id, limit: "100" })}`)
    .then((data) => body.replaceChildren(auditTable(asArray(data && data.records), false)))
    .catch((error) => {
      if (error.status !== 401) body.replaceChildren(el("p", { class: "muted", text: `Not available: ${error.message}` }));
    });
  return section;
}

function auditTable(records, withAlert) {
  if (!records.length) return el("p", { class: "muted", text: "No record." });
  const columns = ["When", "User", "Role", "Action", "Outcome", "Reason"];
  if (withAlert) columns.splice(4, 0, "Alert", "Airport");
  return el(
    "div",
    { class: "table-scroll" },
    el(
      "table",
      { class: "small-table audit-table", testid: "audit-table" },
      el("thead", null, el("tr", null, columns.map((c) => el("th", { scope: "col", text: c })))),
      el(
        "tbody",
        null,
        records.filter(isObject).map((r) =>
          el(
            "tr",
            { testid: "audit-row", data: { action: show(r.action) } },
            el("td", { class: "nowrap", text: fmtUtc(r.at) }),
            el("td", { text: show(r.actor) }),
            el("td", { text: show(r.role) }),
            el("td", { text: show(r.action) }),
            withAlert
              ? el(
                  "td",
                  { class: "mono" },
                  r.alert_id && !isAdmin()
                    ? el("a", { href: `#/alerts/${encodeURIComponent(r.alert_id)}`, text: String(r.alert_id).slice(0, 12) })
                    : show(r.alert_id ? String(r.alert_id).slice(0, 12) : null),
                )
              : null,
            withAlert ? el("td", { text: show(r.airport) }) : null,
            el("td", { text: show(r.outcome) }),
            el("td", { text: show(r.reason) }),
          ),
        ),
      ),
    ),
  );
}
