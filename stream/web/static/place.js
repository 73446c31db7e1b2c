// The place page: who came and what was held there, on the same timeline as an actor's, with
// each row's parties, status, sources and evidence on click.

import { getJSON } from "./api.js";
import { details } from "./actor.js";
import { actorLink, h, plural, shortTime, when } from "./dom.js";
import { timeline } from "./timeline.js";

const KINDS = ["visits", "meetings", "agreements"];

function profileView(place) {
  const where = [place.city, place.country].filter((name) => name && name !== place.name);
  return h("section", { class: "profile" },
    h("h1", {}, place.name, h("span", { class: "label" }, place.label)),
    h("p", { class: "muted" }, place.id, where.length ? ` · in ${where.join(", ")}` : ""),
    h("p", {}, `${plural(place.event_count, "event")} · first seen ${shortTime(place.first_seen)}`
      + ` · last seen ${shortTime(place.last_seen)}`),
    h("div", { class: "count-tables" }, h("dl", { class: "counts" },
      ...Object.entries(place.counts_by_type)
        .flatMap(([kind, n]) => [h("dt", {}, kind), h("dd", {}, String(n))]))));
}

function rowsTable(rows, select) {
  const sorted = [...rows].sort((a, b) => when(b).localeCompare(when(a)));
  const parties = (row) => [row.actor, ...row.counterparts]
    .flatMap((party, i) => [i ? ", " : "", actorLink(party)]);
  return h("table", { class: "rows" },
    h("caption", {}, "Who came and what was held here, latest first"),
    h("thead", {}, h("tr", {}, ...["when", "type", "status", "who", "where", "sources"]
      .map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...sorted.map((row) => h("tr", {},
      h("td", {}, h("button", { type: "button", class: "link", onclick: () => select(row) }, when(row))),
      h("td", {}, row.type),
      h("td", {}, h("span", { class: `status ${row.status}` }, row.status)),
      h("td", {}, ...parties(row)),
      h("td", {}, row.location?.name ?? "–"),
      h("td", {}, String(row.source_count))))));
}

export function placePage(main, placeId) {
  const profileSlot = h("div");
  const timelineSlot = h("div", { class: "timeline-box" });
  const detailsSlot = h("div", { class: "details-box", "aria-live": "polite" });
  const tableSlot = h("div", { class: "table-box" });
  let lastSeen = null;
  let selected = null;
  const select = (row) => {
    selected = row;
    detailsSlot.replaceChildren(details(row));
  };

  return async function refresh() {
    const place = await getJSON(`/places/${encodeURIComponent(placeId)}`);
    if (place.last_seen === lastSeen) return;
    const lists = await Promise.all(KINDS.map((kind) =>
      getJSON(`/places/${encodeURIComponent(placeId)}/${kind}?limit=50`)));
    const rows = lists.flat();
    lastSeen = place.last_seen;
    if (!profileSlot.isConnected) {
      main.replaceChildren(profileSlot,
        h("section", { class: "timeline-section" }, h("h2", {}, "Timeline"), timelineSlot, detailsSlot),
        tableSlot);
    }
    document.title = `${place.name} · newsstream`;
    profileSlot.replaceChildren(profileView(place));
    timelineSlot.replaceChildren(timeline(rows, {
      width: timelineSlot.clientWidth || 900, label: `Timeline of ${placeId}`, onSelect: select,
    }));
    tableSlot.replaceChildren(rowsTable(rows, select));
    select(rows.find((row) => row.event_id === selected?.event_id) ?? null);
  };
}
