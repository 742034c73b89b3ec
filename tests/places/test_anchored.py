"""Places told by their distance from a city readers know."""

from __future__ import annotations

import pytest

from newsift.article import Article
from newsift.model import Document, Place, RawInput
from newsift.places.anchored import stated_distance
from newsift.places.stage import find_places
from newsift.resources import Resources


@pytest.mark.parametrize(
    ("between", "km"),
    [
        (", 40km south of ", 40.0),
        (", about 12 miles north-west of ", 12 * 1.609),
        (" (30 kilometres from the city of ", 30.0),
        (", some 25 km (15 miles) east of ", 25.0),
        (" and ", None),  # a list, no distance
        (", 40km south, near ", None),
    ],
)
def test_the_distance_between_two_places_is_read(between: str, km: float | None) -> None:
    text = "Hale" + between + "Lisburn"
    assert stated_distance(text, 4, len(text) - len("Lisburn")) == km


def _places(resources: Resources, text: str) -> list[Place]:
    raw = RawInput(source="t", kind="text", content=text, digest="t")
    document = Document("t", "t", None, "2024-02-10", None, "en", text)
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    return find_places(article, resources)


def test_the_namesake_that_far_from_the_city_is_meant(resources: Resources) -> None:
    # A roundup: the region named first holds a namesake too, and it ranks first.
    text = ("Shelling hit Chuhuiv and Izium in the Kharkiv region on Monday. On Tuesday a "
            "drone hit a grain store in Malynivka, 20 km east of Dnipro.")
    village = next(p for p in _places(resources, text) if p.name == "Malynivka")
    assert village.admin1 == "Dnipropetrovsk Oblast"
    # Without a distance the story's region decides.
    text = ("Shelling hit Chuhuiv and Izium in the Kharkiv region on Monday. On Tuesday a "
            "drone hit a grain store in Malynivka.")
    village = next(p for p in _places(resources, text) if p.name == "Malynivka")
    assert village.admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Saqba in the Damascus countryside", True),
        ("Saqba, in the countryside of Damascus", True),
        ("Saqba on the outskirts of Damascus", True),
        ("Saqba in Damascus's suburbs", True),
        ("Saqba in Damascus", False),  # a part of the city: left to the town rules
        ("Saqba and Damascus countryside", False),
    ],
)
def test_a_place_in_a_city_countryside_is_read(text: str, inside: bool) -> None:
    from newsift.places.anchored import in_countryside

    city = text.index("Damascus")
    assert in_countryside(text, len("Saqba"), city, city + len("Damascus")) is inside


def test_a_namesake_in_another_province_is_not_in_the_countryside(
    resources: Resources,
) -> None:
    # The gazetteer's only "Adra" in Syria is a spelling of Daraa, 100 km south.
    text = "Fighting flared near Adra, in the countryside of Damascus, on Monday."
    town = next(p for p in _places(resources, text) if p.name == "Adra")
    assert town.admin1 != "Daraa Governorate"
    # A namesake inside the countryside stays.
    text = "Troops pushed into Yabroud, in the countryside of Damascus, after a siege."
    town = next(p for p in _places(resources, text) if p.name == "Yabroud")
    assert town.admin1 == "Rif-dimashq Governorate"
