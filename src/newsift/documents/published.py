"""Publication date of a text that carries no header or metadata, and of a URL.

In order of trust, the text states its own date (basis ``text``) by:

- a labelled dateline: "Published April 10, 2024", "Updated: 10.04.2024", "Datum: 10.
  April 2024", "Fecha: 10 de abril de 2024" (a label opens a line or follows a byline
  separator; "published" beats "posted" beats a bare "Date:" beats "updated");
- a dateline on a line of its own near the top: "By Olena Koval | 08:15 03 May 2024",
  "Saturday 20 Sep 2014", "KYIV, March 4, 2024 -" (a line that is a date and little
  else, never a sentence that happens to hold a date);
- a full date stamped into a flattened first line, where no preposition governs it.

Failing that, a date reasoned from what the article reports gives basis ``inferred``: a
weekday written with a day and month ("Wednesday, April 10") fixes the year, given a
lower bound from the other years the text mentions; an article is no older than the
latest such date. Standard library only, so the result never depends on today's date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
})  # fmt: skip
# Month names of the languages news pages print their datelines in, each list January
# first; read only as "day month year", the order these languages write.
_FOREIGN_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
)
FOREIGN_MONTHS: Mapping[str, int] = MappingProxyType({
    name: number
    for names in _FOREIGN_MONTHS
    for number, name in enumerate(names.split(), start=1)
})  # fmt: skip
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
})  # fmt: skip


def _names(suffix: str) -> tuple[str, str, str]:
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    month = rf"(?P<month{suffix}>{names})\.?"
    day = rf"(?P<day{suffix}>[0-3]?\d)(?:st|nd|rd|th)?"
    year = rf"(?P<year{suffix}>(?:19|20)\d\d)"
    return month, day, year


_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_M1, _D1, _Y1 = _names("1")
_M2, _D2, _Y2 = _names("2")
# "April 10", "April 10, 2024", "May 3,2024", "Apr. 10th" | "10 April", "10 of April 2024"
DAY_MONTH = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+(?:the\s+)?\(?)?"
    rf"(?:{_M1}\s+{_D1}(?:(?:,\s*|\s+){_Y1})?|{_D2}\s+(?:of\s+)?{_M2}(?:,?\s+{_Y2})?)\b",
    re.IGNORECASE,
)
# "Apr 092017": scrapes that drop punctuation glue a two-digit day to the year.
GLUED_DATE = re.compile(rf"\b{_M1}\s+(?P<day1>[0-3]\d)(?P<year1>(?:19|20)\d\d)\b", re.I)
FOREIGN_DATE = re.compile(
    r"(?<!\w)(?P<day>[0-3]?\d)(?:er|\.|º)?\s+(?:de\s+)?(?P<month>"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "2024-04-13", "2024/04/13", "2024.04.13", "2024-04-13T08:15:00Z"
ISO_DATE = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
    r"(?![\d/.]\d)"
)
NUMERIC_DATE = re.compile(
    r"(?<![\d.:/-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?![\d/.-]\d)"
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

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
    + _WEEKDAY.replace("weekday", "wd")
    + r",?\s+)?",
    re.IGNORECASE | re.MULTILINE,
)
DATELINE_TRUST = ("published", "posted", "date")
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
GOVERNING_WORDS = frozenset(
    "on in of since from until till by before after to and or the a an at during between"
    " through than as early late mid".split()
)
# What follows a stamp: a place or agency, a time, a bracket, a dash, or nothing.
STAMP_FOLLOWER = re.compile(r"$|[A-Z\d(|\-–—]")
# What may stand before a date that opens the text: nothing, or a place ("KYIV, ").
LEADING_PREFIX = re.compile(r"^\W*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*,\s*)?$")
# Weekdays repeat on the same day and month within at most 11 years.
_WEEKDAY_CYCLE = 11
# A date in a URL path or query: /2024/05/03/, /2024-05-03-slug, /20240503/, ?date=...
URL_DATE = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
    r"(?![\d.])"
)

Basis = Literal["text", "inferred"]


@dataclass(frozen=True)
class PublicationDate:
    value: str  # YYYY-MM-DD
    basis: Basis


@dataclass(frozen=True)
class DateMention:
    """A calendar date in the text; ``year`` is None when the text omits it."""

    day: int
    month: int
    year: int | None
    weekday: int | None
    start: int
    end: int = 0


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
        head_line_date(text)
        or leading_date(text)
        or labelled.get("updated")
        or stamped_date(text)
    )


def labelled_dates(text: str) -> dict[str, date]:
    """The first date after each kind of label; a bare "Date:" counts only near the top."""
    found: dict[str, date] = {}
    for match in DATELINE.finditer(text):
        kind = next(k for k in _LABELS if match[k])
        if kind in found or (kind == "date" and match.start() > HEAD_CHARS):
            continue
        reach = text[match.end() : match.end() + _DATELINE_REACH]
        day = next(
            (
                day
                for mention in find_dates(reach)
                if mention.start <= _DATELINE_REACH // 2
                and (day := _full(mention)) is not None
            ),
            None,
        )
        if day is not None:
            found[kind] = day
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
        if len(line) > DATELINE_MAX_CHARS:
            continue
        mentions = [m for m in find_dates(line) if m.year is not None]
        day = _full(mentions[0]) if mentions else None
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
        day = _full(mention)
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
        day = _full(mention)
        if day is not None:
            return day
    return None


def url_date(url: str | None) -> date | None:
    """The day a URL's path or query names: /2024/05/03/, /20240503/, ?date=2024-05-03."""
    if not url:
        return None
    _, _, rest = url.partition("//")
    _, slash, path = rest.partition("/")
    for match in URL_DATE.finditer(path if slash else url):
        day = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        if day is not None:
            return day
    return None


