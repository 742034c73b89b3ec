"""The words the typing rules of :mod:`newsift.events.taxonomy` read, by what they say:
who was hit, how close the attack was, how a crowd was handled, who struck work.

Lemmas, lower case, as spaCy's small English model gives them.
"""

from __future__ import annotations

# Words of the incident that say who was on the receiving end, or how.
# Armed people as news names them when they are hit; "forces" and "army" are left out,
# as they name the side that attacked far more often.
ARMED_PEOPLE = frozenset(
    {"soldier", "troop", "policeman", "patrol", "checkpoint", "serviceman", "officer",
     "guard", "convoy", "base", "position", "peacekeeper", "outpost", "barracks"}
)  # fmt: skip
# Armed people's places and formations: whoever is named beside them, they were hit.
ARMED_SITES = frozenset(
    {"patrol", "checkpoint", "convoy", "base", "position", "outpost", "barracks", "garrison"}
)  # fmt: skip
# What a car, a bus or an aid convoy that was hit is read as: civilians on the move.
CIVILIAN_VEHICLE = "civilian vehicle"
UNARMED_PEOPLE = frozenset(
    {"civilian", "resident", "villager", "farmer", "herder", "driver", "passenger", "trader",
     "merchant", "idp", "refugee", "displaced", "woman", "child", "girl", "boy", "student",
     "worker", "teacher", "doctor", "nurse", "journalist", "worshipper", "mourner", "family",
     "shepherd", "miner", "pupil", "patient", "traveller", "traveler", "man", "person",
     "people", "inhabitant", "camp", "market", "village", "house", "home", "shopkeeper",
     "vendor", "priest", "pastor", "imam", "chief", "elder", "fisherman", "hunter",
     "official", "activist", "voter", "pilgrim", "motorist", "businessman", "pastoralist",
     "hamlet", "settlement", "party", "wedding", "funeral", "bar", "restaurant", "nightclub",
     CIVILIAN_VEHICLE}
)  # fmt: skip
# Unarmed people, not the places they live in or the vehicles they ride in: an attack
# made on them was made up close.
# Gatherings where people were hit ("a wedding", "a bar") are named among them too.
PERSONS = UNARMED_PEOPLE - {"camp", "market", "village", "hamlet", "settlement", "house", "home",
                            "party", "wedding", "funeral", "bar", "restaurant", "nightclub",
                            CIVILIAN_VEHICLE}
# Verbs and nouns of a fight between two armed sides, as against an attack on someone.
FIGHT_WORDS = frozenset(
    {"clash", "fight", "fighting", "battle", "firefight", "skirmish", "repel", "repulse",
     "exchange", "counterattack", "offensive", "counteroffensive", "confrontation"}
)  # fmt: skip
REMOTE_WORDS = frozenset(
    {"airstrike", "bomb", "bombing", "bombard", "bombardment", "shell", "shelling",
     "barrage", "explosion", "blast", "explode", "detonate", "projectile", "launch", "struck",
     "pound", "hit", "strike", "salvo", "destroy"}
)  # fmt: skip
# Armed people who attack on foot or from vehicles, not from afar: irregulars by what
# they are. Troops and forces are left out: in war reporting they strike from afar too.
GROUND_ATTACKERS = frozenset(
    {"gunman", "militiaman", "militia", "bandit", "assailant", "attacker", "raider",
     "kidnapper", "armed", "herder", "pastoralist", "vigilante", "jihadist", "insurgent",
     "militant", "fighter", "rebel", "gang", "gangster", "settler", "colonist"}
)  # fmt: skip
# Attacks made at close quarters unless a weapon from afar is named.
# Armed men a raid may meet, whose naming makes it a fight.
ARMED_FOES = frozenset({"gunman", "militant", "fighter", "insurgent", "rebel", "jihadist"})
# Forces that raid on foot; words that put a raid in the air.
GROUND_FORCES = frozenset({"force", "troop", "soldier", "police", "policeman", "commando", "army"})
AIRBORNE = frozenset(
    {"air", "airstrike", "aerial", "warplane", "jet", "aircraft", "helicopter", "drone", "plane"}
)  # fmt: skip
CLOSE_ATTACK = frozenset({"attack", "raid", "storm", "assault", "ambush", "invade", "overrun"})
# Shooting, as against firing tear gas: "fired tear gas" is no gunfire.
GUNFIRE = frozenset({"shoot", "shot", "gunfire", "gunshot"})
SHOOT_WORDS = frozenset({"shoot", "fire", "gunfire", "shot", "burst", "gunshot", "gun"})
SEXUAL = frozenset({"sexual", "sexually", "rape", "raped", "rapist", "gang"})
# How a crowd was handled: dispersal and less-lethal force make an intervention,
# deaths at the hands of the security forces make excessive force.
INTERVENTION = frozenset(
    {"disperse", "dispersal", "gas", "teargas", "baton", "rubber", "cannon", "intervene",
     "stun", "crack", "cordon", "break", "beat", "tear"}
)  # fmt: skip
LETHAL = frozenset({"kill", "die", "dead", "death", "martyr", "fatal"})
ROWDY = frozenset(
    {"stone", "rock", "torch", "vandalise", "vandalize", "storm", "loot", "molotov",
     "petrol", "smash", "ransack"}
)  # fmt: skip
# Civilians who, as attackers, make a mob ("villagers beat a man to death").
CROWDS = frozenset(
    {"villager", "resident", "mob", "crowd", "youth", "local", "vigilante", "inhabitant"}
)  # fmt: skip
MOB_PEOPLE = frozenset({"mob", "vigilante"})
MOB_DEEDS = frozenset({"lynch", "lynching"})
# Political crowds who fight each other: students, party supporters, activists. A fight
# among them is a riot, not a battle. Villagers or tribesmen who fight are another matter:
# ACLED codes them as communal militias in an armed clash.
BRAWLERS = frozenset(
    {"student", "supporter", "activist", "protester", "protestor", "demonstrator", "fan"}
)  # fmt: skip
LABOUR = frozenset({"hunger", "general", "walkout", "wage", "salary", "pay"})
# The people of a protest: force used on them makes the incident a protest's.
CROWD_PEOPLE = frozenset({"protester", "protestor", "demonstrator", "marcher"})
STRIKERS = frozenset(
    {"worker", "teacher", "employee", "staff", "doctor", "nurse", "driver", "miner", "docker",
     "servant", "lecturer", "union", "professional"}
)  # fmt: skip
POLICE = frozenset({"police", "security", "policeman", "riot", "officer", "force"})
# Who breaks up or arrests a crowd: "forces" or "officers" alone may be an army's.
POLICE_DOERS = POLICE - {"force", "officer"}
