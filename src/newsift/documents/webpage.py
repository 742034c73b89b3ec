"""Article body, title, date and reader comments from an HTML page.

trafilatura finds the body. Called with its default ``include_comments=True`` it leaves
comment sections it does not recognise in the body, so the body pass asks for no comments
and also prunes containers whose id or class names a comment section. Comments come from
the page's comment items, with authors where the markup names them; failing that, from
trafilatura's comment text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import MappingProxyType

import lxml.html
from lxml.etree import ParserError, XPathEvalError, _Element

from newsift.documents.cleaning import normalise, parse_comments
from newsift.documents.page_dates import PageDates, page_dates
from newsift.model import Comment

# Containers of reader comments, by the id/class words sites use for them. Anchored on
# word boundaries so that "comment-enabled-article" style wrappers of the body survive.
_COMMENT_WORD = (
    r"(?:^|[\s_-])(?:comments?|comment-?(?:list|section|area|thread|wrap(?:per)?|container"
    r"|form|respond)|commentlist|comments?area|disqus(?:_thread)?|dsq-comments|respond"
    r"|reply-?form|user-?comments|reader-?comments|discussion|livefyre|fb-comments"
    r"|talkback|coral(?:-?talk)?)(?:$|[\s_-])"
)
COMMENT_PRUNE_XPATH = (
    ".//*[self::div or self::section or self::ol or self::ul or self::aside or self::form]"
    f"[re:test(@id, '{_COMMENT_WORD}', 'i') or re:test(@class, '{_COMMENT_WORD}', 'i')]"
    # A container that holds the headline or the article is a page wrapper, not comments.
    "[not(.//*[self::article or self::h1 or @itemprop='articleBody'])]"
)
MENTIONS_COMMENTS_XPATH = (
    "boolean(.//*[re:test(@id, 'comment|disqus|dsq-|comol', 'i')"
    " or re:test(@class, 'comment|disqus|dsq-|comol', 'i')])"
)
_REGEXP_NS = MappingProxyType({"re": "http://exslt.org/regular-expressions"})
# One comment, as WordPress and most comment systems mark it up.
COMMENT_ITEM_XPATH = (
    ".//*[self::li or self::div or self::article or self::dt or self::dd]"
    "[re:test(@id, '^(?:li-)?comment-?\\d+$', 'i')"
    " or re:test(@class, '(?:^|\\s)(?:comment(?:[-_]?(?:item|entry|body|container|wrapper|block"
    "|box))?|single[-_]?comment)(?:$|\\s)', 'i')]"
)
_AUTHOR_CLASS = re.compile(
    r"(?:^|[\s_-])(?:fn|author|comment[-_]?author|user[-_]?name|nick(?:name)?|name|commenter"
    r"|by|byline|poster|posted-?by)(?:$|[\s_-])",
    re.IGNORECASE,
)
_TEXT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comment[-_]?(?:content|body|text|message)|content|body|text|message)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_TEXT_TAGS = frozenset({"div", "section", "p"})
_META_CLASS = re.compile(
    r"(?:^|[\s_-])(?:meta|date|time|reply|avatar|vcard|author|says|actions|footer|permalink"
    r"|edit)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\s+(?:says|said|wrote)\s*:?\s*$|\s*\(\d+\)$|^by\s+", re.IGNORECASE)
# "Posted by: Snarki at November 8, 2012 7:26 AM" under the comment it signs.
_POSTED_BY = re.compile(
    r"^(?:posted|written|submitted) by:?\s+(?P<author>.{1,60}?)(?:\s+(?:at|on)\b.*)?$", re.I
)
MAX_AUTHOR_CHARS = 60
# htmldate's extensive search falls back to dateparser over the page text: seconds per
# page on long comment threads, and a date guessed from text is ours to infer anyway.
DATE_PARAMS = MappingProxyType({"extensive_search": False, "original_date": True})


@dataclass(frozen=True)
class WebPage:
    text: str
    title: str | None
    published: str | None  # from the markup (see page_dates)
    comments: list[Comment] = field(default_factory=list)
    url: str | None = None  # the canonical URL the page gives for itself
    dateline: str | None = None  # the date printed by the headline
    guessed: str | None = None  # htmldate's pick, which may come from anywhere on the page
    published_utc: bool = False  # ``published`` is a UTC day: the newsroom's may differ by one


def extract_page(html: str, url: str | None = None) -> WebPage:
    """The article a page holds; an empty text when trafilatura finds no body."""
    tree = parse_html(html)
    if tree is None and "<" in html:
        # A bare fragment ("<p>...</p>" from a feed): trafilatura wants a whole page.
        html = f"<html><body>{html}</body></html>"
        tree = parse_html(html)
    comments = comment_items(tree) if tree is not None else []
    if not comments and (tree is None or _mentions_comments(tree)):
        comments = trafilatura_comments(html)
    dates = PageDates(None, None, None)
    if tree is not None:
        prune_comment_sections(tree)
        dates = page_dates(tree)
    markup = dates.markup
    import trafilatura  # here, not at the top: see trafilatura_comments

    page = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=url,
        fast=True,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=dict(DATE_PARAMS),
    )
    if not isinstance(page, trafilatura.settings.Document):
        return WebPage(
            text="", title=None, published=markup.value if markup else None, comments=comments,
            url=dates.url, dateline=dates.dateline, published_utc=bool(markup and markup.utc),
        )  # fmt: skip
    return WebPage(
        # trafilatura ends each block with one newline; the body keeps a blank line.
        text=normalise((page.text or "").replace("\n", "\n\n")),
        title=page.title or None,
        published=markup.value if markup else None,
        comments=comments,
        url=dates.url,
        dateline=dates.dateline,
        guessed=page.date or None,
        published_utc=bool(markup and markup.utc),
    )


def _mentions_comments(tree: _Element) -> bool:
    """Whether any element is named for comments: trafilatura's comment pass needs one."""
    return bool(tree.xpath(MENTIONS_COMMENTS_XPATH, namespaces=dict(_REGEXP_NS)))


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The page as trafilatura parses it (it copes with encoding declarations and repairs)."""
    from trafilatura.utils import load_html  # see trafilatura_comments

    try:
        tree = load_html(html)
    except (ParserError, ValueError, TypeError):
        return None
    return tree if isinstance(tree, lxml.html.HtmlElement) else None


def prune_comment_sections(tree: _Element) -> None:
    """Remove comment containers that trafilatura's own pruning misses."""
    for element in tree.xpath(COMMENT_PRUNE_XPATH, namespaces=dict(_REGEXP_NS)):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail and element.tail.strip():
            # lxml drops an element's tail with it; the tail is page text, not comments.
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)


