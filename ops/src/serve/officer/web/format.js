// Values as text: placeholders for nothing, dates and times, durations, names and scores.

/** Text of a value for display; "—" for nothing. */
export function show(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
export const asArray = (value) => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);
export const pad = (n) => String(n).padStart(2, "0");
export const known = (value, list, fallback) => (list.includes(value) ? value : fallback);
export const capitalise = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** "2026-12-01T14:00:00Z" → "2026-12-01 14:00 UTC". */
export function fmtUtc(iso) {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "2026-12-01T14:30:00" (local time as sent) → "2026-12-01 14:30". */
export function fmtLocal(naive) {
  if (!naive) return "—";
  const text = String(naive);
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
  return match ? `${match[1]} ${match[2]}` : text;
}

/** "14:30" of a local date-time as sent, or "". */
export function localTime(naive) {
  const match = /T(\d{2}:\d{2})/.exec(String(naive || ""));
  return match ? match[1] : "";
}

/** A duration, precise to the second under a day: "1 h 23 min 05 s". */
export function fmtDuration(ms) {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days} d ${hours} h ${pad(minutes)} min`;
  if (hours > 0) return `${hours} h ${pad(minutes)} min ${pad(seconds)} s`;
  if (minutes > 0) return `${minutes} min ${pad(seconds)} s`;
  return `${seconds} s`;
}

/** A duration in the past, to the minute: "5 min", "2 h 05 min", "3 d 4 h". */
export function fmtAgo(ms) {
  const total = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${pad(minutes)} min`;
  return `${minutes} min`;
}

export function travellerName(traveller) {
  if (!isObject(traveller)) return "—";
  const surname = traveller.surname || "";
  const given = traveller.given_names || "";
  if (surname && given) return `${surname}, ${given}`;
  return surname || given || "—";
}

export function scoreText(score) {
  return typeof score === "number" ? `${Math.round(score * 100)} %` : null;
}
