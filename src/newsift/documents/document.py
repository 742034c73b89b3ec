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
from newsift.documents.published import has_dateline, publication_date
from newsift.documents.reading import normalise_day
from newsift.documents.webpage import WebPage, extract_page
from newsift.model import Comment, Document, PublishedBasis, RawInput

# "date 2024-02-10" opening the text, on its own line or before the first sentence.
DATE_HEADER = re.compile(r"^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\n)?[ \t]*", re.IGNORECASE)

WORD = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_LETTERS = re.compile(r"[іїєґ]")
LANGUAGE_SAMPLE = 400
LANGUAGE_MIN_WORDS = 20
LANGUAGE_MIN_SHARE = 0.05
# The commonest function words of each language; English first, so it wins ties.
STOPWORDS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (code, frozenset(words.split()))
    for code, words in (
        ("en", "the of and to in a is that for on was with he it as at by from his said were"),
        ("fr", "le la les de des et en un une du est que qui dans pour pas sur au avec il"),
        ("de", "der die das und in den von zu mit ist sich des nicht auf ein eine dem für"),
        ("es", "el la los las de y en que un una del se por con para es al lo como su"),
        ("pt", "o a os as de do da dos das e em que um uma para com não no na por se"),
        ("it", "il la le di e che in un una per è del della con non si da al sono gli"),
    )
)


@dataclass(frozen=True)
class Header:
    published: str | None
    rest: str


def build_document(raw: RawInput) -> Document:
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
        language=guess_language(cleaned.text),
        text=cleaned.text,
        comments=_merge(comments, cleaned.comments),
        removed=cleaned.removed,
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


def guess_language(text: str) -> str | None:
    """ISO 639-1 code from script and function words; "en" when too short to tell.

    Cheap on purpose: it only has to keep an English pipeline off other languages.
    """
    words = WORD.findall(text.lower())[:LANGUAGE_SAMPLE]
    cyrillic = sum(1 for w in words if CYRILLIC.match(w))
    if words and cyrillic > len(words) / 2:
        return "uk" if any(UKRAINIAN_LETTERS.search(w) for w in words) else "ru"
    if len(words) < LANGUAGE_MIN_WORDS:
        return "en"
    share = {code: sum(1 for w in words if w in stop) / len(words) for code, stop in STOPWORDS}
    best = max(share, key=lambda code: share[code])
    return best if share[best] >= LANGUAGE_MIN_SHARE else None


def strip_date_header(text: str) -> Header:
    """Split a leading ``date YYYY-MM-DD`` header (not a valid date: left in the text)."""
    match = DATE_HEADER.match(text)
    if match is None:
        return Header(published=None, rest=text)
    day = normalise_day(match.group(1))
    if day is None:
        return Header(published=None, rest=text)
    return Header(published=day, rest=text[match.end() :])


def _merge(found: list[Comment], more: list[Comment]) -> list[Comment]:
    """Comments from the page's markup, then any the cleaner found in the body text."""
    seen = {" ".join(c.text.split()) for c in found}
    return found + [c for c in more if " ".join(c.text.split()) not in seen]
