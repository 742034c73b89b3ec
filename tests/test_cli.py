"""The command line through click's runner, on the sample corpus and the seeds."""

from __future__ import annotations

import importlib
import io
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from newsift.cli import cli
from newsift.cli import common as cli_common
from newsift.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    # The CLI loads the model per invocation; tests reuse the session's pipeline.
    monkeypatch.setattr(cli_common, "load_pipeline", lambda: pipeline)
    # The package's `ingest` names the command; the module is in sys.modules.
    module = importlib.import_module("newsift.cli.ingest")
    monkeypatch.setattr(module, "load_pipeline", lambda: pipeline)


def _dump(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    tables = [
        r[0]
        for r in con.execute(
            "select name from sqlite_master"
            " where type='table' and name not like '%fts%' order by name"
        )
    ]
    rows = [(t, *r) for t in tables for r in con.execute(f"select * from {t} order by 1")]
    con.close()
    return rows


def test_extract_writes_one_contract_object_per_document(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(shared / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert set(line) == {
            "document",
            "events",
            "quotes",
            "entities",
            "places",
            "dates",
            "commitments",
        }
    assert "2 documents read, 2 stored" in result.stderr


def test_extract_reads_standard_input() -> None:
    text = "date 2024-03-02 Shelling hit the town of Nikopol on Friday, officials said."
    result = CliRunner().invoke(cli, ["extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])["document"]
    assert doc["published"] == "2024-03-02"
    assert doc["text"].startswith("Shelling hit")


def test_a_bad_file_is_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Protesters rallied in Tbilisi on Sunday.", "utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\xfa not text \x81")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "broken.txt" in result.stderr


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(SAMPLES), "--db", str(db)])
    assert first.exit_code == 0, first.output
    before = _dump(db)
    second = runner.invoke(cli, ["ingest", str(SAMPLES), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 stored" in second.stderr and "5 already present" in second.stderr
    assert _dump(db) == before


def test_events_lists_and_exports_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(SAMPLES), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert events, "the sample corpus has events"

    csv_path = tmp_path / "events.csv"
    assert (
        runner.invoke(
            cli, ["export", "--db", str(db), "--format", "csv", "-o", str(csv_path)]
        ).exit_code
        == 0
    )
    frame = pd.read_csv(csv_path)
    assert list(frame.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert sorted(frame["event_id_cnty"]) == sorted(e["id"] for e in events)

    geo = runner.invoke(cli, ["export", "--db", str(db), "--format", "geojson"])
    assert geo.exit_code == 0, geo.output
    collection = json.load(io.StringIO(geo.stdout))
    assert collection["type"] == "FeatureCollection"
    located = {e["id"] for e in events if e["location"] and e["location"]["latitude"] is not None}
    assert {f["id"] for f in collection["features"]} == located
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_every_command_help_has_an_example() -> None:
    for name, command in cli.commands.items():
        assert "Example:" in (command.help or ""), name


def test_a_correction_survives_reingesting(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(SAMPLES), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    event_id = json.loads(listed.stdout.splitlines()[0])["id"]

    fixed = runner.invoke(cli, ["correct", event_id, "fatalities=11", "--db", str(db)])
    assert fixed.exit_code == 0, fixed.output
    bad = runner.invoke(cli, ["correct", event_id, "colour=red", "--db", str(db)])
    assert bad.exit_code == 1 and "colour" in bad.stderr

    assert runner.invoke(cli, ["ingest", str(SAMPLES), "--db", str(db)]).exit_code == 0
    again = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl"])
    by_id = {e["id"]: e for e in map(json.loads, again.stdout.splitlines())}
    assert by_id[event_id]["fatalities"] == 11


def test_warnings_and_refusals_name_the_file(tmp_path: Path) -> None:
    (tmp_path / "a_bad_header.txt").write_text(
        " date 2024-02-30 \nShelling hit a depot near Sumy on Monday, officials said.", "utf-8")
    (tmp_path / "b_french.txt").write_text(
        "Les forces russes ont bombardé la ville de Kherson mardi, tuant deux personnes et en "
        "blessant sept autres, a annoncé le chef de l'administration militaire de la région "
        "dans un message publié sur les réseaux sociaux.", "utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1  # something failed: the French article
    assert "warning: " in result.stderr and "a_bad_header.txt: the date header" in result.stderr
    assert "b_french.txt: written in French (fr)" in result.stderr
    assert "1 stored" in result.stderr
