// Building blocks of the views: severity, status and directive badges, key/value lists, any
// JSON value shown readably, and cards.

import { el } from "./dom.js";
import { capitalise, isObject, known, show } from "./format.js";

export const SEVERITIES = ["low", "medium", "high", "critical"];
const SEVERITY_GLYPH = { critical: "◆◆", high: "▲", medium: "●", low: "○" };
export const STATUSES = ["open", "confirmed", "dismissed", "escalated", "withdrawn"];
export const DIRECTIVES = {
  "0Z": "OK to board",
  "1Z": "Do not board",
  "2Z": "Contact government",
  "4Z": "Insufficient data",
};

export function severityBadge(severity, testid) {
  const sev = known(severity, SEVERITIES, "unknown");
  return el(
    "span",
    { class: `sev-badge sev-${sev}`, testid, title: `Severity: ${show(severity)}` },
    el("span", { class: "sev-glyph", attrs: { "aria-hidden": "true" }, text: SEVERITY_GLYPH[sev] || "?" }),
    " ",
    capitalise(show(severity)),
  );
}

export function statusBadge(status, testid) {
  const value = known(status, STATUSES, "unknown");
  return el("span", { class: `status-badge status-${value}`, testid, data: { status: show(status) }, text: show(status) });
}

export function directiveNode(directive) {
  const meaning = DIRECTIVES[directive];
  return el(
    "span",
    { class: `directive directive-${known(directive, Object.keys(DIRECTIVES), "unknown")}`, title: meaning || "" },
    el("span", { class: "directive-code", text: show(directive) }),
    meaning ? el("span", { class: "directive-meaning", text: ` ${meaning}` }) : null,
  );
}

/** Any JSON value, readably: lists as lists, objects as key/value pairs. */
export function valueNode(value, depth = 0) {
  if (value === null || value === undefined || value === "") return el("span", { class: "muted", text: "—" });
  if (Array.isArray(value)) {
    if (!value.length) return el("span", { class: "muted", text: "none" });
    if (value.every((v) => !isObject(v) && !Array.isArray(v))) return document.createTextNode(value.map(show).join(", "));
    return el("ul", { class: "plain" }, value.map((v) => el("li", null, valueNode(v, depth + 1))));
  }
  if (isObject(value)) {
    if (depth > 4) return document.createTextNode(JSON.stringify(value));
    return el(
      "dl",
      { class: "kv" },
      Object.entries(value).map(([k, v]) => [el("dt", { text: k.replace(/_/g, " ") }), el("dd", null, valueNode(v, depth + 1))]),
    );
  }
  if (typeof value === "number") return document.createTextNode(Number.isInteger(value) ? String(value) : value.toFixed(3));
  return document.createTextNode(String(value));
}

/** A key/value list of known fields; `rows`: [label, node or text]. */
export function facts(rows, testid) {
  return el(
    "dl",
    { class: "facts", testid },
    rows.filter(Boolean).map(([label, value]) => [
      el("dt", { text: label }),
      el("dd", null, value instanceof Node ? value : show(value)),
    ]),
  );
}

export function card(title, testid, ...children) {
  return el("section", { class: "card", testid }, el("h2", { text: title }), children);
}
