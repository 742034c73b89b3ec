"""The API is read-only, closed to other origins, and caps what one request may ask for."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from newsift.api import create_app


def _call(db: Path, method: str, url: str, **kwargs: object) -> httpx.Response:
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, url, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(call())


def test_every_api_route_only_reads(db: Path) -> None:
    app = create_app(db)
    methods = {method for route in app.routes for method in getattr(route, "methods", set())}
    assert methods <= {"GET", "HEAD"}


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writes_are_refused(db: Path, method: str) -> None:
    response = _call(db, method, "/api/events", json={"fatalities": 1000})
    assert response.status_code == 405


def test_other_origins_get_no_cors_grant(db: Path) -> None:
    response = _call(db, "GET", "/api/events", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers
    preflight = _call(db, "OPTIONS", "/api/events", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_page_size_is_capped(db: Path) -> None:
    assert _call(db, "GET", "/api/events", params={"limit": 10_001}).status_code == 422
    assert _call(db, "GET", "/api/events", params={"limit": 10_000}).status_code == 200
