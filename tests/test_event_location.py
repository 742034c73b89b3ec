"""Where an incident is put when its own sentences name no usable place (own text)."""

from __future__ import annotations

from builders import parsed_article

from newsift.extract.events import find_events
from newsift.model import Event, Place
from newsift.pipeline import Resources

IDLIB = dict(resolved="Idlib", admin1="Idlib Governorate", country="Syria",
             latitude=35.93, longitude=36.63)  # fmt: skip
DAMASCUS = dict(resolved="Damascus", admin1="Dimashq Governorate", country="Syria",
                latitude=33.51, longitude=36.29)  # fmt: skip
BEIRUT = dict(resolved="Beirut", admin1="Beyrouth", country="Lebanon",
              latitude=33.89, longitude=35.50)  # fmt: skip


def events_of(resources: Resources, text: str, places: dict[str, dict[str, object]]) -> list[Event]:
    article = parsed_article(resources, text, "2016-05-02")
    for name, fields in places.items():
        start = text.find(name)
        while start >= 0:
            article.places.append(Place(name=name, start=start, end=start + len(name), **fields))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
    article.places.sort(key=lambda p: p.start)
    return find_events(article, resources)


def test_a_placeless_incident_takes_the_region_the_report_leads_with(
    resources: Resources,
) -> None:
    text = (
        "Rebels in Idlib braced for more bombing on Monday. "
        "Air strikes on a crowded market killed 29 civilians, a monitor said. "
        "Aid convoys left Damascus on Sunday. Officials in Damascus met the envoy."
    )
    events = events_of(resources, text, {"Idlib": IDLIB, "Damascus": DAMASCUS})
    (event,) = [e for e in events if e.fatalities == 29]
    assert event.location is not None
    assert (event.location.admin1, event.location.geo_precision) == ("Idlib Governorate", 3)


def test_a_dateline_abroad_gives_way_to_the_articles_country(resources: Resources) -> None:
    text = (
        "Speaking in Beirut, a monitor said government air strikes killed 14 people in a "
        "rebel-held town on Monday. The town lies in the north of Idlib province. Rebels "
        "hold most villages in Idlib."
    )
    events = events_of(resources, text, {"Beirut": BEIRUT, "Idlib": IDLIB})
    event = next(e for e in events if e.fatalities == 14)
    assert event.location is not None
    assert event.location.country == "Syria"
    assert event.location.admin1 == "Idlib Governorate"
