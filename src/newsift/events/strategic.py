"""Strategic developments told without a violent word: demining, looting by export, and
evacuations.

ACLED codes "sappers cleared 17 hectares of mines" as disrupted weapons use, "troops
shipped the harvest out of the occupied town" as looting, and "about 600 people were
evacuated from the region" as a strategic development of its own. None of these verbs
is a trigger on its own ("cleared the road", "exported wheat", "evacuated the wounded"),
so each counts only with what makes it one: explosives or sappers, an armed actor taking
goods, a count of people moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.actors import normalise_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

CLEAR = frozenset({"clear", "sweep", "demine", "rid", "free", "inspect", "check"})
EXPLOSIVES = frozenset(
    {"mine", "landmine", "explosive", "ordnance", "munition", "ied", "booby", "tripwire",
     "unexploded"}
)  # fmt: skip
DEMINERS = frozenset({"sapper", "deminer", "pyrotechnician", "engineer", "ems"})
TAKE_AWAY = frozenset({"export", "steal", "ship", "transport", "remove", "take", "haul"})
GOODS = frozenset(
    {"grain", "wheat", "corn", "barley", "crop", "harvest", "sunflower", "seed", "metal",
     "equipment", "machinery", "tractor", "car", "cattle", "livestock", "fertiliser",
     "fertilizer", "coal", "timber", "carriage", "wagon", "tonne", "ton", "artwork",
     "exhibit", "painting"}
)  # fmt: skip
ARMED = frozenset({"force", "troop", "army", "military", "soldier", "occupier", "invader"})
MOVED_PEOPLE = frozenset(
    {"people", "person", "civilian", "resident", "child", "family", "inhabitant", "patient",
     "villager", "evacuee"}
)  # fmt: skip


STRATEGIC_LEMMAS = CLEAR | TAKE_AWAY | {"evacuate"}


def strategic_action(token: Token) -> str | None:
    """ "defuse", "loot" or "displace" for a verb that tells such a development, else None."""
    if token.pos_ != "VERB" or token.dep_ == "amod":
        return None
    lemma = token.lemma_.lower()
    if lemma not in STRATEGIC_LEMMAS:
        return None  # the walk over every child's subtree below is costly per verb
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "agent"}]
    rest = [w for c in token.children if c.dep_ not in {"nsubj", "agent"} for w in c.subtree]
    words = {w.lemma_.lower() for w in rest}
    if lemma in CLEAR and (
        words & EXPLOSIVES or any(w.lemma_.lower() in DEMINERS for s in subjects for w in s.subtree)
    ):
        return "defuse"  # "sappers cleared 17 hectares", "cleared the fields of mines"
    if lemma in TAKE_AWAY and words & GOODS and any(_armed(s) for s in subjects):
        return "loot"  # "Russian forces exported 11 carriages of grain"
    if lemma == "evacuate":
        moved = [c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}]
        if any(_counted(noun) for noun in moved):
            return "displace"  # "about 600 people were evacuated from the region"
    return None


def _armed(subject: Token) -> bool:
    return subject.lemma_.lower() in ARMED or normalise_actor(subject.text) is not None


def _counted(noun: Token) -> bool:
    return noun.lemma_.lower() in MOVED_PEOPLE and any(
        c.dep_ == "nummod" or c.like_num for c in noun.children
    )
