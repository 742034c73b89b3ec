"""--dask: a two-worker LocalCluster fills the store exactly as one process does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsift.cli import cli
from newsift.documents.reading import read_inputs
from newsift.model import RawInput
from newsift.pipeline import Pipeline

pytest.importorskip("distributed")


def test_a_local_dask_cluster_gives_the_store_of_one_process(
    ingest_samples: Callable[..., dict[str, Any]]
) -> None:
    one = ingest_samples("--jobs", "1")
    assert ingest_samples("--dask", "local:2", "--batch-size", "2") == one


def test_a_cluster_address_that_answers_nothing_is_an_error(tmp_path: Path) -> None:
    import dask

    from newsift.scale.cluster import dask_client

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), pytest.raises(
        OSError
    ), dask_client("tcp://127.0.0.1:9"):
        pass


def test_without_the_dask_extra_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, samples: Path, tmp_path: Path
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "newsift.scale.cluster", raising=False)
    result = CliRunner().invoke(cli, ["ingest", str(samples), "--db", str(tmp_path / "x.db"),
                                      "--dask", "local:2"])
    assert result.exit_code != 0
    assert "pip install 'newsift[dask]'" in result.output


def test_tasks_use_the_pipeline_the_worker_plugin_loaded_once(
    monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline, samples: Path
) -> None:
    from types import SimpleNamespace

    from newsift.scale import cluster

    loads: list[str] = []
    monkeypatch.setattr(cluster.Pipeline, "load", lambda: loads.append("load") or pipeline)
    plugin = cluster.PipelinePlugin()
    plugin.setup(worker=None)  # what the worker does once, as it starts
    worker = SimpleNamespace(plugins={cluster.PLUGIN: plugin})
    monkeypatch.setattr(cluster, "get_worker", lambda: worker)
    raws = [item for item in read_inputs([str(samples)]) if isinstance(item, RawInput)]
    first = cluster._extract_chunk(raws[:2], 2)
    second = cluster._extract_chunk(raws[2:], 2)
    assert loads == ["load"]  # once per worker, not once per task
    assert [o.source for o in first + second] == [raw.source for raw in raws]
