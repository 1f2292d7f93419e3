// The page's state, shared by the views, and what derives from it: the signed-in officer's
// role and the server's clock.

export const state = {
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

/** The client's clock corrected by the server's `now`. */
export const serverNow = () => Date.now() + state.clockOffset;

const role = () => (state.me ? state.me.role : null);
export const isAdmin = () => role() === "admin";
export const canAudit = () => role() === "admin" || role() === "supervisor";
