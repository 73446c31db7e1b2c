// Talking to the worker: JSON requests, and what the page last heard from it.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export const connection = { lastHeard: null, ready: null, down: false };
const listeners = new Set();

export function onConnectionChange(listener) {
  listeners.add(listener);
}

function changed(update) {
  Object.assign(connection, update);
  for (const listener of listeners) listener(connection);
}

export async function getJSON(path) {
  let response;
  try {
    response = await fetch(path, { headers: { accept: "application/json" } });
  } catch {
    changed({ down: true });
    throw new ApiError("the worker does not answer", 0);
  }
  changed({ lastHeard: new Date(), down: false });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body?.error ?? `HTTP ${response.status}`, response.status);
  return body;
}

export async function checkHealth() {
  try {
    const health = await getJSON("/health");
    changed({ ready: health.ready });
  } catch (error) {
    // 503 carries {ready: false}: the worker answers but is recovering or rebalancing.
    changed({ ready: error.status === 503 ? false : null });
  }
}
