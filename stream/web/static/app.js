// The page: routes by the URL hash, refreshes the view by short polling, and says when it
// last heard from the worker or why it cannot answer.

import { checkHealth, connection, onConnectionChange } from "./api.js";
import { actorPage } from "./actor.js";
import { ago, h } from "./dom.js";
import { frontPage } from "./front.js";
import { placePage } from "./place.js";
import { setUpSearch } from "./search.js";

const POLL_MS = 2000;
const main = document.getElementById("main");
const status = document.getElementById("status");
const banner = document.getElementById("banner");
let view = null;
let failure = null;
let refreshing = false;

function route() {
  const match = location.hash.match(/^#\/(actor|place)\/(.+)$/);
  failure = null;
  main.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  const pages = { actor: actorPage, place: placePage };
  view = match ? pages[match[1]](main, decodeURIComponent(match[2])) : frontPage(main);
  refresh();
}

async function refresh() {
  if (refreshing) return; // a slow answer: the next tick asks again
  refreshing = true;
  const current = view;
  try {
    await current();
    failure = null;
  } catch (error) {
    if (current !== view) return;
    failure = error;
    if (error.status === 404) main.replaceChildren(h("p", { class: "notice" }, `Not found: ${error.message}.`));
    else if (!main.querySelector("section, .profile")) main.replaceChildren(h("p", { class: "notice" }, `Cannot show this yet: ${error.message}. Retrying…`));
  } finally {
    refreshing = false;
  }
  showConnection();
}

function showConnection() {
  const heard = connection.lastHeard ? `last heard from the worker ${ago(connection.lastHeard)}` : "no answer from the worker yet";
  status.textContent = connection.down ? `offline · ${heard}` : `live · ${heard}`;
  const problem = connection.down
    ? "The worker does not answer. What you see may be out of date; retrying every 2 s."
    : connection.ready === false
      ? "The worker is recovering its tables or rebalancing: answers may be missing for now."
      : failure && failure.status !== 404 ? `The worker answered with an error: ${failure.message}.` : null;
  banner.hidden = !problem;
  banner.textContent = problem ?? "";
}

onConnectionChange(showConnection);
setUpSearch(document.getElementById("search"), document.getElementById("search-results"),
  document.getElementById("search-count"));
window.addEventListener("hashchange", route);
setInterval(() => { checkHealth(); refresh(); }, POLL_MS);
setInterval(showConnection, 1000);
checkHealth();
route();
