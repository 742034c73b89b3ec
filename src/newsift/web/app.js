// The page: wires the filter bar, map, timeline, event panel and the list views to the
// JSON API. All state lives in `state`; every view is redrawn from it.

import { el, getJSON, query } from "./dom.js";
import { createMap, drawEvents, legend, located } from "./map.js";
import { Timeline, dayNumber } from "./timeline.js";
import { showEvent, showEventList } from "./detail.js";
import { loadCommitments, loadQuotes } from "./lists.js";

const MAX_EVENTS = 10000;
// `newsift watch` may be adding articles while the page is open: this often, the page
// asks whether the store has grown, and redraws with the new events when it has.
const REFRESH_MS = 30000;
const $ = (selector) => document.querySelector(selector);

const state = {
  map: null, layer: null, timeline: null, config: null,
  events: [], brush: null, selected: null, loaded: { quotes: false, commitments: false },
  documents: null,
};

function filterParams() {
  const params = Object.fromEntries(new FormData($("#filters")));
  delete params.in_view;
  if ($("#filters").elements.in_view.checked && state.map) {
    const b = state.map.getBounds();
    const lon = (x) => Math.max(-180, Math.min(180, x));
    params.bbox = [lon(b.getWest()), Math.max(-90, b.getSouth()), lon(b.getEast()),
      Math.min(90, b.getNorth())].map((x) => x.toFixed(4)).join(",");
  }
  return params;
}

function inBrush(event) {
  if (!state.brush) return true;
  if (!event.date) return false;
  const day = dayNumber(event.date);
  return day >= dayNumber(state.brush[0]) && day <= dayNumber(state.brush[1]);
}

function setStatus(text, error = false) {
  const status = $("#status");
  status.textContent = text;
  status.classList.toggle("error", error);
}

function updateDownloads() {
  const params = filterParams();
  if (state.brush) [params.since, params.until] = state.brush;
  $("#dl-csv").href = `/api/events${query({ ...params, format: "csv" })}`;
  $("#dl-geojson").href = `/api/events${query({ ...params, format: "geojson" })}`;
}

function select(event, circle) {
  if (state.selected) state.selected.setStyle({ weight: 1, color: "#222" });
  state.selected = circle || null;
  if (circle) {
    circle.setStyle({ weight: 3, color: "#000" });
    circle.bringToFront();
  }
  // The address names the open event, so it can be bookmarked or shared.
  history.replaceState(null, "", `#event=${encodeURIComponent(event.id)}`);
  showEvent($("#detail"), event.id, () => {
    history.replaceState(null, "", location.pathname + location.search);
    listEvents();
  });
}

function openFromAddress() {
  const match = /^#event=(.+)$/.exec(location.hash);
  if (!match) return;
  const id = decodeURIComponent(match[1]);
  const circle = state.layer.getLayers().find((layer) => layer.eventId === id);
  select({ id }, circle);
}

function listEvents() {
  if (state.selected) state.selected.setStyle({ weight: 1, color: "#222" });
  state.selected = null;
  showEventList($("#detail"), state.events.filter(inBrush), (event) => {
    const circle = state.layer.getLayers().find((layer) => layer.eventId === event.id);
    if (circle) state.map.panTo(circle.getLatLng());
    select(event, circle);
  });
}

function drawMap() {
  const shown = state.events.filter(inBrush);
  state.layer = drawEvents(state.map, state.layer, shown, select);
  state.selected = null;
  if (!$("#detail").dataset.showing) listEvents();
  const onMap = shown.filter(located).length;
  setStatus(`${shown.length} events, ${onMap} on the map` +
    (shown.length > onMap ? ` (${shown.length - onMap} without coordinates)` : ""));
  updateDownloads();
  return onMap;
}

