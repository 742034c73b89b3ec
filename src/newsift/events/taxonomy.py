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
from newsift.events.doers import (
    Roles,
    brawl,
    by_mob,
    close_attack,
    ground_raid,
    mob,
    unarmed_victims,
)
from newsift.events.type_words import (
    ARMED_FOES,
    ARMED_PEOPLE,
    CROWD_PEOPLE,
    FIGHT_WORDS,
    GROUND_FORCES,
    GUNFIRE,
    INTERVENTION,
    LABOUR,
    LETHAL,
    POLICE,
    REMOTE_WORDS,
    ROWDY,
    SEXUAL,
    SHOOT_WORDS,
    STRIKERS,
)
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
    "Roles", "learned_class", "rule_class",
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
        "explosion", "explode", "detonate", "barrage", "struck", "projectile", "storm",
    ), "strike"),
    **dict.fromkeys(("shoot", "fire", "gunfire", "gunman", "shot", "burst"), "shoot"),
    **dict.fromkeys(("kill", "die", "dead", "wound", "injure", "injury", "eliminate", "martyr"),
                    "harm"),
    **dict.fromkeys((
        "clash", "fight", "fighting", "battle", "firefight", "repel", "repulse", "assault",
        "ambush", "skirmish", "offensive", "counteroffensive", "counterattack",
    ), "clash"),
    **dict.fromkeys(("capture", "seize", "overrun"), "capture"),
    # "retook", "retaken": forms the lemmatiser leaves as they are.
    **dict.fromkeys(("retake", "retook", "retaken", "recapture", "liberate", "regain",
                     "recover", "reclaim"), "regain"),  # fmt: skip
    **dict.fromkeys(("intercept", "interception", "down", "neutralise", "neutralize"),
                    "intercept"),
    **dict.fromkeys(("defuse", "demine", "dismantle"), "defuse"),
    **dict.fromkeys(("arrest", "detain"), "arrest"),
    **dict.fromkeys(("abduct", "kidnap", "abduction", "kidnapping", "hostage", "abductee"),
                    "abduct"),
    **dict.fromkeys(("rape", "raped", "rapes"), "rape"),
    **dict.fromkeys(("execute", "execution", "massacre", "torture", "behead", "stab"),
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
# Words that tell a protest ("rally", "march", "demonstration").
PROTEST_WORDS = frozenset(word for word, action in TRIGGERS.items() if action == "protest")
REMOTE = "Explosions/Remote violence"
# Words whose action is a strike: all but "hit" name an attack of their own.
STRIKE_WORDS = frozenset(word for word, action in TRIGGERS.items() if action == "strike")
# Verbs of a projectile landing: explosions told with them come from fire, not devices.
IMPACT = frozenset({"hit", "rock", "strike", "pound", "slam", "shake", "land"})
CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"


def classify(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str] = frozenset(),
    civilian_victims: bool = False,
    casualties: bool = False,
    roles: Roles | None = None,
) -> EventClass:
    """One ACLED class for an incident: the rules of :func:`rule_class`, and where they
    leave the choice open, the learned layer (:mod:`newsift.events.classifier`).

    The means of attack decide (:data:`DECISIVE`): a weapon fired from afar, a rape, an
    abduction, a foiled attack. Elsewhere the model's choice stands when it is more
    likely (:data:`MODEL_CONFIDENCE`).
    """
    return learned_class(
        actions, weapon, trigger_lemmas, civilian_victims, casualties, load_model(), roles
    )


def learned_class(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str],
    civilian_victims: bool,
    casualties: bool,
    model: TypeModel | None,
    roles: Roles | None = None,
) -> EventClass:
    """:func:`classify` with the given model (None: the rules alone)."""
    rule = rule_class(actions, weapon, trigger_lemmas, civilian_victims, casualties, roles)
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
MODEL_CONFIDENCE = 0.7  # chosen by two-fold cross-validation inside the tune halves


