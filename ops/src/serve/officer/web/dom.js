// Building the page: elements by id, new elements with their text, attributes and handlers,
// and the status line. Text is only ever written as text: never parsed as markup.

export const $ = (id) => document.getElementById(id);

/**
 * Builds an element. `props`: class, text, testid, attrs {name: value}, data {key: value},
 * on {event: handler}, and plain properties (tabIndex, type, hidden…). Children: nodes or
 * strings (written as text), null/false skipped, arrays flattened.
 */
export function el(tag, props, ...children) {
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

export function announce(message, kind = "info") {
  const status = $("status");
  status.textContent = message;
  status.className = `status status-${kind}`;
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => {
    status.textContent = "";
    status.className = "status";
  }, kind === "error" ? 12000 : 6000);
}
