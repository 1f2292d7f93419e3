// Keyboard shortcuts (the help dialog lists them): off while the officer types in a field.

import { openAction } from "./action-dialog.js";
import { ACTIONS } from "./actions.js";
import { loadDetail } from "./detail.js";
import { $, announce } from "./dom.js";
import { moveSelection, refreshQueue } from "./queue.js";
import { backToQueue, navigateToAlert } from "./router.js";
import { isAdmin, state } from "./state.js";

function isTyping(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  if (target.matches("textarea, select")) return true;
  if (target.matches("input")) return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return false;
}

export function onKeyDown(event) {
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
