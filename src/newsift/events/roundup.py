"""Roundup totals: a toll summed over a whole country is no incident's own toll.

"Air strikes on towns across the country killed at least 40 people" often leads a
report whose body then tells each located strike with its own toll ("In Nawa 14
civilians were killed"). The sum belongs to no one place: when a located, smaller toll
follows, the sum (and a headline repeating it) gives the incident no figure, so the
located toll leads. Only country-wide wording marks such a sum ("across the country",
"nationwide"). Totals over a few days ("in the past 48 hours") or over "various
provinces" of one offensive are not dropped: reports, and FA-KES, treat those as the
incident's toll, with the located parts as details.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsift.events.incident import Incident, Mention

ROUNDUP = re.compile(
    r"\b(?:across|throughout|all over|around) the (?:country|nation)\b|\bnationwide\b",
    re.IGNORECASE,
)


def _sum(mention: Mention) -> bool:
    return bool(mention.fatalities) and ROUNDUP.search(mention.evidence.text) is not None


def _part(mention: Mention, total: int) -> bool:
    """A located toll smaller than ``total``, itself no sum."""
    figure = mention.fatalities or 0
    return 0 < figure < total and bool(mention.places) and not _sum(mention)


def without_roundups(incidents: list[Incident]) -> list[Incident]:
    """The incidents with every roundup total a later located toll breaks down (and each
    mention of the same incident repeating that total) stripped of its figure."""
    told = [m for incident in incidents for m in incident.mentions]
    start = {id(m): m.evidence.start for m in told}
    totals = {
        m.fatalities
        for m in told
        if _sum(m)
        and any(_part(o, m.fatalities or 0) and start[id(o)] > start[id(m)] for o in told)
    }
    if not totals:
        return incidents
    for incident in incidents:
        dropped = {m.fatalities for m in incident.mentions if _sum(m)} & totals
        if dropped:
            incident.mentions = [
                replace(m, fatalities=None) if m.fatalities in dropped else m
                for m in incident.mentions
            ]
    return incidents
