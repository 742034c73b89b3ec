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


@dataclass(frozen=True)
class Weapon:
    name: str  # the short phrase written to Event.weapon
    kind: str  # "air" | "shelling" | "explosive" | "chemical" | "suicide" | "grenade"


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return any(t == event_type and sub_event_type in subs for t, subs in EVENT_TYPES)


# Lemma sequences (lower case) naming a weapon, longest first so "guided bomb" beats "bomb".
WEAPONS: tuple[tuple[tuple[str, ...], Weapon], ...] = tuple(
    sorted(
        (
            (tuple(phrase.split()), Weapon(name, kind))
            for phrase, name, kind in (
                ("guide bomb", "guided bomb", "air"), ("guided bomb", "guided bomb", "air"),
                ("glide bomb", "glide bomb", "air"), ("aerial bomb", "aerial bomb", "air"),
                ("air bomb", "aerial bomb", "air"), ("barrel bomb", "barrel bomb", "air"),
                ("cluster bomb", "cluster bomb", "air"), ("drone", "drone", "air"),
                ("shahed", "drone", "air"), ("uav", "drone", "air"),
                ("kamikaze drone", "drone", "air"), ("quadcopter", "drone", "air"),
                ("warplane", "aircraft", "air"), ("aircraft", "aircraft", "air"),
                ("jet", "aircraft", "air"), ("fighter jet", "aircraft", "air"),
                ("helicopter", "helicopter", "air"), ("airstrike", "aircraft", "air"),
                ("air strike", "aircraft", "air"), ("air raid", "aircraft", "air"),
                ("air force", "aircraft", "air"), ("aerial", "aircraft", "air"),
                ("missile", "missile", "shelling"),
                ("cruise missile", "cruise missile", "shelling"),
                ("ballistic missile", "ballistic missile", "shelling"),
                ("rocket", "rocket", "shelling"), ("artillery", "artillery", "shelling"),
                ("mortar", "mortar", "shelling"), ("shell", "artillery", "shelling"),
                ("shelling", "artillery", "shelling"), ("howitzer", "artillery", "shelling"),
                ("mlrs", "rocket", "shelling"), ("grad", "rocket", "shelling"),
                ("himars", "rocket", "shelling"), ("iskander", "missile", "shelling"),
                ("kalibr", "cruise missile", "shelling"), ("s-300", "missile", "shelling"),
                ("tank", "tank", "shelling"),
                ("mine", "landmine", "explosive"), ("landmine", "landmine", "explosive"),
                ("ied", "IED", "explosive"), ("car bomb", "car bomb", "explosive"),
                ("explosive device", "explosive device", "explosive"),
                ("roadside bomb", "roadside bomb", "explosive"),
                ("booby trap", "explosive device", "explosive"),
                ("bomb", "bomb", "explosive"), ("tripwire", "explosive device", "explosive"),
                ("chemical", "chemical weapon", "chemical"), ("chlorine", "chlorine", "chemical"),
                ("sarin", "sarin", "chemical"), ("toxic gas", "toxic gas", "chemical"),
                ("poison gas", "toxic gas", "chemical"), ("nerve agent", "nerve agent", "chemical"),
                ("suicide bomber", "suicide bomb", "suicide"),
                ("suicide bombing", "suicide bomb", "suicide"),
                ("suicide attack", "suicide bomb", "suicide"),
                ("suicide vest", "suicide bomb", "suicide"),
                ("grenade", "grenade", "grenade"),
                ("grenade launcher", "grenade launcher", "shelling"),
                ("small arm", "small arms", "ground"), ("small arms", "small arms", "ground"),
                ("machine gun", "machine gun", "ground"), ("machinegun", "machine gun", "ground"),
                ("heavy machinegun", "machine gun", "ground"), ("rifle", "rifle", "ground"),
            )
        ),
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip

# Trigger lemma → coarse action. Nouns and verbs share a table: spaCy lemmatises both.
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
    **dict.fromkeys(("abduct", "kidnap", "abduction", "kidnapping", "hostage"), "abduct"),
    **dict.fromkeys(("rape",), "rape"),
    **dict.fromkeys(("execute", "execution", "massacre", "torture", "behead"), "execute"),
    **dict.fromkeys(("protest", "rally", "demonstrate", "demonstration", "march", "vigil"),
                    "protest"),
    **dict.fromkeys(("riot", "lynch"), "riot"),
    **dict.fromkeys(("loot", "plunder", "pillage"), "loot"),
    **dict.fromkeys(("withdraw", "retreat", "withdrawal"), "withdraw"),
}  # fmt: skip

# Actions whose presence alone never make an event: they only colour one found otherwise.
SUPPORTING = frozenset({"withdraw"})


def find_weapon(lemmas: list[str]) -> tuple[int, Weapon] | None:
    """The first weapon named in ``lemmas`` (lower case) and the index where it starts."""
    found = find_weapons(lemmas)
    return found[0] if found else None


def find_weapons(lemmas: list[str]) -> list[tuple[int, Weapon]]:
    """Every weapon named in ``lemmas``, in order, longest phrase first at each position."""
    found: list[tuple[int, Weapon]] = []
    index = 0
    while index < len(lemmas):
        for phrase, weapon in WEAPONS:
            if tuple(lemmas[index : index + len(phrase)]) == phrase:
                found.append((index, weapon))
                index += len(phrase) - 1
                break
        index += 1
    return found


# When a report names several weapons, the one that decides the sub-event type: gas
# makes a chemical attack, small arms make ground fighting, aircraft beat artillery.
KIND_PRIORITY = ("chemical", "suicide", "ground", "air", "shelling", "explosive", "grenade")


def deciding_weapon(weapons: list[Weapon]) -> Weapon | None:
    """The weapon that decides the type (:data:`KIND_PRIORITY`), first named among equals."""
    ranked = sorted(enumerate(weapons), key=lambda item: (KIND_PRIORITY.index(item[1].kind),
                                                          item[0]))  # fmt: skip
    return ranked[0][1] if ranked else None


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


def classify(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str] = frozenset(),
    civilian_victims: bool = False,
    casualties: bool = False,
) -> EventClass:
    """One ACLED class for an incident from its actions, weapon and trigger words.

    ``casualties``: the incident has people killed or wounded, so it was not foiled.
    """
    if "intercept" in actions and not casualties and "strike" not in actions:
        return EventClass("Strategic developments", "Disrupted weapons use")
    actions = actions - {"intercept"}
    if "defuse" in actions:
        return EventClass("Strategic developments", "Disrupted weapons use")
    if "abduct" in actions:
        return EventClass("Violence against civilians", "Abduction/forced disappearance")
    if "protest" in actions or "riot" in actions:
        return _protest(actions, trigger_lemmas)
    if "regain" in actions:
        fought = "clash" in actions or trigger_lemmas & {"counteroffensive", "offensive", "battle"}
        if "withdraw" in actions and not fought:
            return EventClass("Strategic developments", "Non-violent transfer of territory")
        return EventClass("Battles", "Government regains territory")
    if "capture" in actions:
        return EventClass("Battles", "Non-state actor overtakes territory")
    if "rape" in actions:
        return EventClass("Violence against civilians", "Sexual violence")
    if "abduct" in actions:
        return EventClass("Violence against civilians", "Abduction/forced disappearance")
    if "clash" in actions:
        # Ground fighting decides even when artillery or aircraft supported it: that is
        # how ACLED codes "attacked with artillery but were repelled".
        return EventClass("Battles", "Armed clash")
    if weapon is not None and weapon.kind == "ground" and actions & {"strike", "shoot"}:
        return EventClass("Battles", "Armed clash")
    if weapon is not None and actions & {"strike", "harm", "shoot"}:
        return EventClass(REMOTE, STRIKE_KIND[weapon.kind])
    if "strike" in actions:
        return EventClass(REMOTE, _strike_without_weapon(trigger_lemmas))
    if "shoot" in actions:
        civilian = civilian_victims or "execute" in actions
        return EventClass(
            *(("Violence against civilians", "Attack") if civilian else ("Battles", "Armed clash"))
        )
    if "execute" in actions or ("harm" in actions and civilian_victims):
        return EventClass("Violence against civilians", "Attack")
    if "arrest" in actions:
        return EventClass("Strategic developments", "Arrests")
    if "loot" in actions:
        return EventClass("Strategic developments", "Looting/property destruction")
    if "withdraw" in actions:
        return EventClass("Strategic developments", "Non-violent transfer of territory")
    if "harm" in actions:
        return EventClass("Battles", "Armed clash")
    return EventClass("Strategic developments", "Other")


def _strike_without_weapon(lemmas: frozenset[str]) -> str:
    if lemmas & {"airstrike", "bomb", "bombing", "raid"}:
        return "Air/drone strike"
    if lemmas & {"explosion", "blast", "explode", "detonate"}:
        return "Remote explosive/landmine/IED"
    # Unqualified "strike"/"attack"/"shelling" in war reporting is most often artillery
    # or missile fire: it is also ACLED's commonest sub-event type for such wording.
    return "Shelling/artillery/missile attack"


def _protest(actions: frozenset[str], lemmas: frozenset[str]) -> EventClass:
    if "riot" in actions or lemmas & {"torch", "stone"}:
        return EventClass("Riots", "Violent demonstration")
    if actions & {"harm", "strike"} or lemmas & {"gas", "grenade"}:
        return EventClass("Protests", "Excessive force against protesters")
    if "arrest" in actions or lemmas & {"disperse"}:
        return EventClass("Protests", "Protest with intervention")
    return EventClass("Protests", "Peaceful protest")
