// Live updates of the queue and the open alert: the server's event stream, reconnected when it
// drops, and polling of the queue while it is down.

import { API, api } from "./api.js";
import { loadDetail } from "./detail.js";
import { $ } from "./dom.js";
import { isObject } from "./format.js";
import { refreshQueue } from "./queue.js";
import { state } from "./state.js";

const POLL_MS = 30000;

export function setLive(mode) {
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

export function scheduleQueueRefresh(delay) {
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(refreshQueue, delay);
}

/** Starts the live updates of a signed-in officer: the event stream, and polling while it is down. */
export function startLiveUpdates() {
  connectEvents();
  clearInterval(state.pollTimer);
  // Poll only while the live stream is down: every queue read is audited.
  state.pollTimer = setInterval(() => {
    const live = state.events && state.events.readyState === EventSource.OPEN;
    if (!live && (state.view === "queue" || state.view === "detail")) refreshQueue();
  }, POLL_MS);
}

/** Stops the event stream, its reconnection, the polling and a pending queue refresh. */
export function stopLiveUpdates() {
  if (state.events) state.events.close();
  state.events = null;
  clearTimeout(state.eventsTimer);
  clearInterval(state.pollTimer);
  clearTimeout(state.refreshTimer);
}
