"""``newsift ingest URL...``: pages fetched from a news site on 127.0.0.1."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from local_server import NewsSite

from newsift.cli import cli
from newsift.cli import common as cli_common
from newsift.pipeline import Pipeline
from newsift.store import SQLiteStore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    monkeypatch.setattr(cli_common, "load_pipeline", lambda: pipeline)
    # The package's `ingest` names the command; the module is in sys.modules.
    module = importlib.import_module("newsift.cli.ingest")
    monkeypatch.setattr(module, "load_pipeline", lambda: pipeline, raising=False)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        yield running


def test_a_url_is_fetched_extracted_like_a_saved_page_and_recorded_as_the_source(
    site: NewsSite, tmp_path: Path
) -> None:
    db = tmp_path / "pages.db"
    url = site.fixture("/2024/04/18/drone-hits-zaporizhzhia", "zaporizhzhia-drone.html")
    result = CliRunner().invoke(cli, ["ingest", url, "--allow-private", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 documents read, 1 stored" in result.stderr
    with SQLiteStore(db, create=False) as store:
        [document] = store.documents()
        assert document["source"] == url
        assert document["published"] == "2024-04-18"  # the page's own metadata
        assert document["title"].startswith("Drone hits apartment block in Zaporizhzhia")
        stored = store.get_document(document["id"])
        assert stored is not None
        assert [c.text for c in stored.document.comments][-1] == (
            "Where were the air defences this time?")
        [strike] = [e for e in store.events() if e["sub_event_type"] == "Air/drone strike"]
        assert strike["fatalities"] == 2 and strike["sources"][0]["source"] == url

    again = CliRunner().invoke(cli, ["ingest", url, "--allow-private", "--db", str(db)])
    assert again.exit_code == 0
    assert f"newsift: {url}: already stored" in again.stderr
    assert site.paths().count("/2024/04/18/drone-hits-zaporizhzhia") == 1


def test_files_and_urls_mix_and_one_failing_url_fails_only_itself(
    site: NewsSite, tmp_path: Path
) -> None:
    db = str(tmp_path / "mixed.db")
    good = site.fixture("/kharkiv", "kharkiv-shelling.html")
    private = f"http://localhost:{site.port}/kharkiv"
    result = CliRunner().invoke(cli, [
        "ingest", str(SAMPLES / "01_odesa_drone_strike.txt"), site.url("/gone"),
        "file:///etc/hostname", good, "--allow-private", "--db", db])
    assert result.exit_code == 1
    assert f"newsift: error: {site.url('/gone')}: HTTP 404 Not Found" in result.stderr
    assert "newsift: error: file:///etc/hostname: only http and https URLs" in result.stderr
    assert "2 documents read, 2 stored, 0 already present, 2 failed" in result.stderr
    refused = CliRunner().invoke(cli, ["ingest", private, "--db", db])
    assert refused.exit_code == 1
    assert f"{private}: localhost (" in refused.stderr
    assert "is a loopback address; refused (see --allow-private)" in refused.stderr