def trafilatura_comments(html: str) -> list[Comment]:
    # trafilatura is imported when a page is read: importing it took a quarter of a second
    # of every process's start, and ingesting text or JSON lines reads no page.
    import trafilatura

    page = trafilatura.bare_extraction(html, fast=True, include_comments=True)
    if not isinstance(page, trafilatura.settings.Document) or not page.comments:
        return []
    return parse_comments(normalise(page.comments).split("\n"), [])


def comment_items(tree: _Element) -> list[Comment]:
    """Comments marked up as items, each with its author where the markup names one."""
    try:
        found = tree.xpath(COMMENT_ITEM_XPATH, namespaces=dict(_REGEXP_NS))
    except XPathEvalError:
        return []
    marked = {id(el) for el in found if isinstance(el, _Element)}
    # An item inside another is a separate reply when it is a list entry or an article;
    # a div such as "comment-body" inside an item is that item's own content.
    items = [
        el
        for el in found
        if isinstance(el, _Element)
        and (el.tag in ("li", "article", "dt", "dd") or not _has_marked_ancestor(el, marked))
    ]
    separate = {id(el) for el in items}
    comments: list[Comment] = []
    pending: str | None = None  # an author whose text sits in the next item (<dt>/<dd>)
    for item in items:
        own = list(_own(item, separate))
        text, author = _comment_text(own), _author(own)
        if text:
            comments.append(Comment(author=author or pending, text=text))
            pending = None
        elif author:
            pending = author
    return comments


def _has_marked_ancestor(element: _Element, marked: set[int]) -> bool:
    return any(id(parent) in marked for parent in element.iterancestors())


def _own(item: _Element, separate: set[int]) -> Iterator[_Element]:
    """Descendants of ``item``, leaving out the replies nested in it."""
    for child in item:
        if not isinstance(child.tag, str) or id(child) in separate:
            continue
        yield child
        yield from _own(child, separate)


def _author(own: list[_Element]) -> str | None:
    for element in own:
        if element.tag == "cite" or _AUTHOR_CLASS.search(element.get("class") or ""):
            # The name is the link or bold text when the author box also holds a bio.
            named = element.find(".//a") if len(element) else None
            source = named if named is not None and named.text_content().strip() else element
            name = _SAYS.sub("", " ".join(source.text_content().split()))
            if 0 < len(name) <= MAX_AUTHOR_CHARS:
                return name
    for element in own:
        if element.tag in _TEXT_TAGS:
            posted = _POSTED_BY.match(" ".join(element.text_content().split()))
            if posted:
                return posted["author"]
    return None


def _comment_text(own: list[_Element]) -> str:
    for element in own:
        if element.tag in _TEXT_TAGS and _TEXT_CLASS.search(element.get("class") or ""):
            text = _paragraphs(element)
            if text:
                return text
    paragraphs = [
        " ".join(el.text_content().split())
        for el in own
        if el.tag == "p"
        and not any(_is_meta(parent) for parent in own_parents(el))
        and not any(_is_meta(part) or part.tag == "cite" for part in el.iter())
    ]
    return "\n\n".join(p for p in paragraphs if p)


def _is_meta(element: _Element) -> bool:
    return _META_CLASS.search(element.get("class") or "") is not None


def own_parents(element: _Element) -> Iterator[_Element]:
    """Ancestors up to the nearest comment item: the page above it says nothing."""
    for parent in element.iterancestors():
        yield parent
        if parent.tag in ("li", "article", "dd"):
            return


def _paragraphs(element: _Element) -> str:
    paragraphs = [" ".join(p.text_content().split()) for p in element.iter("p")]
    if not paragraphs:
        paragraphs = [" ".join(element.text_content().split())]
    return "\n\n".join(p for p in paragraphs if p)
