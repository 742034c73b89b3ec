"""Curated gazetteer tables: places English news names daily that cities500 lacks.

Written from general knowledge, GeoNames-style: a sea, gulf or macro-region sits at
its rough centre, a river at its mouth (as GeoNames places streams), a US state or a
Canadian province at the point GeoNames gives it (roughly its geographic centre, a few
at the capital). Points need only be good to well within 100 km of GeoNames' own,
the radius geoparsing is scored at.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """A named area that is no town: a sea, a river, a peninsula, a macro-region."""

    name: str
    aliases: tuple[str, ...]
    latitude: float
    longitude: float
    country_code: str | None  # None when it spans several countries
    weight: int  # a population stand-in, so the area outranks its namesake hamlets


# A big, well-known area weighs like a big city; a lesser one like a mid-sized town.
_BIG = 5_000_000
_MID = 500_000

# fmt: off
AREAS: tuple[Area, ...] = (
    # Oceans and seas.
    Area("Atlantic Ocean", ("Atlantic", "North Atlantic", "South Atlantic"), 10.0, -25.0,
         None, _BIG),
    Area("Pacific Ocean", ("Pacific", "North Pacific", "South Pacific"), 3.51, -132.19,
         None, _BIG),
    Area("Indian Ocean", (), -10.0, 70.0, None, _BIG),
    Area("Arctic Ocean", ("Arctic",), 85.0, 0.0, None, _BIG),
    Area("Southern Ocean", (), -65.0, 0.0, None, _MID),
    Area("Mediterranean Sea", ("Mediterranean", "Eastern Mediterranean"),
         35.0, 20.0, None, _BIG),
    Area("Black Sea", (), 43.4, 34.0, None, _BIG),
    Area("Sea of Azov", ("Azov Sea",), 46.1, 36.6, None, _MID),
    Area("Caspian Sea", ("Caspian",), 42.0, 50.5, None, _BIG),
    Area("Baltic Sea", ("Baltic",), 58.0, 20.0, None, _BIG),
    Area("North Sea", (), 56.0, 3.0, None, _BIG),
    Area("Red Sea", (), 20.3, 38.5, None, _BIG),
    Area("Arabian Sea", (), 15.0, 65.0, None, _MID),
    Area("Persian Gulf", ("Arabian Gulf", "Gulf"), 27.0, 51.0, None, _BIG),
    Area("Gulf of Oman", (), 24.5, 58.5, None, _MID),
    Area("Gulf of Aden", (), 12.0, 48.0, None, _MID),
    Area("Gulf of Mexico", (), 25.0, -90.0, None, _BIG),
    Area("Caribbean Sea", (), 15.0, -75.0, None, _MID),
    Area("South China Sea", (), 12.0, 113.0, None, _BIG),
    Area("East China Sea", (), 29.0, 125.0, None, _MID),
    Area("Yellow Sea", (), 36.0, 123.0, None, _MID),
    Area("Sea of Japan", ("East Sea",), 40.0, 135.0, None, _MID),
    Area("Aegean Sea", ("Aegean",), 39.0, 25.0, None, _MID),
    Area("Adriatic Sea", ("Adriatic",), 43.0, 15.0, None, _MID),
    Area("Ionian Sea", (), 38.5, 18.5, None, _MID),
    Area("Bay of Bengal", (), 15.0, 88.0, None, _MID),
    Area("Barents Sea", (), 74.0, 40.0, None, _MID),
    Area("English Channel", (), 50.2, -1.0, None, _MID),
    Area("Strait of Hormuz", ("Hormuz Strait",), 26.6, 56.5, None, _MID),
    Area("Bab el-Mandeb", ("Bab al-Mandab", "Bab el-Mandeb Strait"), 12.6, 43.3, None, _MID),
    Area("Strait of Gibraltar", (), 35.95, -5.6, None, _MID),
    Area("Taiwan Strait", (), 24.5, 119.5, None, _MID),
    Area("Kerch Strait", (), 45.3, 36.5, None, _MID),
    Area("Bosphorus", ("Bosporus",), 41.1, 29.05, "TR", _MID),
    Area("Suez Canal", (), 30.5, 32.35, "EG", _MID),
    Area("Panama Canal", (), 9.1, -79.7, "PA", _MID),
    Area("Lake Victoria", (), -1.0, 33.0, None, _MID),
    Area("Lake Chad", (), 13.0, 14.0, None, _MID),
    Area("Great Lakes", (), 45.0, -84.0, None, _MID),
    # Rivers, at their mouths.
    Area("Mississippi River", ("Mississippi river",), 29.15, -89.25, "US", _MID),
    Area("Amazon River", ("Amazon river",), 0.0, -50.0, "BR", _MID),
    Area("Orinoco River", ("Orinoco",), 8.6, -60.6, "VE", _MID),
    Area("Nile River", ("Nile", "Nile river"), 30.1, 31.25, None, _BIG),
    Area("Nile Delta", (), 30.9, 31.1, "EG", _MID),
    Area("Niger Delta", (), 4.8, 6.0, "NG", _MID),
    Area("Congo River", (), -6.0, 12.4, None, _MID),
    Area("Euphrates", ("Euphrates River", "Euphrates river"), 31.0, 47.4, None, _MID),
    Area("Tigris", ("Tigris River", "Tigris river"), 31.0, 47.43, None, _MID),
    Area("Jordan River", ("River Jordan",), 31.76, 35.56, None, _MID),
    Area("Litani River", ("Litani", "Litani river"), 33.34, 35.25, "LB", _MID),
    Area("Danube", ("Danube River", "River Danube"), 45.2, 29.7, None, _MID),
    Area("Rhine", ("Rhine River", "River Rhine"), 51.9, 4.1, None, _MID),
    Area("Thames", ("River Thames", "Thames River"), 51.5, 0.6, "GB", _MID),
    Area("Dnipro River", ("Dnieper", "Dnieper River", "Dnipro river", "Dnepr River"),
         46.5, 32.3, "UA", _MID),
    Area("Dniester", ("Dniester River", "Dnister", "Dnister River"), 46.35, 30.2, None, _MID),
    Area("Siverskyi Donets", ("Seversky Donets", "Siversky Donets", "Donets River"),
         47.6, 40.9, None, _MID),
    Area("Don River", (), 47.1, 39.3, "RU", _MID),
    Area("Volga", ("Volga River",), 45.7, 47.9, "RU", _MID),
    Area("Yangtze", ("Yangtze River",), 31.4, 121.9, "CN", _MID),
    Area("Mekong", ("Mekong River",), 10.0, 106.5, None, _MID),
    Area("Ganges", ("Ganges River",), 22.0, 88.5, None, _MID),
    Area("Indus", ("Indus River",), 24.0, 67.5, "PK", _MID),
    Area("Cauvery River", ("Cauvery", "Kaveri"), 11.14, 79.86, "IN", _MID),
    # Macro-regions spanning several countries.
    Area("Middle East", ("Mideast", "Near East"), 33.14, 35.86, None, _BIG),
    Area("North Africa", ("Northern Africa", "Maghreb"), 32.95, 9.98, None, _BIG),
    Area("West Africa", ("Western Africa",), 12.0, -3.0, None, _BIG),
    Area("East Africa", ("Eastern Africa",), 3.0, 38.0, None, _BIG),
    Area("Central Africa", (), 2.0, 20.0, None, _BIG),
    Area("Southern Africa", (), -25.0, 25.0, None, _BIG),
    Area("Horn of Africa", (), 9.0, 44.0, None, _BIG),
    Area("Sahel", (), 15.0, 5.0, None, _BIG),
    Area("Sahara", ("Sahara Desert",), 24.0, 12.0, None, _BIG),
    Area("Latin America", (), -14.6, -57.66, None, _BIG),
    Area("Central America", (), 12.5, -86.0, None, _BIG),
    Area("Caribbean", (), 16.0, -72.0, None, _BIG),
    Area("Balkans", ("Western Balkans", "Balkan Peninsula"), 43.0, 21.0, None, _BIG),
    Area("Baltic states", ("Baltics",), 57.0, 24.5, None, _BIG),
    Area("Scandinavia", (), 62.0, 15.0, None, _BIG),
    Area("Western Europe", (), 50.2, 7.4, None, _BIG),
    Area("Eastern Europe", (), 50.0, 30.0, None, _BIG),
    Area("Central Europe", (), 49.0, 15.0, None, _BIG),
    Area("Northern Europe", (), 61.7, 2.9, None, _BIG),
    Area("Southern Europe", (), 42.0, 13.0, None, _BIG),
    Area("Iberian Peninsula", ("Iberia",), 40.0, -4.0, None, _MID),
    Area("Caucasus", ("South Caucasus", "Caucasus region"), 42.5, 45.0, None, _BIG),
    Area("Central Asia", (), 42.0, 65.0, None, _BIG),
    Area("South Asia", (), 22.0, 79.0, None, _BIG),
    Area("Southeast Asia", ("South-East Asia", "South East Asia"), 10.0, 110.0, None, _BIG),
    Area("East Asia", (), 35.0, 115.0, None, _BIG),
    Area("Levant", (), 33.5, 36.0, None, _MID),
    Area("Arabian Peninsula", ("Arabia",), 25.0, 45.0, None, _BIG),
    Area("Korean Peninsula", (), 38.63, 127.55, None, _BIG),
    Area("Indochina", (), 15.0, 105.0, None, _MID),
    Area("Kashmir", (), 34.5, 76.0, None, _BIG),
    Area("Kurdistan", (), 37.0, 44.0, None, _BIG),
    Area("Patagonia", (), -45.0, -69.0, None, _MID),
    # Regions within one country (or held by one) that are no admin1 of their own.
    Area("Golan Heights", ("Golan",), 33.0, 35.75, "SY", _MID),
    Area("Sinai Peninsula", ("Sinai",), 29.5, 33.8, "EG", _BIG),
    Area("Negev", ("Negev Desert",), 30.8, 34.8, "IL", _MID),
    Area("Galilee", (), 32.9, 35.4, "IL", _MID),
    Area("Bekaa Valley", ("Bekaa",), 33.85, 35.9, "LB", _MID),
    Area("Ghouta", ("Eastern Ghouta", "East Ghouta", "Eastern Ghuta"), 33.53, 36.39, "SY",
         _MID),
    Area("Kurdistan Region", ("Iraqi Kurdistan",), 36.2, 44.0, "IQ", _BIG),
    Area("Darfur", (), 13.5, 24.0, "SD", _BIG),
    Area("Kordofan", (), 12.5, 29.5, "SD", _MID),
    Area("Donbas", ("Donbass",), 48.3, 38.5, "UA", _BIG),
    Area("Nagorno-Karabakh", ("Karabakh",), 39.9, 46.7, "AZ", _MID),
    Area("South Ossetia", (), 42.3, 44.0, "GE", _MID),
    Area("North Caucasus", (), 43.5, 45.0, "RU", _MID),
    Area("Siberia", (), 60.0, 100.0, "RU", _BIG),
    # Ceremonial counties that GeoNames' admin2 splits or renames (unitary authorities),
    # though the news writes them daily ("Thruxton, Hampshire"; "Croft, Yorkshire").
    Area("Yorkshire", (), 53.93, -1.28, "GB", _MID),
    Area("East Yorkshire", ("East Riding",), 53.85, -0.6, "GB", _MID),
    Area("Sussex", (), 50.93, -0.3, "GB", _MID),
    Area("Berkshire", (), 51.45, -1.1, "GB", _MID),
    Area("Bedfordshire", (), 52.05, -0.45, "GB", _MID),
    Area("Cheshire", (), 53.2, -2.6, "GB", _MID),
    Area("Northamptonshire", (), 52.3, -0.85, "GB", _MID),
    Area("Ceredigion", (), 52.25, -4.0, "GB", _MID),
    Area("Powys", (), 52.35, -3.4, "GB", _MID),
    Area("Midwest", ("Middle West",), 41.5, -90.0, "US", _MID),
    Area("New England", (), 44.0, -71.5, "US", _MID),
    Area("Silicon Valley", (), 37.37, -122.04, "US", _MID),
)

# Where GeoNames puts a country (roughly its geographic centre, as in most atlases), for
# countries whose towns' middle misses it by more than news geoparsing tolerates: big or
# oddly shaped ones, island chains, and those GeoNames pins to the capital (Japan).
# Written from general knowledge; every other country keeps the middle of its towns.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "RU": (60, 100), "CA": (60.11, -113.64), "US": (39.76, -98.5), "CN": (35, 105),
    "BR": (-10, -55), "AU": (-25, 135), "IN": (22, 79), "AR": (-34, -64), "KZ": (48, 68),
    "DZ": (28, 3), "CD": (-2.5, 23.5), "SA": (25, 45), "MX": (23, -102), "ID": (-5, 120),
    "SD": (16, 30), "LY": (28, 17), "IR": (32, 53), "MN": (46, 105), "PE": (-10, -75.25),
    "TD": (15, 19), "NE": (18, 9), "AO": (-12.5, 18.5), "ML": (17, -4), "ZA": (-29, 24),
    "CO": (4, -73.25), "ET": (9, 39.5), "BO": (-17, -65), "MR": (20, -12), "EG": (27, 30),
    "TZ": (-6, 35), "NG": (10, 8), "VE": (8, -66), "PK": (30, 70), "NA": (-22, 17),
    "MZ": (-18.25, 35), "TR": (39, 35), "CL": (-30, -71), "ZM": (-14.33, 28.5),
    "MM": (22, 98), "AF": (33, 66), "SS": (8, 30), "FR": (46, 2), "SO": (6, 48),
    "CF": (7, 21), "UA": (49, 32), "MG": (-20, 47), "BW": (-22, 24), "KE": (1, 38),
    "YE": (15.5, 47.5), "TH": (15, 100), "ES": (40, -4), "TM": (40, 60), "CM": (6, 12),
    "PG": (-6, 147), "SE": (62, 15), "UZ": (41, 64), "MA": (32, -5), "IQ": (33, 44),
    "PY": (-23, -58), "ZW": (-19, 29.75), "JP": (35.69, 139.75), "DE": (51.5, 10.5),
    "FI": (64, 26), "VN": (16.17, 107.83), "MY": (2.5, 112.5), "NO": (62, 10),
    "PL": (52, 20), "IT": (42.83, 12.83), "PH": (13, 122), "EC": (-1.5, -77.5),
    "GB": (54.76, -2.7), "NZ": (-42, 174), "GR": (39, 22), "SY": (35, 38), "RO": (46, 25),
    "BY": (53, 28), "GL": (72, -40), "IS": (65, -18), "OM": (21, 57), "MU": (-20.3, 57.58),
    "PT": (39.5, -8), "IE": (53, -8), "CU": (21.5, -80), "KP": (40, 127),
    "KR": (36.5, 127.75), "NP": (28, 84), "BD": (24, 90), "LK": (7, 81), "AE": (24, 54),
    "JO": (31, 36), "TN": (34, 9), "SN": (14.5, -14.25), "GH": (8.1, -1.2),
    "CI": (8, -5), "BF": (12.5, -1.67), "UG": (1.25, 32.5), "GA": (-1, 11.75),
    "CG": (-1, 15), "SG": (1.37, 103.8), "TW": (24, 121), "KG": (41.5, 75),
    "TJ": (39, 71), "AZ": (40.5, 47.5), "GE": (42, 43.5), "AM": (40, 45),
}
# Where GeoNames places each US state and Canadian province (its geographic centre,
# or for a few the capital), and Australia's states: the middle of a region's towns
# falls hundreds of km off in sparsely settled west or north.
ADMIN1_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("US", "Alabama"): (32.75, -86.75), ("US", "Alaska"): (64.0, -150.0),
    ("US", "Arizona"): (34.5, -111.5), ("US", "Arkansas"): (34.75, -92.5),
    ("US", "California"): (37.25, -119.75), ("US", "Colorado"): (39.0, -105.5),
    ("US", "Connecticut"): (41.67, -72.67), ("US", "Delaware"): (39.0, -75.5),
    ("US", "District of Columbia"): (38.92, -77.0), ("US", "Florida"): (28.75, -82.5),
    ("US", "Georgia"): (32.75, -83.5), ("US", "Hawaii"): (20.75, -156.5),
    ("US", "Idaho"): (44.5, -114.25), ("US", "Illinois"): (40.0, -89.25),
    ("US", "Indiana"): (40.0, -86.25), ("US", "Iowa"): (42.0, -93.5),
    ("US", "Kansas"): (38.5, -98.5), ("US", "Kentucky"): (38.2, -84.88),
    ("US", "Louisiana"): (31.0, -92.0), ("US", "Maine"): (45.5, -69.25),
    ("US", "Maryland"): (39.0, -76.75), ("US", "Massachusetts"): (42.37, -71.11),
    ("US", "Michigan"): (44.25, -85.5), ("US", "Minnesota"): (46.25, -94.25),
    ("US", "Mississippi"): (32.75, -89.75), ("US", "Missouri"): (38.25, -92.5),
    ("US", "Montana"): (47.0, -109.75), ("US", "Nebraska"): (41.5, -99.75),
    ("US", "Nevada"): (39.25, -116.75), ("US", "New Hampshire"): (43.67, -71.5),
    ("US", "New Jersey"): (40.17, -74.5), ("US", "New Mexico"): (34.5, -106.0),
    ("US", "New York"): (43.0, -75.5), ("US", "North Carolina"): (35.5, -80.0),
    ("US", "North Dakota"): (47.5, -100.0), ("US", "Ohio"): (40.25, -83.0),
    ("US", "Oklahoma"): (35.49, -97.5), ("US", "Oregon"): (44.0, -120.5),
    ("US", "Pennsylvania"): (40.27, -76.91), ("US", "Rhode Island"): (41.75, -71.5),
    ("US", "South Carolina"): (34.0, -81.0), ("US", "South Dakota"): (44.5, -100.25),
    ("US", "Tennessee"): (35.75, -86.25), ("US", "Texas"): (31.25, -99.25),
    ("US", "Utah"): (39.25, -111.75), ("US", "Vermont"): (44.0, -72.75),
    ("US", "Virginia"): (37.55, -77.45), ("US", "Washington"): (47.5, -120.5),
    ("US", "West Virginia"): (38.5, -80.5), ("US", "Wisconsin"): (44.5, -90.0),
    ("US", "Wyoming"): (43.0, -107.5),
    ("CA", "British Columbia"): (54.0, -125.0), ("CA", "Alberta"): (52.28, -117.47),
    ("CA", "Saskatchewan"): (54.0, -106.0), ("CA", "Manitoba"): (55.0, -97.0),
    ("CA", "Ontario"): (49.25, -84.5), ("CA", "Quebec"): (52.0, -72.0),
    ("CA", "New Brunswick"): (46.5, -66.75), ("CA", "Nova Scotia"): (45.0, -63.0),
    ("CA", "Prince Edward Island"): (46.25, -63.0),
    ("CA", "Newfoundland and Labrador"): (52.0, -56.0), ("CA", "Yukon"): (63.5, -135.5),
    ("CA", "Northwest Territories"): (64.8, -119.2), ("CA", "Nunavut"): (70.45, -86.8),
    ("AU", "New South Wales"): (-33.0, 146.0), ("AU", "Victoria"): (-37.0, 144.0),
    ("AU", "Queensland"): (-20.0, 145.0), ("AU", "Western Australia"): (-25.0, 122.0),
    ("AU", "South Australia"): (-30.0, 135.0), ("AU", "Tasmania"): (-42.0, 147.0),
    ("AU", "Northern Territory"): (-20.0, 133.5),
    ("AU", "Australian Capital Territory"): (-35.5, 149.0),
}

# The abbreviations AP style and the wires write after a town ("Tulsa, Okla."), kept
# with their dots: only a lookup of the dotted form finds them (see ``dotted_key``),
# so "La." is Louisiana while the word "La" stays no place.
ADMIN1_ABBREVIATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "Alabama"): ("Ala.",), ("US", "Arizona"): ("Ariz.",),
    ("US", "Arkansas"): ("Ark.",), ("US", "California"): ("Calif.", "Cal."),
    ("US", "Colorado"): ("Colo.",), ("US", "Connecticut"): ("Conn.",),
    ("US", "Delaware"): ("Del.",), ("US", "District of Columbia"): ("D.C.",),
    ("US", "Florida"): ("Fla.",), ("US", "Georgia"): ("Ga.",),
    ("US", "Illinois"): ("Ill.",), ("US", "Indiana"): ("Ind.",),
    ("US", "Kansas"): ("Kan.", "Kans."), ("US", "Kentucky"): ("Ky.",),
    ("US", "Louisiana"): ("La.",), ("US", "Maryland"): ("Md.",),
    ("US", "Massachusetts"): ("Mass.",), ("US", "Michigan"): ("Mich.",),
    ("US", "Minnesota"): ("Minn.",), ("US", "Mississippi"): ("Miss.",),
    ("US", "Missouri"): ("Mo.",), ("US", "Montana"): ("Mont.",),
    ("US", "Nebraska"): ("Neb.", "Nebr."), ("US", "Nevada"): ("Nev.",),
    ("US", "New Hampshire"): ("N.H.",), ("US", "New Jersey"): ("N.J.",),
    ("US", "New Mexico"): ("N.M.", "N.Mex."), ("US", "New York"): ("N.Y.",),
    ("US", "North Carolina"): ("N.C.",), ("US", "North Dakota"): ("N.D.", "N.Dak."),
    ("US", "Oklahoma"): ("Okla.",), ("US", "Oregon"): ("Ore.", "Oreg."),
    ("US", "Pennsylvania"): ("Pa.", "Penn."), ("US", "Rhode Island"): ("R.I.",),
    ("US", "South Carolina"): ("S.C.",), ("US", "South Dakota"): ("S.D.", "S.Dak."),
    ("US", "Tennessee"): ("Tenn.",), ("US", "Texas"): ("Tex.",),
    ("US", "Vermont"): ("Vt.",), ("US", "Virginia"): ("Va.",),
    ("US", "Washington"): ("Wash.",), ("US", "West Virginia"): ("W.Va.", "W.Va"),
    ("US", "Wisconsin"): ("Wis.", "Wisc."), ("US", "Wyoming"): ("Wyo.",),
    ("CA", "British Columbia"): ("B.C.", "BC"), ("CA", "Alberta"): ("Alta.",),
    ("CA", "Saskatchewan"): ("Sask.",), ("CA", "Manitoba"): ("Man.",),
    ("CA", "Ontario"): ("Ont.",), ("CA", "Quebec"): ("Que.",),
    ("CA", "Nova Scotia"): ("N.S.",), ("CA", "New Brunswick"): ("N.B.",),
    ("CA", "Prince Edward Island"): ("P.E.I.",), ("CA", "Newfoundland and Labrador"):
    ("Nfld.",),
    ("AU", "New South Wales"): ("NSW", "N.S.W."),
}
# fmt: on


def dotted_key(name: str) -> str | None:
    """The key of an abbreviation written with dots ("N.M.", "Calif."), else None."""
    text = "".join(name.split()).casefold()
    return text if "." in text and len(text) <= 8 else None


# fmt: off
# Names that GeoNames' country list lacks but English news uses every day.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America",
           "the United States", "the U.S."),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russian Federation", "Soviet Union", "USSR"), "KR": ("Korea", "Republic of Korea"),
    "KP": ("DPRK",), "NL": ("Holland", "Netherlands"), "CZ": ("Czechia", "Czech Republic"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"), "PS": ("Palestine", "Palestinian Territories"),
    # Wire style calls the larger country "Congo" and names the other in full.
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo",
           "Congo", "D.R. Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo Republic"),
    "AE": ("UAE", "U.A.E.", "Emirates"), "TR": ("Turkiye", "Türkiye"), "MM": ("Burma",),
    "VA": ("Vatican", "Holy See"), "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",), "SZ": ("Swaziland",),
    "TL": ("East Timor", "Timor-Leste"), "CV": ("Cape Verde",), "MK": ("Macedonia",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"), "GM": ("The Gambia",), "BS": ("The Bahamas",),
    "VN": ("Viet Nam",), "IE": ("Republic of Ireland",),
}
CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {"EU": ("EU", "E.U.", "European Union")}
# fmt: on
