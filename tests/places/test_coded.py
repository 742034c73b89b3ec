"""A note's "coded to" place written with its unit and region in the sentence (own text)."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.coded import coded_mentions
from newsift.places.stage import find_places, geo_precision
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> dict[str, Place]:
    article = parsed_article(resources, text, "2023-05-02")
    return {p.name: p for p in find_places(article, resources)}


def test_a_coded_place_is_read_inside_the_unit_and_region_after_it(
    resources: Resources,
) -> None:
    text = (
        "Herders raided Abu Sider [coded to Dilling admin 2 HQ] Dilling locality, "
        "South Kordofan state."
    )
    (town, unit, region) = coded_mentions(text, resources.gazetteer)
    assert town.lookup == "Dilling" and town.within == ("Dilling", "South Kordofan state")
    assert unit.within == (None, "South Kordofan state")
    assert region.kind == "admin1" and region.lookup == "South Kordofan"


def test_a_unit_named_as_the_coded_place_stands_for_its_seat(resources: Resources) -> None:
    text = "Gunmen burned three hamlets (coded to Kutum locality in North Darfur state)."
    (town, _) = coded_mentions(text, resources.gazetteer)
    assert town.within == ("Kutum", "North Darfur state")
    kutum = _places(resources, text)["Kutum"]
    assert kutum.admin1 == "Northern Darfur" and kutum.resolved == "Kutum"


def test_an_unknown_village_coded_with_its_unit_stands_near_the_units_seat(
    resources: Resources,
) -> None:
    # The village is unknown; the unit is named after its seat, a town the gazetteer has.
    text = "Farmers blocked the highway [location coded as Wadi Qurun, Merowe, Northern state]."
    village = _places(resources, text)["Wadi Qurun"]
    assert village.country == "Sudan" and village.resolved == "Merowe"
    assert geo_precision(village) == 2


def test_coded_to_without_a_region_and_its_unit_word_qualifies_nothing(
    resources: Resources,
) -> None:
    text = "Shelling was coded to Kutum, Mellit and Kabkabiya on the same day."
    assert coded_mentions(text, resources.gazetteer) == []
