"""The HTTP side of newsift: a FastAPI app over the store, and the offline map page."""

from __future__ import annotations

from newsift.api.app import create_app, serve

__all__ = ["create_app", "serve"]
