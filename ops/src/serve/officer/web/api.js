// The officers' API: JSON over fetch with the session cookie. A 401 ends the session on the
// page.

import { isObject } from "./format.js";
import { endSession } from "./session.js";

/** The API, relative to the page (/officer/ → /v1/officer/), so a path prefix still works. */
export const API = new URL("../v1/officer/", document.baseURI).pathname;

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
export async function api(path, { method = "GET", body, allow401 = false } = {}) {
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

export const alertPath = (id, suffix = "") => `alerts/${encodeURIComponent(id)}${suffix}`;
