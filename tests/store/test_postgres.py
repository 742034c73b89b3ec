"""What only the PostgreSQL store has: a URL, a schema, the driver as an extra, and the
same answers as SQLite through the CLI and the API. The contract both backends keep is
tested in test_contract.py."""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from builders import STORE_FIXTURE, sample_store
from click.testing import CliRunner
from store_backends import Stores

from newsift.cli import cli
from newsift.cli import common as cli_common
from newsift.pipeline import Pipeline
from newsift.store import StoreError, open_store
from newsift.store.pg_schema import MIGRATIONS
from newsift.store.rows import extraction_from_dict

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def pg(pg_server: Any, tmp_path: Path) -> Stores:
    return Stores("postgresql", tmp_path, pg_server)


def test_a_url_opens_a_store_in_the_schema_it_names(pg: Stores) -> None:
    with open_store(pg.target("first")) as first, open_store(pg.target("second")) as second:
        first.add(extraction_from_dict(json.loads(STORE_FIXTURE.read_text("utf-8"))[0]))
        assert first.counts()["documents"] == 1
        assert second.counts()["documents"] == 0  # two stores, one database
    tables = pg.dump("first")
    assert [row[0] for row in tables["schema_version"]] == list(range(1, len(MIGRATIONS) + 1))


def test_reading_needs_a_store_and_refuses_someone_elses_schema(pg: Stores) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(pg.target("empty"), create=False)
    with pg._pg() as conn:
        conn.execute(f"CREATE TABLE {pg._schemas['empty']}.customers (id integer)")
    with pytest.raises(StoreError, match="not a newsift database"):
        open_store(pg.target("empty"))


def test_a_newer_schema_is_refused(pg: Stores) -> None:
    open_store(pg.target()).close()
    with pg._pg("newsift") as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    with pytest.raises(StoreError, match="newer than this newsift"):
        open_store(pg.target())


def test_errors_name_the_database_but_never_its_password(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://someone:s3cret@/newsift?host={tmp_path}/absent&connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_store(url)
    assert "someone:***@" in str(caught.value) and "s3cret" not in str(caught.value)
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://someone@/newsift?host={tmp_path}/absent&password=s3cret")
    assert "password=***" in str(caught.value) and "s3cret" not in str(caught.value)


def test_without_the_driver_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    monkeypatch.delitem(sys.modules, "newsift.store.postgres", raising=False)
    with pytest.raises(StoreError, match=r"pip install 'newsift\[postgres\]'") as caught:
        open_store("postgresql://user:pw@db.example/newsift")
    assert "pw" not in str(caught.value) and len(str(caught.value).splitlines()) == 1


def test_the_api_answers_from_postgresql_as_from_sqlite(pg: Stores, tmp_path: Path) -> None:
    from newsift.api import create_app

    sample_store(tmp_path / "api.db").close()
    sample_store(pg.target("api")).close()
    lite, post = create_app(tmp_path / "api.db"), create_app(pg.target("api"))
    for url, params in [
        ("/api/events", {}), ("/api/events", {"search": "strikes"}),
        ("/api/events", {"place": "kharkiv", "since": "2024-05"}), ("/api/summary", {}),
        ("/api/quotes", {}), ("/api/entities", {}), ("/api/commitments", {}),
        ("/api/counts", {}), ("/api/events/ev-7d36e385155e9fdd", {}),
        ("/api/events", {"format": "csv"}), ("/api/events", {"format": "geojson"}),
    ]:
        answer = get(lite, url, params)
        assert answer.status_code == 200, (url, answer.text)
        assert same(get(post, url, params).content) == same(answer.content), (url, params)


def same(content: bytes) -> bytes:
    """A download without its export time (Unix seconds), which may tick between two."""
    return re.sub(rb"\b\d{10}\b", b"TIME", content)


def get(app: Any, url: str, params: dict[str, str]) -> httpx.Response:
    """One request through the app in-process (no socket)."""
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(url, params=params)

    return asyncio.run(call())


def test_ingest_and_events_take_a_postgresql_url(
    pg: Stores, tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_common, "load_pipeline", lambda: pipeline)
    module = importlib.import_module("newsift.cli.ingest")  # `ingest` names the command
    monkeypatch.setattr(module, "load_pipeline", lambda: pipeline, raising=False)
    listed = []
    for db in (str(tmp_path / "samples.db"), str(pg.target("samples"))):
        ingested = CliRunner().invoke(cli, ["ingest", str(SAMPLES), "--jobs", "1", "--db", db])
        assert ingested.exit_code == 0, ingested.output
        assert "5 documents read, 5 stored" in ingested.stderr
        events = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl"])
        assert events.exit_code == 0, events.output
        listed.append(events.stdout)
    assert listed[0].count("\n") >= 5 and listed[1] == listed[0]
