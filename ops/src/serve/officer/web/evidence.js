// The evidence card of an alert: the traveller as sent by the carrier, as normalised, and the
// listed entry, side by side, with what matched marked.

import { el } from "./dom.js";
import { asArray, isObject, show, travellerName } from "./format.js";
import { card, valueNode } from "./widgets.js";

/** Names, dates of birth, nationalities and documents: as sent, normalised, listed. */
export function evidenceCard(summary, alert, evidence) {
  const sent = isObject(evidence.traveller_as_sent) ? evidence.traveller_as_sent : {};
  const normalised = isObject(evidence.traveller_normalised) ? evidence.traveller_normalised : isObject(alert.traveller) ? alert.traveller : {};
  const entry = isObject(evidence.entry) ? evidence.entry : null;
  const matched = evidence.matched_name || (isObject(alert.hit) ? alert.hit.matched_name : null);
  const norm = (s) => String(s || "").toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim();

  const entryNames = entry
    ? el(
        "ul",
        { class: "plain", testid: "evidence-entry-names" },
        asArray(entry.names).map((name, i) =>
          el(
            "li",
            { class: matched && norm(name) === norm(matched) ? "match" : null },
            String(name),
            i === 0 ? el("span", { class: "muted small", text: " (primary)" }) : el("span", { class: "muted small", text: " (alias)" }),
            matched && norm(name) === norm(matched) ? el("span", { class: "match-mark", text: " ✓ matched" }) : null,
          ),
        ),
      )
    : null;

  const dob = normalised.date_of_birth || sent.date_of_birth;
  const nationality = normalised.nationality || sent.nationality;
  const gender = normalised.gender || sent.gender;
  const listValues = (values, same) =>
    el(
      "ul",
      { class: "plain" },
      asArray(values).length
        ? asArray(values).map((v) => {
            const match = same(v);
            return el("li", { class: match ? "match" : null }, show(v), match ? el("span", { class: "match-mark", text: " ✓ same" }) : null);
          })
        : el("li", { class: "muted", text: "—" }),
    );
  const documents = (docs) =>
    asArray(docs).length
      ? el("ul", { class: "plain docs" }, asArray(docs).map((d) => el("li", { text: fmtDocument(d) })))
      : el("span", { class: "muted", text: "—" });

  const row = (label, a, b, c) =>
    el(
      "tr",
      null,
      el("th", { scope: "row", text: label }),
      el("td", null, a instanceof Node ? a : show(a)),
      el("td", null, b instanceof Node ? b : show(b)),
      el("td", null, c instanceof Node ? c : show(c)),
    );

  const table = el(
    "table",
    { class: "evidence-table", testid: "evidence" },
    el(
      "thead",
      null,
      el(
        "tr",
        null,
        el("td"),
        el("th", { scope: "col", text: "As sent by the carrier" }),
        el("th", { scope: "col", text: "Normalised" }),
        el(
          "th",
          { scope: "col" },
          entry ? `Listed entry · ${show(entry.list)} ${show(entry.id)}` : "Listed entry",
          entry && entry.category ? el("div", { class: "small muted", text: `category ${entry.category}` }) : null,
        ),
      ),
    ),
    el(
      "tbody",
      null,
      row("Name", travellerName(sent), travellerName(normalised), entry ? entryNames : noEntry(alert)),
      row("Date of birth", sent.date_of_birth, normalised.date_of_birth, entry ? listValues(entry.dates_of_birth, (v) => dob && (String(dob) === String(v) || String(dob).startsWith(`${v}-`))) : null),
      row("Nationality", sent.nationality, normalised.nationality, entry ? listValues(entry.nationalities, (v) => nationality && String(v).toUpperCase() === String(nationality).toUpperCase()) : null),
      row("Gender", sent.gender, normalised.gender, entry ? listValues(entry.gender ? [entry.gender] : entry.genders, (v) => gender && String(v).toUpperCase() === String(gender).toUpperCase()) : null),
      row("Documents", documents(sent.documents), documents(normalised.documents), entry ? documents(entry.documents) : null),
    ),
  );
  const extra = Object.entries(sent).filter(([k]) => !["surname", "given_names", "date_of_birth", "nationality", "gender", "documents"].includes(k));
  return card(
    "Evidence",
    "evidence-card",
    el("div", { class: "table-scroll" }, table),
    extra.length ? el("details", null, el("summary", { text: "Other fields as sent" }), valueNode(Object.fromEntries(extra))) : null,
  );
}

function noEntry(alert) {
  const hit = isObject(alert.hit) ? alert.hit : null;
  if (hit && hit.kind === "document") return el("span", { class: "muted", text: `Listed document ${show(hit.entry_id)} (${show(hit.list)})` });
  return el("span", { class: "muted", text: hit ? "Entry no longer on the list" : "No list entry: raised by targeting rules" });
}

function fmtDocument(doc) {
  if (!isObject(doc)) return show(doc);
  const take = (...keys) => {
    for (const key of keys) if (doc[key] !== undefined && doc[key] !== null && doc[key] !== "") return doc[key];
    return null;
  };
  const used = new Set(["kind", "type", "document_type", "number", "document_number", "issuing_country", "country", "document_country", "expiry", "expires", "expiry_date", "status"]);
  const parts = [
    take("kind", "type", "document_type"),
    take("number", "document_number"),
    take("issuing_country", "country", "document_country"),
  ].filter((v) => v !== null);
  const expiry = take("expiry", "expires", "expiry_date");
  if (expiry) parts.push(`expires ${expiry}`);
  const status = take("status");
  if (status) parts.push(String(status));
  for (const [key, value] of Object.entries(doc)) {
    if (!used.has(key) && value !== null && value !== undefined && value !== "") parts.push(`${key.replace(/_/g, " ")} ${show(value)}`);
  }
  return parts.map(show).join(" · ") || "—";
}
