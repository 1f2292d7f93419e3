// The countdown of an alert to its landing, with the flag of an overdue decision: built once,
// then brought up to date every second.

import { el } from "./dom.js";
import { fmtAgo, fmtDuration, fmtUtc } from "./format.js";
import { serverNow } from "./state.js";

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

/** A live countdown element, updated every second by `updateCountdowns`. */
export function countdownNode(summary, testid) {
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

/** Brings every countdown of the page up to date. */
export function updateCountdowns() {
  for (const node of document.querySelectorAll(".countdown")) {
    updateCountdown(node, node.nextElementSibling);
  }
}
