// The timeline under the map: events per day as an SVG histogram. Dragging across it
// selects a date window (the "brush") and calls onBrush([since, until]); a click
// without dragging clears it and calls onBrush(null).

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const PAD = { left: 28, right: 8, top: 6, bottom: 18 };

// "2024-03" and "2024" stand at the start of their period, as in the CSV export.
export function dayNumber(date) {
  const [y, m = "01", d = "01"] = date.split("-");
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY);
}

export function isoDay(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export class Timeline {
  constructor(svgNode, label, onBrush) {
    this.svg = svgNode;
    this.label = label;
    this.onBrush = onBrush;
    this.byDay = [];
    this.selection = null; // [firstDay, lastDay], inclusive day numbers
    this.svg.addEventListener("pointerdown", (e) => this.start(e));
    this.svg.addEventListener("pointermove", (e) => this.move(e));
    this.svg.addEventListener("pointerup", (e) => this.end(e));
    new ResizeObserver(() => this.draw()).observe(this.svg);
  }

  setData(byDay) {
    this.byDay = byDay.map((row) => ({ day: dayNumber(row.date), events: row.events }));
    this.selection = null;
    this.draw();
  }

  // Brush [since, until] (ISO days) again after new data, without calling onBrush.
  select(range) {
    this.selection = range && [dayNumber(range[0]), dayNumber(range[1])];
    this.draw();
  }

  geometry() {
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 90;
    const days = this.byDay.map((row) => row.day);
    const first = Math.min(...days) - 1;
    const last = Math.max(...days) + 1;
    const span = Math.max(1, last - first + 1);
    const inner = width - PAD.left - PAD.right;
    return { width, height, first, last, step: inner / span };
  }

  x(day, g) {
    return PAD.left + (day - g.first) * g.step;
  }

  dayAt(clientX) {
    const g = this.geometry();
    const px = clientX - this.svg.getBoundingClientRect().left;
    const day = g.first + Math.floor((px - PAD.left) / g.step);
    return Math.min(g.last, Math.max(g.first, day));
  }

  draw() {
    this.svg.replaceChildren();
    if (!this.byDay.length) {
      this.label.textContent = "No dated events for this filter.";
      return;
    }
    const g = this.geometry();
    this.svg.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
    const peak = Math.max(...this.byDay.map((row) => row.events));
    const plot = g.height - PAD.top - PAD.bottom;
    const base = PAD.top + plot;
    this.svg.append(svg("line", { x1: PAD.left, x2: g.width - PAD.right, y1: base, y2: base, class: "axis" }));
    for (const row of this.byDay) {
      const h = Math.max(2, (row.events / peak) * plot);
      const bar = svg("rect", {
        x: this.x(row.day, g), y: base - h, width: Math.max(2, g.step - 1), height: h,
        class: "bar",
      });
      const title = svg("title", {});
      title.textContent = `${isoDay(row.day)}: ${row.events} event${row.events === 1 ? "" : "s"}`;
      bar.append(title);
      this.svg.append(bar);
    }
    const peakLabel = svg("text", { x: PAD.left - 4, y: PAD.top + 8, class: "tick", "text-anchor": "end" });
    peakLabel.textContent = String(peak);
    this.svg.append(peakLabel);
    for (const [day, text] of this.ticks(g)) {
      this.svg.append(svg("line", { x1: this.x(day, g), x2: this.x(day, g), y1: base, y2: base + 4, class: "axis" }));
      const tick = svg("text", { x: this.x(day, g), y: g.height - 4, class: "tick", "text-anchor": "middle" });
      tick.textContent = text;
      this.svg.append(tick);
    }
    if (this.selection) {
      const [a, b] = this.selection;
      this.svg.append(svg("rect", {
        x: this.x(a, g), y: PAD.top, width: (b - a + 1) * g.step, height: plot, class: "brush",
      }));
    }
    this.label.textContent = this.selection
      ? `Showing ${isoDay(this.selection[0])} to ${isoDay(this.selection[1])} — click the timeline to show all dates.`
      : "Drag across the timeline to show only those dates on the map.";
  }

  // Day labels for a short range; otherwise month starts, thinned to stay legible.
  ticks(g) {
    const span = g.last - g.first;
    if (span <= 45) {
      const every = Math.max(1, Math.ceil(80 / g.step));
      const days = [];
      for (let day = g.first + 1; day < g.last; day += every) days.push([day, isoDay(day)]);
      return days;
    }
    const months = [];
    const first = new Date(g.first * DAY);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + 1;
    for (;;) {
      if (m > 11) { y += 1; m = 0; }
      const day = Math.floor(Date.UTC(y, m, 1) / DAY);
      if (day >= g.last) break;
      months.push([day, isoDay(day).slice(0, 7)]);
      m += 1;
    }
    const every = Math.max(1, Math.ceil(70 / (30.4 * g.step)));
    return months.filter((_, index) => index % every === 0);
  }

  start(event) {
    if (!this.byDay.length) return;
    this.svg.setPointerCapture(event.pointerId);
    this.dragFrom = this.dayAt(event.clientX);
    this.dragX = event.clientX;
  }

  move(event) {
    if (this.dragFrom === undefined) return;
    const to = this.dayAt(event.clientX);
    this.selection = [Math.min(this.dragFrom, to), Math.max(this.dragFrom, to)];
    this.draw();
  }

  end(event) {
    if (this.dragFrom === undefined) return;
    const moved = Math.abs(event.clientX - this.dragX) > 3;
    const to = this.dayAt(event.clientX);
    this.selection = moved ? [Math.min(this.dragFrom, to), Math.max(this.dragFrom, to)] : null;
    this.dragFrom = undefined;
    this.draw();
    this.onBrush(this.selection && [isoDay(this.selection[0]), isoDay(this.selection[1])]);
  }
}
