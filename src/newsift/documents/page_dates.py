"""Where an HTML page states its publication date: markup, canonical URL, byline.

Three readings, each kept apart so the document stage can weigh them and say which one
it used (``published_basis``):

- the markup: ``<meta>`` publication tags (Open Graph, Dublin Core, Parse.ly, ...),
  JSON-LD and microdata ``datePublished``, a ``<time>`` marked as the publication time;
  modification dates are not read;
- the canonical URL the page names for itself (the date in it is read by
  :func:`~newsift.documents.published.url_date`);
- the dateline printed by the headline: the lines just around the page's ``<h1>``, read
  as a text's own datelines are (:func:`~newsift.documents.published.stated_date`), so a
  date in a teaser, a comment or a copyright footer further down never counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml.etree import _Element

from newsift.documents.published import parse_date_value, stated_date

# Lower-cased name, property or itemprop of a <meta> that holds the publication time, in
# order of trust: the explicit tags first, the vague "date" last.
META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "datepublished", "dc.date.issued", "dcterms.issued",
    "citation_publication_date", "parsely-pub-date", "sailthru.date", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date",
    "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
    "rnews:datepublished", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "date",
)  # fmt: skip
_META_RANK = {name: rank for rank, name in enumerate(META_PUBLISHED)}
JSON_LD_KEYS = ("datePublished", "dateCreated")
# Parts of a page that are not the article's own header: their dates are other things'.
SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "select",
     "button", "svg", "iframe", "figcaption"}
)  # fmt: skip
BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6",
     "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "br", "time", "address",
     "blockquote", "figure", "hr"}
)  # fmt: skip
# The byline sits just above or below the headline.
LINES_BEFORE_HEADLINE = 3
LINES_AFTER_HEADLINE = 12


@dataclass(frozen=True)
class PageDates:
    markup: str | None  # YYYY-MM-DD
    url: str | None  # the canonical URL the page gives for itself
    dateline: str | None  # YYYY-MM-DD printed near the headline


def page_dates(tree: _Element, title: str | None = None) -> PageDates:
    return PageDates(
        markup=markup_date(tree), url=canonical_url(tree), dateline=headline_date(tree, title)
    )


def markup_date(tree: _Element) -> str | None:
    """The publication date the page's markup gives, from the most explicit source."""
    ranked: list[tuple[int, str]] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        day = parse_date_value(meta.get("content")) if key.strip() in _META_RANK else None
        if day is not None:
            ranked.append((_META_RANK[key.strip()], day.isoformat()))
    if ranked:
        return min(ranked)[1]
    for value in json_ld_dates(tree):
        day = parse_date_value(value)
        if day is not None:
            return day.isoformat()
    for element in tree.xpath(
        "//*[@itemprop='datePublished' or @pubdate or (self::time and"
        " re:test(concat(@class, ' ', @id), 'publish|pubdate|posted', 'i'))]",
        namespaces={"re": "http://exslt.org/regular-expressions"},
    ):
        value = element.get("content") or element.get("datetime") or element.text_content()
        day = parse_date_value(value)
        if day is not None:
            return day.isoformat()
    return None


def json_ld_dates(tree: _Element) -> Iterator[str]:
    """``datePublished`` values of the page's JSON-LD blocks, in document order."""
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        yield from _walk(data)


def _walk(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key in JSON_LD_KEYS:
            if isinstance(data.get(key), str):
                yield data[key]
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _walk(value)
    elif isinstance(data, list):
        for item in data:
            yield from _walk(item)


def canonical_url(tree: _Element) -> str | None:
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = tree.xpath(xpath)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def headline_date(tree: _Element, title: str | None = None) -> str | None:
    """The dateline printed just around the headline (the page's first ``<h1>``, else the
    line that gives its title), read as a text's own dateline."""
    lines = page_lines(tree)
    headings = tree.xpath("//h1")
    wanted = " ".join(headings[0].text_content().split()) if headings else (title or "")
    at = next((i for i, line in enumerate(lines) if wanted and line == wanted), None)
    if at is None:
        return None
    window = lines[max(0, at - LINES_BEFORE_HEADLINE) : at + 1 + LINES_AFTER_HEADLINE]
    day = stated_date("\n".join(line for line in window if line != wanted))
    return day.isoformat() if day is not None else None


def page_lines(tree: _Element) -> list[str]:
    """The page's visible text, one line a block, without scripts, menus and footers."""
    parts: list[str] = []
    walker = etree.iterwalk(tree, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in SKIPPED:
                walker.skip_subtree()  # its "end" still comes, and brings its tail
                parts.append("\n")
                continue
            if tag in BLOCKS:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
            continue
        if tag in BLOCKS:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)
    return [line for line in (" ".join(p.split()) for p in "".join(parts).split("\n")) if line]
