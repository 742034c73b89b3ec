"""ACLED's event types and sub-event types, and the rules that pick one from what a text says.

The strings are exactly those of shared/spec/TAXONOMY.md. An incident is described by
the *actions* its sentences report (coarse verbs/nouns such as "strike", "clash",
"intercept", each from :data:`TRIGGERS`) and the *weapon* named, and :func:`classify`
maps that to one (event_type, sub_event_type) pair following the coding habits listed
in the spec: the weapon decides between air strikes and shelling, interceptions are
disrupted weapons use, strikes that kill civilians stay strikes.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsift.events.classifier import TypeModel, features, load_model, predict
from newsift.events.weapons import (
    KIND_PRIORITY,
    WEAPONS,
    Weapon,
    deciding_weapon,
    find_weapon,
    find_weapons,
)

__all__ = [
    "EVENT_TYPES", "KIND_PRIORITY", "TRIGGERS", "WEAPONS", "EventClass", "Weapon", "classify",
    "learned_class", "rule_class",
    "deciding_weapon", "find_weapon", "find_weapons", "is_valid",
]  # fmt: skip

EVENT_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Battles", (
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    )),
    ("Explosions/Remote violence", (
        "Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    )),
    ("Violence against civilians", (
        "Sexual violence", "Attack", "Abduction/forced disappearance",
    )),
    ("Protests", (
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    )),
    ("Riots", ("Violent demonstration", "Mob violence")),
    ("Strategic developments", (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    )),
)  # fmt: skip


@dataclass(frozen=True)
class EventClass:
    event_type: str
    sub_event_type: str


SUB_TYPES: dict[str, str] = {sub: kind for kind, subs in EVENT_TYPES for sub in subs}


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return SUB_TYPES.get(sub_event_type) == event_type


# Trigger lemma → coarse action. Nouns and verbs share a table: spaCy lemmatises both.
# A few inflected forms stand beside their lemma where the small model lemmatises them
# wrongly ("raped" → "rap").
TRIGGERS: dict[str, str] = {
    **dict.fromkeys((
        "strike", "airstrike", "attack", "bomb", "bombing", "bombard", "bombardment",
        "shell", "shelling", "hit", "pound", "raid", "target", "launch", "blast",
        "explosion", "explode", "detonate", "barrage", "struck", "projectile",
    ), "strike"),
    **dict.fromkeys(("shoot", "fire", "gunfire", "gunman", "shot", "burst"), "shoot"),
    **dict.fromkeys(("kill", "die", "dead", "wound", "injure", "injury", "eliminate", "martyr"),
                    "harm"),
    **dict.fromkeys((
        "clash", "fight", "fighting", "battle", "firefight", "repel", "repulse", "assault",
        "ambush", "skirmish", "offensive", "counteroffensive", "counterattack",
    ), "clash"),
    **dict.fromkeys(("capture", "seize", "overrun"), "capture"),
    **dict.fromkeys(("retake", "recapture", "liberate", "regain", "recover"), "regain"),
    **dict.fromkeys(("intercept", "interception", "down", "neutralise", "neutralize"),
                    "intercept"),
    **dict.fromkeys(("defuse", "demine", "dismantle"), "defuse"),
    **dict.fromkeys(("arrest", "detain"), "arrest"),
    **dict.fromkeys(("abduct", "kidnap", "abduction", "kidnapping", "hostage", "abductee"),
                    "abduct"),
    **dict.fromkeys(("rape", "raped", "rapes"), "rape"),
    **dict.fromkeys(("execute", "execution", "massacre", "torture", "behead", "stab", "hack"),
                    "execute"),
    **dict.fromkeys(("protest", "rally", "demonstrate", "demonstration", "march", "vigil",
                     "picket"), "protest"),
    **dict.fromkeys(("riot", "lynch", "rioter"), "riot"),
    **dict.fromkeys(("loot", "plunder", "pillage", "ransack", "looting"), "loot"),
    **dict.fromkeys(("withdraw", "retreat", "withdrawal"), "withdraw"),
}  # fmt: skip

# Actions whose presence alone never make an event: they only colour one found otherwise.
SUPPORTING = frozenset({"withdraw"})

STRIKE_KIND = {
    "ground": "Armed clash",
    "air": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "explosive": "Remote explosive/landmine/IED",
    "chemical": "Chemical weapon",
    "suicide": "Suicide bomb",
    "grenade": "Grenade",
}
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"

# Words of the incident that say who was on the receiving end, or how.
# Armed people as news names them when they are hit; "forces" and "army" are left out,
# as they name the side that attacked far more often.
ARMED_PEOPLE = frozenset(
    {"soldier", "troop", "policeman", "patrol", "checkpoint", "serviceman", "officer",
     "guard", "convoy", "base", "position", "peacekeeper", "outpost", "barracks"}
)  # fmt: skip
UNARMED_PEOPLE = frozenset(
    {"civilian", "resident", "villager", "farmer", "herder", "driver", "passenger", "trader",
     "merchant", "idp", "refugee", "displaced", "woman", "child", "girl", "boy", "student",
     "worker", "teacher", "doctor", "nurse", "journalist", "worshipper", "mourner", "family",
     "shepherd", "miner", "pupil", "patient", "traveller", "traveler", "man", "person",
     "people", "inhabitant", "camp", "market", "village", "house", "home"}
)  # fmt: skip
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
# Attacks made at close quarters unless a weapon from afar is named.
CLOSE_ATTACK = frozenset({"attack", "raid", "storm", "assault", "ambush", "invade", "overrun"})
SHOOT_WORDS = frozenset({"shoot", "fire", "gunfire", "shot", "burst", "gunshot"})
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
MOB = frozenset({"mob", "lynch", "vigilante", "lynching"})
LABOUR = frozenset({"hunger", "general", "walkout", "wage", "salary", "pay"})
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "protest", "demonstration"})
STRIKERS = frozenset(
    {"worker", "teacher", "employee", "staff", "doctor", "nurse", "driver", "miner", "docker",
     "servant", "lecturer", "union", "professional"}
)  # fmt: skip
POLICE = frozenset({"police", "security", "policeman", "riot", "officer", "force"})


def classify(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str] = frozenset(),
    civilian_victims: bool = False,
    casualties: bool = False,
) -> EventClass:
    """One ACLED class for an incident: the rules of :func:`rule_class`, and where they
    leave the choice open, the learned layer (:mod:`newsift.events.classifier`).

    The means of attack decide (:data:`DECISIVE`): a weapon fired from afar, a rape, an
    abduction, a foiled attack. Elsewhere the model's choice stands when it is more
    likely than not.
    """
    return learned_class(
        actions, weapon, trigger_lemmas, civilian_victims, casualties, load_model()
    )


def learned_class(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str],
    civilian_victims: bool,
    casualties: bool,
    model: TypeModel | None,
) -> EventClass:
    """:func:`classify` with the given model (None: the rules alone)."""
    rule = rule_class(actions, weapon, trigger_lemmas, civilian_victims, casualties)
    if rule.sub_event_type in DECISIVE or model is None:
        return rule
    feats = features(
        actions, weapon, trigger_lemmas, civilian_victims, casualties, rule.sub_event_type
    )
    learned = predict(model, feats)
    if learned.probability < MODEL_CONFIDENCE or learned.sub_event_type not in SUB_TYPES:
        return rule
    return EventClass(SUB_TYPES[learned.sub_event_type], learned.sub_event_type)


# Sub-event types decided by the means of attack, which the learned layer never overrides.
DECISIVE = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
     "Chemical weapon", "Suicide bomb", "Grenade", "Sexual violence",
     "Abduction/forced disappearance", "Disrupted weapons use"}
)  # fmt: skip
MODEL_CONFIDENCE = 0.5


def rule_class(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str] = frozenset(),
    civilian_victims: bool = False,
    casualties: bool = False,
) -> EventClass:
    """One ACLED class for an incident from its actions, weapon and words.

    ``trigger_lemmas``: the lemmas of the incident's sentences (and of its triggers);
    ``casualties``: the incident has people killed or wounded, so it was not foiled.
    The means of attack decide first (a weapon, a protest, a rape, an abduction);
    between an attack on civilians and a fight, the victims decide.
    """
    lemmas = trigger_lemmas
    if "intercept" in actions and not casualties and "strike" not in actions:
        return EventClass(STRATEGIC, "Disrupted weapons use")
    actions = actions - {"intercept"}
    if "defuse" in actions:
        return EventClass(STRATEGIC, "Disrupted weapons use")
    if "shoot" in actions and not lemmas & SHOOT_WORDS:
        actions = actions - {"shoot"}  # "gunmen looted a lorry": who, not what they did
    if "abduct" in actions:
        return EventClass(CIVILIANS, "Abduction/forced disappearance")
    if "protest" in actions or "riot" in actions or _crowd_hit(actions, weapon, lemmas):
        return _protest(actions, weapon, lemmas)
    if _labour_strike(actions, weapon, lemmas):
        return EventClass(STRATEGIC, "Other")  # a strike from work, no demonstration told
    if "rape" in actions or lemmas & SEXUAL and "assault" in lemmas:
        return EventClass(CIVILIANS, "Sexual violence")
    if "regain" in actions:
        fought = "clash" in actions or lemmas & {"counteroffensive", "offensive", "battle"}
        if "withdraw" in actions and not fought:
            return EventClass(STRATEGIC, "Non-violent transfer of territory")
        return EventClass("Battles", "Government regains territory")
    if "capture" in actions:
        return EventClass("Battles", "Non-state actor overtakes territory")
    if "clash" in actions:
        # Ground fighting decides even when artillery or aircraft supported it: that is
        # how ACLED codes "attacked with artillery but were repelled". An ambush or
        # assault on unarmed people is an attack on civilians.
        if not lemmas & FIGHT_WORDS and _unarmed_victims(lemmas, civilian_victims):
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    remote = weapon is not None and weapon.kind in STRIKE_KIND and weapon.kind != "ground"
    if remote and actions & {"strike", "harm", "shoot"}:
        assert weapon is not None
        return EventClass(REMOTE, STRIKE_KIND[weapon.kind])
    close = lemmas & CLOSE_ATTACK and not lemmas & REMOTE_WORDS
    if "strike" in actions and weapon is None and close:
        # "Armed men attacked a village": an attack on the ground, no weapon from afar.
        if _unarmed_victims(lemmas, civilian_victims):
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    if weapon is not None and weapon.kind == "ground" and actions & {"strike", "shoot", "harm"}:
        if _unarmed_victims(lemmas, civilian_victims) and not lemmas & FIGHT_WORDS:
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    if "strike" in actions:
        return EventClass(REMOTE, _strike_without_weapon(lemmas))
    if "shoot" in actions or "execute" in actions:
        civilian = _unarmed_victims(lemmas, civilian_victims) or "execute" in actions
        return EventClass(*((CIVILIANS, "Attack") if civilian else ("Battles", "Armed clash")))
    if "harm" in actions and _unarmed_victims(lemmas, civilian_victims):
        return EventClass(CIVILIANS, "Attack")
    if "arrest" in actions:
        return EventClass(STRATEGIC, "Arrests")
    if "loot" in actions:
        return EventClass(STRATEGIC, "Looting/property destruction")
    if "withdraw" in actions:
        return EventClass(STRATEGIC, "Non-violent transfer of territory")
    if "harm" in actions:
        return EventClass("Battles", "Armed clash")
    return EventClass(STRATEGIC, _development(actions))


def _crowd_hit(actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str]) -> bool:
    """Force used on protesters or a mob's violence ("police fired on demonstrators")."""
    if weapon is not None and weapon.kind not in {"ground", "riot"}:
        return False
    violent = bool(actions & {"harm", "strike", "shoot", "clash", "arrest", "execute"})
    return violent and bool(lemmas & (PROTESTERS | MOB))


