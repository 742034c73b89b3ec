"""Trigger words of incidents: which action each word of a sentence tells ("killed",
"strike", "shelled", "set fire to"), read from the word and its place in the parse.
Whether the incident really happened is :func:`newsift.events.reality.is_real`'s call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.actors import normalise_actor
from newsift.events.deed_phrases import (
    GATHERING_NOUNS,
    MILITARY,
    THROW,
    WRECK,
    broken_into,
    carrying_people,
    fired_on,
    made_safe,
    object_words,
    saboteur,
    thing,
    wrecked,
)
from newsift.events.reality import SPEECH, is_real
from newsift.events.strategic import strategic_action
from newsift.events.taxonomy import TRIGGERS, find_weapon
from newsift.events.type_words import PERSONS, POLICE_DOERS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


GENERIC_VICTIMS = frozenset(
    {"people", "person", "other", "civilian", "resident", "man", "woman", "child", "one",
     "individual", "victim", "soldier", "troop", "fighter", "member", "militant", "terrorist",
     "jihadist", "rebel", "insurgent", "gunman", "policeman", "officer", "guard", "evacuee"}
)  # fmt: skip
CIVILIAN = frozenset(
    {"people", "person", "civilian", "resident", "child", "woman", "man", "baby", "rescuer",
     "family", "passenger", "worker", "journalist", "doctor", "student", "teenager", "boy",
     "girl", "inhabitant", "villager", "volunteer", "farmer", "driver", "patient", "pensioner",
     "station", "house", "home", "hospital", "school", "market", "apartment", "residential",
     "shop", "store", "church", "mosque", "workshop", "kindergarten", "bakery", "cafe"}
)  # fmt: skip
# The buildings and places among CIVILIAN: what was hit, not whom.
CIVILIAN_PLACES = frozenset(
    {"station", "house", "home", "hospital", "school", "market", "apartment", "residential",
     "shop", "store", "church", "mosque", "workshop", "kindergarten", "bakery", "cafe"}
)  # fmt: skip
CREWED = frozenset({"plane", "aircraft", "helicopter", "jet", "warplane", "fighter", "bomber"})


def real_triggers(sentence: SpacySpan) -> list[tuple[Token, str]]:
    """The sentence's trigger tokens that report an incident that happened, with their action."""
    found: list[tuple[Token, str]] = []
    for token in sentence:
        action = _action(token)
        if action is None or not is_real(token, sentence):
            continue
        figurative = token.lemma_.lower() in FIGURATIVE and action != "loot"  # "set fire to"
        if figurative and not _violent_context(token, sentence):
            continue  # "the plan hit a roadblock", "prices struck a high"
        found.append((token, action))
    return found


def _violent_context(token: Token, sentence: SpacySpan) -> bool:
    """A weapon, an armed actor or a casualty word in the sentence makes "hit" literal."""
    lemmas = [t.lemma_.lower() for t in sentence]
    if find_weapon(lemmas) or set(lemmas) & (VIOLENT_WORDS | ARMED):
        return True
    return any(
        child.dep_ in {"nsubj", "agent"} and normalise_actor(child.text) for child in token.children
    )


