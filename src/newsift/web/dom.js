// DOM helpers. Everything that comes from the database (article bodies, comments,
// quotes, actor names) is scraped from the web and untrusted: it only ever reaches the
// page as text nodes; no markup is ever parsed from a string.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// A link only for http(s) URLs; anything else (a file path, "javascript:") stays text.
export function sourceLink(source) {
  if (/^https?:\/\//i.test(source || "")) {
    return el("a", { href: source, target: "_blank", rel: "noopener noreferrer" }, source);
  }
  return el("span", { class: "path" }, source || "");
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let reason = response.statusText;
    try { reason = (await response.json()).detail || reason; } catch { /* not JSON */ }
    throw new Error(`${url}: ${typeof reason === "string" ? reason : JSON.stringify(reason)}`);
  }
  return response.json();
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function show(value) {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}
