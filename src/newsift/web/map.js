// The Leaflet map: offline country outlines (Natural Earth via world-atlas, vendored
// at setup), an optional online tile layer, and one circle per located event, sized by
// the killed count and coloured by event type.

/* global L, topojson */
import { el, show } from "./dom.js";

export const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
const OTHER_COLOUR = "#7f7f7f";

export function colour(eventType) {
  return TYPE_COLOURS[eventType] || OTHER_COLOUR;
}

// Area grows with the killed count, so the radius grows with its square root.
export function radius(fatalities) {
  return Math.min(40, 5 + 3 * Math.sqrt(Math.max(0, fatalities || 0)));
}

export function located(event) {
  const loc = event.location;
  return loc && Number.isFinite(loc.latitude) && Number.isFinite(loc.longitude);
}

export async function createMap(container, config) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 18 })
    .setView([30, 20], 2);
  if (config.tile_url) {
    L.tileLayer(config.tile_url, {
      attribution: config.tile_attribution || "", maxZoom: 18,
    }).addTo(map);
  }
  try {
    const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: {
        color: "#8a8f98", weight: 0.7,
        fillColor: config.tile_url ? "transparent" : "#f3f1ea", fillOpacity: 1,
      },
    }).addTo(map);
  } catch (error) {
    console.error("country outlines could not be loaded", error);
  }
  map.attributionControl.addAttribution("Borders: Natural Earth");
  return map;
}

function tooltip(event) {
  const where = event.location ? event.location.name : "";
  return el("div", {},
    el("strong", {}, event.sub_event_type), el("br"),
    `${show(event.date)} · ${where}`, el("br"),
    `killed ${show(event.fatalities)}`);
}

// Draws `events` as circles in a fresh layer, replacing `previous`; returns the layer.
export function drawEvents(map, previous, events, onClick) {
  if (previous) previous.remove();
  const layer = L.featureGroup();
  // Largest first, so small circles stay clickable on top of big ones.
  const sorted = events.filter(located)
    .sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  for (const event of sorted) {
    const circle = L.circleMarker([event.location.latitude, event.location.longitude], {
      radius: radius(event.fatalities),
      color: "#222", weight: 1, fillColor: colour(event.event_type), fillOpacity: 0.75,
      className: "event-circle",
    });
    circle.bindTooltip(() => tooltip(event));
    circle.on("click", () => onClick(event, circle));
    // The id on the SVG element lets tests and scripts find one event's circle.
    circle.eventId = event.id;
    circle.on("add", () => { circle.getElement().dataset.eventId = event.id; });
    layer.addLayer(circle);
  }
  layer.addTo(map);
  return layer;
}

export function legend(container, counts) {
  container.replaceChildren(...Object.entries(TYPE_COLOURS).map(([name, fill]) =>
    el("span", { class: "legend-item" },
      el("span", { class: "swatch", style: `background:${fill}` }),
      `${name}${counts[name] ? ` (${counts[name]})` : ""}`)));
}
