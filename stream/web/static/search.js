// Search as you type over actors and places: label, counts and last seen, each result a link.

import { getJSON } from "./api.js";
import { h, shortTime } from "./dom.js";

const DEBOUNCE_MS = 150;

function counts(match) {
  const kinds = Object.entries(match.counts_by_type).filter(([, n]) => n > 0);
  return kinds.map(([kind, n]) => `${n} ${kind}${n > 1 ? "s" : ""}`).join(", ") || "no events";
}

function result(match) {
  return h("li", {},
    h("a", { href: `#/${match.kind}/${encodeURIComponent(match.id)}`, class: "result" },
      h("span", { class: "name" }, match.name),
      h("span", { class: "label" }, match.label),
      h("span", { class: "meta" }, `${counts(match)} · last seen ${shortTime(match.last_seen)}`)));
}

export function setUpSearch(input, list, count) {
  let timer;
  let asked = "";
  const close = () => { list.hidden = true; };
  const links = () => [...list.querySelectorAll("a")];

  async function search(query) {
    asked = query;
    let matches = [];
    try {
      const asking = encodeURIComponent(query);
      const [actors, places] = await Promise.all(
        [getJSON(`/actors?q=${asking}`), getJSON(`/places?q=${asking}`)]);
      matches = [...actors.map((m) => ({ ...m, kind: "actor" })),
        ...places.map((m) => ({ ...m, kind: "place" }))];
    } catch (error) {
      if (asked !== query) return;
      list.replaceChildren(h("li", { class: "muted" }, `Search failed: ${error.message}`));
      list.hidden = false;
      return;
    }
    if (asked !== query) return; // a later keystroke asked something else
    list.replaceChildren(...(matches.length ? matches.map(result)
      : [h("li", { class: "muted" }, `Nothing matches “${query}”.`)]));
    count.textContent = `${matches.length} actors and places found`;
    list.hidden = false;
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) { asked = ""; close(); return; }
    timer = setTimeout(() => search(query), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !list.hidden) { event.preventDefault(); links()[0]?.focus(); }
    if (event.key === "Escape") close();
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown") { event.preventDefault(); all[Math.min(at + 1, all.length - 1)]?.focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    if (event.key === "Escape") { close(); input.focus(); }
  });
  list.addEventListener("click", (event) => { if (event.target.closest("a")) close(); });
  window.addEventListener("hashchange", () => { close(); input.value = ""; });
}
