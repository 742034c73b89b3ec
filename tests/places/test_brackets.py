"""A place with its district and region in brackets: the brackets settle where it is,
and a place the gazetteer lacks stands near its district's seat or at its region."""

from __future__ import annotations

import pytest
from builders import parsed_article

from newsift.model import Place
from newsift.places.brackets import BRACKETED, bracket_mentions, qualified
from newsift.places.distance import km_between
from newsift.places.stage import find_places, geo_precision
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> dict[str, Place]:
    article = parsed_article(resources, text, "2023-03-02")
    return {p.name: p for p in find_places(article, resources)}


def _point(place: Place) -> tuple[float, float]:
    assert place.latitude is not None and place.longitude is not None
    return place.latitude, place.longitude


def test_a_town_in_brackets_is_the_town_inside_the_named_region(resources: Resources) -> None:
    found = _places(
        resources, "On 3 March 2023, farmers held a sit-in in Mellit (Mellit, North Darfur)."
    )
    mellit = found["Mellit"]
    assert mellit.resolved == "Mellit" and mellit.admin1 == "Northern Darfur"
    assert geo_precision(mellit) == 1
    assert found["North Darfur"].resolved == "Northern Darfur"
    assert geo_precision(found["North Darfur"]) == 3


def test_a_romanisation_the_gazetteer_lacks_matches_by_its_consonants(
    resources: Resources,
) -> None:
    # GeoNames spells it Umm Kaddadah; the report writes one m and one d.
    found = _places(
        resources,
        "On 4 March 2023, police dispersed traders in Um Kadada (Um Kadada, North Darfur).",
    )
    town = found["Um Kadada"]
    assert town.resolved == "Umm Kaddadah" and geo_precision(town) == 1


@pytest.mark.parametrize(
    ("text", "village", "resolved", "precision"),
    [
        # A village GeoNames lacks stands at the town its district is named after.
        ("On 5 March 2023, gunmen raided Hillat Zzarqa (Mellit, North Darfur) at night.",
         "Hillat Zzarqa", "Mellit", 2),
        # In a district no town is named after, it stands at its region.
        ("On 6 March 2023, herders clashed in Zzamra (Wadi Zzubeir, West Darfur).",
         "Zzamra", "Western Darfur", 3),
    ],
)  # fmt: skip
def test_a_village_the_gazetteer_lacks_stands_near_it(
    resources: Resources, text: str, village: str, resolved: str, precision: int
) -> None:
    place = _places(resources, text)[village]
    assert place.resolved == resolved and geo_precision(place) == precision
    assert place.geonameid is None


def test_a_region_stands_at_its_capital_not_the_middle_of_its_towns(
    resources: Resources,
) -> None:
    village = _places(resources, "Herders clashed in Zzamra (Wadi Zzubeir, West Darfur).")["Zzamra"]
    # West Darfur's biggest town is its capital.
    geneina = resources.gazetteer.lookup("El Geneina", ("SD",), ("city",))[0]
    assert km_between(_point(village), (geneina.latitude, geneina.longitude)) < 25


def test_brackets_that_name_no_region_are_no_qualifier(resources: Resources) -> None:
    text = "Fighters of the Darfur Movement (Sudan Liberation Army, Abdel Wahid) withdrew."
    assert BRACKETED.search(text) is not None
    assert bracket_mentions(text, resources.gazetteer) == []


def test_opening_words_are_not_part_of_the_bracketed_name(resources: Resources) -> None:
    text = "In Mellit (Mellit, North Darfur), traders closed their shops."
    mentions = bracket_mentions(text, resources.gazetteer)
    assert [text[m.start : m.end] for m in mentions] == ["Mellit", "Mellit", "North Darfur"]
    assert mentions[0].within == ("Mellit", "North Darfur")


def test_the_place_a_note_was_coded_to_is_a_mention(resources: Resources) -> None:
    text = "Shelling hit farmland across the district (coded to Vovchansk). No casualties."
    mentions = bracket_mentions(text, resources.gazetteer)
    assert [text[m.start : m.end] for m in mentions] == ["Vovchansk"]
    assert _places(resources, text)["Vovchansk"].admin1 == "Kharkiv Oblast"


def _marked(text: str, names: dict[str, str | None]) -> list[Place]:
    """Places at each name's first occurrence, in the given first-level region."""
    return [
        Place(name=name, start=text.index(name), end=text.index(name) + len(name), admin1=a1)
        for name, a1 in names.items()
    ]


def test_a_bracket_naming_the_places_own_region_singles_it_out() -> None:
    text = "Herders fought farmers near Dilling (Dilling, South Kordofan) and Kadugli."
    dilling, _, region, kadugli = _marked(
        text,
        {"Dilling": "Southern Kordofan", "Dilling,": "Southern Kordofan",
         "South Kordofan": "Southern Kordofan", "Kadugli": "Southern Kordofan"},
    )  # fmt: skip
    places = [dilling, region, kadugli]
    assert qualified(dilling, places, text)
    assert not qualified(kadugli, places, text)
    assert not qualified(region, places, text)


def test_a_bracket_of_another_region_or_of_no_place_is_an_aside() -> None:
    text = "Drones struck Odesa (Reuters) and Izium (Kharkiv), officials said."
    odesa, izium, kharkiv = _marked(
        text, {"Odesa": "Odesa Oblast", "Izium": "Kharkiv Oblast", "Kharkiv": "Donetsk Oblast"}
    )
    places = [odesa, izium, kharkiv]
    assert not qualified(odesa, places, text)
    assert not qualified(izium, places, text)


def test_the_place_a_note_was_coded_to_is_singled_out() -> None:
    text = "Raiders burned two hamlets in North Darfur (event coded to Kutum)."
    region, kutum = _marked(text, {"North Darfur": "Northern Darfur", "Kutum": "Northern Darfur"})
    region.country = kutum.country = "Sudan"
    assert qualified(kutum, [region, kutum], text)
    # The same name read as a namesake abroad, in a note about nowhere else there.
    kutum.country = "Chad"
    assert not qualified(kutum, [region, kutum], text)


def test_a_place_another_events_toll_was_coded_to_is_not_singled_out() -> None:
    text = "Shelling in North Darfur wounded four soldiers (deaths coded to the Kutum event)."
    region, kutum = _marked(text, {"North Darfur": "Northern Darfur", "Kutum": "Northern Darfur"})
    region.country = kutum.country = "Sudan"
    assert not qualified(kutum, [region, kutum], text)


def test_a_short_name_is_found_with_its_article_spelled_either_way(
    resources: Resources,
) -> None:
    # GeoNames writes the Iraqi port "Al Fāw"; three letters without the article are too
    # few to find it by its consonants, so "El" must be read as "Al".
    found = _places(resources, "Dockers struck in El Faw (Faw district, Basra) over unpaid wages.")
    town = found["El Faw"]
    assert town.admin1 == "Basra Governorate"
    assert geo_precision(town) == 1


def test_the_unit_word_written_picks_among_regions_of_one_name(resources: Resources) -> None:
    # Uganda, Ghana, Malawi and Sudan all have a "Northern" region; only Sudan's is a
    # state. The hamlet and its district are unknown, so the region decides the country.
    found = _places(
        resources, "Date farmers blocked the highway at Wadi Qurun (Dalgo, Northern state)."
    )
    assert found["Wadi Qurun"].country == "Sudan"
    assert found["Wadi Qurun"].admin1 == "Northern State"
