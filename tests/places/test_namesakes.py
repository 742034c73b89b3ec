"""A city and the region that shares its name."""

from __future__ import annotations

from collections import Counter

from builders import parsed_article

from newsift.model import Place
from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.namesakes import region_namesake
from newsift.places.stage import find_places
from newsift.resources import Resources

CAPITAL = GeoHit("Washington", "District of Columbia", "United States", "US", 38.9, -77.0,
                 1, "city", 690_000)  # fmt: skip
STATE = GeoHit("Washington", "Washington", "United States", "US", 47.5, -120.5, None,
               "admin1", 6_500_000)  # fmt: skip
TACOMA = GeoHit("Tacoma", "Washington", "United States", "US", 47.25, -122.44, 2, "city",
                200_000)  # fmt: skip


def _places(resources: Resources, text: str) -> list[Place]:
    article = parsed_article(resources, text, "2024-02-10")
    return find_places(article, resources)


def test_region_after_its_town() -> None:
    assert region_namesake(CAPITAL, [CAPITAL, STATE], Counter(), TACOMA) == STATE


def test_region_the_article_is_about() -> None:
    counts = Counter({"Washington": 2, "District of Columbia": 1})
    assert region_namesake(CAPITAL, [CAPITAL, STATE], counts, None) == STATE
    assert region_namesake(CAPITAL, [CAPITAL, STATE], Counter({"Washington": 1}), None) == CAPITAL


def test_state_in_a_seattle_story(resources: Resources) -> None:
    text = (
        "Ferry crews in Seattle walked out on Monday. Commuters from Tacoma and Everett "
        "were stranded, and Washington officials promised talks."
    )
    found = {p.name: p for p in _places(resources, text)}
    assert found["Washington"].resolved == "Washington"
    assert found["Washington"].admin1 == "Washington"


def test_capital_in_a_politics_story(resources: Resources) -> None:
    text = "Senators in Washington voted on the budget after talks with Beijing stalled."
    found = {p.name: p for p in _places(resources, text)}
    assert found["Washington"].admin1 == "District of Columbia"


def test_county_in_the_article_region() -> None:
    from newsift.places.namesakes import county_in_region

    alabama = GeoHit("Pike County", "Alabama", "United States", "US", 31.8, -85.9, 5,
                     "admin2", 33_000)  # fmt: skip
    kentucky = GeoHit("Pike County", "Kentucky", "United States", "US", 37.5, -82.4, 6,
                      "admin2", 58_000)  # fmt: skip
    hits = [alabama, kentucky]
    assert county_in_region(alabama, hits, Counter({"Kentucky": 3})) == kentucky
    assert county_in_region(alabama, hits, Counter()) == alabama


def test_region_after_a_region_in_a_list() -> None:
    assert region_namesake(CAPITAL, [CAPITAL, STATE], Counter(), None, listed=True) == STATE


def test_states_listed_together(resources: Resources) -> None:
    text = "Tech firms moved jobs from states such as California or Washington last year."
    found = {p.name: p for p in _places(resources, text)}
    assert found["Washington"].admin1 == "Washington"
