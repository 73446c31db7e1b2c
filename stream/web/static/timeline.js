// An SVG timeline of dated rows, one lane per event type. Knows rows, not actors: a place
// page can draw its rows with it too.
//
// A day is a dot, a longer precision (week, month, year) a bar over its span. Occurred rows
// are filled, planned ones outlined, speculated ones dashed.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86_400_000;
const GUTTER = 96;
const AXIS = 26;
const TRACK = 20;
const LANE_PAD = 8;
const MIN_BAR = 6;
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120];
export const LANES = ["visit", "meeting", "invitation", "agreement", "statement", "deployment"];

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const day = (iso) => Date.parse(`${iso}T00:00:00Z`);

function span(row) {
  const start = day(row.date.start);
  return { start, end: day(row.date.end) + DAY_MS, dot: row.date.precision === "day" };
}

function domain(spans) {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const pad = Math.max((end - start) * 0.04, 15 * DAY_MS);
  return [start - pad, end + pad];
}

function monthTicks([start, end], width) {
  const months = (end - start) / (30.4 * DAY_MS);
  const step = MONTH_STEPS.find((s) => months / s <= width / 90) ?? 240;
  const first = new Date(start);
  const ticks = [];
  const year = first.getUTCFullYear();
  let month = Math.ceil((first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0)) / step) * step;
  for (;;) {
    const time = Date.UTC(year, month, 1);
    if (time > end) return ticks;
    const date = new Date(time);
    const name = date.toLocaleString("en", { month: "short", timeZone: "UTC" });
    const tickYear = String(date.getUTCFullYear());
    // Years alone on a long axis; months get their year on the first tick and in January.
    const label = step >= 12 ? tickYear
      : !ticks.length || date.getUTCMonth() === 0 ? `${name} ${tickYear}` : name;
    ticks.push({ time, label });
    month += step;
  }
}

// Greedy packing: a mark goes on the first track of its lane where it overlaps nothing.
function pack(marks) {
  const trackEnds = [];
  for (const mark of marks.sort((a, b) => a.x0 - b.x0)) {
    let track = trackEnds.findIndex((end) => end + 3 <= mark.x0);
    if (track < 0) track = trackEnds.push(-Infinity) - 1;
    trackEnds[track] = mark.x1;
    mark.track = track;
  }
  return Math.max(1, trackEnds.length);
}

function describe(row) {
  const parties = [row.actor, ...row.counterparts].map((p) => p.name).join(", ");
  const place = row.location ? ` in ${row.location.name}` : "";
  return `${row.type}, ${row.status}: ${parties}${place}, ${row.date.value} (${row.date.precision})`;
}

function mark(row, item, y, onSelect) {
  const cls = `mark ${row.type} ${row.status}`;
  const shape = item.dot
    ? svg("circle", { cx: (item.x0 + item.x1) / 2, cy: y, r: 6 })
    : svg("rect", { x: item.x0, y: y - 6, width: item.x1 - item.x0, height: 12, rx: 3 });
  const group = svg("g", {
    class: cls, tabindex: "0", role: "button", "aria-label": describe(row),
    "data-event-id": row.event_id, "data-type": row.type, "data-status": row.status,
  }, svg("title", {}, describe(row)), shape);
  group.addEventListener("click", () => onSelect(row));
  group.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(row);
    }
  });
  return group;
}

export function timeline(rows, { width, label, onSelect, lanes = LANES }) {
  const dated = rows.filter((row) => row.date);
  const spans = dated.map(span);
  const [start, end] = spans.length ? domain(spans) : [Date.now() - 365 * DAY_MS, Date.now()];
  const plot = Math.max(120, width - GUTTER - 12);
  const x = (time) => GUTTER + ((time - start) / (end - start)) * plot;
  const byLane = new Map(lanes.map((lane) => [lane, []]));
  dated.forEach((row, i) => {
    const { start: s, end: e, dot } = spans[i];
    const x0 = x(s);
    const x1 = dot ? x0 + 12 : Math.max(x(e), x0 + MIN_BAR);
    byLane.get(row.type)?.push({ row, x0: dot ? x0 - 6 : x0, x1, dot });
  });
  const backgrounds = svg("g");
  const grid = svg("g", { class: "axis" });
  const marks = svg("g");
  let top = AXIS;
  for (const [lane, items] of byLane) {
    const height = pack(items) * TRACK + LANE_PAD;
    const middle = (item) => top + LANE_PAD / 2 + item.track * TRACK + TRACK / 2;
    backgrounds.append(
      svg("rect", { class: "lane", x: 0, y: top, width: GUTTER + plot + 12, height }),
      svg("text", { class: "lane-label", x: 8, y: top + height / 2 + 4 }, `${lane}s`),
    );
    marks.append(...items.map((item) => mark(item.row, item, middle(item), onSelect)));
    top += height;
  }
  for (const tick of monthTicks([start, end], plot)) {
    grid.append(
      svg("line", { x1: x(tick.time), x2: x(tick.time), y1: AXIS - 6, y2: top }),
      svg("text", { x: x(tick.time) + 3, y: AXIS - 10 }, tick.label),
    );
  }
  return svg("svg", {
    class: "timeline", width: GUTTER + plot + 12, height: top + 4, role: "group",
    "aria-label": label,
  }, backgrounds, grid, marks);
}
