"""The web app: the JSON API, the offline map page and self-hosted OpenAPI docs.

``create_app(db_path)`` builds it; ``serve`` runs it with uvicorn. The page and the docs
load only files from ``newsift/web`` (third-party ones under ``web/vendor``, fetched at
setup by ``scripts/vendor_web_assets.py``), so nothing is fetched from the internet,
unless a tile-server URL is configured for an online base map.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from newsift import __version__
from newsift.api.routes import api_router
from newsift.events.taxonomy import EVENT_TYPES
from newsift.store import default_db_path, is_url, open_store

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
VENDOR_DIR = WEB_DIR / "vendor"
_SWAGGER = "/static/vendor/swagger-ui"
_MISSING_ASSETS = ("The web assets are not installed: run "
                   "`python scripts/vendor_web_assets.py` in the newsift checkout.")


def assets_installed() -> bool:
    return (VENDOR_DIR / "MANIFEST.json").is_file()


def _policy(tile_url: str | None) -> str:
    """CSP for the page: scripts only from this server, so injected markup cannot run."""
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
        images += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'")


def create_app(db_path: str | Path, *, tile_url: str | None = None,
               tile_attribution: str | None = None) -> FastAPI:
    """The app for the database at ``db_path``, which must exist (it is not created).

    ``tile_url`` (an ``{z}/{x}/{y}`` template, default ``$NEWSIFT_TILE_URL``) adds an
    online base map under the offline country outlines.
    """
    db = db_path if is_url(db_path) else Path(db_path)  # a postgresql:// URL stays one
    with open_store(db, create=False):  # fail now, naming the file, not on first request
        pass
    tile_url = tile_url or os.environ.get("NEWSIFT_TILE_URL") or None
    app = FastAPI(title="newsift", version=__version__, docs_url=None, redoc_url=None,
                  description="Events, quotes, commitments and entities extracted from "
                              "conflict news, each tied to the text it came from.")
    app.state.db_path = db
    app.include_router(api_router())
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    policy = _policy(tile_url)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        path = request.url.path
        if path == "/" or path.startswith("/static/"):
            response.headers["Content-Security-Policy"] = policy
        return response

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> Response:
        if not assets_installed():
            return HTMLResponse(f"<!doctype html><title>newsift</title><p>{_MISSING_ASSETS}",
                                status_code=503)
        return FileResponse(WEB_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if not assets_installed():
            return HTMLResponse(f"<!doctype html><title>newsift</title><p>{_MISSING_ASSETS}"
                                " The API schema is at <a href='/openapi.json'>/openapi.json</a>.",
                                status_code=503)
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="newsift API",
            swagger_js_url=f"{_SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{_SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{_SWAGGER}/favicon-32x32.png")

    @app.get("/api/config", tags=["page"])
    def config() -> dict[str, Any]:
        """What the page needs to know: the optional tile server, whether the offline
        assets are installed, and ACLED's event types with their sub-event types."""
        return {"tile_url": tile_url, "tile_attribution": tile_attribution,
                "assets_installed": assets_installed(),
                "event_types": [{"event_type": name, "sub_event_types": list(subs)}
                                for name, subs in EVENT_TYPES]}

    return app


def serve(db_path: str | Path | None, host: str = "127.0.0.1", port: int = 8000, *,
          tile_url: str | None = None) -> None:
    """Run the app with uvicorn until interrupted; raises StoreError for a bad database.

    ``db_path`` None is the default database (``$NEWSIFT_DB`` or ./newsift.db).
    """
    import uvicorn

    app = create_app(db_path if db_path is not None else default_db_path(), tile_url=tile_url)
    uvicorn.run(app, host=host, port=port, log_level="info")