def rule_class(
    actions: frozenset[str],
    weapon: Weapon | None,
    trigger_lemmas: frozenset[str] = frozenset(),
    civilian_victims: bool = False,
    casualties: bool = False,
    roles: Roles | None = None,
) -> EventClass:
    """One ACLED class for an incident from its actions, weapon and words.

    ``trigger_lemmas``: the lemmas of the incident's sentences (and of its triggers);
    ``casualties``: the incident has people killed or wounded, so it was not foiled;
    ``roles``: who acted and who was hit, where the parse tells them apart.
    The means of attack decide first (a weapon, a protest, a rape, an abduction);
    between an attack on civilians and a fight, the victims decide.
    """
    lemmas = trigger_lemmas
    if "intercept" in actions and not casualties and "strike" not in actions:
        return EventClass(STRATEGIC, "Disrupted weapons use")
    actions = actions - {"intercept"}
    if _arrest_raid(actions, weapon, lemmas, casualties, roles):
        return EventClass(STRATEGIC, "Arrests")
    killing = casualties and bool(actions & {"harm", "shoot", "clash"})
    if "defuse" in actions and "capture" not in actions and not killing:
        # "overran the camps and seized weapons": the ground taken decides, the arms
        # taken with it are spoils; so does an attack that killed ("killed 100 soldiers
        # ... and seized weapons").
        return EventClass(STRATEGIC, "Disrupted weapons use")
    actions = actions - {"defuse"}
    if "shoot" in actions and not lemmas & SHOOT_WORDS:
        actions = actions - {"shoot"}  # "gunmen looted a lorry": who, not what they did
    if "shoot" in actions and weapon is None and not lemmas & (STRIKE_WORDS - {"hit"}):
        actions = actions - {"strike"}  # "a sniper shot the boy ... he was hit": the shot
    # People killed or hurt as others were taken: ACLED codes the attack, not the abduction.
    violent = casualties and bool(actions & {"harm", "shoot", "strike", "execute"})
    if "abduct" in actions and not violent:
        return EventClass(CIVILIANS, "Abduction/forced disappearance")
    # A bomb or a strike on a rally is an explosion, not force used on a crowd.
    bombed = from_afar(weapon) and bool(actions & VIOLENT)
    crowd = bool(actions & {"protest", "riot", "disperse"}) or _crowd_hit(
        actions, weapon, lemmas, roles)
    if crowd and not bombed:
        return _protest(actions, weapon, lemmas, roles)
    if _labour_strike(actions, weapon, lemmas):
        return EventClass(STRATEGIC, "Other")  # a strike from work, no demonstration told
    if mob(actions, weapon, roles):
        return EventClass("Riots", "Mob violence")  # "villagers beat the thief to death"
    if "rape" in actions or lemmas & SEXUAL and "assault" in lemmas:
        return EventClass(CIVILIANS, "Sexual violence")
    if actions >= {"regain", "capture"}:
        # "Militants overran the base; the army retook it hours later": ground that
        # changed hands and back is a fight, not a lasting change of territory.
        return EventClass("Battles", "Armed clash")
    if "regain" in actions:
        fought = "clash" in actions or lemmas & {"counteroffensive", "offensive", "battle"}
        if "withdraw" in actions and not fought:
            return EventClass(STRATEGIC, "Non-violent transfer of territory")
        return EventClass("Battles", "Government regains territory")
    if "capture" in actions:
        return EventClass("Battles", "Non-state actor overtakes territory")
    if weapon is not None and weapon.kind == "suicide" and actions & (VIOLENT | {"clash"}):
        # A suicide bombing opens the fight it is part of: the means decides.
        return EventClass(REMOTE, STRIKE_KIND["suicide"])
    if "clash" in actions and brawl(weapon, roles):
        # "Students fought with party supporters using sticks": rioters, not armed groups.
        if lemmas & (PROTEST_WORDS | CROWD_PEOPLE):
            return EventClass("Riots", "Violent demonstration")
        return EventClass("Riots", "Mob violence")
    if "clash" in actions:
        # Ground fighting decides even when artillery or aircraft supported it: that is
        # how ACLED codes "attacked with artillery but were repelled". An ambush or
        # assault on unarmed people is an attack on civilians, unless shells, missiles
        # or aircraft hit them: a strike that hits civilians stays a strike.
        if not lemmas & FIGHT_WORDS and unarmed_victims(lemmas, civilian_victims, roles):
            if from_afar(weapon):
                assert weapon is not None
                return EventClass(REMOTE, STRIKE_KIND[weapon.kind])
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    if from_afar(weapon) and actions & {"strike", "harm", "shoot"}:
        assert weapon is not None
        return EventClass(REMOTE, STRIKE_KIND[weapon.kind])
    if "strike" in actions and weapon is None and ground_raid(lemmas, roles):
        # "Troops killed three in a raid on the camp": soldiers on the ground, no aircraft.
        # They fought if the text says so or names armed men among those hit.
        armed = bool(lemmas & (FIGHT_WORDS | ARMED_FOES))
        armed = armed or bool(roles is not None and roles.victims & ARMED_PEOPLE)
        if unarmed_victims(lemmas, civilian_victims, roles) and not armed:
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    if "strike" in actions and weapon is None and close_attack(lemmas, roles):
        # "Armed men attacked a village": an attack on the ground, no weapon from afar.
        if unarmed_victims(lemmas, civilian_victims, roles):
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    if weapon is not None and weapon.kind == "ground" and actions & {"strike", "shoot", "harm"}:
        if unarmed_victims(lemmas, civilian_victims, roles) and not lemmas & FIGHT_WORDS:
            return EventClass(CIVILIANS, "Attack")
        return EventClass("Battles", "Armed clash")
    if "strike" in actions:
        return EventClass(REMOTE, _strike_without_weapon(lemmas))
    if "shoot" in actions or "execute" in actions:
        civilian = unarmed_victims(lemmas, civilian_victims, roles) or "execute" in actions
        return EventClass(*((CIVILIANS, "Attack") if civilian else ("Battles", "Armed clash")))
    if "harm" in actions and unarmed_victims(lemmas, civilian_victims, roles):
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


