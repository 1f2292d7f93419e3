// The other cards of an alert's detail: why it matched, the targeting rules fired, the flight,
// the source message and the triage history and notes.

import { el } from "./dom.js";
import { asArray, fmtLocal, fmtUtc, isObject, scoreText, show } from "./format.js";
import { card, directiveNode, facts, severityBadge, statusBadge, valueNode } from "./widgets.js";

export function whyCard(summary, alert, evidence) {
  const hit = isObject(alert.hit) ? alert.hit : {};
  const score = typeof evidence.score === "number" ? evidence.score : typeof summary.score === "number" ? summary.score : typeof hit.score === "number" ? hit.score : null;
  const reasons = asArray(evidence.reasons && evidence.reasons.length ? evidence.reasons : hit.reasons);
  return card(
    "Why it matched",
    "why-card",
    facts([
      ["Kind", summary.kind || hit.kind],
      ["List", summary.list || hit.list],
      hit.category ? ["Category", hit.category] : null,
      [
        "Score",
        score === null
          ? "—"
          : el(
              "span",
              { class: "score" },
              el("meter", { min: 0, max: 1, low: 0.5, high: 0.85, optimum: 0, value: score, attrs: { "aria-label": "score" } }),
              ` ${scoreText(score)}`,
            ),
      ],
      ["Matched name", evidence.matched_name || hit.matched_name],
    ]),
    el("h3", { text: "Reasons" }),
    reasons.length
      ? el("ul", { class: "reasons", testid: "reasons" }, reasons.map(reasonNode))
      : el("p", { class: "muted", text: "No reason given." }),
  );
}

function reasonNode(reason) {
  if (!isObject(reason)) return el("li", null, show(reason));
  const code = reason.code || reason.kind || reason.rule || null;
  const detail = reason.detail || reason.description || reason.text || null;
  const effect = typeof reason.effect === "number" ? reason.effect : null;
  const rest = Object.fromEntries(
    Object.entries(reason).filter(([k]) => !["code", "kind", "rule", "detail", "description", "text", "effect"].includes(k)),
  );
  return el(
    "li",
    { class: "reason" },
    code ? el("span", { class: "reason-code", text: String(code).replace(/_/g, " ") }) : null,
    detail ? el("span", { class: "reason-detail", text: ` ${show(detail)}` }) : null,
    effect !== null
      ? el("span", {
          class: `reason-effect ${effect < 0 ? "negative" : "positive"}`,
          text: ` ${effect.toFixed(2)}`,
        })
      : reason.effect !== undefined
        ? el("span", { class: "reason-effect", text: ` ${show(reason.effect)}` })
        : null,
    Object.keys(rest).length ? valueNode(rest) : null,
  );
}

export function rulesCard(summary, alert) {
  const rules = asArray(alert.rules).length ? asArray(alert.rules) : asArray(summary.rules);
  if (!rules.length) return null;
  return card(
    "Targeting rules fired",
    "rules-card",
    el(
      "table",
      { class: "small-table" },
      el("thead", null, el("tr", null, ["Rule", "Description", "Severity", "Action"].map((h) => el("th", { scope: "col", text: h })))),
      el(
        "tbody",
        null,
        rules.map((rule) =>
          isObject(rule)
            ? el(
                "tr",
                null,
                el("td", { text: show(rule.id) }),
                el("td", { text: show(rule.description) }),
                el("td", null, rule.severity ? severityBadge(rule.severity) : "—"),
                el("td", { text: show(rule.action) }),
              )
            : el("tr", null, el("td", { text: show(rule) }), el("td"), el("td"), el("td")),
        ),
      ),
    ),
  );
}

export function flightCard(summary, alert, triage) {
  const flight = isObject(summary.flight) ? summary.flight : {};
  const full = isObject(alert.flight) ? alert.flight : {};
  const override = isObject(triage.directive_override) ? triage.directive_override : null;
  return card(
    "Flight",
    "flight-card",
    facts([
      ["Flight", flight.designator || [full.carrier, full.number].filter(Boolean).join("")],
      ["From", `${show(flight.departure_airport || full.departure_airport)} · departs ${fmtLocal(flight.scheduled_departure || full.scheduled_departure)} local`],
      ["To", `${show(summary.arrival_airport)} · arrives ${fmtLocal(summary.scheduled_arrival)} local`],
      ["Arrival (UTC)", fmtUtc(summary.arrival_utc)],
      ["Decide by", fmtUtc(summary.deadline)],
      [
        "Directive",
        override
          ? el("span", null, directiveNode(override.directive), ` (was ${show(override.previous)}; overridden by ${show(override.by)} ${fmtUtc(override.at)})`)
          : directiveNode(summary.directive),
      ],
      alert.boarding ? ["Boarding", alert.boarding === "not_boarded" ? "did not board" : alert.boarding] : null,
      alert.boarded_against_directive ? ["Warning", el("strong", { class: "error", text: "boarded against the directive" })] : null,
    ]),
  );
}

export function sourceCard(alert, excerpt) {
  const source = isObject(alert.source) ? alert.source : {};
  const ex = isObject(excerpt) ? excerpt : null;
  return card(
    "Source message",
    "source-card",
    facts([
      ["Received by", source.kind],
      ["Reference", (ex && ex.reference) || source.reference],
      ["Message", (ex && ex.message_ref) || source.message_ref],
      source.change_code ? ["Change code", source.change_code] : null,
    ]),
    ex && ex.text
      ? el("pre", { class: "excerpt", testid: "excerpt", tabIndex: 0, attrs: { "aria-label": "Excerpt of the message as received" }, text: String(ex.text) })
      : el("p", { class: "muted", testid: "excerpt-missing", text: "No excerpt of the message is kept." }),
  );
}

export function triageCard(triage, status) {
  const history = asArray(triage.history).filter(isObject);
  const notes = asArray(triage.notes).filter(isObject);
  const override = isObject(triage.directive_override) ? triage.directive_override : null;
  return card(
    "Triage",
    "triage-card",
    facts([
      ["Status", statusBadge(status, "triage-status")],
      ["Pair suppressed", triage.suppressed ? "yes" : "no"],
      override ? ["Directive override", `${show(override.directive)} (was ${show(override.previous)}) by ${show(override.by)}, ${fmtUtc(override.at)}: ${show(override.reason)}`] : null,
    ]),
    el("h3", { text: "History" }),
    history.length
      ? el(
          "ol",
          { class: "timeline", testid: "history" },
          history.map((step) =>
            el(
              "li",
              null,
              el("span", { class: "when", text: fmtUtc(step.at) }),
              " ",
              el("strong", { text: show(step.actor) }),
              " ",
              el("span", { class: "what", text: String(step.action || "").replace(/_/g, " ") }),
              step.directive ? ` → ${step.directive}` : "",
              step.reason ? el("div", { class: "reason-text", text: String(step.reason) }) : null,
            ),
          ),
        )
      : el("p", { class: "muted", text: "No action yet." }),
    el("h3", { text: "Notes" }),
    notes.length
      ? el(
          "ul",
          { class: "timeline", testid: "notes" },
          notes.map((note) =>
            el(
              "li",
              null,
              el("span", { class: "when", text: fmtUtc(note.at) }),
              " ",
              el("strong", { text: show(note.actor) }),
              el("div", { class: "note-text", text: show(note.text) }),
            ),
          ),
        )
      : el("p", { class: "muted", text: "No note." }),
  );
}
