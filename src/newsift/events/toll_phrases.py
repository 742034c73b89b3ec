"""Phrases that say how a toll stands: none were hurt, a revised count, a period's count.

The casualty reader (:mod:`newsift.events.casualties`) reads figures from the parse; these
are the few things said in fixed words, read from a sentence's text.
"""

from __future__ import annotations

import re

# "no damage or casualties", "no injuries or deaths": none, whatever else is named with it.
NOR_ELSE = r"(?:(?:material )?(?:damage|injuries|injury|deaths) (?:or|and) )?"
ZERO_DEAD = re.compile(
    rf"\bno {NOR_ELSE}(?:casualties|deaths|fatalities|victims|one was (?:killed|hurt|injured))\b|"
    # "no staff were hurt", "no other civilians were killed": none of a group
    r"\bwithout casualties\b|\bno (?:[a-z]+ ){1,2}(?:were|was) (?:killed|hurt|injured)",
    re.IGNORECASE,
)
ZERO_HURT = re.compile(
    rf"\bno {NOR_ELSE}(?:casualties|injuries|victims|one was (?:hurt|injured))\b"
    r"|\bwithout casualties\b",
    re.IGNORECASE,
)

# A sentence that revises a toll already given: its figure replaces the earlier one.
TOLL_UPDATE = re.compile(
    r"\b(?:toll|number of (?:dead|deaths|victims|those killed)|fatalities)\b[^.]{0,60}?"
    r"\b(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|increased|increases|jumped"
    r"|mounted|soared|surpassed|now stands|stood at|has hit)\b"
    r"|\b(?:raising|bringing|taking|pushing) the (?:death )?toll\b"
    # "In a later update, officials confirmed that seven bodies had been recovered"
    r"|\b(?:later|latest|subsequent) (?:update|count|figures?|tally)\b"
    # "By Tuesday evening, officials said 23 bodies had been found": a count as it stood
    # at a later time.
    r"|^\W*by (?:(?:late |early )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?: morning| afternoon| evening| night)?|nightfall|dusk|evening|afternoon|midday)"
    r"|the (?:next|following) (?:day|morning|afternoon|evening))\b",
    re.IGNORECASE,
)

# Owners of a toll that many incidents make up: "the season's toll", "the war's toll".
PERIODS = frozenset(
    {"season", "year", "month", "week", "war", "conflict", "campaign", "insurgency", "crisis",
     "fighting", "violence", "offensive", "uprising"}
)  # fmt: skip

# A count over a past week, month or year ("in the past one week, troops neutralised
# 187"): the tally of a campaign, no incident's toll. A day's count stays one.
PERIOD_TALLY = re.compile(
    r"\b(?:in|over|during|within|across) the (?:past|last|previous|preceding)"
    r"(?: (?:one|two|three|four|few|several|\d+))? (?:weeks?|months?|years?)\b",
    re.IGNORECASE,
)

# "One of the wounded soldiers died in hospital": dead added to the toll already told,
# from among its wounded.
OF_THE_WOUNDED = re.compile(
    r"\b(?:one|two|three|four|five|\d+) of the (?:\w+ )?(?:wounded|injured)\b[^.]{0,60}?"
    r"\b(?:died|succumbed|passed away)\b",
    re.IGNORECASE,
)
