"""The places-only ACLED measure: where a note names its coded location, and scoring."""

from __future__ import annotations

import json
from pathlib import Path

from newsift.evaluate.geo import _coded_name, evaluate_acled_places
from newsift.pipeline import Pipeline


def test_the_coded_name_is_found_as_a_place_not_inside_a_region_phrase() -> None:
    text = "Drones were downed over the Sumy region (coded to Sumy). No damage."
    found = _coded_name("Sumy", text)
    assert found is not None and text[found.end() :].startswith(")")


def test_a_city_district_is_found_whole_else_by_its_parts() -> None:
    whole = "Shells fell on Kharkiv - Saltivskyi overnight."
    found = _coded_name("Kharkiv - Saltivskyi", whole)
    assert found is not None and found.group() == "Kharkiv - Saltivskyi"
    part = "Shells fell on the Saltivskyi district overnight."
    found = _coded_name("Kharkiv - Saltivskyi", part)
    assert found is not None and found.group() == "Saltivskyi"
    assert _coded_name("Kharkiv - Saltivskyi", "Nothing named here.") is None


def _note(ident: str, text: str, location: str, lat: float, lon: float) -> str:
    gold = {"location": location, "latitude": lat, "longitude": lon, "event_date": "2023-03-01"}
    return json.dumps({"id": ident, "text": text, "gold": gold})


def test_scores_each_country_within_25_km(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "eval").mkdir()
    ukraine = [
        _note("u1", "On 1 March 2023, shelling hit Kupiansk, Kharkiv.", "Kupiansk", 49.71, 37.61),
        _note("u2", "On 1 March 2023, shelling hit Kupiansk, Kharkiv.", "Kupiansk", 46.0, 30.0),
    ]
    sudan = [_note("s1", "On 1 March 2023, traders protested in Mellit (Mellit, North Darfur).",
                   "Mellit", 14.13, 25.55)]  # fmt: skip
    (tmp_path / "eval" / "acled-notes-dev.jsonl").write_text("\n".join(ukraine) + "\n")
    (tmp_path / "eval" / "acled-notes-sudan-dev.jsonl").write_text("\n".join(sudan) + "\n")
    result = evaluate_acled_places(tmp_path, pipeline)
    assert result["ukraine_records"] == 2 and result["ukraine_acc_25km"] == 0.5
    assert result["sudan_acc_25km"] == 1.0
    assert [e["id"] for e in result["examples"]] == ["u2"]
