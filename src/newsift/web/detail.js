// The event panel: every field of one event, its sources, and the chosen source's
// article with that source's evidence highlighted.

import { el, append, clear, getJSON, show } from "./dom.js";
import { showArticle } from "./article.js";

function location(loc) {
  if (!loc) return "—";
  const where = [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ");
  const coords = loc.latitude === null || loc.longitude === null
    ? "" : ` (${loc.latitude.toFixed(4)}, ${loc.longitude.toFixed(4)}; precision ${loc.geo_precision})`;
  return where + coords;
}

function killed(event) {
  const low = event.fatalities_low;
  const high = event.fatalities_high;
  const range = low !== null && high !== null && low !== high ? ` (sources say ${low}–${high})` : "";
  return show(event.fatalities) + range;
}

function fields(event) {
  const pairs = [
    ["Type", event.event_type], ["Date", event.date ? `${event.date} (${show(event.date_precision)})` : null],
    ["Killed", killed(event)], ["Injured", event.injured],
    ["Actor 1", event.actor1], ["Actor 2", event.actor2],
    ["Weapon", event.weapon], ["Target", event.target],
  ];
  const wide = [["Where", location(event.location)], ["Id", event.id]];
  return el("dl", { class: "fields" },
    pairs.map(([name, value]) => [el("dt", {}, name), el("dd", {}, show(value))]),
    wide.map(([name, value]) => [el("dt", {}, name), el("dd", { class: "wide" }, show(value))]));
}

// The panel's idle state: every event of the current filter, those without coordinates
// included (they have no circle), each one click away from its evidence.
export function showEventList(panel, events, onPick) {
  panel.dataset.showing = "";
  const rows = events.map((event) => {
    const where = event.location ? event.location.name : "place unknown";
    const unplaced = event.location && Number.isFinite(event.location.latitude) ? "" : " (not on the map)";
    return el("li", {},
      el("button", { type: "button", class: "event-link", onclick: () => onPick(event) },
        `${show(event.date)} · ${event.sub_event_type} · ${where}`),
      el("span", { class: "meta" }, ` killed ${show(event.fatalities)}${unplaced}`));
  });
  append(clear(panel), [
    el("p", { class: "hint" }, "Click an event on the map or in this list to see its fields and " +
      "the article it came from, with the evidence highlighted."),
    el("h3", {}, `Events (${events.length})`),
    el("ul", { class: "event-list" }, rows),
  ]);
}

export async function showEvent(panel, eventId, onBack) {
  // Clicks can overtake each other: only the latest one may fill the panel.
  panel.dataset.showing = eventId;
  clear(panel).append(el("p", { class: "hint" }, "Loading…"));
  let event;
  try {
    event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (error) {
    clear(panel).append(el("p", { class: "error" }, error.message));
    return;
  }
  if (panel.dataset.showing !== eventId) return;
  const articleBox = el("div", { class: "article-box" });
  const open = async (source, button) => {
    for (const other of panel.querySelectorAll(".sources button")) other.classList.remove("active");
    if (button) button.classList.add("active");
    clear(articleBox);
    await showArticle(articleBox, source.document_id, source.evidence);
  };
  const sources = event.sources.map((source, index) => {
    const button = el("button", { type: "button", class: index === 0 ? "active" : "" },
      source.title || source.source || source.document_id);
    button.addEventListener("click", () => open(source, button));
    const counts = `killed ${show(source.fatalities)}, injured ${show(source.injured)}`;
    return el("li", {}, button, el("span", { class: "meta" }, ` ${show(source.published)} · ${counts}`));
  });
  append(clear(panel), [
    el("button", { type: "button", class: "back", onclick: onBack }, "← All events"),
    el("h2", {}, event.sub_event_type),
    fields(event),
    el("h3", {}, `Sources (${event.sources.length})`),
    el("ul", { class: "sources" }, sources),
    event.corrections.length
      ? el("p", { class: "meta" }, `${event.corrections.length} corrections`) : null,
    articleBox,
  ]);
  if (event.sources.length) await open(event.sources[0], null);
}
