"""Calendar dates as pages write them, read into days: the forms datelines use.

Written forms ("April 10, 2024", "10 April 2024", "May 3,2024", "Jun 072023", "3. Mai
2024", "10 de abril de 2024"), numeric ones ("2024-04-10", "10.04.2024", "10/04/2024"),
machine values ("2024-04-10T08:15:00+03:00") and dates in URLs. Shared by the text
datelines (:mod:`newsift.documents.published`) and the page markup
(:mod:`newsift.documents.page_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

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
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
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


WEEKDAY_PATTERN = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_M1, _D1, _Y1 = _names("1")
_M2, _D2, _Y2 = _names("2")
# "April 10", "April 10, 2024", "May 3,2024", "Apr. 10th" | "10 April", "10 of April 2024"
DAY_MONTH = re.compile(
    rf"\b(?:{WEEKDAY_PATTERN},?\s+(?:the\s+)?\(?)?"
    rf"(?:{_M1}\s+{_D1}(?:(?:,\s*|\s+){_Y1})?|{_D2}\s+(?:of\s+)?{_M2}(?:,?\s+{_Y2})?)\b",
    re.IGNORECASE,
)
# "Jun 072023": scrapes that drop punctuation glue a two-digit day to the year.
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


# A date in a URL path or query: /2024/05/03/, /2024-05-03-slug, /20240503/, ?date=...
URL_DATE = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
    r"(?![\d.])"
)
# "/2019/nov/18/": a month's name between the year and the day.
URL_NAMED_DATE = re.compile(
    rf"(?<!\d)(?P<year>(?:19|20)\d\d)/(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
    r"/(?P<day>[0-3]?\d)(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A calendar date in the text; ``year`` is None when the text omits it."""

    day: int
    month: int
    year: int | None
    weekday: int | None
    start: int
    end: int = 0


def url_date(url: str | None) -> date | None:
    """The day a URL's path or query names: /2024/05/03/, /20240503/, ?date=2024-05-03."""
    if not url:
        return None
    _, _, rest = url.partition("//")
    _, slash, path = rest.partition("/")
    for match in URL_DATE.finditer(path if slash else url):
        day = valid_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day is not None:
            return day
    named = URL_NAMED_DATE.search(path)
    if named is not None:
        return valid_date(int(named["year"]), MONTHS[named["month"].lower()], int(named["day"]))
    return None


def parse_date_value(value: str | None) -> date | None:
    """A day from a machine-readable value (ISO 8601, "20240503") or a written one."""
    if not value:
        return None
    value = value.strip()
    compact = re.match(r"((?:19|20)\d\d)([01]\d)([0-3]\d)(?:$|T)", value)
    if compact:
        return valid_date(int(compact[1]), int(compact[2]), int(compact[3]))
    for mention in find_dates(value[:80]):
        day = full_date(mention)
        if day is not None:
            return day
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
        found.append(_mention(match["day1"], MONTHS[match["month1"].lower()], match["year1"],
                              match))  # fmt: skip
    for match in FOREIGN_DATE.finditer(text):
        found.append(_mention(match["day"], FOREIGN_MONTHS[match["month"].lower()],
                              match["year"], match))  # fmt: skip
    for match in ISO_DATE.finditer(text):
        found.append(_mention(match["day"], int(match["month"]), match["year"], match))
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


def _mention(day: str, month: int, year: str, match: re.Match[str]) -> DateMention:
    return DateMention(int(day), month, int(year), None, match.start(), match.end())


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


def full_date(mention: DateMention) -> date | None:
    """The day a mention with a year names, when it exists and fits its weekday."""
    if mention.year is None:
        return None
    day = valid_date(mention.year, mention.month, mention.day)
    if day is None or (mention.weekday is not None and day.weekday() != mention.weekday):
        return None
    return day


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
