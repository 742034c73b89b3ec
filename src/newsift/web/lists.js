// The quotes view (grouped by speaker) and the commitments table. Quotes and evidence
// are untrusted text (see dom.js).

import { el, clear, getJSON, query, show } from "./dom.js";
import { showArticle } from "./article.js";

const PAGE = 2000;

export function groupBySpeaker(quotes) {
  const groups = new Map();
  for (const quote of quotes) {
    const speaker = quote.speaker || "Unattributed";
    if (!groups.has(speaker)) groups.set(speaker, []);
    groups.get(speaker).push(quote);
  }
  // Most quoted first; "Unattributed" last whatever its size.
  return [...groups.entries()].sort((a, b) =>
    (a[0] === "Unattributed") - (b[0] === "Unattributed") || b[1].length - a[1].length
    || a[0].localeCompare(b[0]));
}

export async function loadQuotes(container, panel, params, link) {
  clear(container).append(el("p", { class: "hint" }, "Loading…"));
  const url = `/api/quotes${query({ ...params, limit: PAGE })}`;
  link.href = `/api/quotes${query({ ...params, format: "csv" })}`;
  let page;
  try {
    page = await getJSON(url);
  } catch (error) {
    clear(container).append(el("p", { class: "error" }, error.message));
    return;
  }
  const groups = groupBySpeaker(page.items);
  clear(container);
  if (!groups.length) container.append(el("p", { class: "hint" }, "No quotes for this filter."));
  for (const [speaker, quotes] of groups) {
    const items = quotes.map((quote) => {
      const open = () => {
        clear(panel);
        showArticle(panel, quote.document_id, [quote], `Quote by ${speaker}`);
      };
      return el("li", { class: "quote" },
        el("button", { type: "button", class: "quote-text", onclick: open },
          quote.direct ? `“${quote.text}”` : quote.text),
        el("span", { class: "meta" },
          ` ${quote.direct ? "direct" : "reported"} · ${show(quote.date)}`));
    });
    container.append(el("section", { class: "speaker" },
      el("h3", {}, `${speaker} (${quotes.length})`), el("ul", {}, items)));
  }
  if (page.next_offset !== null) {
    container.append(el("p", { class: "hint" }, `Showing the first ${PAGE}; narrow the filter.`));
  }
}

function amount(item) {
  if (item.amount === null) return "—";
  const number = item.amount.toLocaleString("en", { maximumFractionDigits: 2 });
  return item.currency ? `${number} ${item.currency}` : number;
}

export async function loadCommitments(table, params, link) {
  const body = table.tBodies[0];
  clear(body).append(el("tr", {}, el("td", { colspan: 7, class: "hint" }, "Loading…")));
  link.href = `/api/commitments${query({ ...params, format: "csv" })}`;
  let page;
  try {
    page = await getJSON(`/api/commitments${query({ ...params, limit: PAGE })}`);
  } catch (error) {
    clear(body).append(el("tr", {}, el("td", { colspan: 7, class: "error" }, error.message)));
    return;
  }
  clear(body);
  if (!page.items.length) {
    body.append(el("tr", {}, el("td", { colspan: 7, class: "hint" }, "No commitments.")));
  }
  for (const item of page.items) {
    body.append(el("tr", {},
      el("td", {}, show(item.date)), el("td", {}, show(item.donor)),
      el("td", {}, show(item.recipient)), el("td", { class: "num" }, amount(item)),
      el("td", {}, show(item.items)), el("td", {}, item.status),
      el("td", { class: "evidence" }, item.evidence.map((span) => span.text).join(" … "))));
  }
}
