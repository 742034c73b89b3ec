"""Cleaning page scrapes that arrive as plain text.

A scraped page carries furniture around the article: advertisement slots, teasers for
related stories, correction/share/newsletter footers, agency credits, image URLs and a
reader-comment section. They are recognised by structure and by wording that recurs
across news sites, never by one site's strings. Furniture is listed in ``removed`` with
its kind; reader comments move, with their authors, to ``comments``. A clean article
comes out unchanged apart from whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsift.documents.furniture import unglue_metadata
from newsift.model import Comment, Removed

_I = re.IGNORECASE

ADVERTISEMENT = re.compile(
    r"^(?:advertisement|advertising|advert|ad|sponsored(?: content| links?)?|promoted(?: content)?"
    r"|paid (?:content|partner content|post)|(?:story|article) continues below(?: advertisement)?"
    r"|continue reading(?: the main story)?(?: below)?|scroll (?:down )?to continue"
    r"(?: with content)?|(?:skip|close) (?:ad|advertisement))"
    r"(?:\s*[-–—:|]\s*(?:scroll|continue|story continues|article continues)[\w ]{0,40})?\W*$",
    _I,
)
RELATED_LABEL = re.compile(
    r"^(?:other topics of interest|related(?: articles?| stories| news| topics| coverage"
    r"| content| posts| reading)?|read (?:more|also|next)|see also|also read|more on this"
    r"(?: story| topic)?|more from [\w .'’-]{1,40}|more (?:stories|news|articles)"
    r"|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories"
    r"| reading| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?"
    r"|editor[’']?s (?:picks?|choice)|top stories|latest (?:news|stories)|what to read next"
    r"|further reading|in (?:other|related) news|list of \d+ items?"
    r"|explore more on (?:these|this) topics?)\s*:?$",
    _I,
)
# "Read more: Ukraine ramps up howitzer production" — the teaser on the label's line.
RELATED_INLINE = re.compile(
    r"^(?:read (?:more|also|next)|related|see also|also read|more on this(?: story)?"
    r"|recommended|watch|listen|more|video)\s*[:|»›>]\s*\S",
    _I,
)
FOOTER = re.compile(
    r"^(?:to suggest a correction|you can also highlight the text|.{0,40}\bpress ctrl\s*\+\s*enter"
    r"|(?:if you )?(?:spot(?:ted)?|see|notice|found) (?:a |an )?(?:typo|error|mistake)"
    r"|report (?:a )?(?:typo|error|correction)|share (?:this|the) (?:article|story|post|page)"
    r"|share (?:on|via) |(?:click|tap) (?:here )?to share|sign up\b"
    r"|subscribe (?:to|for) (?:our|the)|(?:get|receive) (?:our|the) .{0,30}newsletter"
    r"|follow (?:us|[\w .]{1,30}) on (?:twitter|x|facebook|telegram|instagram|linkedin"
    r"|google news|youtube|whatsapp)|join (?:us|our .{0,30}) on (?:telegram|whatsapp|facebook)"
    r"|download (?:our|the) .{0,20}app|(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|by\b)"
    r"|.{0,80}all rights reserved|(?:(?:share|tweet|e-?mail|print|facebook|twitter|x|linkedin"
    r"|whatsapp|telegram|reddit|pinterest|flipboard|messenger|copy(?: link)?|save)\W*){1,9}$"
    r"|this (?:article|story|content) (?:may not|cannot) be (?:re)?published"
    r"|(?:we|the editors?) (?:welcome|invite) (?:your )?(?:comments|feedback)"
    r"|tags?\s*:|topics?\s*:|filed under\b|print this (?:article|page)"
    r"|(?:have|got) a (?:news )?tip\b|support (?:our|independent) journalism|our standards:"
    r"|follow us\b|follow \w+[’']?s? coverage\b|reuse this content|support us\W*$"
    r"|click here\b.{0,80}$|become a (?:member|patron|subscriber)"
    r"|we use cookies|accept (?:all )?cookies|cookie (?:policy|settings)|(?:subscribe|newsletter"
    r"|log ?in|sign ?in|register|donate)\W*$)",
    _I,
)
# Agency credits and reporting lines that trail an article.
CREDIT = re.compile(
    r"^\W*(?:(?:with|from|via|source|sources|additional reporting(?: by)?|reporting(?: by)?"
    r"|written by|compiled by|editing by)\s*:?\s+)?(?:afp|ap|reuters|dpa|efe|ansa|anadolu"
    r"|tass|ria novosti|xinhua|upi|pa|bloomberg|the associated press|agence france-presse"
    r"|associated press|wire services|news agencies|agencies|wires)(?:\s*(?:,|and|&|/)\s*"
    r"(?:afp|ap|reuters|dpa|efe|tass|xinhua|agencies|wires|bloomberg))*\W*$"
    r"|^(?:additional )?reporting by\b.{0,200}$|^(?:editing|edited|writing|compiled) by\b.{0,120}$"
    r"|^[\w .,&'’-]{0,80} contributed (?:reporting|(?:reporting )?to this (?:report|article"
    r"|story))\.?$"
    r"|^this (?:article|story) (?:was|is) (?:originally |first )?(?:re)?published"
    r" (?:on|by|in)\b.{0,120}$",
    _I,
)
# Navigation and player chrome that page-to-text tools keep.
NAVIGATION = re.compile(
    r"^(?:skip to (?:main )?content|(?:open |close )?menu|search|home|close|toggle navigation"
    r"|back to top|go to top|loading\.*|please enable javascript.*|listen to (?:this )?article"
    r"|\d+ min(?:ute)?s? read|end of list|advertisement feature)\W*$|^[\W_]{1,80}$",
    _I,
)
IMAGE_CREDIT = re.compile(
    r"^(?:photo|photograph|image|picture|credit|source|illustration|video)s?\s*(?:by|:)\s*.{1,80}$"
    r"|^.{0,60}\b(?:getty images|via getty|shutterstock|/afp|/reuters|/ap photo|ap photo/)"
    r"[^.]{0,30}$"
    r"|^\((?:photo|image|picture)s? (?:by|:|courtesy)[^)]{1,80}\)$"
    r"|^(?:image|media) (?:source|caption),.{0,200}$|^\[(?:file|photo|image)[:,][^\]]{1,200}\]$",
    _I,
)
URL = re.compile(r"^(?:https?://|www\.)\S+$", _I)
IMAGE_URL = re.compile(
    r"^(?:https?://|www\.)\S+\.(?:png|jpe?g|gif|webp|svg|bmp|ico)(?:\?\S*)?$", _I
)
AVATAR_URL = re.compile(r"avatar|gravatar|author|profile|user|member|default", _I)
COMMENTS_HEADER = re.compile(
    r"^(?:(?:reader |user |visitor )?comments?|\d+\s+(?:comments?|responses?|replies)"
    r"|comments?\s*[(\[]\s*\d+\s*[)\]]|comments?\s*:\s*\d+|view comments|show comments"
    r"|leave a (?:reply|comment)|post a comment|add (?:a |your )?comment|join the "
    r"(?:conversation|discussion|debate)|discussion|what do you think\??|have your say"
    r"|\d+ (?:thoughts|responses) (?:on|to) .{1,160}|comments are closed\.?"
    r"|\W*\d+ (?:comments?|responses|replies)\b(?P<tail>.{0,60})"
    r"|leave a (?:reply|comment) cancel reply"
    r"|comments? (?:section|policy))\W*$",
    _I,
)
# Comment timestamps: "3 hours ago", "July 16, 2012 at 8:34 am", "24th July 2012 - 19:58".
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?: [a-z]{2,4})?"
_STAMP = (
    r"(?:(?:about |over )?(?:an?|\d+) (?:second|minute|min|hour|hr|day|week|month|year)s? ago"
    rf"|just now|(?:yesterday|today)(?: at {_CLOCK})?"
    rf"|(?:{_WEEKDAY} )?(?:\d{{1,2}}(?:st|nd|rd|th)?[ ./-]{_MONTHS}[ ./-]\d{{2,4}}"
    rf"|{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})(?:,? (?:at |@ |- |– )?{_CLOCK})?)"
)
# Lines that mark a comment's head: notices and timestamps.
COMMENT_STAMP = re.compile(
    r"^(?:this comment (?:contains spoilers|has been (?:removed|deleted|hidden)).*"
    r"|click here (?:if you want )?to (?:read|show|expand).*|(?:posted |on )?" + _STAMP + r")\W*$",
    _I,
)
# Buttons and counters that trail a comment.
COMMENT_BUTTON = re.compile(
    r"^(?:\d+\s+)?(?:reply|report|report abuse|flag|like|likes|dislike|share|permalink|edit"
    r"|delete|quote|sort by \w+|(?:newest|oldest|best|top|popular)(?: first)?|subscribe|log ?in"
    r"|sign ?in|sign ?up|register|powered by \w+|be the first to comment\.?|start the discussion"
    r"|cancel reply|post comment|submit(?: comment)?|your email address will not be published\..*"
    r"|required fields are marked.*|(?:name|e-?mail|website|comment|message)\s*\*?"
    r"|save my name, email.*|notify me of .{0,80}"
    r"|upvote|downvote|recommend|vote|show replies|hide replies|load more(?: comments)?"
    r"|view (?:all )?replies|log ?in to reply|sign in to reply|click here to reply)"
    r"(?:\s*\(?\d+\)?)?\W*$|^[+-]?\d{1,5}(?:\s+(?:likes?|votes?|points?|replies))?$",
    _I,
)
AUTHOR_STAMP = re.compile(
    r"^(?P<author>[^\d\W].{0,40}?),?\s+(?:on |at |- |– |\| )?" + _STAMP + r"$", _I
)
AUTHOR_SAYS = re.compile(r"^(?P<author>.{1,60}?)\s+(?:says|said|wrote|writes|replied)\s*:?$", _I)
SENTENCE_END = re.compile(r"[.!?…:;,\"”’)]$")
SPACES = re.compile(r"[ \t\f\v\u2000-\u200a\u202f\u3000]+")
# A name or a handle: capitalised words ("Come On NATO"), or one token ("oldsoldier77").
NAME_LIKE = re.compile(r"^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*|[\w.-]+)$")
NAME_END = re.compile(r"(?:\b[A-Z]|\bJr|\bSr)\.$")
# A comment author line is short and reads as a name or handle, not as a sentence.
AUTHOR_MAX_WORDS = 5
AUTHOR_MAX_CHARS = 40
TEASER_MAX_WORDS = 20
# How far into the text a comments header must stand, without comment apparatus after
# it, to open the comment section: a bare "Comments" line, or one with more on it.
BARE_HEADER_SHARE = 0.2
META_HEADER_SHARE = 0.5
_STOPWORDS = (
    "the a an and or of to in on for with from by at as is are was were be been its it this"
    " that these those his her their our your has have had not but into over after about"
)
STOPWORDS = frozenset(_STOPWORDS.split(" "))


@dataclass
class Cleaned:
    text: str
    comments: list[Comment] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def clean_text(text: str) -> Cleaned:
    """Split a scraped page into article body, reader comments and removed furniture."""
    removed: list[Removed] = []
    lines = unglue_metadata(normalise(text).split("\n"), removed)
    start = comment_section_start(lines)
    body = drop_furniture(lines[:start] if start is not None else lines, removed)
    body = drop_trailing_credits(body, removed)
    comments = parse_comments(lines[start:], removed) if start is not None else []
    return Cleaned(text=join_paragraphs(body), comments=comments, removed=removed)


def normalise(text: str) -> str:
    """Unify line breaks and spaces; at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def join_paragraphs(lines: list[str]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def comment_section_start(lines: list[str]) -> int | None:
    """Index of the line that opens the reader comments, or None when there are none.

    A header ("Comments (5)", "Leave a reply") opens them when comment apparatus (an
    avatar, an author line, a timestamp) follows it, or when it stands past the article's
    opening; a comment count among the headline's meta lines ("12 comments | Posted in
    Politics") does not. Without a header, an avatar followed by an author line opens them.
    """
    total = sum(len(line) + 1 for line in lines)
    offset = 0
    for index, line in enumerate(lines):
        header = COMMENTS_HEADER.match(line) if index > 0 else None
        if header is not None:
            share = offset / total
            bare = not (header.group("tail") or "").strip(" .:»›>|-")
            if _comment_apparatus_follows(lines, index + 1) or share > (
                BARE_HEADER_SHARE if bare else META_HEADER_SHARE
            ):
                return index
        offset += len(line) + 1
    for index, line in enumerate(lines):
        if index > 2 and IMAGE_URL.match(line) and AVATAR_URL.search(line):
            following = _next_content(lines, index + 1, skip_images=True)
            if following is not None and is_author_line(lines, following):
                return index
    return None


def _comment_apparatus_follows(lines: list[str], index: int, reach: int = 4) -> bool:
    seen = 0
    while index < len(lines) and seen < reach:
        line = lines[index]
        if line:
            if IMAGE_URL.match(line) or COMMENT_STAMP.match(line) or is_author_line(lines, index):
                return True
            seen += 1
        index += 1
    return seen == 0


def _next_content(lines: list[str], index: int, skip_images: bool = False) -> int | None:
    while index < len(lines):
        if lines[index] and not (skip_images and IMAGE_URL.match(lines[index])):
            return index
        index += 1
    return None


def is_author_line(lines: list[str], index: int) -> bool:
    """A short name-like line that an avatar precedes or comment apparatus follows."""
    line = lines[index]
    if AUTHOR_SAYS.match(line) or AUTHOR_STAMP.match(line):
        return True
    if not looks_like_name(line):
        return False
    before = lines[index - 1] if index > 0 else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return bool(IMAGE_URL.match(before) or (after and COMMENT_STAMP.match(after)))


def looks_like_name(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= AUTHOR_MAX_WORDS
        and len(line) <= AUTHOR_MAX_CHARS
        and (not SENTENCE_END.search(line) or NAME_END.search(line) is not None)
        and not URL.match(line)
        and not COMMENT_STAMP.match(line)
        and not COMMENT_BUTTON.match(line)
    )


def parse_comments(lines: list[str], removed: list[Removed]) -> list[Comment]:
    """Comments with their authors; headers, avatars and buttons go to ``removed``."""
    comments: list[Comment] = []
    author: str | None = None
    text: list[str] = []

    def flush() -> None:
        body = join_paragraphs(text)
        if body:
            comments.append(Comment(author=author, text=body))
        text.clear()

    for index, line in enumerate(lines):
        if not line:
            text.append("")
        elif (index == 0 and COMMENTS_HEADER.match(line)) or IMAGE_URL.match(line):
            removed.append(Removed("other", line))
            if any(text):
                flush()
                author = None
        elif COMMENT_STAMP.match(line) or COMMENT_BUTTON.match(line) or COMMENTS_HEADER.match(line):
            removed.append(Removed("other", line))
        elif is_author_line(lines, index) or _bare_author(lines, index):
            flush()
            named = AUTHOR_SAYS.match(line) or AUTHOR_STAMP.match(line)
            author = named["author"] if named else line
        else:
            text.append(line)
    flush()
    return comments


def _bare_author(lines: list[str], index: int) -> bool:
    """In a comment section, a name alone on the line above its comment's first line."""
    line = lines[index]
    before = lines[index - 1] if index > 0 else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        looks_like_name(line)
        and NAME_LIKE.match(line) is not None
        and (not before or bool(COMMENT_BUTTON.match(before) or COMMENTS_HEADER.match(before)))
        and bool(after)
        and not looks_like_name(after)
    )


