"""Where a country or a region with no point of its own lies: the middle of its towns."""

from __future__ import annotations

import math


def mainland(cells: set[tuple[int, int]], gap: int = 3) -> list[tuple[int, int]]:
    """The largest group of cells lying within ``gap`` degrees of each other."""
    best: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for cell in cells:
        if cell in seen:
            continue
        group, stack = [], [cell]
        seen.add(cell)
        while stack:
            lat, lon = stack.pop()
            group.append((lat, lon))
            for dlat in range(-gap, gap + 1):
                for dlon in range(-gap, gap + 1):
                    near = (lat + dlat, (lon + dlon + 180) % 360 - 180)
                    if near in cells and near not in seen:
                        seen.add(near)
                        stack.append(near)
        if len(group) > len(best):
            best = group
    return best


def middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the 1-degree cells that hold a town: a stand-in for the area's centroid.

    Counting each occupied cell once, not each town, keeps dense cities from pulling the
    centre of a country or region towards them; keeping only the mainland (the largest
    group of neighbouring cells) keeps Alaska and Hawaii from pulling the United States'.
    """
    cells = mainland({(math.floor(lat), math.floor(lon)) for lat, lon in points})
    lat = sum(c[0] for c in cells) / len(cells) + 0.5
    # Longitudes are averaged as angles so that Chukotka and the Aleutians do not wrap.
    x = sum(math.cos(math.radians(c[1] + 0.5)) for c in cells)
    y = sum(math.sin(math.radians(c[1] + 0.5)) for c in cells)
    return lat, math.degrees(math.atan2(y, x))
