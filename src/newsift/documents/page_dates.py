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
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml.etree import _Element

from newsift.documents.calendar_dates import parse_date_value
from newsift.documents.published import stated_date

# Lower-cased name, property or itemprop of a <meta> that holds the publication time, in
# order of trust: the explicit tags first, the vague "date" last.
META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "datepublished", "dc.date.issued", "dcterms.issued",
    "citation_publication_date", "parsely-pub-date", "sailthru.date", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date",
    "article_date_original", "original-publish-date", "originalpublicationdate",
    "publication_date", "pub_date", "cxenseparse:recs:publishtime",
    "rnews:datepublished", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "date",
)  # fmt: skip
_META_RANK = {name: rank for rank, name in enumerate(META_PUBLISHED)}
JSON_LD_KEYS = ("datePublished", "dateCreated")
# " | Example News", " - Example News": the site's name after a page's title.
_SITE_NAME = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_QUOTES = str.maketrans("‘’“”", "''\"\"")
_SPACE = re.compile(r"\s+")  # a line break in the source is a space on the page
_CLOCK = re.compile(r"\d[T ]\d\d:\d\d")
# A UTC offset other than zero: "-05:00", "+0300" (not "Z", "+00:00", "+0000").
_LOCAL_OFFSET = re.compile(r"\d\d:\d\d(?::\d\d)?(?:\.\d+)?\s*[+-](?!00:?00)\d\d:?\d\d\s*$")
# Parts of a page that are not the article's own header: their dates are other things'.
SKIPPED = frozenset(
    {"head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "select",
     "button", "svg", "iframe", "figcaption"}
)  # fmt: skip
BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6",
     "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "br", "time", "address",
     "blockquote", "figure", "hr"}
)  # fmt: skip
# The byline sits just above or below the headline.
LINES_BEFORE_HEADLINE = 2
LINES_AFTER_HEADLINE = 12


@dataclass(frozen=True)
class MarkupDate:
    value: str  # YYYY-MM-DD
    utc: bool  # given as a UTC (or unzoned) time: the newsroom's day may differ by one


@dataclass(frozen=True)
class PageDates:
    markup: MarkupDate | None
    url: str | None  # the canonical URL the page gives for itself
    dateline: str | None  # YYYY-MM-DD printed near the headline


def page_dates(tree: _Element, title: str | None = None) -> PageDates:
    return PageDates(
        markup=markup_date(tree), url=canonical_url(tree), dateline=headline_date(tree, title)
    )


def markup_date(tree: _Element) -> MarkupDate | None:
    """The publication date the page's markup gives, from the most explicit source.

    A value written in the newsroom's own time (a bare date, or a time with its UTC
    offset) is preferred to one in UTC, whose calendar day may be the next one.
    """
    found: list[tuple[bool, int, int, MarkupDate]] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key.strip() in _META_RANK:
            found += _dated(meta.get("content"), 0, _META_RANK[key.strip()])
    for rank, value in enumerate(json_ld_dates(tree)):
        found += _dated(value, 1, rank)
    for rank, element in enumerate(tree.xpath(
        "//*[@itemprop='datePublished' or @pubdate or (self::time and"
        " re:test(concat(@class, ' ', @id), 'publish|pubdate|posted', 'i'))]",
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )):  # fmt: skip
        value = element.get("content") or element.get("datetime") or element.text_content()
        found += _dated(value, 2, rank)
    return min(found, key=lambda item: item[:3])[3] if found else None


def _dated(value: str | None, source: int, rank: int) -> list[tuple[bool, int, int, MarkupDate]]:
    day = parse_date_value(value)
    if day is None or value is None:
        return []
    utc = _clock_time(value) and not _LOCAL_OFFSET.search(value)
    return [(utc, source, rank, MarkupDate(day.isoformat(), utc))]


def _clock_time(value: str) -> bool:
    return _CLOCK.search(value) is not None


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
    """The dateline printed just below the headline, else just above it, read as a
    text's own dateline. The headline is the page's ``<h1>`` (the one in the article
    when a page repeats it in a sticky header), else the line that gives its title."""
    lines = page_lines(tree)
    at = _headline_line(tree, lines, title)
    if at is None:
        return None
    after = "\n".join(lines[at + 1 : at + 1 + LINES_AFTER_HEADLINE])
    before = "\n".join(lines[max(0, at - LINES_BEFORE_HEADLINE) : at])
    day = stated_date(after) or stated_date(before)
    return day.isoformat() if day is not None else None


def _headline_line(tree: _Element, lines: list[str], title: str | None) -> int | None:
    """The index in ``lines`` of the headline's own line: the article's ``<h1>`` (the one
    in the article when a sticky header repeats it), unless that names no title the page
    gives itself and another line does (a site whose logo is its ``<h1>``)."""
    titles = page_titles(tree, title)
    headings = [
        (" ".join(h.text_content().split()), bool(h.xpath("ancestor::article|ancestor::main")))
        for h in tree.iter("h1")
    ]
    headings = [(text, inside) for text, inside in headings if text]
    at = None
    if headings:
        index = next((i for i, (_, inside) in enumerate(headings) if inside), 0)
        wanted = headings[index][0]
        # The n-th <h1> of that text is the n-th line of it.
        nth = sum(1 for text, _ in headings[:index] if text == wanted)
        found = [i for i, line in enumerate(lines) if line == wanted]
        at = found[min(nth, len(found) - 1)] if found else None
        if at is not None and (not titles or _title_key(wanted) in titles):
            return at
    titled = next((i for i, line in enumerate(lines) if _title_key(line) in titles), None)
    return titled if titled is not None else at


def page_titles(tree: _Element, title: str | None = None) -> frozenset[str]:
    """The headlines a page gives for itself (Open Graph, Twitter, ``<title>`` without its
    site name), lower-cased, with ``title`` when given."""
    found = [title or ""]
    found += [str(v) for v in tree.xpath("//meta[@property='og:title' or @name='twitter:title']"
                                          "/@content")]  # fmt: skip
    for element in tree.iter("title"):
        whole = element.text_content()
        found += [whole, _SITE_NAME.split(whole)[0]]
    return frozenset(_title_key(t) for t in found if t.strip())


def _title_key(text: str) -> str:
    return " ".join(text.split()).casefold().translate(_QUOTES)


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
                parts.append(_SPACE.sub(" ", element.text))
            continue
        if tag in BLOCKS:
            parts.append("\n")
        if element.tail:
            parts.append(_SPACE.sub(" ", element.tail))
    return [line for line in (" ".join(p.split()) for p in "".join(parts).split("\n")) if line]
