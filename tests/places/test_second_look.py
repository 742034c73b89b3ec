"""A second look for the places the first pass missed: towns run together, capitals."""

from __future__ import annotations

from newsift.article import Article
from newsift.model import Document, Place, RawInput
from newsift.places.second_look import missed_places
from newsift.places.stage import find_places
from newsift.resources import Resources


def _missed(resources: Resources, text: str, taken: list[Place] | None = None) -> list[str]:
    gazetteer = resources.gazetteer  # type: ignore[attr-defined]
    return [
        p.resolved or p.name
        for p in missed_places(text, 0, len(text), gazetteer, ["SY"], taken or [])
    ]


def test_towns_run_together_are_each_found(resources: Resources) -> None:
    text = "Car bombs hit Tartous Homs and Jableh on Monday killing 40 people."
    assert _missed(resources, text)[:2] == ["Ţarţūs", "Homs"]


def test_a_group_or_a_district_name_is_no_list_of_towns(resources: Resources) -> None:
    assert _missed(resources, "Fighters of Ahrar al-Sham shelled the town.") == []
    assert _missed(resources, "A barrel bomb hit the Bab al-Nairab district.") == []


def test_a_place_found_already_splits_the_run(resources: Resources) -> None:
    text = "Shells fell on Aleppo Hama Damascus and its countryside."
    start = text.index("Damascus")
    damascus = Place(name="Damascus", start=start, end=start + 8, resolved="Damascus",
                     admin1="Dimashq Governorate", country="Syria", latitude=33.5,
                     longitude=36.3)  # fmt: skip
    assert _missed(resources, text, [damascus]) == ["Aleppo", "Ḩamāh"]


def test_a_nationality_opening_the_name_is_skipped(resources: Resources) -> None:
    assert _missed(resources, "An attack in the Syrian Hama province killed 51.") == ["Ḩamāh"]


def test_a_title_case_headline_stops_at_its_verb(resources: Resources) -> None:
    text = "Army Kills 18 Militants in Deir Ezzor Advances Near the Airport"
    assert _missed(resources, text) == ["Deir ez-Zor"]


def test_the_french_ou_is_read_as_the_gazetteers_o(resources: Resources) -> None:
    text = "A car bomb went off near the city of Deir el-Zour Syrias state media said."
    assert _missed(resources, text) == ["Deir ez-Zor"]


def _places(resources: Resources, text: str) -> list[str]:
    raw = RawInput(source="t", kind="text", content=text, digest="t")
    document = Document("t", "t", None, "2017-03-20", None, "en", text)
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    return [p.resolved or p.name for p in find_places(article, resources)]


def test_the_syrian_capital_is_a_place(resources: Resources) -> None:
    text = "Rebels shelled a suburb east of the Syrian capital on Monday."
    assert "Damascus" in _places(resources, text)
    assert "Damascus" not in _places(resources, "Rebels shelled the provincial capital.")


def test_a_run_of_towns_in_the_storys_country_is_found(resources: Resources) -> None:
    text = (
        "Syrian state media said car bombs hit Tartous Homs and Jableh on Monday. "
        "The blasts in Syria killed 40 people."
    )
    assert {"Ţarţūs", "Homs"} <= set(_places(resources, text))


def test_a_town_opening_an_organisations_name_is_a_word_of_the_name(
    resources: Resources,
) -> None:
    # Homs is a sizeable Syrian town, but here it opens a committee's name.
    assert _missed(resources, "Fighters clashed, said the Homs Committee on Monday.") == []
