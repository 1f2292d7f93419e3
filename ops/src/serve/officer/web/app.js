// paxscreen officers' page: sign-in, the alert queue of the officer's airports with live
// countdowns, the alert detail with the evidence side by side, and the triage actions.
//
// Plain JavaScript for current browsers, no dependencies. Data from the API are only ever
// written as text (textContent, attributes, form values): never parsed as markup. The session
// lives in an HttpOnly cookie; the page never sees or stores the token.
"use strict";

(() => {
  // ---------------------------------------------------------------------------------------
  // Constants

  /** The API, relative to the page (/officer/ → /v1/officer/), so a path prefix still works. */
  const API = new URL("../v1/officer/", document.baseURI).pathname;
  const POLL_MS = 30000;
  const NEW_MARK_MS = 60000;
  const SEVERITIES = ["low", "medium", "high", "critical"];
  const SEVERITY_GLYPH = { critical: "◆◆", high: "▲", medium: "●", low: "○" };
  const STATUSES = ["open", "confirmed", "dismissed", "escalated", "withdrawn"];
  const DIRECTIVES = {
    "0Z": "OK to board",
    "1Z": "Do not board",
    "2Z": "Contact government",
    "4Z": "Insufficient data",
  };
  /** The actions of the detail view, in toolbar order. */
  const ACTIONS = {
    confirm: {
      label: "Confirm",
      key: "c",
      path: "confirm",
      title: "Confirm the match",
      description: "A true match: you act on this traveller.",
      reason: "optional",
      submit: "Confirm",
      done: "Alert confirmed.",
    },
    dismiss: {
      label: "Dismiss",
      key: "d",
      path: "dismiss",
      title: "Dismiss as a false positive",
      description: "Not this person. Say why: the reason goes to the audit log.",
      reason: "required",
      submit: "Dismiss",
      done: "Alert dismissed.",
    },
    escalate: {
      label: "Escalate",
      key: "e",
      path: "escalate",
      title: "Escalate",
      description: "Hand the alert to a supervisor or another service.",
      reason: "required",
      submit: "Escalate",
      done: "Alert escalated.",
    },
    note: {
      label: "Add note",
      key: "n",
      path: "notes",
      title: "Add a note",
      description: "Notes are kept with the alert and seen by the other officers.",
      reason: "required",
      field: "text",
      fieldLabel: "Note",
      submit: "Add note",
      done: "Note added.",
    },
    override_directive: {
      label: "Override directive",
      key: null,
      path: "directive",
      title: "Override the directive",
      description: "The new directive reaches the carrier. Say why.",
      reason: "required",
      directive: true,
      submit: "Send directive",
      done: "Directive overridden.",
    },
    reopen: {
      label: "Reopen",
      key: null,
      path: "reopen",
      title: "Reopen",
      description: "Put the alert back in the queue as open.",
      reason: "required",
      submit: "Reopen",
      done: "Alert reopened.",
    },
  };

  // ---------------------------------------------------------------------------------------
  // State

  const state = {
    me: null,
    view: "boot",
    alerts: [],
    knownIds: null,
    fresh: new Map(),
    selectedId: null,
    clockOffset: 0,
    lastUpdated: null,
    queueSeq: 0,
    detailSeq: 0,
    detailId: null,
    detail: null,
    pendingAction: null,
    pendingDetailRefresh: false,
    dialog: null,
    events: null,
    eventsRetry: 0,
    eventsTimer: null,
    pollTimer: null,
    refreshTimer: null,
    expiryTimer: null,
    lockUntil: 0,
  };

  // ---------------------------------------------------------------------------------------
  // Small helpers

  const $ = (id) => document.getElementById(id);

  /**
   * Builds an element. `props`: class, text, testid, attrs {name: value}, data {key: value},
   * on {event: handler}, and plain properties (tabIndex, type, hidden…). Children: nodes or
   * strings (written as text), null/false skipped, arrays flattened.
   */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key === "testid") node.setAttribute("data-testid", value);
      else if (key === "attrs") {
        for (const [name, v] of Object.entries(value)) {
          if (v !== undefined && v !== null && v !== false) node.setAttribute(name, String(v));
        }
      } else if (key === "data") {
        for (const [name, v] of Object.entries(value)) {
          if (v !== undefined && v !== null) node.dataset[name] = String(v);
        }
      } else if (key === "on") {
        for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
      } else node[key] = value;
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else if (child instanceof Node) node.appendChild(child);
      else node.appendChild(document.createTextNode(String(child)));
    }
  }

  /** Text of a value for display; "—" for nothing. */
  function show(value) {
    if (value === null || value === undefined || value === "") return "—";
    if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const asArray = (value) => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);
  const pad = (n) => String(n).padStart(2, "0");
  const known = (value, list, fallback) => (list.includes(value) ? value : fallback);
  const capitalise = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

  /** "2026-12-01T14:00:00Z" → "2026-12-01 14:00 UTC". */
  function fmtUtc(iso) {
    if (!iso) return "—";
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return String(iso);
    return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  }

  /** "2026-12-01T14:30:00" (local time as sent) → "2026-12-01 14:30". */
  function fmtLocal(naive) {
    if (!naive) return "—";
    const text = String(naive);
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
    return match ? `${match[1]} ${match[2]}` : text;
  }

  /** "14:30" of a local date-time as sent, or "". */
  function localTime(naive) {
    const match = /T(\d{2}:\d{2})/.exec(String(naive || ""));
    return match ? match[1] : "";
  }

  /** The client's clock corrected by the server's `now`. */
  const serverNow = () => Date.now() + state.clockOffset;

  /** A duration, precise to the second under a day: "1 h 23 min 05 s". */
  function fmtDuration(ms) {
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
  function fmtAgo(ms) {
    const total = Math.floor(Math.abs(ms) / 60000);
    const days = Math.floor(total / 1440);
    const hours = Math.floor((total % 1440) / 60);
    const minutes = total % 60;
    if (days > 0) return `${days} d ${hours} h`;
    if (hours > 0) return `${hours} h ${pad(minutes)} min`;
    return `${minutes} min`;
  }

  /** The countdown of an alert: text and whether landed / past the decision deadline. */
  function countdown(arrival, deadline, status) {
    const now = serverNow();
    const undecided = status === "open" || status === "escalated" || !status;
    const deadlineAt = deadline ? Date.parse(deadline) : NaN;
    const pastDeadline = undecided && !Number.isNaN(deadlineAt) && now > deadlineAt;
    const arrivalAt = arrival ? Date.parse(arrival) : NaN;
    if (Number.isNaN(arrivalAt)) return { text: "arrival unknown", landed: false, pastDeadline };
    const left = arrivalAt - now;
    if (left > 0) return { text: `lands in ${fmtDuration(left)}`, landed: false, pastDeadline };
    if (left > -60000) return { text: "landed just now", landed: true, pastDeadline };
    return { text: `landed ${fmtAgo(left)} ago`, landed: true, pastDeadline };
  }

  /** A live countdown element, updated every second by `tick`. */
  function countdownNode(summary, testid) {
    const node = el("span", {
      class: "countdown",
      testid,
      data: {
        arrival: summary.arrival_utc || "",
        deadline: summary.deadline || "",
        status: summary.status || "",
      },
    });
    const flag = el("span", { class: "flag flag-deadline", text: "⚠ decision overdue", hidden: true });
    const wrap = el("span", { class: "countdown-wrap" }, node, flag);
    updateCountdown(node, flag);
    return wrap;
  }

  function updateCountdown(node, flag) {
    const c = countdown(node.dataset.arrival, node.dataset.deadline, node.dataset.status);
    if (node.textContent !== c.text) node.textContent = c.text;
    node.classList.toggle("overdue", c.landed);
    if (flag) {
      flag.hidden = !c.pastDeadline;
      if (c.pastDeadline && node.dataset.deadline) flag.title = `Decision deadline was ${fmtUtc(node.dataset.deadline)}`;
    }
  }

  function tick() {
    for (const node of document.querySelectorAll(".countdown")) {
      updateCountdown(node, node.nextElementSibling);
    }
    if (state.lockUntil) updateLockout();
  }

  function travellerName(traveller) {
    if (!isObject(traveller)) return "—";
    const surname = traveller.surname || "";
    const given = traveller.given_names || "";
    if (surname && given) return `${surname}, ${given}`;
    return surname || given || "—";
  }

  function severityBadge(severity, testid) {
    const sev = known(severity, SEVERITIES, "unknown");
    return el(
      "span",
      { class: `sev-badge sev-${sev}`, testid, title: `Severity: ${show(severity)}` },
      el("span", { class: "sev-glyph", attrs: { "aria-hidden": "true" }, text: SEVERITY_GLYPH[sev] || "?" }),
      " ",
      capitalise(show(severity)),
    );
  }

  function statusBadge(status, testid) {
    const value = known(status, STATUSES, "unknown");
    return el("span", { class: `status-badge status-${value}`, testid, data: { status: show(status) }, text: show(status) });
  }

  function directiveNode(directive) {
    const meaning = DIRECTIVES[directive];
    return el(
      "span",
      { class: `directive directive-${known(directive, Object.keys(DIRECTIVES), "unknown")}`, title: meaning || "" },
      el("span", { class: "directive-code", text: show(directive) }),
      meaning ? el("span", { class: "directive-meaning", text: ` ${meaning}` }) : null,
    );
  }

  function scoreText(score) {
    return typeof score === "number" ? `${Math.round(score * 100)} %` : null;
  }

  /** Any JSON value, readably: lists as lists, objects as key/value pairs. */
  function valueNode(value, depth = 0) {
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
  function facts(rows, testid) {
    return el(
      "dl",
      { class: "facts", testid },
      rows.filter(Boolean).map(([label, value]) => [
        el("dt", { text: label }),
        el("dd", null, value instanceof Node ? value : show(value)),
      ]),
    );
  }

  function announce(message, kind = "info") {
    const status = $("status");
    status.textContent = message;
    status.className = `status status-${kind}`;
    clearTimeout(announce.timer);
    announce.timer = setTimeout(() => {
      status.textContent = "";
      status.className = "status";
    }, kind === "error" ? 12000 : 6000);
  }

  // ---------------------------------------------------------------------------------------
  // API

  class ApiError extends Error {
    constructor(status, message, data) {
      super(message);
      this.status = status;
      this.data = data;
    }
  }

  async function readJson(response) {
    if (response.status === 204) return null;
    const text = await response.text();
    if (!text) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  /**
   * Calls the API with the session cookie; POST bodies are JSON (the server refuses other
   * types). A 401 ends the session on the page unless `allow401`.
   */
  async function api(path, { method = "GET", body, allow401 = false } = {}) {
    const init = {
      method,
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json" },
    };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(API + path, init);
    } catch {
      throw new ApiError(0, "The service cannot be reached.", null);
    }
    const data = await readJson(response);
    if (response.status === 401 && !allow401) {
      endSession("Your session has ended. Sign in again.");
    }
    if (!response.ok) {
      const message = (isObject(data) && data.error) || `The service answered ${response.status}.`;
      throw new ApiError(response.status, message, data);
    }
    return data;
  }

  const alertPath = (id, suffix = "") => `alerts/${encodeURIComponent(id)}${suffix}`;

  // ---------------------------------------------------------------------------------------
  // Views

  const VIEWS = ["boot", "login", "queue", "detail", "audit", "accounts"];

  function showView(name) {
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

  const role = () => (state.me ? state.me.role : null);
  const isAdmin = () => role() === "admin";
  const canAudit = () => role() === "admin" || role() === "supervisor";

  function route() {
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

  // ---------------------------------------------------------------------------------------
  // Sign-in and session

  function showLogin(notice) {
    showView("login");
    const noticeNode = $("login-notice");
    noticeNode.hidden = !notice;
    noticeNode.textContent = notice || "";
    $("login-error").hidden = true;
    $("login-password").value = "";
    $("login-username").focus();
  }

  function showLoginError(message) {
    const node = $("login-error");
    node.textContent = message;
    node.hidden = false;
  }

  function lockout(seconds, message) {
    const wait = Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
    state.lockUntil = Date.now() + wait * 1000;
    state.lockMessage = message || "Too many failed sign-ins.";
    $("login-submit").disabled = true;
    updateLockout();
  }

  function updateLockout() {
    const left = state.lockUntil - Date.now();
    if (left <= 0) {
      state.lockUntil = 0;
      $("login-submit").disabled = false;
      $("login-error").hidden = true;
      return;
    }
    showLoginError(`${state.lockMessage} Try again in ${fmtDuration(left)}.`);
  }

  async function onLogin(event) {
    event.preventDefault();
    if (state.lockUntil && Date.now() < state.lockUntil) return;
    const username = $("login-username").value.trim();
    const password = $("login-password").value;
    if (!username || !password) {
      showLoginError("Enter your username and password.");
      (username ? $("login-password") : $("login-username")).focus();
      return;
    }
    const submit = $("login-submit");
    submit.disabled = true;
    $("login-error").hidden = true;
    try {
      const me = await api("login", { method: "POST", body: { username, password }, allow401: true });
      $("login-password").value = "";
      // The answer's token is not kept: the HttpOnly cookie carries the session.
      startSession({ username: me.username, role: me.role, airports: me.airports, expires_at: me.expires_at });
    } catch (error) {
      $("login-password").value = "";
      if (error.status === 429) {
        const retry = error.data && Number(error.data.retry_after_seconds);
        lockout(retry, error.message);
      } else if (error.status === 401) {
        showLoginError(error.message || "Unknown username or wrong password.");
      } else {
        showLoginError(error.message);
      }
      $("login-password").focus();
    } finally {
      if (!state.lockUntil) submit.disabled = false;
    }
  }

  function startSession(me) {
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
    if (!isAdmin()) {
      connectEvents();
      clearInterval(state.pollTimer);
      // Poll only while the live stream is down: every queue read is audited.
      state.pollTimer = setInterval(() => {
        const live = state.events && state.events.readyState === EventSource.OPEN;
        if (!live && (state.view === "queue" || state.view === "detail")) refreshQueue();
      }, POLL_MS);
    }
    showView(isAdmin() ? "accounts" : "queue");
    state.focusOnLoad = true;
    route();
    $("main").focus({ preventScroll: true });
  }

  function endSession(notice) {
    if (!state.me) return;
    state.me = null;
    if (state.events) state.events.close();
    state.events = null;
    clearTimeout(state.eventsTimer);
    clearInterval(state.pollTimer);
    clearTimeout(state.refreshTimer);
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

  async function onLogout() {
    try {
      await api("logout", { method: "POST", body: {}, allow401: true });
    } catch {
      // Signed out on the page all the same; the cookie expires on the server.
    }
    endSession("You are signed out.");
  }

  async function boot() {
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

  // ---------------------------------------------------------------------------------------
  // Live updates

  function setLive(mode) {
    const live = $("live");
    live.dataset.mode = mode;
    $("live-text").textContent = { live: "live", connecting: "connecting", reconnecting: "reconnecting", offline: "offline" }[mode] || mode;
    live.title = mode === "live" ? "Live updates on" : "Live updates interrupted: the queue is refreshed every 30 s";
  }

  function connectEvents() {
    if (state.events) state.events.close();
    clearTimeout(state.eventsTimer);
    const source = new EventSource(API + "events");
    state.events = source;
    setLive("connecting");
    let dropped = state.eventsRetry > 0;
    source.onopen = () => {
      state.eventsRetry = 0;
      setLive("live");
      // Whatever happened while the stream was down.
      if (dropped) scheduleQueueRefresh(0);
      dropped = false;
    };
    source.addEventListener("alerts", (event) => {
      let data = null;
      try {
        data = JSON.parse(event.data);
      } catch {
        data = null;
      }
      onAlertsEvent(data);
    });
    source.onerror = () => {
      if (state.events !== source) return;
      dropped = true;
      if (source.readyState === EventSource.CLOSED) {
        // Refused (signed out, or not an event stream): check the session, then retry.
        source.close();
        state.events = null;
        setLive("offline");
        const delay = Math.min(60000, 2000 * 2 ** state.eventsRetry);
        state.eventsRetry += 1;
        state.eventsTimer = setTimeout(async () => {
          if (!state.me) return;
          try {
            await api("me");
            connectEvents();
          } catch (error) {
            if (error.status !== 401 && state.me) connectEvents();
          }
        }, delay);
      } else {
        // The browser reconnects by itself.
        setLive("reconnecting");
      }
    };
  }

  function onAlertsEvent(data) {
    scheduleQueueRefresh(250);
    const ids = isObject(data) && Array.isArray(data.ids) ? data.ids : null;
    // The event of this officer's own action on the open alert: its answer is shown already.
    const own = state.ownAction && state.ownAction.id === state.detailId && Date.now() - state.ownAction.at < 3000;
    if (state.view === "detail" && state.detailId && !own && (!ids || ids.includes(state.detailId))) {
      if ($("action-dialog").open) state.pendingDetailRefresh = true;
      else loadDetail(state.detailId, { quiet: true });
    }
  }

  function scheduleQueueRefresh(delay) {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(refreshQueue, delay);
  }

  // ---------------------------------------------------------------------------------------
  // Queue

  function openQueue() {
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

  async function refreshQueue() {
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

  function moveSelection(delta) {
    if (!state.alerts.length) return;
    const index = state.alerts.findIndex((a) => a.id === state.selectedId);
    const next = index < 0 ? 0 : Math.max(0, Math.min(state.alerts.length - 1, index + delta));
    select(state.alerts[next].id, true);
  }

  function navigateToAlert(id) {
    const hash = `#/alerts/${encodeURIComponent(id)}`;
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  function backToQueue() {
    location.hash = "#/queue";
  }

  // ---------------------------------------------------------------------------------------
  // Detail

  function openDetail(id) {
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

  async function loadDetail(id, { focus = false, quiet = false } = {}) {
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

  function renderDetail(focus) {
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

  function card(title, testid, ...children) {
    return el("section", { class: "card", testid }, el("h2", { text: title }), children);
  }

  /** Names, dates of birth, nationalities and documents: as sent, normalised, listed. */
  function evidenceCard(summary, alert, evidence) {
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

  function whyCard(summary, alert, evidence) {
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

  function rulesCard(summary, alert) {
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

  function flightCard(summary, alert, triage) {
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

  function sourceCard(alert, excerpt) {
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

  function triageCard(triage, status) {
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

  /** Supervisors: the audit records of this alert (who viewed it, who did what). */
  function auditCard(id) {
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

  // ---------------------------------------------------------------------------------------
  // Actions

  function openAction(name, opener) {
    const action = ACTIONS[name];
    const detail = state.detail;
    if (!action || !detail) return;
    const allowed = asArray(detail.allowed_actions);
    if (!allowed.includes(name)) {
      announce(`${action.label}: not open to you on this alert.`, "error");
      return;
    }
    const dialog = $("action-dialog");
    state.dialog = { name, id: state.detailId, opener: opener || document.activeElement };
    $("dialog-title").textContent = action.title;
    $("dialog-description").textContent = action.description;
    $("dialog-reason-label").textContent = action.fieldLabel || (action.reason === "optional" ? "Reason (optional)" : "Reason");
    const reason = $("dialog-reason");
    reason.value = "";
    reason.required = action.reason === "required";
    reason.placeholder = name === "dismiss" ? "e.g. date of birth and nationality differ from the listed person" : "";
    $("dialog-suppress-field").hidden = !(name === "dismiss" && allowed.includes("suppress"));
    $("dialog-suppress").checked = false;
    $("dialog-directive-field").hidden = !action.directive;
    if (action.directive) {
      const triage = isObject(detail.triage) ? detail.triage : {};
      const current = (isObject(triage.directive_override) && triage.directive_override.directive) || (detail.summary && detail.summary.directive);
      $("dialog-directive").value = current && DIRECTIVES[current] ? current : "2Z";
      state.dialog.current = current;
    }
    $("dialog-error").hidden = true;
    const submit = $("dialog-submit");
    submit.textContent = action.submit;
    submit.disabled = false;
    submit.className = `primary${name === "dismiss" || name === "escalate" ? " warn" : ""}`;
    dialog.showModal();
    (action.directive ? $("dialog-directive") : reason).focus();
  }

  function dialogError(message) {
    const node = $("dialog-error");
    node.textContent = message;
    node.hidden = false;
  }

  async function submitAction(event) {
    event.preventDefault();
    const current = state.dialog;
    if (!current) return;
    const action = ACTIONS[current.name];
    const text = $("dialog-reason").value.trim();
    if (action.reason === "required" && !text) {
      dialogError(action.field === "text" ? "Write the note." : "Give a reason: it goes to the audit log.");
      $("dialog-reason").focus();
      return;
    }
    let body;
    if (action.field === "text") body = { text };
    else if (current.name === "dismiss") body = { reason: text, suppress_pair: !$("dialog-suppress-field").hidden && $("dialog-suppress").checked };
    else if (action.directive) {
      const directive = $("dialog-directive").value;
      if (directive === current.current) {
        dialogError(`The directive is already ${directive}: choose another.`);
        return;
      }
      body = { directive, reason: text };
    } else body = text ? { reason: text } : {};
    const submit = $("dialog-submit");
    submit.disabled = true;
    // Its live event may come before the answer.
    state.ownAction = { id: current.id, at: Date.now() };
    try {
      const data = await api(alertPath(current.id, `/${action.path}`), { method: "POST", body });
      // Done on the server: show it even if the dialog was closed meanwhile.
      state.ownAction = { id: current.id, at: Date.now() };
      closeDialog();
      if (state.detailId === current.id && isObject(data)) {
        state.detail = data;
        if (state.view === "detail") renderDetail(false);
      }
      announce(action.done, "success");
      const focusTarget = document.querySelector(`[data-testid="action-${current.name.replace(/_/g, "-")}"]`) || $("detail-title");
      if (focusTarget) focusTarget.focus();
      scheduleQueueRefresh(0);
    } catch (error) {
      if (error.status === 401) return;
      submit.disabled = false;
      if (error.status === 409) {
        dialogError(`${error.message} The alert was refreshed.`);
        loadDetail(current.id, { quiet: true });
      } else if (error.status === 403) {
        dialogError(`Not allowed: ${error.message}`);
      } else if (error.status === 404) {
        dialogError("This alert is no longer available.");
      } else {
        dialogError(error.message);
      }
    }
  }

  function closeDialog() {
    const dialog = $("action-dialog");
    if (dialog.open) dialog.close();
  }

  function onDialogClose() {
    const current = state.dialog;
    state.dialog = null;
    if (current && current.opener && document.contains(current.opener)) current.opener.focus();
    if (state.pendingDetailRefresh && state.detailId && state.view === "detail") {
      state.pendingDetailRefresh = false;
      loadDetail(state.detailId, { quiet: true });
    }
  }

  // ---------------------------------------------------------------------------------------
  // Supervisors' and administrators' views

  function openAudit() {
    showView("audit");
    loadAudit();
  }

  async function loadAudit(event) {
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

  async function openAccounts() {
    showView("accounts");
    const result = $("accounts-result");
    result.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
    try {
      const data = await api("accounts");
      const accounts = asArray(data && data.accounts).filter(isObject);
      result.replaceChildren(
        el(
          "table",
          { class: "small-table", testid: "accounts-table" },
          el("thead", null, el("tr", null, ["User", "Role", "Airports", "State"].map((c) => el("th", { scope: "col", text: c })))),
          el(
            "tbody",
            null,
            accounts.map((a) =>
              el(
                "tr",
                { class: a.disabled ? "disabled" : null },
                el("td", { text: show(a.username) }),
                el("td", { text: show(a.role) }),
                el("td", { text: show(a.airports) }),
                el("td", { text: a.disabled ? "disabled" : "active" }),
              ),
            ),
          ),
        ),
      );
    } catch (error) {
      if (error.status !== 401) result.replaceChildren(el("p", { class: "error", text: error.message }));
    }
  }

  // ---------------------------------------------------------------------------------------
  // Keyboard

  function isTyping(target) {
    if (!(target instanceof Element)) return false;
    if (target.isContentEditable) return true;
    if (target.matches("textarea, select")) return true;
    if (target.matches("input")) return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
    return false;
  }

  function onKeyDown(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!state.me) return;
    if (document.querySelector("dialog[open]")) return; // The dialog handles Esc itself.
    const target = event.target;
    if (isTyping(target)) {
      if (event.key === "Escape" && target.closest("#filters")) target.blur();
      return;
    }
    const key = event.key;
    if (key === "?") {
      event.preventDefault();
      $("help-dialog").showModal();
      return;
    }
    const onControl = target instanceof Element && target.matches("button, a[href], summary, input, select, textarea");
    if (state.view === "queue") {
      if (key === "j" || key === "ArrowDown") moveSelection(1);
      else if (key === "k" || key === "ArrowUp") moveSelection(-1);
      else if (key === "Enter" && !onControl) {
        if (state.selectedId) navigateToAlert(state.selectedId);
      } else if (key === "r") {
        refreshQueue().then(() => announce("Queue refreshed."));
      } else if (["c", "d", "e", "n"].includes(key) && state.selectedId) {
        // Open the alert, then its dialog.
        state.pendingAction = Object.keys(ACTIONS).find((name) => ACTIONS[name].key === key);
        navigateToAlert(state.selectedId);
      } else return;
      event.preventDefault();
    } else if (state.view === "detail") {
      if (key === "Escape") backToQueue();
      else if (key === "j" || key === "k") {
        const index = state.alerts.findIndex((a) => a.id === state.detailId);
        const next = state.alerts[index + (key === "j" ? 1 : -1)];
        if (index >= 0 && next) navigateToAlert(next.id);
      } else if (key === "r") loadDetail(state.detailId, { quiet: true });
      else if (["c", "d", "e", "n"].includes(key)) {
        const name = Object.keys(ACTIONS).find((n) => ACTIONS[n].key === key);
        openAction(name, target);
      } else return;
      event.preventDefault();
    } else if (key === "Escape" && (state.view === "audit" || state.view === "accounts") && !isAdmin()) {
      backToQueue();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Wiring

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

  init();
})();