def _labour_strike(actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str]) -> bool:
    """ "Teachers went on strike": the strike is a stoppage of work, not an attack."""
    if weapon is not None or actions & {"harm", "shoot", "clash"} or "strike" not in lemmas:
        return False
    return bool(lemmas & (LABOUR | STRIKERS)) and not lemmas & (REMOTE_WORDS - {"strike", "launch"})


def _unarmed_victims(lemmas: frozenset[str], civilian_victims: bool) -> bool:
    """Were the people hit unarmed? Civilians named and no armed side hit or fighting."""
    return (civilian_victims or bool(lemmas & UNARMED_PEOPLE)) and not lemmas & ARMED_PEOPLE


def _development(actions: frozenset[str]) -> str:
    for action, sub_type in (
        ("agree", "Agreement"), ("base", "Headquarters or base established"),
        ("organise", "Change to group/activity"),
    ):  # fmt: skip
        if action in actions:
            return sub_type
    return "Other"


def _strike_without_weapon(lemmas: frozenset[str]) -> str:
    if lemmas & {"airstrike", "bomb", "bombing", "raid"}:
        return "Air/drone strike"
    if lemmas & {"explosion", "blast", "explode", "detonate"}:
        return "Remote explosive/landmine/IED"
    # Unqualified "strike"/"attack"/"shelling" in war reporting is most often artillery
    # or missile fire: it is also ACLED's commonest sub-event type for such wording.
    return "Shelling/artillery/missile attack"


def _protest(actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str]) -> EventClass:
    if lemmas & MOB:
        return EventClass("Riots", "Mob violence")
    if "riot" in actions or lemmas & ROWDY and "protest" in actions:
        return EventClass("Riots", "Violent demonstration")
    shot = weapon is not None and weapon.kind != "riot"
    force = bool(lemmas & INTERVENTION) or shot
    if shot or lemmas & LETHAL and force:
        return EventClass("Protests", "Excessive force against protesters")
    if force or "arrest" in actions and lemmas & POLICE:
        return EventClass("Protests", "Protest with intervention")
    return EventClass("Protests", "Peaceful protest")