def drop_furniture(lines: list[str], removed: list[Removed]) -> list[str]:
    """Remove advertisement, related-story, footer, credit and image lines from the body."""
    keep: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line:
            keep.append(line)
        elif ADVERTISEMENT.match(line):
            removed.append(Removed("advertisement", line))
        elif NAVIGATION.match(line):
            removed.append(Removed("other", line))
        elif RELATED_LABEL.match(line):
            if keep and keep[-1] and is_teaser_headline(keep[-1]):
                # A teaser headline set just above its label, in the same block.
                removed.append(Removed("related", keep.pop()))
            removed.append(Removed("related", line))
            index = drop_teasers(lines, index + 1, removed)
            continue
        elif RELATED_INLINE.match(line) and len(line.split()) <= TEASER_MAX_WORDS:
            removed.append(Removed("related", line))
        elif COMMENTS_HEADER.match(line) and len(line.split()) <= 12:
            removed.append(Removed("other", line))
        elif FOOTER.match(line) and len(line.split()) <= 40:
            removed.append(Removed("footer", line))
        elif IMAGE_CREDIT.match(line):
            removed.append(Removed("credit", line))
        elif IMAGE_URL.match(line):
            removed.append(Removed("other", line))
        else:
            keep.append(line)
        index += 1
    return keep


