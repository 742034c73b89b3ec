"""The news-incidents scoring rules on hand-made events and incidents."""

from __future__ import annotations

from typing import Any

from newsift.evaluate.incidents import match_incidents, mismatch
from newsift.model import Event, Location, Span

KYIV = Location("Kyiv", "Kyiv City", "Ukraine", 50.45, 30.52, 1)
BROVARY = Location("Brovary", "Kyiv Oblast", "Ukraine", 50.51, 30.79, 1)  # ~20 km from Kyiv
LVIV = Location("Lviv", "Lviv Oblast", "Ukraine", 49.84, 24.03, 1)


def _event(location: Location | None, date: str | None, at: int,
           event_type: str = "Explosions/Remote violence") -> Event:
    return Event("e", event_type, "Air/drone strike", date, "day", None, None, None, None,
                 location, None, None, evidence=[Span(at, at + 4, "text")])  # fmt: skip


def _incident(**fields: Any) -> dict[str, Any]:
    base = {"event_type": "Explosions/Remote violence", "date": "2022-10-10",
            "latitude": 50.45, "longitude": 30.52, "geo_precision": 1, "admin1": "Kyiv City"}
    return {**base, **fields}


def test_a_day_either_side_and_50_km_match() -> None:
    assert mismatch(_event(BROVARY, "2022-10-11", 0), _incident()) is None
    assert mismatch(_event(BROVARY, "2022-10-12", 0), _incident()) == "date"
    assert mismatch(_event(LVIV, "2022-10-10", 0), _incident()) == "place"
    assert mismatch(_event(KYIV, "2022-10-10", 0, "Battles"), _incident()) == "type"


def test_an_undated_event_matches_only_an_undated_incident() -> None:
    assert mismatch(_event(KYIV, None, 0), _incident()) == "date"
    assert mismatch(_event(KYIV, None, 0), _incident(date=None)) is None


def test_a_region_level_incident_needs_the_same_admin1_not_the_distance() -> None:
    region = _incident(geo_precision=3, admin1="Lviv Oblast", latitude=50.45, longitude=30.52)
    assert mismatch(_event(LVIV, "2022-10-10", 0), region) is None
    assert mismatch(_event(KYIV, "2022-10-10", 0), region) == "place"
    alt = _incident(geo_precision=3, admin1="Kyiv Oblast", admin1_alt=["Kyiv City"])
    assert mismatch(_event(KYIV, "2022-10-10", 0), alt) is None


def test_each_incident_takes_the_first_untaken_event_in_text_order() -> None:
    late, early = _event(KYIV, "2022-10-10", 300), _event(BROVARY, "2022-10-10", 10)
    taken = match_incidents([late, early], [_incident(), _incident(), _incident()])
    assert taken == [early, late, None]
