"""Canonical person names, titles and country names."""

from __future__ import annotations

from newsift.entities.speakers import build_name_index, clean_name, strip_titles
from newsift.places.country_names import country_of, country_table
from newsift.resources import Resources

TEXT = (
    "Odesa regional governor Mykola Hrytsenko said two ports were hit overnight. "
    "Defence Minister Lena Marsh arrived in Odesa on Monday. "
    "Hrytsenko later said the fires were out, and Marsh promised more air defence."
)


def test_clean_and_strip() -> None:
    assert clean_name("Stoltenberg’s") == "Stoltenberg"
    assert clean_name("the Kremlin\nRelated") == "the Kremlin"
    assert strip_titles("Russian President Vladimir Putin") == "Vladimir Putin"
    assert strip_titles("Gen. Mark Milley") == "Mark Milley"


def test_a_name_after_a_dash_and_a_no_break_space_has_no_space_before_it() -> None:
    assert clean_name("―\u00a0Oksana Bilyk") == "Oksana Bilyk"


def test_surnames_resolve_to_full_names(resources: Resources) -> None:
    index = build_name_index(resources.nlp(TEXT), country_table())
    assert index.canonical("Hrytsenko") == "Mykola Hrytsenko"
    assert index.canonical("Marsh’s") == "Lena Marsh"
    assert index.canonical("Kyiv") is None


def test_titles_resolve_to_the_person_introduced_with_them(resources: Resources) -> None:
    index = build_name_index(resources.nlp(TEXT), country_table())
    assert index.by_role("governor", len(TEXT)) == "Mykola Hrytsenko"
    assert index.by_role("minister", len(TEXT)) == "Lena Marsh"
    assert index.by_role("mayor", len(TEXT)) is None


def test_country_of_capitals_and_demonyms() -> None:
    table = country_table()
    assert country_of("Washington", table) == "United States"
    assert country_of("Kyiv’s", table) == "Ukraine"
    assert country_of("German", table) == "Germany"
    assert country_of("the UK", table) == "United Kingdom"
    assert country_of("Western", table) is None


def test_generational_suffixes_do_not_hide_the_surname(resources: Resources) -> None:
    text = "President Joseph R. Biden Jr. spoke in Warsaw. Mr. Biden promised more help."
    index = build_name_index(resources.nlp(text), country_table())
    assert index.canonical("Mr. Biden") == "Joseph R. Biden Jr"


def test_role_phrases_keep_the_title_as_written(resources: Resources) -> None:
    text = (
        TEXT + " Ukraine's interior minister, Igor Klymenko, visited the port. "
        "Petro Ivanenko, the head of the regional council, spoke later. "
        "Olha Kuts, who lives by the port, said she heard three blasts."
    )
    index = build_name_index(resources.nlp(text), country_table())
    assert index.role_of("Hrytsenko") == "Odesa regional governor"
    assert index.role_of("Lena Marsh") == "Defence Minister"
    assert index.role_of("Klymenko") == "Ukraine's interior minister"
    assert index.role_of("Ivanenko") == "head of the regional council"
    assert index.role_of("Olha Kuts") is None
    assert index.role_of("Odesa") is None
