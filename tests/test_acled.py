"""ACLED codebook values derived from what newsift stores, and only those."""

from __future__ import annotations

from newsift.acled import actor_code, country_codes, disorder_type, interaction


def test_disorder_type_follows_the_codebook() -> None:
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == (
        "Political violence; Demonstrations")
    assert disorder_type("Riots", "Mob violence") == "Political violence; Demonstrations"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    assert disorder_type("Something else", None) is None


def test_country_codes_give_iso_numeric_region_and_acled_names() -> None:
    table = country_codes()
    assert (table["Ukraine"].iso, table["Ukraine"].region) == (804, "Europe")
    assert (table["Sudan"].region, table["Syria"].region) == ("Northern Africa", "Middle East")
    assert table["Palestinian Territory"].name == "Palestine"
    assert table["Palestine"] == table["Palestinian Territory"]
    assert (table["Georgia"].region, table["Myanmar"].region) == (
        "Caucasus and Central Asia", "Southeast Asia")
    assert table["Haiti"].region == "Caribbean" and table["Mexico"].region == "Central America"


def test_actor_codes_only_where_the_name_settles_them() -> None:
    table = country_codes()
    assert actor_code("Russia", "Ukraine", table) == 8  # a foreign state's forces
    assert actor_code("Ukraine", "Ukraine", table) == 1
    assert actor_code("Military Forces of Sudan", "Sudan", table) == 1
    assert actor_code("Civilians (Ukraine)", "Ukraine", table) == 7
    assert actor_code("Protesters (Georgia)", "Georgia", table) == 6
    assert actor_code("Rebels", "Syria", table) is None  # rebel group or militia: unknown
    assert actor_code("Syria", None, table) is None  # own forces or foreign: unknown
    assert interaction(8, 7, True) == 78 and interaction(1, 8, True) == 18
    assert interaction(6, None, False) == 60
    assert interaction(1, None, True) is None and interaction(None, 7, True) is None