# Deeds beside which an arrest is only a part of what happened.
NOT_ONLY_ARREST = frozenset(
    {"protest", "riot", "disperse", "clash", "shoot", "harm", "execute", "rape", "capture",
     "regain", "loot"}
)  # fmt: skip
# Who arrests when they seize people, and whom they arrest.
STATE_CAPTORS = GROUND_FORCES | {"gendarme", "military", "agent", "officer", "policeman"}
SUSPECTS = ARMED_FOES | {"suspect", "member", "smuggler", "trafficker", "bandit", "kidnapper"}


def _arrest_raid(actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str],
                 casualties: bool, roles: Roles | None) -> bool:
    """Police or troops who raided and detained, nobody hurt: an arrest, the raid its
    means and the arms seized what it found; soldiers who "captured" suspects arrest them."""
    if casualties or from_afar(weapon) or actions & NOT_ONLY_ARREST:
        return False
    if "arrest" in actions:
        return True
    if "abduct" not in actions or roles is None:
        return False
    return bool(roles.attackers & STATE_CAPTORS) and bool(
        roles.victims & SUSPECTS or "suspect" in lemmas)


# Actions that do violence to someone, whatever the means.
VIOLENT = frozenset({"strike", "harm", "shoot", "execute"})


def from_afar(weapon: Weapon | None) -> bool:
    """A weapon used from afar or left to go off (a strike's kind), not men on the ground."""
    return weapon is not None and weapon.kind in STRIKE_KIND and weapon.kind != "ground"


def _crowd_hit(
    actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str], roles: Roles | None
) -> bool:
    """Force used on protesters or a mob's violence ("police fired on demonstrators")."""
    if weapon is not None and weapon.kind not in {"ground", "riot"}:
        return False
    # Arrests alone stay arrests: tests/events/test_stage.py holds "police detained 40
    # demonstrators" to be Arrests, though TAXONOMY.md lists it under intervention.
    violent = bool(actions & (VIOLENT | {"clash"}))
    crowd_weapon = weapon is not None and weapon.kind == "riot"  # tear gas, rubber bullets
    return violent and (crowd_weapon or bool(lemmas & CROWD_PEOPLE) or by_mob(lemmas, roles))


def _labour_strike(actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str]) -> bool:
    """ "Teachers went on strike": the strike is a stoppage of work, not an attack."""
    if weapon is not None or actions & {"harm", "shoot", "clash"} or "strike" not in lemmas:
        return False
    return bool(lemmas & (LABOUR | STRIKERS)) and not lemmas & (REMOTE_WORDS - {"strike", "launch"})


def _development(actions: frozenset[str]) -> str:
    for action, sub_type in (
        ("handover", "Non-violent transfer of territory"), ("agree", "Agreement"),
        ("base", "Headquarters or base established"), ("organise", "Change to group/activity"),
    ):  # fmt: skip
        if action in actions:
            return sub_type
    return "Other"


def _strike_without_weapon(lemmas: frozenset[str]) -> str:
    if lemmas & {"airstrike", "bomb", "bombing", "raid"}:
        return "Air/drone strike"
    if lemmas & {"explosion", "blast", "explode", "detonate"} and not lemmas & IMPACT:
        return "Remote explosive/landmine/IED"  # "an explosion went off at the market"
    # Unqualified "strike"/"attack"/"shelling" in war reporting is most often artillery
    # or missile fire: it is also ACLED's commonest sub-event type for such wording. So
    # are explosions that hit or rock a place ("blasts rocked the port"): something fired
    # landed there, where a device goes off or occurs.
    return "Shelling/artillery/missile attack"


def _protest(
    actions: frozenset[str], weapon: Weapon | None, lemmas: frozenset[str], roles: Roles | None
) -> EventClass:
    if by_mob(lemmas, roles):
        return EventClass("Riots", "Mob violence")
    if "riot" in actions or (lemmas & ROWDY or "loot" in actions) and "protest" in actions:
        # protesters who burned or wrecked property ("set fire to a police post") riot
        return EventClass("Riots", "Violent demonstration")
    # "Police opened fire on the marchers": shooting, whatever words carried it; tear-gas
    # launchers are fired too, and are no shooting.
    riot_gear = weapon is not None and weapon.kind == "riot"
    shot = weapon is not None and not riot_gear or bool(lemmas & GUNFIRE)
    shot = shot or "shoot" in actions and not riot_gear
    # "dispersed peacefully at midnight": a crowd that went home; police who dispersed it
    # are an action of their own ("disperse")
    force = bool(lemmas & (INTERVENTION - {"disperse", "dispersal"})) or shot or (
        "disperse" in actions)
    if shot or lemmas & LETHAL and force:
        return EventClass("Protests", "Excessive force against protesters")
    if "clash" in actions and "clash" in lemmas and lemmas & POLICE and not (
        lemmas & FIGHT_WORDS - {"clash"} or lemmas & {"assault", "ambush"}
    ):
        # "Youths clashed with police", who answered with tear gas: a crowd that fights
        # the police riots; police who shot protesters dead used excessive force (above).
        return EventClass("Riots", "Violent demonstration")
    if force or "arrest" in actions and lemmas & POLICE:
        return EventClass("Protests", "Protest with intervention")
    return EventClass("Protests", "Peaceful protest")
