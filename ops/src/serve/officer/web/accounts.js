// The accounts view, for administrators: the officers' accounts, read only.

import { api } from "./api.js";
import { $, el } from "./dom.js";
import { asArray, isObject, show } from "./format.js";
import { showView } from "./router.js";

export async function openAccounts() {
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
