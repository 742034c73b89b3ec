"""ingest --out writes Parquet partitions; newsift load stores them as ingest would have."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from builders import STORE_FIXTURE
from click.testing import CliRunner

from newsift.cli import cli
from newsift.scale.partitions import PartitionWriter, read_partitions, writing
from newsift.store.rows import extraction_from_dict


def test_partitions_roll_over_and_read_back_in_order(tmp_path: Path) -> None:
    extractions = [extraction_from_dict(item) for item in
                   json.loads(STORE_FIXTURE.read_text("utf-8"))]
    with writing(tmp_path / "parts", per_partition=2) as writer:
        for extraction in extractions:
            writer.add(extraction)
    names = sorted(p.name for p in (tmp_path / "parts").iterdir())
    assert names == ["part-000000.parquet", "part-000001.parquet"]
    assert writer.written == 3
    assert list(read_partitions(tmp_path / "parts")) == extractions
    first = pq.read_table(tmp_path / "parts" / names[0])
    assert first.column("document_id").to_pylist() == [e.document.id for e in extractions[:2]]
    assert first.column("events").to_pylist() == [len(e.events) for e in extractions[:2]]
    with pytest.raises(FileExistsError):
        PartitionWriter(tmp_path / "parts")  # never mixes two runs' partitions


def test_ingest_out_then_load_gives_the_store_of_a_direct_ingest(
    tmp_path: Path, samples: Path, store_content: Callable[[Path], dict[str, Any]]
) -> None:
    runner = CliRunner()
    direct, loaded = tmp_path / "direct.db", tmp_path / "loaded.db"
    assert runner.invoke(cli, ["ingest", str(samples), "--db", str(direct),
                               "--jobs", "1"]).exit_code == 0
    wrote = runner.invoke(cli, ["ingest", str(samples), "--out", str(tmp_path / "parts"),
                                "--jobs", "1"])
    assert wrote.exit_code == 0, wrote.output
    assert not loaded.exists()  # --out writes no store
    load = runner.invoke(cli, ["load", str(tmp_path / "parts"), "--db", str(loaded)])
    assert load.exit_code == 0, load.output
    assert "5 documents stored" in load.stderr
    assert store_content(loaded) == store_content(direct)
    again = runner.invoke(cli, ["load", str(tmp_path / "parts"), "--db", str(loaded)])
    assert "0 documents stored, 5 already present" in again.stderr
