"""Local features (streets, squares, buildings, rivers) placed at the town they are in."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.features import feature_spans, is_feature_name, street_spans
from newsift.places.stage import find_places, geo_precision
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> dict[str, Place]:
    article = parsed_article(resources, text, "2024-02-10")
    return {p.name: p for p in find_places(article, resources)}


def test_feature_spans_drop_openers_and_owners() -> None:
    text = "The Maple Avenue crash closed Dayton's Main Street and St Luke's Hospital."
    names = [f.name for f in feature_spans(text)]
    assert names == ["Maple Avenue", "Main Street", "St Luke's Hospital"]
    assert is_feature_name("Lake Travis") and not is_feature_name("Travis")


def test_street_goes_to_the_town_written_after_it(resources: Resources) -> None:
    text = "Police closed Maple Avenue in Dayton after a water main burst on Tuesday."
    street = _places(resources, text)["Maple Avenue"]
    assert street.resolved == "Dayton" and street.admin1 == "Ohio"
    assert street.geonameid is None  # the town's point, not the street's own entry
    assert geo_precision(street) == 2


def test_feature_without_a_town_goes_to_the_article_town(resources: Resources) -> None:
    # "Washington Square" is also a town in Pennsylvania; here it is a square in the
    # story's town, and "Quarter" makes "French" no demonym.
    text = (
        "Crowds filled New Orleans on Saturday. Bands played in the French Quarter "
        "and along the Mississippi River, and a parade crossed Washington Square."
    )
    found = _places(resources, text)
    for name in ("French Quarter", "Mississippi River", "Washington Square"):
        assert found[name].resolved == "New Orleans", name
    assert "French" not in found
    embassy = _places(resources, "Staff left the British Embassy in Moscow on Friday.")
    assert embassy["British"].kind == "demonym"


def test_neighbourhood_of_a_borough(resources: Resources) -> None:
    text = "A bakery opened in the Maple Heights neighborhood of Brooklyn last month."
    assert _places(resources, text)["Maple Heights"].resolved == "Brooklyn"


def test_person_and_town_names_are_not_features(resources: Resources) -> None:
    text = "Actor Nathan Lane flew to Miami Beach for the premiere."
    found = _places(resources, text)
    assert "Nathan Lane" not in found
    assert found["Miami Beach"].resolved == "Miami Beach"
    assert geo_precision(found["Miami Beach"]) == 1


def test_neighbourhood_of_a_town_is_placed_at_that_town(resources: Resources) -> None:
    # "Shahba" alone is a town in another province; "neighbourhood of Aleppo" settles it.
    text = "Shells struck the Shahba neighbourhood of Aleppo on Monday, state media reported."
    shahba = _places(resources, text)["Shahba"]
    assert shahba.resolved == "Aleppo" and shahba.geonameid is None
    district = _places(resources, "Shells hit the Qwzx district of Aleppo on Monday.")
    assert district["Qwzx district"].resolved == "Aleppo"
    # A side of the town still names the town: "of western Aleppo".
    text = "Mortars fell on the Zorbq district of western Aleppo late on Sunday."
    assert _places(resources, text)["Zorbq district"].resolved == "Aleppo"
    # After the town's possessive, a district it holds stands at the town.
    text = "Rockets hit Aleppo's Qwzx district before dawn on Sunday."
    assert _places(resources, text)["Qwzx district"].resolved == "Aleppo"
    # "Shaar" spelt so is also a Chadian town; said to lie in Aleppo it is Aleppo's.
    text = "Barrel bombs fell on Shaar in eastern Aleppo, rescuers said on Monday."
    assert _places(resources, text)["Shaar"].resolved == "Aleppo"
    # A namesake in the town's own country may be the place itself.
    text = "Shells hit Kramatorsk in Donetsk on Friday, the governor said."
    assert _places(resources, text)["Kramatorsk"].resolved == "Kramatorsk"
    # Written the other way round, the bigger town is not part of its suburb.
    text = "Aid trucks reached the Damascus suburb of Douma on Friday."
    assert _places(resources, text)["Damascus"].resolved == "Damascus"


def test_focus_town_stays_in_the_article_country() -> None:
    from newsift.places.features import Home, focus_town
    from newsift.places.gazetteer.lookup import GeoHit

    david = GeoHit("David", "Chiriqui", "Panama", "PA", 8.4, -82.4, 1, "city", 80_000)
    patchogue = GeoHit("Patchogue", "New York", "United States", "US", 40.8, -73.0, 2,
                       "city", 12_000)  # fmt: skip
    islip = GeoHit("Islip", "New York", "United States", "US", 40.7, -73.2, 3, "city", 18_000)
    orange = GeoHit("Orange", "California", "United States", "US", 33.8, -117.9, 4, "city",
                    139_000)  # fmt: skip
    hits: list[GeoHit | None] = [david, david, patchogue]
    assert focus_town([], hits) == david
    assert focus_town([], hits, Home("US", None)) == patchogue
    # Named as often, a town in the story's main region beats a bigger one elsewhere.
    assert focus_town([], [orange, islip], Home("US", "New York")) == islip


def test_numbered_roads() -> None:
    from newsift.places.features import road_spans

    text = "The A417 will shut tonight; traffic goes via the A436, A40 and A429."
    assert [r.name for r in road_spans(text)] == ["A417", "A436", "A40", "A429"]
    assert road_spans("She scored an A1 and bought A4 paper.") == []
    assert [r.name for r in road_spans("A crash closed I-95 north of the city.")] == ["I-95"]
    # A number that also names fighters is the group, even after "the".
    text = "M12 fighters took the ridge; the M12 said it held the A9 junction."
    assert [r.name for r in road_spans(text)] == ["A9"]


def test_facility_after_a_sentence_opener() -> None:
    names = [f.name for f in feature_spans("Meanwhile the Homs Media Center said so.")]
    assert names == ["Homs Media Center"]


def test_street_pairs_and_numbered_streets() -> None:
    text = (
        "Police closed the corner of Maple and Grand avenues after the crash, and "
        "traffic was diverted to 14th St. and Fifth street."
    )
    names = [span.name for span in street_spans(text)]
    assert names == ["Maple", "Grand", "14th St.", "Fifth street"]
    for span in street_spans(text):
        assert text[span.start : span.end] == span.name


def test_a_feature_after_a_towns_possessive_stands_in_that_town(resources: Resources) -> None:
    text = (
        "Doctors at Belfast's Mater Hospital treated two climbers on Sunday. "
        "Both were later moved to a clinic in Portland, Oregon, where their families live."
    )
    places = find_places(parsed_article(resources, text, "2024-05-02"), resources)
    found = {p.name: p for p in places}
    assert found["Mater Hospital"].resolved == "Belfast"


def test_a_town_in_a_side_of_a_region_named_like_its_city_is_that_town(
        resources: Resources) -> None:
    # "central Gaza" is the Strip, not Gaza City: a town in it stands where it is.
    text = "A drone hit a tent camp in the Deir al-Balah area in central Gaza on Tuesday."
    assert _places(resources, text)["Deir al-Balah"].resolved == "Deir Al Balah"
    # A quarter the gazetteer does not hold still stands at the city.
    text = "Tanks shelled the Qwzx district in eastern Gaza on Tuesday."
    assert _places(resources, text)["Qwzx district"].resolved == "Gaza"
    # A side of a city not named for its region keeps its quarters in the city.
    text = "Shells hit the Shahba area in western Aleppo on Monday."
    assert _places(resources, text)["Shahba"].resolved == "Aleppo"


def test_a_place_in_a_described_town_stands_at_that_town(resources: Resources) -> None:
    # An adjective between "in the" and the town ("disputed", "rebel-held") still says
    # the unknown name lies there.
    found = _places(
        resources, "Gunmen attacked herders near Malual Alel in the disputed Abyei area."
    )
    assert found["Malual Alel"].resolved == "Abyei"
    found = _places(resources, "Shells fell on Zamalka in the rebel-held Damascus suburbs.")
    assert found["Zamalka"].admin1 == "Dimashq Governorate"
    assert geo_precision(found["Zamalka"]) == 2


def test_a_district_of_a_town_with_a_far_namesake_in_another_region_is_the_towns(
        resources: Resources) -> None:
    # The district's name also reads as a village two regions away.
    text = "A drone hit a bus in Kherson's Dniprovskyi district on Tuesday, killing one."
    assert _places(resources, text)["Dniprovskyi district"].resolved == "Kherson"
