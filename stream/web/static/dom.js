// Building DOM nodes from data. Text from articles only ever goes in as text, never as HTML.

export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

export function actorLink(ref) {
  return h("a", { href: `#/actor/${encodeURIComponent(ref.id)}` }, ref.name);
}

export function placeLink(ref) {
  return h("a", { href: `#/place/${encodeURIComponent(ref.id)}` }, ref.name);
}

export function others(row) {
  return [row.actor, ...row.counterparts].filter((party) => party.id !== row.actor_id);
}

export function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function when(row) {
  return row.date ? row.date.value : "undated";
}

export function ago(date) {
  const seconds = Math.max(0, Math.round((Date.now() - date.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  return date.toLocaleString();
}

export function shortTime(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