def parse_date_value(value: str | None) -> date | None:
    """A day from a machine-readable value (ISO 8601, "20240503") or a written one."""
    if not value:
        return None
    value = value.strip()
    compact = re.match(r"((?:19|20)\d\d)([01]\d)([0-3]\d)(?:$|T)", value)
    if compact:
        return _valid(int(compact[1]), int(compact[2]), int(compact[3]))
    for mention in find_dates(value[:80]):
        day = _full(mention)
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
            day = _valid(mention.year, mention.month, mention.day)
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
        candidate = _valid(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return None


def find_dates(text: str) -> list[DateMention]:
    """Every day-and-month date in ``text``, in order of appearance.

    Numeric dates: year first is year-month-day; "03.05.2024" and "03-05-2024" are day
    first (the order of every convention that writes them so); "03/05/2024" is read only
    when one part is above 12, or another slash date in the text settles the order.
    """
    text = text.translate(_DIGITS)
    found: list[DateMention] = []
    for match in DAY_MONTH.finditer(text):
        weekday = match["weekday"]
        side = "1" if match["month1"] else "2"
        year = match["year" + side]
        found.append(DateMention(
            day=int(match["day" + side]), month=MONTHS[match["month" + side].lower()],
            year=int(year) if year else None,
            weekday=WEEKDAYS[weekday.lower()] if weekday else None,
            start=match.start(), end=match.end(),
        ))  # fmt: skip
    for match in GLUED_DATE.finditer(text):
        found.append(DateMention(int(match["day1"]), MONTHS[match["month1"].lower()],
                                 int(match["year1"]), None, match.start(), match.end()))  # fmt: skip
    for match in FOREIGN_DATE.finditer(text):
        found.append(DateMention(int(match["day"]), FOREIGN_MONTHS[match["month"].lower()],
                                 int(match["year"]), None, match.start(), match.end()))  # fmt: skip
    for match in ISO_DATE.finditer(text):
        found.append(DateMention(int(match["day"]), int(match["month"]), int(match["year"]),
                                 None, match.start(), match.end()))  # fmt: skip
    day_first = _slash_order(text)
    for match in NUMERIC_DATE.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        first = day_first if match["sep"] == "/" else True
        if a > 12 >= b or (b <= 12 and a <= 12 and first is True):
            found.append(DateMention(a, b, int(match["year"]), None, match.start(), match.end()))
        elif b > 12 >= a or (a <= 12 and b <= 12 and first is False):
            found.append(DateMention(b, a, int(match["year"]), None, match.start(), match.end()))
    found.sort(key=lambda mention: mention.start)
    kept: list[DateMention] = []
    for mention in found:
        if not (1 <= mention.day <= 31 and 1 <= mention.month <= 12):
            continue
        if kept and mention.start < kept[-1].end:
            continue  # "May 3,2024" and its glued reading: the first found stands
        kept.append(mention)
    return kept


def _slash_order(text: str) -> bool | None:
    """Whether the slash dates of ``text`` put the day first, when any of them tells."""
    for match in NUMERIC_DATE.finditer(text):
        if match["sep"] != "/":
            continue
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    return None


def _full(mention: DateMention) -> date | None:
    """The day a mention with a year names, when it exists and fits its weekday."""
    if mention.year is None:
        return None
    day = _valid(mention.year, mention.month, mention.day)
    if day is None or (mention.weekday is not None and day.weekday() != mention.weekday):
        return None
    return day


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
