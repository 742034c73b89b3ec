from __future__ import annotations

from newsift.evaluate.seeds import Tally, events_match, quotes_match, score_events

KHARKIV = {
    "name": "Kharkiv",
    "admin1": "Kharkiv Oblast",
    "latitude": 49.99,
    "longitude": 36.23,
    "geo_precision": 1,
}
NEAR_KHARKIV = {**KHARKIV, "latitude": 50.1, "longitude": 36.4}
LVIV = {
    "name": "Lviv",
    "admin1": "Lviv Oblast",
    "latitude": 49.84,
    "longitude": 24.03,
    "geo_precision": 1,
}
STRIKE = "Explosions/Remote violence"


def test_events_match_on_type_date_within_a_day_and_place_within_50_km() -> None:
    gold = {"event_type": STRIKE, "date": "2024-02-10", "location": KHARKIV}
    assert events_match(
        {"event_type": STRIKE, "date": "2024-02-11", "location": NEAR_KHARKIV}, gold
    )
    assert not events_match({"event_type": STRIKE, "date": "2024-02-12", "location": KHARKIV}, gold)
    assert not events_match({"event_type": STRIKE, "date": "2024-02-10", "location": LVIV}, gold)
    assert not events_match(
        {"event_type": "Battles", "date": "2024-02-10", "location": KHARKIV}, gold
    )


def test_region_level_gold_matches_on_admin1() -> None:
    region = {**KHARKIV, "latitude": 49.5, "longitude": 37.5, "geo_precision": 3}
    gold = {"event_type": STRIKE, "date": None, "location": region}
    assert events_match({"event_type": STRIKE, "date": None, "location": KHARKIV}, gold)


def test_quotes_match_when_one_holds_most_of_the_others_words() -> None:
    assert quotes_match("simply cannot wait", "Ukraine simply cannot wait.")
    assert not quotes_match("we will not wait", "Ukraine simply cannot wait for help today")


def test_optional_gold_events_count_neither_way() -> None:
    tally = Tally()
    gold = [
        {"event_type": STRIKE, "date": None, "location": KHARKIV, "optional": True},
    ]
    score_events(tally, [{"event_type": STRIKE, "date": None, "location": KHARKIV}], gold)
    assert (tally.matched, tally.predicted, tally.gold) == (0, 0, 0)
    score_events(tally, [], gold)
    assert tally.scores("events")["events_recall"] == 1.0
