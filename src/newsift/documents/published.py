"""Publication date of a text that carries no header or metadata, read from the text.

In order of trust, the text states its own date (basis ``text``) by:

- a labelled dateline: "Published April 10, 2024", "Updated: 10.04.2024", "Datum: 10.
  April 2024", "Fecha: 10 de abril de 2024" (a label opens a line or follows a byline
  separator; "published" beats "posted" beats a bare "Date:" beats "updated");
- a dateline on a line of its own near the top: "By Olena Koval | 08:15 03 May 2024",
  "Tuesday 7 May 2024", "KYIV, March 4, 2024 -" (a line that is a date and little
  else, never a sentence that happens to hold a date);
- a full date stamped into a flattened first line, where no preposition governs it;
- the page's own address on a line of its own near the top, with its date in the path
  (".../2024/05/03/..."), as a scrape that keeps the address prints it.

Failing that, a date reasoned from what the article reports gives basis ``inferred``: a
weekday written with a day and month ("Wednesday, April 10") fixes the year, given a
lower bound from the other years the text mentions; an article is no older than the
latest such date. Standard library only, so the result never depends on today's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from newsift.documents.calendar_dates import (
    WEEKDAY_PATTERN,
    WEEKDAYS,
    YEAR,
    DateMention,
    find_dates,
    full_date,
    url_date,
    valid_date,
)

# Labels that say what a date is, in the languages pages print them in. Each group is
# one kind; the kinds are tried in the order of DATELINE_TRUST.
_LABELS = {
    "published": r"first\s+published|published|date\s+of\s+publication|publication\s+date"
    r"|publish(?:ed)?\s+date|date\s+published|veröffentlicht|publié|publicado|pubblicato"
    r"|opublikowano|опубликовано|опубліковано|дата\s+публикации|дата\s+публікації"
    r"|تاريخ\s+النشر|نشر|yayınlanma\s+tarihi|yayın\s+tarihi",
    "posted": r"posted|written",
    "date": r"date|dated|datum|fecha|data|datë|дата|تاريخ|tarih|tanggal",
    "updated": r"last\s+updated|last\s+modified|updated|modified|aktualisiert|mis\s+à\s+jour"
    r"|actualizado|atualizado|aggiornato|обновлено|оновлено|تحديث",
}
DATELINE = re.compile(
    r"(?:^|[|•·—–]|\s{2})[^\S\n]*(?P<label>"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _LABELS.items())
    + r")(?!\w)(?:\s+(?:on|at|am|le|el|em|il|في))?\s*[:：]?\s*(?:"
    + WEEKDAY_PATTERN.replace("weekday", "wd")
    + r",?\s+)?",
    re.IGNORECASE | re.MULTILINE,
)
DATELINE_TRUST = ("published", "posted", "date")
# A byline name between a label and its date: "Posted by Jane van der Berg on".
_NAME_WORDS = 4
# How far a dateline's date may sit from its label ("Published 10:32 GMT, 10 April 2024").
_DATELINE_REACH = 40
# A dateline line of its own lies among the first lines of the text.
HEAD_LINES = 12
HEAD_CHARS = 2000
# What a dateline line may hold besides its date: times, zones, a byline, a place.
_FURNITURE = re.compile(
    r"\b\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{3,4}(?:\s*[ap]\.?\s?m\b\.?)"
    r"|\b(?:at|on|by|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|et|pt|ist"
    r"|ast|local\s+time|updated|published|posted|am|pm|\d{3,4})\b|[+-]\d\d?(?::?\d\d)?"
    r"|\b\d+\s*min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A dateline line holds at most this many words besides its date, and at most one
# lower-case one ("By Jane Doe and John Roe"): a sentence has verbs and function words.
DATELINE_MAX_WORDS = 12
DATELINE_MAX_LOWER = 1
DATELINE_MAX_CHARS = 160
# A flattened first line ("Rockets hit Aleppo 6 October 2016 Aleppo SANA - ...") may hold
# its stamp this many words in, where no preposition or article governs it.
STAMP_MAX_WORDS = 30
GOVERNING_WORDS = frozenset({
    "on", "in", "of", "since", "from", "until", "till", "by", "before", "after", "to", "and",
    "or", "the", "a", "an", "at", "during", "between", "through", "than", "as", "early",
    "late", "mid",
})  # fmt: skip
# What follows a stamp: a place or agency, a time, a bracket, a dash, or nothing.
STAMP_FOLLOWER = re.compile(r"$|[A-Z\d(|\-–—]")
# What may stand before a date that opens the text: nothing, or a place ("KYIV, ").
LEADING_PREFIX = re.compile(r"^\W*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*,\s*)?$")
# Weekdays repeat on the same day and month within at most 11 years.
_WEEKDAY_CYCLE = 11
Basis = Literal["text", "inferred"]


@dataclass(frozen=True)
class PublicationDate:
    value: str  # YYYY-MM-DD
    basis: Basis


def publication_date(text: str) -> PublicationDate | None:
    stated = stated_date(text)
    if stated is not None:
        return PublicationDate(stated.isoformat(), "text")
    inferred = infer_date(text)
    if inferred is not None:
        return PublicationDate(inferred.isoformat(), "inferred")
    return None


def stated_date(text: str) -> date | None:
    """The date the text gives for itself, from the most trusted form that gives one."""
    labelled = labelled_dates(text)
    for kind in DATELINE_TRUST:
        if kind in labelled:
            return labelled[kind]
    return (
        head_line_date(text) or leading_date(text) or labelled.get("updated") or stamped_date(text)
        or head_url_date(text)
    )


# A line that is a web address and nothing else.
_URL_LINE = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def head_url_date(text: str) -> date | None:
    """The date in the path of an address standing on a line of its own near the top
    (the page's own, where a scrape keeps it; links inside the article come later)."""
    seen = 0
    for line in text[:HEAD_CHARS].split("\n"):
        if not line.strip():
            continue
        if seen >= HEAD_LINES:
            break
        seen += 1
        if _URL_LINE.fullmatch(line):
            return url_date(line.strip() if "//" in line else "//" + line.strip())
    return None


def has_dateline(line: str) -> bool:
    """Whether ``line`` holds a dateline: a publishing label, or a bare "Date:" with its
    date (a headline may open with "Data" or "Date")."""
    match = DATELINE.search(line)
    return match is not None and (not match["date"] or bool(labelled_dates(line)))


def labelled_dates(text: str) -> dict[str, date]:
    """The first date after each kind of label; a bare "Date:" counts only near the top.

    Between label and date stand only times, zones and names ("Published 10:32 GMT, 10
    April 2024", "Posted by Jane Doe on 3 May 2024"): a lower-case word makes it a
    sentence ("Data released on 3 May 2024 show ...").
    """
    found: dict[str, date] = {}
    for match in DATELINE.finditer(text):
        kind = next(k for k in _LABELS if match[k])
        if kind in found or (kind == "date" and match.start() > HEAD_CHARS):
            continue
        reach = text[match.end() : match.end() + _DATELINE_REACH]
        for mention in find_dates(reach):
            day = full_date(mention)
            if mention.start > _DATELINE_REACH // 2 or day is None:
                continue
            gap = _WORD.findall(_FURNITURE.sub(" ", reach[: mention.start]))
            if all(word[0].isupper() for word in gap) and len(gap) <= _NAME_WORDS:
                found[kind] = day
            break
    return found


def head_line_date(text: str) -> date | None:
    """The date of the first line near the top that is a dateline and little else."""
    seen = 0
    for count, line in enumerate(text[:HEAD_CHARS].split("\n")):
        if count >= HEAD_LINES * 2 or seen >= HEAD_LINES:
            break
        if not line.strip():
            continue
        seen += 1
        if len(line) > DATELINE_MAX_CHARS or DATELINE.search(line):
            continue  # a labelled line says what its date is (see labelled_dates)
        mentions = [m for m in find_dates(line) if m.year is not None]
        day = full_date(mentions[0]) if mentions else None
        if day is not None and _is_dateline(line, mentions):
            return day
    return None


def _is_dateline(line: str, mentions: list[DateMention]) -> bool:
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = DATELINE.sub(" ", _FURNITURE.sub(" ", rest))
    words = [w for w in _WORD.findall(rest) if w.lower().rstrip(".") not in WEEKDAYS]
    lower = [w for w in words if w[0].islower()]
    return len(words) <= DATELINE_MAX_WORDS and len(lower) <= DATELINE_MAX_LOWER


def leading_date(text: str) -> date | None:
    """A full date opening the text ("Sun 05 Jul 2015 ...", "KYIV, March 4, 2024 -")."""
    head = text.lstrip()[: _DATELINE_REACH * 2]
    for mention in find_dates(head):
        if mention.year is None or not LEADING_PREFIX.match(head[: mention.start]):
            continue
        day = full_date(mention)
        if day is not None:
            return day
    return None


def stamped_date(text: str) -> date | None:
    """A full date stamped into a flattened first line, after a headline or byline.

    In a sentence a full date is governed by a preposition ("on 6 October 2016"); a stamp
    that follows a headline word directly is the page's own date.
    """
    first = text.lstrip().split("\n", 1)[0]
    head = " ".join(first.split()[:STAMP_MAX_WORDS])
    for mention in find_dates(head):
        before, after = head[: mention.start].split(), head[mention.end :].lstrip()
        if mention.year is None or not before or not STAMP_FOLLOWER.match(after):
            continue
        if before[-1].lower().strip(",(") in GOVERNING_WORDS or before[-1].endswith(","):
            continue
        day = full_date(mention)
        if day is not None:
            return day
    return None


def infer_date(text: str) -> date | None:
    """The latest weekday-anchored date the text reports, or None when nothing fixes one."""
    mentions = find_dates(text)
    years = [int(y) for y in YEAR.findall(text)]
    floor = max(years) if years else None
    anchored: list[date] = []
    for mention in mentions:
        if mention.weekday is None:
            continue
        if mention.year is not None:
            day = valid_date(mention.year, mention.month, mention.day)
            if day is not None and day.weekday() == mention.weekday:
                anchored.append(day)
        elif floor is not None:
            resolved = resolve_year(mention.day, mention.month, mention.weekday, floor)
            if resolved is not None:
                anchored.append(resolved)
    return max(anchored) if anchored else None


def resolve_year(day: int, month: int, weekday: int, floor: int) -> date | None:
    """The first year from ``floor`` on in which ``day month`` falls on ``weekday``."""
    for year in range(floor, floor + _WEEKDAY_CYCLE + 1):
        candidate = valid_date(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return None