def base_lemma(token: Token) -> str:
    """The lemma, also for Title Case headline words the tagger takes for names ("Kills")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" or not token.is_title or lemma in TRIGGERS:
        return lemma
    word = token.lower_
    for suffix, repl in (("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                         ("ing", ""), ("ing", "e")):  # fmt: skip
        if word.endswith(suffix) and word[: -len(suffix)] + repl in TRIGGERS:
            return word[: -len(suffix)] + repl
    return lemma


# What is done to the dead after an incident: "buried their dead", "mourned the dead".
MOURNED = frozenset({"bury", "mourn", "remember", "honour", "honor", "count", "identify"})


def _action(token: Token) -> str | None:
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN"}:
        return None
    lemma = base_lemma(token)
    if (development := strategic_action(token)) is not None:
        return development
    if (stem := _verb_of_verbless(token)) is not None:
        return TRIGGERS[stem]
    if (
        lemma not in ACTION_LEMMAS
        and lemma not in TRIGGERS
        and token.lower_ not in TRIGGERS
        and token.lower_ != "in"
    ):
        return None  # most words: none of the cases below (which read the children) apply
    if token.lower_ == "dead" and token.dep_ == "dobj" and token.head.lemma_ in MOURNED:
        return None  # "residents buried their dead": the victims of an incident told
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    object_lemmas = {o.lemma_.lower() for o in objects}
    # A Title Case headline's objects are tagged as names, their plural kept ("Seize 30
    # Bus Passengers"): their singular too.
    object_lemmas |= {w[:-1] for w in object_lemmas if w.endswith("s")
                      and any(o.tag_ == "NNPS" or o.pos_ == "PROPN" for o in objects)}
    if lemma == "march" and token.pos_ == "VERB" and object_lemmas & TAKEN_PEOPLE:
        return "abduct"  # "marched 30 passengers into the forest": taken away, no protest
    if lemma in {"gun", "mow"} and any(c.dep_ == "prt" and c.lower_ == "down"
                                       for c in token.children):
        return "shoot"  # "gunmen gunned down six miners", "mowed down the crowd"
    if lemma in {"interception", "intercept"} or (lemma == "down" and token.pos_ == "VERB") or (
        lemma in {"shoot", "bring"} and any(c.lower_ == "down" for c in token.children)
    ):
        # Downing a crewed aircraft is combat; downing drones and missiles foils an attack.
        return "clash" if object_lemmas & CREWED else "intercept"
    if lemma in {"take", "win"} and any(c.lower_ == "back" for c in token.children) and (
        "control" in object_lemmas or any(_territory(o) for o in objects)
    ):
        return "regain"  # "took back three hamlets", "took back control of the port"
    if lemma in {"take", "gain", "establish", "seize", "regain"} and "control" in object_lemmas:
        return "regain" if lemma == "regain" else "capture"
    if TRIGGERS.get(lemma) == "regain" and objects and all(_no_ground(o) for o in objects):
        return None  # "200 of the cattle were recovered", "freed the hostages": no ground
    if lemma in {"recover", "retrieve"} and object_lemmas & {"body", "corpse", "remains"}:
        return None  # "divers recovered four bodies": the dead counted, no ground retaken
    if lemma == "hostage" and token.head.lemma_ not in {"take", "hold"}:
        return None  # "a hostage to circumstance"
    if lemma == "occupy":
        return None  # "occupied Kherson": a standing state, not a takeover
    if lemma in {"capture", "seize", "overtake"} and token.dep_ in {"amod", "compound", "acl"}:
        return None  # "the captured city of Mariupol", "an area seized by Russia"
    if lemma in {"capture", "seize", "overtake"} or (
        lemma == "take" and any(c.lower_ == "over" for c in token.children)
    ):
        if object_lemmas & TAKEN_PEOPLE or any(carrying_people(o, TAKEN_PEOPLE) for o in objects):
            return "abduct"  # "captured two farmers", "seized a bus with 20 aboard"
        if object_lemmas & {"position", "trench", "height"}:
            return "clash"  # positions change hands in fighting, not territory
        if token.pos_ != "VERB" or objects and not any(_territory(o) for o in objects):
            return None  # "seized state assets": not territory
        return "capture"
    if lemma in {"offensive", "counteroffensive", "counterattack", "assault", "attack"} and (
        token.pos_ == "NOUN" and token.dep_ in {"pobj", "dobj"}
    ):
        governor = token.head.head if token.dep_ == "pobj" else token.head
        if governor.pos_ not in {"VERB", "AUX"} and governor.lemma_.lower() not in TOLLS:
            # "the anniversary of Russia's offensive": the war, not one fight; but "the
            # toll from attacks on villages" counts the dead of the attacks told.
            return None
    if lemma in CAMPAIGN_NOUNS and token.dep_ in {"nsubj", "nsubjpass"}:
        # "the offensive on Aleppo has plunged Syria into", "the offensive failed to
        # take the capital", "as the counteroffensive gathers pace": the campaign, told as a
        # whole, not one fight.
        return None
    if lemma == "exchange" and any(TRIGGERS.get(o) in {"strike", "shoot"} for o in object_lemmas):
        return "clash"  # "exchanged artillery strikes"
    if lemma == "destroy" and object_lemmas & MILITARY - {"drone", "missile", "rocket"}:
        return "strike"
    if lemma in THROW and token.pos_ == "VERB":
        # "lobbed a grenade into the bar", "jets dropped bombs on the camp", "lobbed gas
        # canisters into the trench": a weapon sent at someone is an attack; "dropped
        # leaflets", "threw stones" are not.
        return "strike" if any(find_weapon(thing(c)) for c in token.children
                               if c.dep_ == "dobj") else None
    if lemma in {"run", "step", "drive", "roll"} and token.pos_ == "VERB" and any(
        find_weapon(thing(o)) for c in token.children
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"over", "on", "onto", "into"}
        for o in (*c.children, *(d for d in token.children if d.dep_ == "dobj"))
        if o.dep_ in {"pobj", "dobj"}
    ):
        return "strike"  # "the bus ran over a landmine", "a boy stepped on a mine"
    if lemma == "set" and token.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in token.children
    ) and any(find_weapon(thing(c)) for c in token.children if c.dep_ == "dobj"):
        return "strike"  # "a man set off a suicide vest at the checkpoint"
    if lemma in {"detonate", "explode"} and token.pos_ == "VERB" and made_safe(token):
        return "defuse"  # "sappers safely detonated a bomb found by the road"
    if lemma in GATHERING_NOUNS and token.pos_ == "NOUN" and fired_on(token):
        return "protest"  # "troops opened fire on a march": the march happened, and was hit
    if lemma == "strike" and token.pos_ == "NOUN" and any(
        c.lower_ == "hunger" for c in token.children
    ):
        return "protest"  # "began a hunger strike outside the court": a protest, no attack
    if token.pos_ == "VERB" and wrecked(token, broken_into(token), BURNED_PEOPLE):
        return "loot"  # "thieves broke into a church overnight"
    if lemma in WRECK and token.pos_ == "VERB" and wrecked(
        token, object_lemmas | object_words(token), BURNED_PEOPLE
    ):
        return "loot"  # "militiamen burned forty houses", "thieves stole the clinic's stock"
    if lemma == "launch":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not any(
            find_weapon([o.lemma_.lower()]) or TRIGGERS.get(o.lemma_.lower()) == "strike"
            for obj in objects
            for o in obj.subtree
        ):
            return None
        return "strike"
    if lemma == "destroy" and object_lemmas & {"drone", "missile", "rocket", "uav"}:
        return "intercept"
    if lemma in PROTESTERS and _protesters_act(token):
        return "protest"  # "demonstrators gathered in the square", "hundreds of protesters
        # blocked the road", "demonstrators answered the union's call"
    sit = any(c.lower_ == "sit" for c in token.children)
    if token.lower_ == "in" and token.pos_ == "NOUN" and sit:
        return "protest"  # "staged a sit-in"
    if lemma in {"transfer", "deport", "remove"} and any(
        c.lower_ in {"forcibly", "forcefully"} for c in token.children
    ):
        return "abduct" if object_lemmas & TAKEN_PEOPLE else None
    if lemma in BEATINGS and token.pos_ == "VERB":
        # "Soldiers beat two traders", "a man was flogged": violence done to people by
        # hand; "beat the record", "beat England 2-1" are not.
        return "harm" if object_lemmas & PERSONS else None
    if lemma in DISPERSE and token.pos_ == "VERB":
        # "Police intervened with tear gas", "riot police dispersed the marchers": force
        # used on a crowd; "the crowd dispersed", "the UN may intervene" are not.
        return "disperse" if _by_police(token) else None
    if lemma == "break" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        # "Police broke up the march": a crowd dispersed by force, when police did it to
        # a gathering ("broke up the cell", "the talks broke up" are not).
        gathering = bool(object_lemmas & GATHERINGS)
        return "disperse" if gathering and _by_police(token) else None
    if lemma == "fire" and token.dep_ == "dobj" and token.head.lemma_.lower() == "open":
        return "shoot"  # "opened fire on a car"
    if lemma == "fire" and token.dep_ == "dobj" and token.head.lemma_.lower() == "set":
        # "A mob set fire to the houses": what burned is the object of "to" or "on".
        verb = token.head
        burned = {w.lemma_.lower() for p in verb.children if p.dep_ == "prep"
                  and p.lower_ in {"to", "on"} for w in p.children if w.dep_ == "pobj"}  # fmt: skip
        return "loot" if saboteur(verb, burned) else None
    if lemma == "set" and token.pos_ == "VERB" and _set_alight(token):
        # "A mob set two suspects ablaze", "beat them and set them on fire": people
        # burned; "set two buses ablaze" is property, read as such below.
        if object_lemmas & BURNED_PEOPLE or any(o.lower_ in {"them", "him", "her"}
                                                 for o in objects):
            return "harm"
        return "loot" if saboteur(token, object_lemmas) else None
    if lemma in DESTROY and token.pos_ == "VERB" and saboteur(token, object_lemmas):
        return "loot"  # "partisans destroyed a railway box": property destruction
    action = TRIGGERS.get(lemma) or TRIGGERS.get(token.lower_)
    if action is None:
        return None
    if token.pos_ == "VERB" and token.dep_ == "amod":
        return None  # "destroyed building", "guided bomb"
    if (
        action == "clash"
        and token.dep_ in {"compound", "amod"}
        and token.head.lemma_.lower() == "operation"
        and token.head.pos_ == "NOUN"
    ):
        return action  # "conducted counteroffensive operations": the fighting itself
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "compound":
        return None  # "attack drones", "strike group"
    if token.pos_ == "ADJ" and lemma not in {"dead", "injured", "wounded"}:
        return None
    if lemma in {"hit", "target", "march", "fire", "shell", "bomb"} and token.pos_ != "VERB":
        return None  # "shells" and "bombs" are weapons; what was done with them says more
    if action == "protest" and token.tag_ == "VBG" and token.dep_ == "acl":
        return action  # "villagers protesting against the dam": people at a protest
    if token.tag_ == "VBG" and token.dep_ in {"pcomp", "amod", "compound", "acl", "pobj"}:
        if token.dep_ == "pcomp" and (_counted_victims(token) or _charged_with(token)):
            return action  # "accused troops of killing over 100 civilians": a deed
        return None  # "far from fighting hotspots": a gerund naming an activity
    return action


def _verb_of_verbless(token: Token) -> str | None:
    """ "Armed men in police uniform assaulted nurses ...": a long sentence the parser
    found no verb in, reading the verb as an adjective of its object. In a sentence with
    no verb at its root, a past form after the root that a trigger verb makes is the
    verb (its trigger's lemma)."""
    word = token.lower_
    if token.dep_ != "amod" or not word.endswith("ed") or token.i <= token.sent.root.i:
        return None
    if token.sent.root.pos_ in {"VERB", "AUX"}:
        return None
    stem = next((w for w in (word[:-2], word[:-1], word[:-3]) if w in TRIGGERS), None)
    return stem if stem is not None and TRIGGERS[stem] != "protest" else None


CAMPAIGN_NOUNS = frozenset({"offensive", "counteroffensive"})
# Nouns that count an attack's dead or name what it hit: "the toll from the attack",
# "victims of attacks", "a patrol was the target of an attack".
TOLLS = frozenset({"toll", "victim", "casualty", "death", "survivor", "target"})


DISPERSE = frozenset({"disperse", "intervene"})
# People a crowd may burn: victims by any name, and those it took for wrongdoers.
BURNED_PEOPLE = PERSONS | GENERIC_VICTIMS | {
    "suspect", "thief", "kidnapper", "robber", "youth", "teenager"}
GATHERINGS = frozenset(
    {"march", "protest", "rally", "demonstration", "gathering", "sit-in", "vigil", "crowd",
     "procession", "meeting", "picket"}
)  # fmt: skip
BEATINGS = frozenset({"beat", "flog", "whip", "lash", "club"})


def _by_police(verb: Token) -> bool:
    """Did police or security forces do it: the subject, or the agent of a passive?
    ("Forces" alone may be an army's: "foreign forces intervened" is no dispersal.)"""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    return any(w.lemma_.lower() in POLICE_DOERS for d in doers for w in d.subtree)


def _protesters_act(noun: Token) -> bool:
    """Are protesters the ones doing what the clause tells ("hundreds of demonstrators
    marched")? Their words ("protesters told reporters") are no protest of their own."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        subject = noun.head.head  # "hundreds of demonstrators", "a crowd of protesters"
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() not in SPEECH


# Words that charge someone "of" a deed.
CHARGES = frozenset({"accuse", "accusation", "suspect", "allegation", "blame"})


def _charged_with(verb: Token) -> bool:
    """A deed someone is charged with, done to one thing ("accused of shelling a bus
    station", "suspected of bombing the bridge"): one incident, whoever did it. A deed
    done to many ("accused of shelling towns") is a charge about a campaign."""
    prep = verb.head
    if prep.lower_ != "of" or prep.head.lemma_.lower() not in CHARGES:
        return False
    return any(c.dep_ == "dobj" and c.tag_ in {"NN", "NNP"} for c in verb.children)


def _counted_victims(verb: Token) -> bool:
    """A kill or injure verb whose object is a count of people ("killing 40 civilians")."""
    if verb.lemma_.lower() not in {"kill", "wound", "injure", "execute", "massacre"}:
        return False
    return any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" or n.like_num for n in c.children)
        for c in verb.children
    )


# People whose capture or forced removal is an abduction: people, not the buildings and
# places CIVILIAN also holds ("took over the police station" takes no one).
TAKEN_PEOPLE = (CIVILIAN - CIVILIAN_PLACES) | GENERIC_VICTIMS | {
    "official", "head", "journalist", "teacher", "priest", "mayor", "activist", "orphan",
    "trader", "pilgrim", "traveller", "traveler", "villager", "farmer", "miner",
}  # fmt: skip
PROTESTERS = frozenset({"protester", "protestor", "demonstrator"})
DESTROY = frozenset({"destroy", "sabotage", "torch", "vandalise", "vandalize", "demolish"})
# Every lemma :func:`_action` gives an action for besides TRIGGERS' own words.
ACTION_LEMMAS = PROTESTERS | DESTROY | DISPERSE | BEATINGS | {
    "interception", "intercept", "down", "shoot", "take", "gain", "establish", "seize",
    "regain", "capture", "overtake", "exchange", "launch", "transfer", "deport", "remove",
    "fire", "break", "set", "win", "strike", "detonate", "explode", "gun", "mow", "bring",
    "run", "step", "drive", "roll",
} | THROW | GATHERING_NOUNS | WRECK  # fmt: skip


def _set_alight(verb: Token) -> bool:
    """ "set ... ablaze", "set ... on fire", "set ... alight"."""
    for child in verb.children:
        if child.lower_ in {"ablaze", "alight"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                o.lower_ == "fire" for o in child.children):
            return True
    return False


# Links that start a clause of its own: what governs it does not make it unreal.
# Trigger verbs with everyday figurative uses: they need a violent context to count.
FIGURATIVE = frozenset({"hit", "target", "strike", "pound", "launch", "fire", "battle", "fight"})
VIOLENT_WORDS = frozenset(
    {"kill", "wound", "injure", "dead", "casualty", "explosion", "blast", "damage", "destroy",
     "rubble", "victim", "civilian", "shelling", "airstrike", "attack", "strike"}
)  # fmt: skip
ARMED = frozenset(
    {"force", "troop", "army", "military", "soldier", "militant", "rebel", "fighter", "jet",
     "warplane", "aircraft", "artillery", "regime", "coalition"}
)  # fmt: skip



TERRITORY = frozenset(
    {"city", "town", "village", "hamlet", "settlement", "region", "district", "area", "territory",
     "airport", "base", "bridge", "plant", "port", "hill", "height", "road", "highway",
     "outskirts", "centre", "center", "station", "building", "steelworks", "factory", "control"}
)  # fmt: skip


# What is recovered or freed that is no ground: goods, animals, bodies, people.
NO_GROUND = frozenset(
    {"cattle", "livestock", "head", "goat", "sheep", "camel", "cow", "property", "goods",
     "vehicle", "car", "body", "remains", "hostage", "captive", "prisoner", "child",
     "people", "woman", "weapon", "gun", "ammunition", "money", "loot"}
)  # fmt: skip


def _no_ground(noun: Token) -> bool:
    """ "200 of which were recovered", "freed the hostages": a count or a thing, no land."""
    return noun.like_num or noun.lemma_.lower() in NO_GROUND


def _territory(noun: Token) -> bool:
    return (
        noun.ent_type_ in {"GPE", "LOC", "FAC"}
        or noun.pos_ == "PROPN"
        or noun.lemma_.lower() in TERRITORY
    )


INCIDENT_ACTIONS = frozenset({"strike", "shoot", "clash", "execute"})


def toll_triggers(sentence: SpacySpan) -> list[tuple[Token, str]]:
    """ "The death toll from the attack on the village reached 51": the attack the toll is
    of is an incident, though the parse hangs it off the toll rather than a verb."""
    if not any(token.lemma_.lower() == "toll" for token in sentence):
        return []
    return [
        (token, action)
        for token in sentence
        if token.pos_ == "NOUN"
        and (action := TRIGGERS.get(token.lemma_.lower())) in INCIDENT_ACTIONS
    ]
