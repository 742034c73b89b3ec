// The article view: a document's cleaned body with spans marked, and its reader
// comments shown apart. Body, title and comments are untrusted text (see dom.js).

import { el, clear, getJSON, show, sourceLink } from "./dom.js";

// Sorted, clamped, overlaps merged: a list of [start, end) ranges that do not touch.
export function mergeSpans(spans, length) {
  const ranges = spans
    .map((s) => [Math.max(0, s.start), Math.min(length, s.end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

export function markedText(text, spans) {
  const body = el("div", { class: "body" });
  let at = 0;
  for (const [start, end] of mergeSpans(spans, text.length)) {
    if (start > at) body.append(document.createTextNode(text.slice(at, start)));
    body.append(el("mark", {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) body.append(document.createTextNode(text.slice(at)));
  return body;
}

function comments(list) {
  if (!list.length) return el("p", { class: "hint" }, "No reader comments.");
  return el("ol", { class: "comments" }, list.map((comment) =>
    el("li", {}, el("span", { class: "author" }, comment.author || "anonymous"),
      el("p", { class: "comment-text" }, comment.text))));
}

// Fetch document `documentId` and render it into `container`, marking `spans`.
export async function showArticle(container, documentId, spans, heading = "Source article") {
  const box = el("section", { class: "article" }, el("h3", {}, heading), el("p", { class: "hint" }, "Loading…"));
  container.append(box);
  let extraction;
  try {
    extraction = await getJSON(`/api/documents/${encodeURIComponent(documentId)}`);
  } catch (error) {
    clear(box).append(el("h3", {}, heading), el("p", { class: "error" }, error.message));
    return box;
  }
  const doc = extraction.document;
  clear(box).append(
    el("h3", {}, heading),
    el("h4", { class: "title" }, doc.title || "(untitled)"),
    el("p", { class: "meta" }, `Published ${show(doc.published)} · `, sourceLink(doc.source)),
    markedText(doc.text, spans),
    el("details", { class: "comments-box", open: doc.comments.length > 0 },
      el("summary", {}, `Reader comments (${doc.comments.length}) — not part of the article`),
      comments(doc.comments)),
  );
  // Scroll the body (its own scroll box) to the first mark, leaving the panel where it is.
  const first = box.querySelector("mark");
  const body = box.querySelector(".body");
  if (first) {
    body.scrollTop = Math.max(0, first.offsetTop - 40);
    first.scrollIntoView({ block: "nearest" });
  }
  return box;
}
