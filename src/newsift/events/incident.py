"""What the events stage reads one sentence at a time (:class:`Mention`) and the
incidents it merges them into (:class:`Incident`): the data :mod:`newsift.events.merge`
works on, and the kinds of action (:data:`FAMILY`) it compares.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsift.dates.timex import PRECISIONS, ResolvedDate
from newsift.events.dates import DateBasis
from newsift.events.setting import PlaceRef
from newsift.events.taxonomy import Roles, Weapon
from newsift.events.type_words import POLICE_DOERS
from newsift.model import Span

# Actions that describe one kind of incident; mentions of different families never merge.
FAMILY: dict[str, str] = {
    "strike": "violence", "harm": "any", "shoot": "violence", "clash": "battle",
    "capture": "territory", "regain": "territory", "withdraw": "any", "intercept": "intercept",
    "defuse": "intercept", "arrest": "arrest", "abduct": "violence", "rape": "violence",
    "execute": "violence", "protest": "protest", "riot": "protest", "loot": "loot",
    "handover": "territory", "organise": "strategic", "base": "strategic", "agree": "strategic",
    "disperse": "protest",
}  # fmt: skip
# Words that make force the dispersal of a crowd, not an attack of its own.
CROWD_WORDS = frozenset(
    {"disperse", "crowd", "protester", "protestor", "demonstrator", "demonstration", "rally",
     "marcher", "sit"}
)  # fmt: skip


@dataclass
class Mention:
    """What one sentence says about one incident."""

    evidence: Span
    actions: frozenset[str]
    lemmas: frozenset[str]
    weapons: list[Weapon]
    target: str | None
    fatalities: int | None
    injured: int | None
    actor1: str | None
    civilian: bool
    places: list[PlaceRef]
    date: ResolvedDate | None
    anaphoric: bool
    standalone: bool = True  # False: can only add to an incident already told
    update: bool = False  # the sentence revises a toll already given ("climbed to 15")
    said_date: ResolvedDate | None = None  # the date of a statement only (event_dates)
    lede: bool = False  # told in the first sentences of the body
    headline: bool = False  # told in the article's headline
    date_basis: DateBasis | None = None  # how ``date`` (or ``said_date``) is written
    other: bool = False  # says it is another incident ("a second raid", "a separate attack")
    index: int = 0  # the sentence's place in the article
    talk: bool = False  # told only in a quote, an accusation or a denial (reporting.py)
    # Who did what to whom, for typing the incident as a whole (incident_type.py).
    roles: Roles = Roles(frozenset(), frozenset())

    @property
    def families(self) -> set[str]:
        """Kinds of incident the sentence tells; force used on a crowd may also be how a
        protest went ("police fired tear gas to disperse them"), so it is of that kind too."""
        kinds = self._action_families
        return kinds | {"protest"} if self.crowd_force or self.police_arrests else kinds

    @property
    def _action_families(self) -> set[str]:
        return {FAMILY.get(action, "any") for action in self.actions} - {"any"}

    @property
    def crowd_force(self) -> bool:
        """Force used on a crowd: tear gas, or shots or arrests to disperse protesters."""
        kinds = self._action_families
        if not kinds or not kinds <= {"violence", "arrest"}:
            return False
        riot = any(weapon.kind == "riot" for weapon in self.weapons)
        return riot or bool(self.lemmas & CROWD_WORDS)

    @property
    def police_arrests(self) -> bool:
        """Arrests police or security forces made ("security forces detained six
        activists"): told right after a protest, how it was broken up
        (:func:`newsift.events.merge._continues`)."""
        return self._action_families == {"arrest"} and bool(self.roles.attackers & POLICE_DOERS)

    @property
    def substantive(self) -> bool:
        """Enough detail to stand as an incident of its own, not just talk about one."""
        return bool(
            self.places or self.date or self.said_date or self.weapons or self.actor1
            or self.fatalities is not None or self.injured is not None
        )  # fmt: skip


@dataclass
class Incident:
    mentions: list[Mention] = field(default_factory=list)
    # Told only in a sentence that may not report an incident of its own
    # (:func:`newsift.events.reporting.may_open`): kept only as an update of another.
    provisional: bool = False

    @property
    def date(self) -> ResolvedDate | None:
        """The most precise date its mentions give ("last week", then "on Friday")."""
        told = self._dated
        return told.date if told is not None else None

    @property
    def _dated(self) -> Mention | None:
        dated = [m for m in self.mentions if m.date]
        return min(dated, key=lambda m: PRECISIONS.index(m.date.precision) if m.date else 0,
                   default=None)  # fmt: skip

    @property
    def event_date(self) -> tuple[ResolvedDate, DateBasis | None] | None:
        """The incident's date and how it is written, else the earliest date its sources
        spoke (see event_dates): an attack is no later than the first statement about it."""
        told = self._dated
        if told is not None and told.date is not None:
            return told.date, told.date_basis
        said = [m for m in self.mentions if m.said_date]
        first = min(said, key=lambda m: m.said_date.value if m.said_date else "", default=None)
        if first is None or first.said_date is None:
            return None
        return first.said_date, first.date_basis

    @property
    def place_keys(self) -> set[str]:
        return {key for m in self.mentions for ref in m.places for key in ref.keys}

    @property
    def regions(self) -> set[str]:
        return {r.place.admin1 for m in self.mentions for r in m.places if r.place.admin1}

    @property
    def families(self) -> set[str]:
        return set().union(*(m.families for m in self.mentions))
