"""Stage `document`: a raw input becomes a cleaned Document.

Text inputs may open with a ``date YYYY-MM-DD`` header and are page scrapes as often as
clean articles, so they go through the text cleaner. HTML pages go through trafilatura
(:mod:`newsift.documents.webpage`) and then the same cleaner, for furniture trafilatura keeps.
The publication date comes from, in order of trust: the input's metadata (a JSONL field)
or header, the page's markup, the URL, the dateline printed by the headline or at the top
of the text, htmldate's guess from elsewhere on the page, and an inference from the dates
the article reports (:func:`choose_published`; ``published_basis`` says which).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsift.documents.calendar_dates import url_date
from newsift.documents.cleaning import clean_text, is_teaser_headline
from newsift.documents.language import LanguageIdentifier
from newsift.documents.published import has_dateline, publication_date
from newsift.documents.reading import normalise_day
from newsift.documents.webpage import WebPage, extract_page
from newsift.model import Comment, Document, PublishedBasis, RawInput

# "date 2024-02-10" opening the text, on its own line or before the first sentence.
DATE_HEADER = re.compile(r"^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\n)?[ \t]*", re.IGNORECASE)

@dataclass(frozen=True)
class Header:
    published: str | None
    rest: str
    warning: str | None = None


def build_document(raw: RawInput, languages: LanguageIdentifier | None = None) -> Document:
    """The cleaned document; ``languages`` identifies its language (None: not identified)."""
    title = raw.title
    comments: list[Comment] = []
    page: WebPage | None = None
    if raw.kind == "html":
        page = extract_page(raw.content, url=raw.url)
        body = page.text
        title = title or page.title
        comments = list(page.comments)
        header = Header(published=None, rest=body)
    else:
        header = strip_date_header(raw.content)
        body = header.rest
    cleaned = clean_text(body)
    published, basis = choose_published(raw, header, page, cleaned.text)
    return Document(
        id=raw.digest,
        source=raw.source,
        title=title or headline_of(cleaned.text),
        published=published,
        published_basis=basis,
        language=languages.identify(cleaned.text) if languages else None,
        text=cleaned.text,
        comments=_merge(comments, cleaned.comments),
        removed=cleaned.removed,
        encoding=raw.encoding,
        warnings=[header.warning] if header.warning else [],
    )


def choose_published(
    raw: RawInput, header: Header, page: WebPage | None, text: str
) -> tuple[str | None, PublishedBasis | None]:
    """The publication date from the most trustworthy source that gives one.

    A date handed in with the input (a JSONL field, a ``date`` header) or stated in the
    page's markup, then the date in the article's URL, then the dateline printed by the
    headline or at the top of the text; only then a date htmldate picked from anywhere
    on the page, and last one inferred from the dates the article reports.
    """
    given: tuple[tuple[str | None, PublishedBasis], ...] = (
        (raw.published, "metadata"),
        (header.published, "header"),
    )
    for value, basis in given:
        day = normalise_day(value)
        if day is not None:
            return day, basis  # before reading the text for dates: most feeds give one
    page = page or WebPage(text="", title=None, published=None)
    url = url_date(raw.url) or url_date(page.url)
    url_day = url.isoformat() if url else None
    stated = publication_date(text)
    printed = stated.value if stated and stated.basis == "text" else None
    markup: tuple[str | None, PublishedBasis] = (page.published, "metadata")
    if page.published and page.published_utc:
        local: tuple[tuple[str | None, PublishedBasis], ...] = (
            (page.dateline, "text"),
            (url_day, "url"),
            (printed, "text"),
        )
        markup = newsroom_day(page.published, local)
    candidates: tuple[tuple[str | None, PublishedBasis], ...] = (
        (raw.published, "metadata"),
        (header.published, "header"),
        markup,
        (url_day, "url"),
        (page.dateline, "text"),
        (printed, "text"),
        (page.guessed, "page"),
        (stated.value if stated else None, "inferred"),
    )
    for value, basis in candidates:
        day = normalise_day(value)
        if day is not None:
            return day, basis
    return None, None


def newsroom_day(
    utc_day: str, local: tuple[tuple[str | None, PublishedBasis], ...]
) -> tuple[str, PublishedBasis]:
    """The markup's UTC day, unless the first day the page itself prints (its dateline,
    its URL, its text) is the day before or after it: a story filed late in the evening
    west of Greenwich carries the next UTC day, and the newsroom's own day is the one
    its "on Tuesday" counts from."""
    for day, basis in local:
        if day is None:
            continue
        gap = abs((date.fromisoformat(day) - date.fromisoformat(utc_day)).days)
        if gap == 0:
            return utc_day, "metadata"
        if gap == 1:
            return day, basis
    return utc_day, "metadata"


def headline_of(text: str) -> str | None:
    """The first paragraph when it reads as a headline: one short line, no full stop."""
    first, _, rest = text.partition("\n\n")
    if (
        rest
        and "\n" not in first
        and is_teaser_headline(first)
        and len(first.split()) >= 3
        and first.count("(") == first.count(")")
        and not has_dateline(first)
    ):
        return first
    return None


def strip_date_header(text: str) -> Header:
    """Split a leading ``date YYYY-MM-DD`` header. A header whose date is not a calendar
    date ("2024-02-30") is still a header, not article text: it goes, with a warning."""
    match = DATE_HEADER.match(text)
    if match is None:
        return Header(published=None, rest=text)
    day = normalise_day(match.group(1))
    if day is None:
        warning = f"the date header {match.group(1)!r} is not a calendar date; it was ignored"
        return Header(published=None, rest=text[match.end() :], warning=warning)
    return Header(published=day, rest=text[match.end() :])


def _merge(found: list[Comment], more: list[Comment]) -> list[Comment]:
    """Comments from the page's markup, then any the cleaner found in the body text."""
    seen = {" ".join(c.text.split()) for c in found}
    return found + [c for c in more if " ".join(c.text.split()) not in seen]
