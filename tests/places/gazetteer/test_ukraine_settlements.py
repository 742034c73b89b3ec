"""Ukraine's codifier settlements: romanisation, reading, and placing by hromada."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import parsed_article
from openpyxl import Workbook

from newsift.places.gazetteer.lookup import fold_name
from newsift.places.gazetteer.ukraine_settlements import (
    Settlement,
    Town,
    place_missing,
    read_codifier,
    transliterate,
)
from newsift.places.stage import find_places, geo_precision
from newsift.resources import Resources


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Іскрисківщина", "Iskryskivshchyna"),  # щ is "shch"
        ("Гуляйпільське", "Huliaipilske"),  # й and я inside a word: "i", "ia"
        ("Ясинувата", "Yasynuvata"),  # я at the start of a word: "Ya"
        ("Кам'янка", "Kamianka"),  # the apostrophe is dropped
        ("Згурівка", "Zghurivka"),  # зг is "zgh", not "zh"
        ("Зелений Гай", "Zelenyi Hai"),  # each word starts afresh
        ("Велика Писарівка", "Velyka Pysarivka"),
    ],
)
def test_national_romanisation(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


def _settlement(name: str, hromada: str, hromada_name: str, category: str = "C") -> Settlement:
    return Settlement(name, "UA14", hromada, hromada_name, category)


def test_a_missing_village_sits_at_its_hromada_centre() -> None:
    settlements = [
        _settlement("Bilohorivka", "H1", "Bilohorivska", "T"),
        _settlement("Zolotarivka", "H1", "Bilohorivska"),
        _settlement("Spirne", "H1", "Bilohorivska"),  # GeoNames lacks it
        _settlement("Yampil", "H2", "Yampilska", "T"),
    ]
    towns = [
        Town("Bilohorivka", "Donetsk Oblast", 48.93, 38.24),
        Town("Zolotarivka", "Donetsk Oblast", 48.97, 38.13),
        Town("Yampil", "Donetsk Oblast", 48.95, 38.25),
    ]
    placed = place_missing(settlements, towns, fold_name)
    assert [(p.name, p.admin1, p.latitude, p.longitude) for p in placed] == [
        ("Spirne", "Donetsk Oblast", 48.93, 38.24)
    ]


def test_a_name_the_oblast_has_twice_does_not_locate_a_hromada() -> None:
    # GeoNames has one Petrivka; the oblast has two: neither says where its hromada is.
    settlements = [
        _settlement("Petrivka", "H1", "Lymanska"),
        _settlement("Petrivka", "H2", "Sivierska"),
        _settlement("Kryva Luka", "H1", "Lymanska"),
        _settlement("Yampil", "H3", "Yampilska", "T"),
    ]
    towns = [
        Town("Petrivka", "Donetsk Oblast", 47.5, 37.0),
        Town("Yampil", "Donetsk Oblast", 48.95, 38.25),
    ]
    assert place_missing(settlements, towns, fold_name) == []


def test_reads_settlements_and_their_hromada_from_the_spreadsheet(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Перший рівень", "Другий рівень", "Третій рівень", "Четвертий рівень",
                  "Додатковий рівень", "Категорія", "Назва"])  # fmt: skip
    sheet.append(["UA14", None, None, None, None, "O", "Донецька"])
    sheet.append(["UA14", "UA1402", "UA1402003", None, None, "H", "Білогорівська"])
    sheet.append(["UA14", "UA1402", "UA1402003", "UA1402003005", None, "C", "Спірне"])
    path = tmp_path / "codifier.xlsx"
    book.save(path)
    assert read_codifier(path) == [
        Settlement("Spirne", "UA14", "UA1402003", "Bilohorivska", "C", "UA1402")
    ]


def test_the_gazetteer_holds_villages_geonames_lacks(resources: Resources) -> None:
    hits = resources.gazetteer.lookup("Zolota Nyva", ("UA",))
    assert hits and hits[0].admin1 == "Donetsk Oblast"
    assert hits[0].geonameid is None and hits[0].population == 0


def test_a_codifier_village_is_coded_near_a_known_place(resources: Resources) -> None:
    text = "Russian forces shelled Zolota Nyva in the Donetsk region on Friday."
    article = parsed_article(resources, text, "2024-02-10")
    village = next(p for p in find_places(article, resources) if p.name == "Zolota Nyva")
    assert village.admin1 == "Donetsk Oblast"
    assert geo_precision(village) == 2


def test_namesakes_geonames_lacks_are_placed_beside_the_one_it_has() -> None:
    # Two Lozove in the oblast; GeoNames has the one near Lyman only. The other, in a
    # community 150 km south, is another village and is placed there.
    settlements = [
        _settlement("Lyman", "H1", "Lymanska", "M"),
        _settlement("Lozove", "H1", "Lymanska"),
        _settlement("Volnovakha", "H2", "Volnovaska", "M"),
        _settlement("Lozove", "H2", "Volnovaska"),
    ]
    towns = [
        Town("Lyman", "Donetsk Oblast", 48.99, 37.80),
        Town("Lozove", "Donetsk Oblast", 49.01, 37.75),
        Town("Volnovakha", "Donetsk Oblast", 47.60, 37.50),
    ]
    placed = place_missing(settlements, towns, fold_name)
    assert [(p.name, p.latitude, p.longitude) for p in placed] == [("Lozove", 47.60, 37.50)]


def test_a_community_without_located_members_stands_at_its_centre_in_the_district() -> None:
    # Every name of the Petropillia community recurs in the oblast, so none locates it;
    # its centre's namesake nearest the middle of its district does.
    def member(name: str, hromada: str, hromada_name: str) -> Settlement:
        return Settlement(name, "UA63", hromada, hromada_name, "C", "UA6308")

    settlements = [
        member("Kupka", "H1", "Kupkivska"),
        member("Ridne", "H1", "Kupkivska"),
        member("Petropillia", "H2", "Petropilska"),
        member("Tykhe", "H2", "Petropilska"),
        Settlement("Petropillia", "UA63", "H3", "Other", "C", "UA6302"),
    ]
    towns = [
        Town("Kupka", "Kharkiv Oblast", 49.70, 37.60),
        Town("Ridne", "Kharkiv Oblast", 49.72, 37.65),
        Town("Petropillia", "Kharkiv Oblast", 49.75, 37.75),
        Town("Petropillia", "Kharkiv Oblast", 50.20, 35.30),
    ]
    placed = {
        (p.name, p.latitude, p.longitude) for p in place_missing(settlements, towns, fold_name)
    }
    assert ("Tykhe", 49.75, 37.75) in placed
