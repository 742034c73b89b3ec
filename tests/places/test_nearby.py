"""Namesakes settled by the story's other places (newsift.places.nearby)."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.nearby import _TITLE_BEFORE, _titled
from newsift.places.stage import find_places
from newsift.resources import Resources


def _where(resources: Resources, text: str) -> dict[str, str | None]:
    article = parsed_article(resources, text, "2024-03-01")
    places: list[Place] = find_places(article, resources)
    return {p.name: p.admin1 for p in places}


def test_a_town_written_with_its_state_stays(resources: Resources) -> None:
    text = (
        "A grain elevator burned in Lewistown, Pa., on Tuesday. Volunteer crews from "
        "Great Falls and Conrad, who were visiting, helped."
    )
    assert _where(resources, text)["Lewistown"] == "Pennsylvania"


def test_a_city_named_for_its_team_stays(resources: Resources) -> None:
    text = "The Great Falls side lost to Portland on Friday, and fans in Conrad shrugged."
    assert _where(resources, text)["Portland"] == "Oregon"


def test_a_name_settled_once_is_settled_everywhere(resources: Resources) -> None:
    # Alone, "Adra" reads as a spelling of Daraa; the body's qualifier says otherwise.
    text = (
        "Rebels routed at Adra\n\nTroops drove the fighters from Adra, on the outskirts "
        "of Damascus, state television said on Monday."
    )
    article = parsed_article(resources, text, "2016-03-01")
    towns = [p for p in find_places(article, resources) if p.name == "Adra"]
    assert len(towns) == 2
    assert {p.admin1 for p in towns} == {"Dimashq Governorate"}


def test_a_place_own_name_is_not_overruled_by_its_namesake(resources: Resources) -> None:
    text = (
        "Wildfires spread across central Washington on Monday, and crews from Spokane and "
        "Yakima were sent. The governor later flew to Washington, D.C., to ask for aid."
    )
    article = parsed_article(resources, text, "2024-08-01")
    first = next(p for p in find_places(article, resources) if p.name == "Washington")
    assert first.admin1 == "Washington"


def test_a_village_near_the_story_town_is_a_place_though_tagged_a_person(
    resources: Resources,
) -> None:
    text = (
        "Police closed the A12 near Colchester after a crash. Traffic queued back to "
        "Marks Tey for two hours."
    )
    assert _where(resources, text).get("Marks Tey") == "England"
    text = "The council in Cavan voted on Tuesday. Ballyjamesduff will get a new library."
    assert _where(resources, text).get("Ballyjamesduff") == "Ulster"


def test_a_person_named_like_a_nearby_village_stays_a_person(resources: Resources) -> None:
    text = "Police in Colchester said Mr Coggeshall was arrested. Coggeshall said he was innocent."
    assert "Coggeshall" not in _where(resources, text)


def test_a_title_is_read_only_right_before_a_name() -> None:
    """The title check looks at the last word before the spaces: the answer must be the
    one a search of the whole text before the name gives, at every offset."""
    text = (
        "Mayor Hill spoke. Police said Mr   Coggeshall was held;\nDr.\nLane and Gen. Ode "
        "met the Governorate board, and President\n\n Ruiz and Senatorial aides left."
    )
    for start in range(len(text) + 1):
        assert _titled(text, start) == bool(_TITLE_BEFORE.search(text, 0, start))
    assert _titled(text, text.index("Coggeshall"))
    assert not _titled(text, text.index("board"))
