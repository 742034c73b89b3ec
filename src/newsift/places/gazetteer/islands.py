"""Islands that news names as places but GeoNames' town list lacks: an island is no
town, and only some are a region of their own (Sicily, Hokkaido are; Oahu, Borneo,
Mallorca are not).

Written from general knowledge; each sits near the island's middle, which for all but
the largest is within the 161 km radius geoparsing is scored at of anywhere on it. Only
well-known inhabited islands are listed, so that a namesake hamlet does not take the
island's name ("Maui", "Java").
"""

from __future__ import annotations

from newsift.places.gazetteer.curated import Area

# An island outranks the hamlets that share its name, as a mid-sized town would.
_WEIGHT = 300_000
_LARGE = 5_000_000  # the big islands of Asia, known worldwide

# fmt: off
ISLANDS: tuple[Area, ...] = (
    # Hawaii and the rest of the United States.
    Area("Oahu", ("O'ahu", "Island of Oahu"), 21.47, -157.98, "US", _WEIGHT),
    Area("Maui", ("Island of Maui",), 20.80, -156.33, "US", _WEIGHT),
    Area("Kauai", ("Kaua'i", "Island of Kauai"), 22.07, -159.50, "US", _WEIGHT),
    Area("Molokai", ("Moloka'i",), 21.13, -157.02, "US", _WEIGHT),
    Area("Lanai", ("Lana'i",), 20.83, -156.92, "US", _WEIGHT),
    Area("Hawaii Island", ("Big Island", "Island of Hawaii"), 19.60, -155.50, "US", _WEIGHT),
    Area("Martha's Vineyard", (), 41.39, -70.62, "US", _WEIGHT),
    Area("Kodiak Island", (), 57.50, -153.40, "US", _WEIGHT),
    Area("Long Island", (), 40.80, -73.20, "US", _WEIGHT),
    # Canada.
    Area("Vancouver Island", (), 49.65, -125.45, "CA", _WEIGHT),
    Area("Cape Breton Island", ("Cape Breton",), 46.25, -60.85, "CA", _WEIGHT),
    # Europe.
    Area("Isle of Skye", ("Skye",), 57.30, -6.25, "GB", _WEIGHT),
    Area("Mallorca", ("Majorca",), 39.62, 2.98, "ES", _WEIGHT),
    Area("Menorca", ("Minorca",), 39.95, 4.05, "ES", _WEIGHT),
    Area("Tenerife", (), 28.29, -16.62, "ES", _WEIGHT),
    Area("Gran Canaria", (), 27.92, -15.60, "ES", _WEIGHT),
    Area("Lanzarote", (), 29.03, -13.63, "ES", _WEIGHT),
    Area("Lesbos", ("Lesvos",), 39.17, 26.33, "GR", _WEIGHT),
    # Asia and Africa.
    Area("Honshu", (), 36.00, 138.00, "JP", _LARGE),
    Area("Kyushu", (), 32.60, 130.80, "JP", _WEIGHT),
    Area("Shikoku", (), 33.70, 133.50, "JP", _WEIGHT),
    Area("Luzon", (), 16.00, 121.00, "PH", _LARGE),
    Area("Mindanao", (), 7.50, 125.00, "PH", _LARGE),
    Area("Borneo", (), 0.96, 114.55, None, _LARGE),
    Area("Sumatra", (), 0.00, 102.00, "ID", _LARGE),
    Area("Java", (), -7.50, 110.00, "ID", _LARGE),
    Area("Sulawesi", ("Celebes",), -2.00, 121.00, "ID", _LARGE),
    Area("Lombok", (), -8.65, 116.32, "ID", _WEIGHT),
    Area("Socotra", (), 12.47, 53.87, "YE", _WEIGHT),
)
# fmt: on
