"""What the same-incident rule (:mod:`newsift.events.same_incident`) knows of one event
report, its verdict on a pair, and the measures both its day and place tests use: the
words of the evidence and the distance between two precise places."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from newsift.places.distance import km_between

NEAR_KM = 25.0

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A word list reads better as words than as a list of quoted strings.
_STOP = frozenset(
    "a an the and or of in on at to for from by with as was were is are be been has have"  # noqa: SIM905
    " had it its this that these those said says say told according after before during while"
    " who which when where there their they them he she his her we our us i you also than"
    " but not no into over about against least more some other including among".split()
)


@dataclass(frozen=True)
class Report:
    """What matching needs of one event, stored or new. ``tokens`` is :func:`tokens`."""

    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    admin1: str | None
    country: str | None
    actor1: str | None
    weapon: str | None
    fatalities: int | None
    tokens: frozenset[str]
    target: str | None = None
    published: str | None = None  # the article's date: undated reports, rising tolls
    # How ``date`` was decided (Event.date_basis): "publication" is no stated day, only
    # the day the article came out, so it is as weak as no date
    # (:func:`newsift.events.incident_days.report_period`).
    date_basis: str | None = None
    injured: int | None = None  # a report of wounded and no dead tells of no deaths
    place: str | None = None  # the location's name: an unplaced report may name it
    admin2: str | None = None  # a district and a town in it are one area (:func:`km_apart`)


@dataclass(frozen=True)
class Match:
    """The verdict on a pair: ``ok``: merge; ``gated``: a gate refused it, whatever the text."""

    ok: bool
    score: float
    reason: str
    gated: bool = False


def tokens(text: str) -> frozenset[str]:
    """Content words (folded, stop words out, digits kept) for a token-set similarity."""
    return frozenset(
        word for word in (w.casefold() for w in _WORD.findall(text))
        if word not in _STOP and (len(word) > 2 or word.isdigit())
    )


def names_place(report: Report, other: Report) -> bool:
    """``report``'s words name ``other``'s place ("Odesa on Monday buried the dead of
    Friday's strike" where the events stage placed nothing), accents aside."""
    if not other.place:
        return False
    name = tokens(_plain(other.place))
    return bool(name) and name <= frozenset(_plain(word) for word in report.tokens)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def precise(a: Report, b: Report) -> bool:
    """Both places are towns or points (geo_precision 1 or 2) with coordinates."""
    return all(r.geo_precision in (1, 2) and r.latitude is not None
               and r.longitude is not None for r in (a, b))


def _district_of(district: Report, place: Report) -> bool:
    """``district`` is the admin2 (geo_precision 2, named for its admin2: "Mangu
    district", "Bucha Raion") that ``place`` lies in."""
    name, admin2 = _folded(district.place), _folded(district.admin2)
    return (district.geo_precision == 2 and bool(admin2) and admin2 in name
            and _folded(place.admin2) == admin2)


def _folded(text: str | None) -> str:
    return _plain(text).casefold() if text else ""


def km_apart(a: Report, b: Report) -> float | None:
    """How far apart two precise places are; None when either is coarser. A district
    and a place in it (:func:`_district_of`) are no distance apart: the district's point
    is its centre, not where the incident was."""
    if not precise(a, b):
        return None
    if _district_of(a, b) or _district_of(b, a):
        return 0.0
    return km_between((a.latitude, a.longitude), (b.latitude, b.longitude))  # type: ignore[arg-type]
