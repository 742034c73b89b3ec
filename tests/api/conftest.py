"""A database of hand-made extractions, and a client that calls the app in-process.

The store fixture's three documents plus one hostile article (markup in its title,
body, comments, quote and commitment) make the API and page tests independent of how
well the extraction stages do.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from newsift.api import create_app
from newsift.store import SQLiteStore
from newsift.store.rows import extraction_from_dict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_extractions() -> list[dict[str, Any]]:
    store = json.loads((FIXTURES / "store" / "extractions.json").read_text("utf-8"))
    hostile = json.loads((FIXTURES / "web" / "hostile_article.json").read_text("utf-8"))
    return [*store, hostile]


class Client:
    """Synchronous calls through httpx's ASGI transport: no socket, no server."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def get(self, url: str, **params: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                return await client.get(url, params=params)

        return asyncio.run(call())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "api.db"
    with SQLiteStore(path) as store:
        for item in fixture_extractions():
            store.add(extraction_from_dict(item))
    return path


@pytest.fixture
def client(db: Path) -> Iterator[Client]:
    yield Client(create_app(db))
