"""Shared fixtures: the spaCy model and gazetteer load once per test session; stores of
both backends, with a throwaway PostgreSQL server started once per session."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer, find_bin, in_ci, start_server, stop_server
from store_backends import TEST_DATABASE, Stores

from newsift.pipeline import Pipeline
from newsift.resources import Resources, load_resources

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(scope="session")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline(resources)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server for this session (tests/pg_server.py), with an empty database
    ``newsift_test``. Skipped without PostgreSQL's binaries or psycopg, except in CI."""
    reason = None
    if find_bin() is None:
        reason = ("PostgreSQL's initdb/pg_ctl/postgres not found (Debian: apt-get install "
                  "postgresql)")
    elif importlib.util.find_spec("psycopg") is None:
        reason = "psycopg is not installed: pip install -e '.[postgres]'"
    if reason:
        if in_ci():
            pytest.fail(f"CI must test PostgreSQL: {reason}")
        pytest.skip(reason)
    import psycopg

    server = start_server()
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {TEST_DATABASE}")
        yield server
    finally:
        stop_server(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Each store contract test runs on both backends."""
    return str(request.param)


@pytest.fixture
def stores(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stores]:
    """Named stores of this test on ``backend`` (tests/store_backends.py)."""
    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    found = Stores(backend, tmp_path, server)
    yield found
    found.close_all()
