// The front page: the latest events as they arrive and the most active actors.

import { getJSON } from "./api.js";
import { actorLink, h, plural, shortTime, when } from "./dom.js";

function eventItem(row, fresh) {
  const parties = row.counterparts;
  return h("li", { class: fresh ? "event fresh" : "event", "data-event-id": row.event_id },
    h("span", { class: `badge ${row.type}` }, row.type),
    h("span", { class: "what" },
      actorLink(row.actor),
      parties.length ? [" with ", ...parties.flatMap((p, i) => [i ? ", " : "", actorLink(p)])] : null,
      row.location ? ` in ${row.location.name}` : null),
    h("span", { class: `status ${row.status}` }, row.status),
    h("span", { class: "when" }, when(row)),
    h("span", { class: "seen muted" }, `seen ${shortTime(row.last_seen)}`));
}

function actorItem(summary) {
  return h("li", {},
    h("a", { href: `#/actor/${encodeURIComponent(summary.id)}` }, summary.name),
    h("span", { class: "muted" }, ` ${plural(summary.event_count, "event")} · ${summary.label}`));
}

export function frontPage(main) {
  const events = h("ol", { class: "events", "aria-live": "polite" });
  const actors = h("ol", { class: "actors" });
  const sections = [
    h("section", { class: "latest" }, h("h1", {}, "Latest events"), events),
    h("section", { class: "active" }, h("h2", {}, "Most active actors"), actors),
  ];
  const shown = new Set();
  let first = true;

  return async function refresh() {
    const [latest, top] = await Promise.all([getJSON("/events?limit=25"), getJSON("/top-actors?limit=12")]);
    events.replaceChildren(...(latest.length
      ? latest.map((row) => eventItem(row, !first && !shown.has(row.event_id)))
      : [h("li", { class: "muted" }, "No events yet: publish articles to the raw topic.")]));
    latest.forEach((row) => shown.add(row.event_id));
    actors.replaceChildren(...top.map(actorItem));
    if (!events.isConnected) main.replaceChildren(...sections); // shown once there is data
    first = false;
  };
}
