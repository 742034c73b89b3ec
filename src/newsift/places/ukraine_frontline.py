"""Distance to the war's contact line in Ukraine, to break ties between namesakes.

Ukraine has a dozen Oleksandrivkas in one oblast, and a note such as "Russian forces
shelled near Pavlivka, Donetsk" says nothing more. Fighting and shelling happen along the
contact line, so of same-named settlements in one oblast the one nearest the line is the
best single guess. This is only a prior: it breaks a tie between namesakes inside the one
oblast the text names, in Ukraine, when the text gives no other clue; the pick is coded
"near a known place" (geo_precision 2), never as a located town.

The line is hand-drawn and coarse (a few kilometres to tens of kilometres off) from
public knowledge of the war, and its points are fixed, not fitted to any data set:

- :data:`FRONT_2022_23`: the front of 2022-23, from the Kharkiv border north of
  Kharkiv, down the Oskil and the Siverskyi Donets, past Bakhmut, Avdiivka and Vuhledar,
  west along the Zaporizhzhia line to the Dnipro and down the Dnipro to its mouth;
- :data:`DONBAS_2014_22`: the approximate 2014-2022 contact line in Donetsk and Luhansk
  oblasts, from the Siverskyi Donets east of Shchastia to the Sea of Azov;
- :data:`KHERSON_2022`: the Kherson/Mykolaiv front of 2022, before Kherson's recapture.

Public API: :func:`km_to_front`, :func:`nearest_front`.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import GeoHit

Point = tuple[float, float]  # latitude, longitude

FRONT_2022_23: tuple[Point, ...] = (
    (50.35, 36.3), (50.1, 36.4), (49.75, 36.9), (49.2, 37.26), (49.71, 37.61),
    (49.41, 38.15), (49.05, 38.22), (48.93, 38.24), (48.87, 38.10), (48.68, 38.07),
    (48.59, 38.0), (48.33, 38.05), (48.14, 37.75), (48.0, 37.8), (47.94, 37.5),
    (47.78, 37.25), (47.84, 36.82), (47.66, 36.26), (47.57, 35.78), (47.49, 35.35),
    (47.5, 34.6), (46.75, 33.37), (46.64, 32.61), (46.5, 32.2),
)  # fmt: skip
DONBAS_2014_22: tuple[Point, ...] = (
    (48.74, 39.23), (48.7, 38.5), (48.33, 38.05), (48.0, 37.8), (47.5, 37.9), (47.1, 37.8),
)  # fmt: skip
KHERSON_2022: tuple[Point, ...] = ((46.6, 31.9), (47.0, 32.5), (47.4, 33.5), (47.6, 34.0))
LINES: tuple[tuple[Point, ...], ...] = (FRONT_2022_23, DONBAS_2014_22, KHERSON_2022)
# Each segment is sampled this many times: segments are under ~100 km, so the sampled
# distance is within a few km of the true one, well inside the line's own error.
_STEPS = 10


def _sampled(lines: Sequence[Sequence[Point]]) -> tuple[Point, ...]:
    points: list[Point] = []
    for line in lines:
        for (lat1, lon1), (lat2, lon2) in zip(line, line[1:], strict=False):
            for step in range(_STEPS + 1):
                t = step / _STEPS
                points.append((lat1 + (lat2 - lat1) * t, lon1 + (lon2 - lon1) * t))
    return tuple(points)


_POINTS = _sampled(LINES)


def km_to_front(latitude: float, longitude: float) -> float:
    """Kilometres from a point to the nearest stretch of the contact lines."""
    return min(km_between((latitude, longitude), point) for point in _POINTS)


def nearest_front(places: Sequence[GeoHit]) -> GeoHit | None:
    """Of same-named places, the one nearest the contact line (the first among ties)."""
    return min(places, key=lambda p: km_to_front(p.latitude, p.longitude), default=None)