async function loadEvents({ fit, keep = false }) {
  const params = filterParams();
  if (!keep) setStatus("Loading…");
  let page;
  let summary;
  try {
    [page, summary] = await Promise.all([
      getJSON(`/api/events${query({ ...params, limit: MAX_EVENTS })}`),
      getJSON(`/api/summary${query(params)}`),
    ]);
  } catch (error) {
    setStatus(error.message, true);
    return;
  }
  // `keep`: a refresh, not a new filter; the dates brushed and the event open stay.
  const brush = keep ? state.brush : null;
  state.events = page.items;
  state.timeline.setData(summary.by_day);
  state.brush = brush;
  if (brush) state.timeline.select(brush);
  legend($("#legend"), Object.fromEntries(summary.by_type.map((r) => [r.event_type, r.events])));
  const onMap = drawMap();
  if (keep) highlightOpenEvent();
  if (page.total > page.items.length) {
    setStatus(`${$("#status").textContent}; showing the first ${page.items.length} of ${page.total}`);
  }
  if (fit && onMap) state.map.fitBounds(state.layer.getBounds(), { padding: [40, 40], maxZoom: 9 });
  state.loaded = { quotes: false, commitments: false };
  document.body.dataset.loaded = "true";
}

function highlightOpenEvent() {
  const open = $("#detail").dataset.showing;
  const circle = open && state.layer.getLayers().find((layer) => layer.eventId === open);
  if (!circle) return;
  circle.setStyle({ weight: 3, color: "#000" });
  state.selected = circle;
}

async function refreshIfNew() {
  if (document.hidden) return;
  let counts;
  try {
    counts = await getJSON("/api/counts");
  } catch {
    return; // the server may be restarting: ask again next time
  }
  const before = state.documents;
  state.documents = counts.documents;
  if (before === null || counts.documents <= before) return;
  await loadEvents({ fit: false, keep: true });
  const added = counts.documents - before;
  const time = new Date().toTimeString().slice(0, 5);
  setStatus(`${$("#status").textContent} · ${added} new article${added === 1 ? "" : "s"} at ${time}`);
}

function quoteParams() {
  const own = Object.fromEntries(new FormData($("#quote-filters")));
  const { since, until } = filterParams();
  return { ...own, since, until };
}

function showView(name) {
  for (const button of document.querySelectorAll("#tabs button")) {
    button.classList.toggle("active", button.dataset.view === name);
  }
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  if (name === "map") state.map.invalidateSize();
  if (name === "quotes" && !state.loaded.quotes) {
    state.loaded.quotes = true;
    loadQuotes($("#quotes"), $("#quote-article"), quoteParams(), $("#dl-quotes"));
  }
  if (name === "commitments" && !state.loaded.commitments) {
    state.loaded.commitments = true;
    loadCommitments($("#commitments"), Object.fromEntries(new FormData($("#commitment-filters"))),
      $("#dl-commitments"));
  }
}

function fillTypes(types) {
  const select = $("#filters").elements.event_type;
  for (const { event_type: name } of types) select.append(el("option", { value: name }, name));
  const fillSubTypes = () => {
    const chosen = types.filter((t) => !select.value || t.event_type === select.value);
    $("#sub-types").replaceChildren(...chosen.flatMap((t) =>
      t.sub_event_types.map((sub) => el("option", { value: sub }))));
  };
  select.addEventListener("change", fillSubTypes);
  fillSubTypes();
}

async function main() {
  if (typeof L === "undefined") {
    setStatus("Leaflet is missing: run scripts/vendor_web_assets.py", true);
    return;
  }
  state.config = await getJSON("/api/config");
  fillTypes(state.config.event_types);
  state.map = await createMap($("#map"), state.config);
  state.timeline = new Timeline($("#timeline"), $("#timeline-label"), (range) => {
    state.brush = range;
    drawMap();
  });
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    loadEvents({ fit: !$("#filters").elements.in_view.checked });
    if (!$("#view-quotes").hidden) showView("quotes");
  });
  let moved = null;
  state.map.on("moveend", () => {
    if (!$("#filters").elements.in_view.checked) return;
    clearTimeout(moved);
    moved = setTimeout(() => loadEvents({ fit: false }), 300);
  });
  $("#filters").addEventListener("reset", () => setTimeout(() => loadEvents({ fit: true })));
  $("#quote-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state.loaded.quotes = false;
    showView("quotes");
  });
  $("#commitment-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state.loaded.commitments = false;
    showView("commitments");
  });
  for (const button of document.querySelectorAll("#tabs button")) {
    button.addEventListener("click", () => showView(button.dataset.view));
  }
  state.documents = (await getJSON("/api/counts")).documents;
  await loadEvents({ fit: true });
  openFromAddress();
  setInterval(refreshIfNew, REFRESH_MS);
}

main().catch((error) => setStatus(error.message, true));
