// The dialog of a triage action: it asks for the reason (or the note, or the new directive),
// sends the action and shows the alert as the server answers.

import { ACTIONS } from "./actions.js";
import { alertPath, api } from "./api.js";
import { loadDetail, renderDetail } from "./detail.js";
import { $, announce } from "./dom.js";
import { asArray, isObject } from "./format.js";
import { scheduleQueueRefresh } from "./live.js";
import { state } from "./state.js";
import { DIRECTIVES } from "./widgets.js";

export function openAction(name, opener) {
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

export async function submitAction(event) {
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

export function closeDialog() {
  const dialog = $("action-dialog");
  if (dialog.open) dialog.close();
}

export function onDialogClose() {
  const current = state.dialog;
  state.dialog = null;
  if (current && current.opener && document.contains(current.opener)) current.opener.focus();
  if (state.pendingDetailRefresh && state.detailId && state.view === "detail") {
    state.pendingDetailRefresh = false;
    loadDetail(state.detailId, { quiet: true });
  }
}
