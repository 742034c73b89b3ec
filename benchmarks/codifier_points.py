"""How near a codifier village's point (its hromada's centre) lies to the village.

Leave-one-out on the villages we can check: those GeoNames has, whose name the oblast
holds only once (so the GeoNames point is surely that village). Each one's hromada
point is computed from the *other* located members, as if GeoNames lacked it, and
compared with its GeoNames point. Every third such village is tried, to keep it quick.

    python benchmarks/codifier_points.py

Prints how many villages were tried, the median, 75th and 90th percentile distance in
km, and the share within 25 km (ACLED notes' place measure).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import fold_name, open_gazetteer
from newsift.places.gazetteer.ukraine_settlements import (
    Settlement,
    Town,
    _hromada_point,
    _oblast_regions,
    read_codifier,
)


def main() -> None:
    settlements = read_codifier()
    gazetteer = open_gazetteer()
    rows = gazetteer._db.execute(
        "SELECT name, admin1, latitude, longitude FROM places "
        "WHERE country_code = 'UA' AND feature = 'city' AND geonameid IS NOT NULL"
    )
    by_name: dict[str, list[Town]] = defaultdict(list)
    for name, admin1, lat, lon in rows:
        by_name[fold_name(name)].append(Town(name, admin1, lat, lon))
    regions = _oblast_regions(settlements, by_name, fold_name)
    in_oblast = Counter((s.oblast, fold_name(s.name)) for s in settlements)
    located: dict[str, list[tuple[Settlement, tuple[float, float]]]] = defaultdict(list)
    for place in settlements:
        same = [t for t in by_name.get(fold_name(place.name), [])
                if t.admin1 == regions.get(place.oblast)]  # fmt: skip
        if len(same) == 1 and in_oblast[(place.oblast, fold_name(place.name))] == 1:
            located[place.hromada].append((place, (same[0].latitude, same[0].longitude)))
    checked = [item for members in located.values() for item in members][::3]
    distances = []
    for place, point in checked:
        others = [m for m in located[place.hromada] if m[0] is not place]
        if others:
            distances.append(km_between(_hromada_point(others, fold_name), point))
    distances.sort()
    n = len(distances)
    print(f"villages tried: {n}")
    print(
        f"km median {distances[n // 2]:.1f}  p75 {distances[3 * n // 4]:.1f}  "
        f"p90 {distances[9 * n // 10]:.1f}"
    )
    print(f"within 25 km: {sum(d <= 25 for d in distances) / n:.3f}")


if __name__ == "__main__":
    main()
