"""Where a monitor's note says it coded an event, with the unit and the region after it:
"[coded to Kutum admin 2 HQ] Kutum locality, North Darfur state", "(coded to Mellit
locality in North Darfur state)", "[location coded as Karima, Merowe, Northern state]".

These are the bracketed qualifiers of :mod:`newsift.places.brackets` written out in a
sentence: the name is looked for inside the region, else at the seat of the unit, else
at the region's capital. Only a region written with its unit word ("state", "province")
counts, so an ordinary list of towns after "coded to" qualifies nothing.
"""

from __future__ import annotations

import re

from newsift.places.gazetteer.lookup import Gazetteer
from newsift.places.model import Mention
from newsift.places.note_names import CODED, NAME

_UNIT = r"\s+(?:state|province|governorate|region|oblast)\b"
_GAP = r"\s*[\]\)]?\s*(?:,|\bin\b)?\s*"
CODED_WITHIN = re.compile(
    rf"{CODED}(?P<name>{NAME})"
    rf"(?:\s+admin\s*2\s+HQ)?(?P<own>\s+locality)?{_GAP}"
    rf"(?:(?P<admin2>{NAME})(?:\s+locality)?\s*(?:,|\bin\b)\s*)?"
    rf"(?P<admin1>{NAME})(?P<unit>{_UNIT})"
)


def coded_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The place a note was coded to, within its unit and region, and those two names."""
    found: list[Mention] = []
    for match in CODED_WITHIN.finditer(text):
        if gazetteer.admin1(match["admin1"]) is None:
            continue
        region = match["admin1"] + match["unit"]
        # "coded to Kulbus locality in ...": the unit itself, which its seat stands for.
        district = match["name"] if match["own"] else match["admin2"]
        name = match["name"]
        found.append(Mention(*match.span("name"), "entity", name, within=(district, region)))
        if match["admin2"]:
            found.append(
                Mention(*match.span("admin2"), "entity", match["admin2"], within=(None, region))
            )
        found.append(Mention(*match.span("admin1"), "admin1", match["admin1"]))
    return found
