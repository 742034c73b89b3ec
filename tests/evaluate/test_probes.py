"""Our own articles from other wars: well formed, and scored as news incidents are."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

from newsift.evaluate.probes import evaluate_probes, read_probes
from newsift.events.taxonomy import is_valid
from newsift.model import Event, Location, RawInput


def test_every_probe_names_a_valid_main_incident() -> None:
    probes = read_probes()
    assert len(probes) >= 90
    assert sum(p["published"] is None for p in probes) >= 5
    assert len({p["id"] for p in probes}) == len(probes)
    for probe in probes:
        main = probe["main"]
        assert is_valid(main["event_type"], main["sub_event_type"]), probe["id"]
        assert main["admin1"] and len(main["date"]) == len("YYYY-MM-DD")
        # A probe with no publication date dates itself in its text, as a scrape does.
        published = probe["published"]
        assert probe["text"].strip() and (published is None or len(published) == 10)


class _Stub:
    """A pipeline that reports one given event for every article."""

    def __init__(self, event: Event) -> None:
        self.event = event

    def run(self, raw: RawInput) -> SimpleNamespace:
        return SimpleNamespace(events=[self.event])


def _event(event_type: str, sub_type: str, day: str, admin1: str, killed: int | None) -> Event:
    place = Location(name="x", admin1=admin1, country=None, latitude=None, longitude=None,
                     geo_precision=3)  # fmt: skip
    return Event("e", event_type, sub_type, day, "day", None, None, None, None, place,
                 killed, None)  # fmt: skip


def test_a_probe_is_found_by_type_day_and_region(tmp_path: Path) -> None:
    main = read_probes()[0]["main"]
    day_after = (date.fromisoformat(main["date"]) + timedelta(days=1)).isoformat()
    right = _event(main["event_type"], main["sub_event_type"], day_after, main["admin1"],
                   main["killed"])  # fmt: skip
    scores = evaluate_probes(tmp_path, _Stub(right), limit=1)  # type: ignore[arg-type]
    assert (scores["main_found"], scores["main_toll_exact"], scores["main_sub_type"]) == (1, 1, 1)
    elsewhere = replace(right, location=replace(right.location, admin1="Somewhere Else"))
    scores = evaluate_probes(tmp_path, _Stub(elsewhere), limit=1)  # type: ignore[arg-type]
    assert scores["main_found"] == 0 and scores["missed"][0]["reasons"] == ["place"]


def test_each_probe_falls_in_the_batch_it_was_written_in() -> None:
    from newsift.evaluate.probes import BATCHES, batch_of

    assert batch_of("p01") == batch_of("p193") == "p001-p193"
    assert batch_of("p194") == batch_of("p223") == "p194-p223"
    assert batch_of("p224") == batch_of("p263") == "p224-p263"
    assert batch_of("p264") == batch_of("p303") == "p264-p303"
    assert batch_of("p304") == "p304-"
    assert BATCHES[0] == 1 and list(BATCHES) == sorted(BATCHES)


def test_a_halved_batch_counts_each_probe_in_the_batch_and_one_half() -> None:
    from newsift.evaluate.probes import HALVED_FROM, tallied_in

    assert tallied_in("p010") == ["p001-p193"]
    first = f"p{HALVED_FROM:03d}"
    batch, half = tallied_in(first)
    assert half in (f"{batch}/tune", f"{batch}/check")
