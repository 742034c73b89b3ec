"""A region written after a place: which namesake it keeps, and where a place it does
not hold is put; and the regions an article is about settling namesakes."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.distance import km_between
from newsift.places.regions import region_named
from newsift.places.stage import find_places, geo_precision
from newsift.places.ukraine_frontline import km_to_front
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> dict[str, Place]:
    article = parsed_article(resources, text, "2024-02-10")
    return {p.name: p for p in find_places(article, resources)}


def test_oblast_phrase_means_the_oblast_not_the_capital_city(resources: Resources) -> None:
    # Kyiv City is a first-level unit too; "Kyiv Oblast" is the region around it.
    found = _places(resources, "A cruise missile hit a depot in Fastiv, Kyiv Oblast, at dawn.")
    assert found["Kyiv Oblast"].resolved == "Kyiv Oblast"
    assert found["Fastiv"].resolved == "Fastiv"
    assert found["Fastiv"].admin1 == "Kyiv Oblast"


def test_same_named_villages_in_the_region_go_to_the_one_nearest_the_front(
    resources: Resources,
) -> None:
    # Kharkiv Oblast has many Petrivkas and the text says no more: the tie goes to the
    # one nearest the contact line, coded as a guess (precision 2), not a located town.
    text = "On 2 June 2022, Russian troops shelled Petrivka, Kharkiv, with mortars."
    petrivka = _places(resources, text)["Petrivka"]
    assert petrivka.admin1 == "Kharkiv Oblast" and geo_precision(petrivka) == 2
    assert petrivka.latitude is not None and petrivka.longitude is not None
    namesakes = [
        h for h in resources.gazetteer.lookup("Petrivka", ("UA",)) if h.admin1 == "Kharkiv Oblast"
    ]
    assert len(namesakes) > 2
    nearest = min(km_to_front(h.latitude, h.longitude) for h in namesakes)
    assert km_to_front(petrivka.latitude, petrivka.longitude) == nearest


def test_a_far_bigger_namesake_is_the_one_meant(resources: Resources) -> None:
    # Mykolaivka, Donetsk Oblast, is a town of 14,000; its namesakes there are villages.
    text = "On 4 March 2023, Russian artillery shelled near Mykolaivka, Donetsk. No casualties."
    town = _places(resources, text)["Mykolaivka"]
    assert town.geonameid is not None and geo_precision(town) == 1
    assert town.latitude is not None and abs(town.latitude - 48.86) < 0.05


def test_a_district_written_with_the_village_keeps_the_namesake_inside_it(
    resources: Resources,
) -> None:
    text = "Shelling hit Novoselivka, Pokrovskyi district, Donetsk region, on Monday."
    village = _places(resources, text)["Novoselivka"]
    seat = resources.gazetteer.district("Pokrovskyi district", ["UA"])
    assert seat is not None and village.latitude is not None and village.longitude is not None
    assert village.admin1 == "Donetsk Oblast"
    assert km_between((seat.latitude, seat.longitude), (village.latitude, village.longitude)) < 60


def test_another_spelling_is_tried_inside_the_named_region(resources: Resources) -> None:
    # "sch" for the national "shch": Schastia is Shchastia, Luhansk Oblast.
    text = "On 6 May 2023, an anti-tank mine exploded near Schastia, Luhansk region."
    town = _places(resources, text)["Schastia"]
    assert town.admin1 == "Luhansk Oblast" and geo_precision(town) == 1


def test_a_community_named_by_its_adjective_stands_at_its_centre(resources: Resources) -> None:
    text = "On 3 May 2023, Russian artillery hit Krasnopilska territorial community, Sumy region."
    community = _places(resources, text)["Krasnopilska"]
    assert community.admin1 == "Sumy Oblast"
    assert community.resolved is not None and community.resolved.startswith("Krasnopill")


def test_a_city_district_written_after_its_city_stands_at_the_city(
    resources: Resources,
) -> None:
    text = "On 12 March 2023, mortar rounds hit homes in Horlivka - Nykytivskyi, officials said."
    district = _places(resources, text)["Horlivka - Nykytivskyi"]
    assert district.resolved == "Horlivka" and district.admin1 == "Donetsk Oblast"


def test_unknown_village_falls_back_to_its_region(resources: Resources) -> None:
    text = "On 5 June 2022, Russian forces shelled near Zzyxivka, Sumy. No casualties."
    village = _places(resources, text)["Zzyxivka"]
    assert village.resolved == "Sumy Oblast" and village.latitude is not None


def test_a_list_of_towns_is_not_a_village_and_its_region(resources: Resources) -> None:
    text = "Missiles struck Kyiv, Kharkiv and Odesa overnight, the air force said."
    found = _places(resources, text)
    assert found["Kyiv"].resolved == "Kyiv"
    assert found["Kharkiv"].resolved == "Kharkiv"


def test_region_named_in_the_story_settles_a_village(resources: Resources) -> None:
    # The gazetteer's bigger Borova is in Kyiv Oblast; this one is in Kharkiv Oblast.
    text = "Shelling damaged a school in Borova village, Kharkiv Oblast, on Friday."
    village = next(p for n, p in _places(resources, text).items() if n.startswith("Borova"))
    assert village.admin1 == "Kharkiv Oblast" and geo_precision(village) == 1


def test_state_named_in_the_story_settles_a_namesake(resources: Resources) -> None:
    # Allendale is also a bigger town in Michigan; the story is set in New Jersey.
    text = (
        "MORRISTOWN, N.J. -- Volunteers from Allendale and Newark packed meals at a "
        "Morristown church on Sunday."
    )
    found = _places(resources, text)
    assert found["Allendale"].admin1 == "New Jersey"
    assert found["N.J."].resolved == "New Jersey"


def test_name_before_a_noun_after_the_is_still_a_town(resources: Resources) -> None:
    found = _places(resources, "Fresh trenches were dug across the Lyman area this week.")
    assert found["Lyman"].admin1 == "Donetsk Oblast"


def test_own_name_beats_a_former_name(resources: Resources) -> None:
    # Salisbury was Harare's colonial name; Oleksandrivka one of Donetsk's old names.
    found = _places(
        resources, "Detectives searched a house in Salisbury, a cathedral city in England."
    )
    assert found["Salisbury"].country == "United Kingdom"
    text = "On 9 May 2022, DPR forces shelled positions in Oleksandrivka, Donetsk, overnight."
    village = _places(resources, text)["Oleksandrivka"]
    assert village.resolved == "Oleksandrivka" and village.admin1 == "Donetsk Oblast"


def test_region_fallback_stands_at_the_regional_capital(resources: Resources) -> None:
    # ACLED's precision-3 convention: the region, at its capital's point.
    text = "On 4 June 2022, DPR forces shelled positions in Zzyxivka, Donetsk. No casualties."
    found = _places(resources, text)
    city = resources.gazetteer.lookup("Donetsk", ("UA",), ("city",))[0]
    village = found["Zzyxivka"]
    assert village.resolved == "Donetsk Oblast"
    assert (village.latitude, village.longitude) == (city.latitude, city.longitude)


def test_a_community_the_recogniser_calls_an_organisation_is_still_placed(
    resources: Resources,
) -> None:
    text = (
        "On 12 March 2023, Russian forces fired mortars at Esmanska territorial community, "
        "Sumy region. Casualties unknown."
    )
    community = _places(resources, text)["Esmanska"]
    assert community.admin1 == "Sumy Oblast" and community.resolved is not None


def test_a_village_under_its_soviet_name_stays_a_candidate() -> None:
    from newsift.places.gazetteer.lookup import GeoHit
    from newsift.places.model import own_named

    def hit(name: str, population: int) -> GeoHit:
        return GeoHit(name, "Donetsk Oblast", "Ukraine", "UA", 48.0, 37.6, 1, "city", population)

    now, renamed = hit("Pervomaiske", 0), hit("Avdiivske", 2_000)
    assert own_named([now, renamed], "Pervomayske") == [now, renamed]
    # A city's former name is history, and a village known by it alone stays unnamed.
    assert own_named([now, hit("Donetsk", 900_000)], "Pervomayske") == [now]
    assert own_named([renamed], "Pervomayske") == []


def test_a_region_name_goes_to_the_storys_country_before_a_namesake_with_its_unit_word(
    resources: Resources,
) -> None:
    # Egypt's governorate is "Red Sea Governorate", Sudan's state plain "Red Sea": the
    # unit word must not carry the name abroad when the story is about Sudan.
    gazetteer = resources.gazetteer
    sudan = region_named(gazetteer, "Red Sea", ["SD", "EG"])
    assert sudan is not None and sudan.country_code == "SD"
    egypt = region_named(gazetteer, "Red Sea", ["EG", "SD"])
    assert egypt is not None and egypt.country_code == "EG"
    # Without a country to go by, the unit-word reading stands ("Kyiv region").
    oblast = region_named(gazetteer, "Kyiv", [])
    assert oblast is not None and oblast.name == "Kyiv Oblast"


def test_a_countrys_possessive_before_a_region_is_not_part_of_its_name(
    resources: Resources,
) -> None:
    found = _places(resources, "Jets bombed a school in Myanmar's Sagaing region on Friday.")
    region = found["Sagaing region"]
    assert (region.resolved, region.country) == ("Sagaing Region", "Myanmar")


def test_the_state_of_a_name_is_the_state_not_its_capital_city(resources: Resources) -> None:
    # Nigeria's Kano is a state and its capital city; "the state of" says which.
    found = _places(resources, "Police said gunmen had raided three villages in the state of Kano.")
    assert found["Kano"].resolved == "Kano State"
    assert geo_precision(found["Kano"]) == 3
    # A state of a capitalised "State of" stays what it names: no region is read there.
    found = _places(resources, "The State of Qatar offered to host the talks in Doha.")
    assert "Qatar" in {p.resolved for p in found.values()}


def test_the_region_of_the_capital_named_after_it_is_the_region(resources: Resources) -> None:
    text = "Gunmen attacked two villages in the province of the capital, Kabul, on Friday."
    (place,) = _places(resources, text).values()
    assert place.admin1 == "Kabul" and geo_precision(place) == 3
