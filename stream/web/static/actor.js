// The actor page: profile, timeline by type, the parties met most often, and each row's
// place, status, sources and evidence on click.

import { getJSON } from "./api.js";
import { actorLink, h, others, placeLink, plural, shortTime, when } from "./dom.js";
import { LANES, timeline } from "./timeline.js";

const KINDS = LANES.map((lane) => `${lane}s`);
const PARTIES_SHOWN = 8;

function profileView(profile) {
  const counts = (entries) => h("dl", { class: "counts" },
    ...entries.flatMap(([name, n]) => [h("dt", {}, name), h("dd", {}, String(n))]));
  return h("section", { class: "profile" },
    h("h1", {}, profile.name, h("span", { class: "label" }, profile.label)),
    h("p", { class: "muted" }, profile.id,
      profile.aliases.length ? ` · also ${profile.aliases.join(", ")}` : ""),
    h("p", {}, `${plural(profile.event_count, "event")} · first seen ${shortTime(profile.first_seen)}`
      + ` · last seen ${shortTime(profile.last_seen)}`),
    h("div", { class: "count-tables" },
      counts(Object.entries(profile.counts_by_type)),
      counts(Object.entries(profile.counts_by_status))));
}

function partiesMet(rows) {
  const met = new Map();
  for (const row of rows.filter((r) => r.type === "meeting")) {
    for (const party of others(row)) {
      const seen = met.get(party.id) ?? { party, count: 0 };
      met.set(party.id, { party, count: seen.count + 1 });
    }
  }
  return [...met.values()].sort((a, b) => b.count - a.count || a.party.name.localeCompare(b.party.name));
}

function partiesView(rows) {
  const ranked = partiesMet(rows).slice(0, PARTIES_SHOWN);
  return h("section", { class: "parties" }, h("h2", {}, "Met most often"),
    ranked.length
      ? h("ol", {}, ...ranked.map(({ party, count }) =>
        h("li", {}, actorLink(party), h("span", { class: "muted" }, ` ${plural(count, "meeting")}`))))
      : h("p", { class: "muted" }, "No meetings yet."));
}

export function details(row) {
  if (!row) return h("p", { class: "muted" }, "Pick an event on the timeline or in the table for its place, sources and evidence.");
  const date = row.date ? `${row.date.value} (${row.date.precision}, read from “${row.date.text}”)` : "undated";
  return h("article", { class: "details", "data-event-id": row.event_id },
    h("h3", {}, `${row.type} · `, h("span", { class: `status ${row.status}` }, row.status)),
    h("dl", {},
      h("dt", {}, "who"), h("dd", {}, ...[row.actor, ...row.counterparts].flatMap((p, i) => [i ? ", " : "", actorLink(p)])),
      h("dt", {}, "where"), h("dd", {}, row.location ? placeLink(row.location) : "not said"),
      h("dt", {}, "when"), h("dd", {}, date),
      h("dt", {}, "reported"), h("dd", {}, `${plural(row.mention_count, "mention")} in ${plural(row.source_count, "article")}`),
      h("dt", {}, "sources"), h("dd", {}, h("ul", {}, ...row.sources.map((s) =>
        h("li", {}, `${s.source ?? "unknown outlet"}, ${s.published} (${s.article_id})`))))),
    h("blockquote", {}, row.evidence ?? "No evidence sentence kept for this row."));
}

function rowsTable(rows, select) {
  const sorted = [...rows].sort((a, b) => when(b).localeCompare(when(a)));
  return h("table", { class: "rows" },
    h("caption", {}, "Every event, latest date first"),
    h("thead", {}, h("tr", {}, ...["when", "type", "status", "with", "where", "sources"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...sorted.map((row) => h("tr", {},
      h("td", {}, h("button", { type: "button", class: "link", onclick: () => select(row) }, when(row))),
      h("td", {}, row.type),
      h("td", {}, h("span", { class: `status ${row.status}` }, row.status)),
      h("td", {}, others(row).map((p) => p.name).join(", ") || "–"),
      h("td", {}, row.location?.name ?? "–"),
      h("td", {}, String(row.source_count))))));
}

function legend() {
  const item = (cls, text) => h("li", {}, h("span", { class: `key ${cls}`, "aria-hidden": "true" }), text);
  return h("ul", { class: "legend" }, item("occurred", "occurred"), item("planned", "planned"),
    item("speculated", "speculated"), item("dot", "a day"), item("bar", "a week, month or year"));
}

export function actorPage(main, actorId) {
  const profileSlot = h("div");
  const timelineSlot = h("div", { class: "timeline-box" });
  const detailsSlot = h("div", { class: "details-box", "aria-live": "polite" });
  const partiesSlot = h("div");
  const tableSlot = h("div", { class: "table-box" });
  const sections = [profileSlot,
    h("section", { class: "timeline-section" }, h("h2", {}, "Timeline"), legend(), timelineSlot, detailsSlot),
    partiesSlot, tableSlot];
  let rows = [];
  let lastSeen = null;
  let selected = null;

  const select = (row) => {
    selected = row;
    detailsSlot.replaceChildren(details(row));
  };
  const draw = () => {
    const width = timelineSlot.clientWidth || 900;
    const undated = rows.filter((row) => !row.date).length;
    timelineSlot.replaceChildren(
      timeline(rows, { width, label: `Timeline of ${actorId}`, onSelect: select }),
      undated ? h("p", { class: "muted" }, `${undated} undated events are in the table below.`) : "");
  };
  let resizeTimer;
  const redraw = () => {
    if (!timelineSlot.isConnected && profileSlot.dataset.shown) {
      window.removeEventListener("resize", redraw); // another page replaced this one
      return;
    }
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(draw, 150);
  };
  window.addEventListener("resize", redraw);

  return async function refresh() {
    const profile = await getJSON(`/actors/${encodeURIComponent(actorId)}`);
    if (profile.last_seen === lastSeen) return;
    const lists = await Promise.all(KINDS.map((kind) => getJSON(`/actors/${encodeURIComponent(actorId)}/${kind}?limit=50`)));
    rows = lists.flat();
    lastSeen = profile.last_seen;
    if (!profileSlot.isConnected) { // shown once there is data
      main.replaceChildren(...sections);
      profileSlot.dataset.shown = "yes";
    }
    document.title = `${profile.name} · newsstream`;
    profileSlot.replaceChildren(profileView(profile));
    draw();
    partiesSlot.replaceChildren(partiesView(rows));
    tableSlot.replaceChildren(rowsTable(rows, select));
    select(rows.find((row) => row.event_id === selected?.event_id) ?? null);
  };
}
