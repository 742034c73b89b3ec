"""The app around the API: the page, the offline docs, security headers, startup checks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import newsift.api.app as app_module
from newsift.api import create_app
from newsift.events.taxonomy import EVENT_TYPES
from newsift.store import StoreError

WEB = Path(app_module.__file__).resolve().parent.parent / "web"
needs_assets = pytest.mark.skipif(not app_module.assets_installed(),
                                  reason="run scripts/vendor_web_assets.py first")


@needs_assets
def test_page_and_its_scripts_are_served_with_a_strict_policy(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<title>newsift</title>" in page.text
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "connect-src 'self'" in policy
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert "content-security-policy" in response.headers
    assert client.get("/static/vendor/world-atlas/countries-50m.json").json()["type"] == (
        "Topology")


def test_page_and_scripts_load_nothing_from_outside() -> None:
    for path in WEB.glob("*.*"):
        text = path.read_text("utf-8")
        assert not re.search(r"(?:src|href)=\"https?:|fetch\(\"https?:|url\(https?:", text), path
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path


@needs_assets
def test_docs_are_served_from_vendored_swagger_ui(client: Any) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", docs.text)
    assert assets and all(url.startswith("/static/vendor/swagger-ui/") for url in assets)
    assert "/openapi.json" in docs.text
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/summary", "/api/quotes",
            "/api/commitments", "/api/entities", "/api/documents"} <= set(schema["paths"])
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "event_type", "sub_event_type", "actor", "place", "bbox",
            "min_fatalities", "search", "document_id", "limit", "offset", "format"} == names


def test_without_vendored_assets_the_page_says_how_to_get_them(
    client: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(app_module, "VENDOR_DIR", tmp_path)
    for url in ("/", "/docs"):
        response = client.get(url)
        assert response.status_code == 503
        assert "scripts/vendor_web_assets.py" in response.text
    assert client.get("/api/config").json()["assets_installed"] is False
    assert client.get("/api/events").status_code == 200  # the API does not need them


def test_config_gives_the_taxonomy_and_the_tile_server(client: Any, db: Path) -> None:
    config = client.get("/api/config").json()
    assert config["tile_url"] is None
    assert [t["event_type"] for t in config["event_types"]] == [name for name, _ in EVENT_TYPES]
    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    online = type(client)(create_app(db, tile_url=tiles, tile_attribution="Example"))
    assert online.get("/api/config").json()["tile_url"] == tiles
    policy = online.get("/api/config").headers.get("content-security-policy")
    assert policy is None  # the policy is for the page, not for JSON
    page_policy = online.get("/static/style.css").headers["content-security-policy"]
    assert "img-src 'self' data: https://*.tiles.example.org;" in page_policy


def test_a_missing_database_is_refused_at_startup(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_serve_runs_uvicorn_on_the_given_address(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(
        {"app": app, **kwargs}))
    app_module.serve(db, "127.0.0.1", 8123)
    (call,) = calls
    assert (call["host"], call["port"]) == ("127.0.0.1", 8123)
    assert call["app"].state.db_path == db
    with pytest.raises(StoreError):
        app_module.serve(db.with_name("absent.db"))
    assert len(calls) == 1