def drop_teasers(lines: list[str], index: int, removed: list[Removed]) -> int:
    """Drop the headlines after a related label, each with a blurb that echoes it."""
    while True:
        head = _next_content(lines, index)
        if head is None or not is_teaser_headline(lines[head]) or _other_furniture(lines[head]):
            return index
        removed.append(Removed("related", lines[head]))
        index = head + 1
        blurb = _next_content(lines, index)
        if blurb is not None and _echoes(lines[head], lines[blurb]):
            removed.append(Removed("related", lines[blurb]))
            index = blurb + 1


def _other_furniture(line: str) -> bool:
    return any(p.match(line) for p in (FOOTER, ADVERTISEMENT, NAVIGATION, COMMENTS_HEADER))


def is_teaser_headline(line: str) -> bool:
    return (
        0 < len(line.split()) <= TEASER_MAX_WORDS
        and not SENTENCE_END.search(line)
        and not URL.match(line)
    )


def _echoes(headline: str, blurb: str) -> bool:
    """Whether a blurb repeats a distinctive word of the headline it stands under."""

    def content(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z][a-z-]{3,}", text.lower()) if w not in STOPWORDS}

    return bool(content(headline) & content(blurb)) or blurb == headline


def drop_trailing_credits(lines: list[str], removed: list[Removed]) -> list[str]:
    """Agency credits ("WITH AFP", "Reporting by ...") at the very end of the body."""
    lines = list(lines)
    credits: list[Removed] = []
    while lines:
        if not lines[-1]:
            lines.pop()
        elif CREDIT.match(lines[-1]):
            credits.append(Removed("credit", lines.pop()))
        else:
            break
    removed.extend(reversed(credits))
    return lines
