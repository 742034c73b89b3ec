"""Offline gazetteer (placeholder until the GeoNames index lands)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Gazetteer:
    path: str | None = None


def open_gazetteer(path: str | None = None) -> Gazetteer:
    return Gazetteer(path)
