"""Landmarks that news names as places: seats of government used for the government
("the White House said", "the Kremlin denied"), and venues, squares and airports
famous enough to be written without their town ("at Heathrow", "on Broadway").

Written from general knowledge; each sits at the landmark itself (GeoNames-style), a
point that is also good for its town at the 161 km radius geoparsing is scored at. The
recogniser calls most of these organisations or facilities, and the town a feature
word would place them at is rarely written beside them, so they are looked up by name.
A landmark says where something happened, not which country a story is about: see
:data:`LANDMARK_NAMES`.
"""

from __future__ import annotations

from newsift.places.gazetteer.curated import Area

# A landmark outranks the hamlets that share its name ("White House", Tennessee).
_WEIGHT = 200_000

# fmt: off
LANDMARKS: tuple[Area, ...] = (
    # Seats of government and their rooms.
    Area("White House", ("Oval Office", "West Wing"), 38.8977, -77.0365, "US", _WEIGHT),
    Area("Capitol Hill", ("U.S. Capitol", "US Capitol", "United States Capitol"),
         38.8899, -77.0091, "US", _WEIGHT),
    Area("Pentagon", (), 38.8719, -77.0563, "US", _WEIGHT),
    Area("Kremlin", ("Moscow Kremlin",), 55.7520, 37.6175, "RU", _WEIGHT),
    Area("Downing Street", ("Number 10 Downing Street",), 51.5034, -0.1276, "GB", _WEIGHT),
    Area("Buckingham Palace", (), 51.5014, -0.1419, "GB", _WEIGHT),
    Area("Windsor Castle", (), 51.4839, -0.6044, "GB", _WEIGHT),
    Area("Elysee Palace", ("Élysée Palace", "Elysee", "Élysée"), 48.8704, 2.3167, "FR", _WEIGHT),
    Area("Zhongnanhai", (), 39.9125, 116.3817, "CN", _WEIGHT),
    Area("Blue House", ("Cheong Wa Dae",), 37.5866, 126.9748, "KR", _WEIGHT),
    # Streets and districts that stand for a trade.
    Area("Wall Street", (), 40.7064, -74.0094, "US", _WEIGHT),
    Area("Broadway", (), 40.7590, -73.9845, "US", _WEIGHT),
    Area("Fleet Street", (), 51.5141, -0.1077, "GB", _WEIGHT),
    # Squares.
    Area("Times Square", (), 40.7580, -73.9855, "US", _WEIGHT),
    Area("Trafalgar Square", (), 51.5080, -0.1281, "GB", _WEIGHT),
    Area("Red Square", (), 55.7539, 37.6208, "RU", _WEIGHT),
    Area("Tiananmen Square", ("Tiananmen",), 39.9055, 116.3976, "CN", _WEIGHT),
    Area("Tahrir Square", (), 30.0444, 31.2357, "EG", _WEIGHT),
    Area("St. Peter's Square", ("St Peter's Square", "Saint Peter's Square"),
         41.9022, 12.4568, "VA", _WEIGHT),
    Area("St. Peter's Basilica", ("St Peter's Basilica", "Saint Peter's Basilica"),
         41.9022, 12.4539, "VA", _WEIGHT),
    # Airports.
    Area("Heathrow Airport", ("Heathrow", "London Heathrow"), 51.4700, -0.4543, "GB", _WEIGHT),
    Area("Gatwick Airport", ("Gatwick", "London Gatwick"), 51.1537, -0.1821, "GB", _WEIGHT),
    Area("John F. Kennedy International Airport", ("JFK Airport", "Kennedy Airport"),
         40.6413, -73.7781, "US", _WEIGHT),
    Area("LaGuardia Airport", ("LaGuardia",), 40.7769, -73.8740, "US", _WEIGHT),
    Area("O'Hare International Airport", ("O'Hare", "O'Hare Airport"),
         41.9742, -87.9073, "US", _WEIGHT),
    Area("Dulles International Airport", ("Dulles Airport", "Washington Dulles"),
         38.9531, -77.4565, "US", _WEIGHT),
    Area("Schiphol", ("Schiphol Airport", "Amsterdam Airport Schiphol"),
         52.3105, 4.7683, "NL", _WEIGHT),
    Area("Charles de Gaulle Airport", ("Roissy-Charles de Gaulle",), 49.0097, 2.5479, "FR",
         _WEIGHT),
    # Arenas and stadiums known by name alone.
    Area("Madison Square Garden", (), 40.7505, -73.9934, "US", _WEIGHT),
    Area("Barclays Center", (), 40.6826, -73.9754, "US", _WEIGHT),
    Area("Wembley Stadium", (), 51.5560, -0.2796, "GB", _WEIGHT),
    Area("Old Trafford", (), 53.4631, -2.2913, "GB", _WEIGHT),
    Area("Anfield", (), 53.4308, -2.9608, "GB", _WEIGHT),
    Area("Trump Tower", (), 40.7625, -73.9737, "US", _WEIGHT),
)
# fmt: on

# Every name a landmark is written by: the article's countries are counted without them
# ("the White House said" in a story about Syria says nothing of where it is).
LANDMARK_NAMES: frozenset[str] = frozenset(
    name.casefold() for area in LANDMARKS for name in (area.name, *area.aliases)
)


def is_landmark(name: str) -> bool:
    """Whether ``name`` is a landmark's name or one of its aliases (any case)."""
    return name.casefold() in LANDMARK_NAMES
