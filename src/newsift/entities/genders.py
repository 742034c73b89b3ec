"""Which of an article's people the text makes a woman or a man, to keep apart people
who share a surname: "Mrs. Koval" is Ana Koval when Petro Koval is her husband.

Only what the article writes counts, never a guess from a first name:

- an honorific or a kinship noun next to the full name ("Mrs. Ana Koval", "her husband,
  Petro Koval", "Ana Koval, his wife,");
- and when two people share a surname, one of them known, the other is of the other
  gender if the article writes the surname with that gender's honorific ("Mr. Koval").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

HONORIFIC_GENDER = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f", "dame": "f",
    "lady": "f", "lord": "m",
}
KIN_GENDER = {
    "husband": "m", "wife": "f", "son": "m", "daughter": "f", "father": "m", "mother": "f",
    "brother": "m", "sister": "f", "widow": "f", "widower": "m", "uncle": "m", "aunt": "f",
    "nephew": "m", "niece": "f", "grandson": "m", "granddaughter": "f", "grandfather": "m",
    "grandmother": "f", "king": "m", "queen": "f", "congresswoman": "f", "spokeswoman": "f",
    "businesswoman": "f", "chairwoman": "f", "congressman": "m", "spokesman": "m",
    "businessman": "m",
}
OTHER = {"m": "f", "f": "m"}


def honorific_before(ent: Span | Token) -> str | None:
    """The gender an honorific opening or right before a name gives: "Mrs. Koval" → "f"."""
    doc = ent.doc
    first = ent.i if not hasattr(ent, "start") else ent.start  # a token or a span
    for tok in doc[max(first - 1, 0) : first + 1]:
        gender = HONORIFIC_GENDER.get(tok.lower_.rstrip("."))
        if gender is not None:
            return gender
    return None


def _kin_around(ent: Span) -> str | None:
    """ "her husband, Petro Koval", "Ana Koval, his wife,": the noun set off next to it."""
    doc = ent.doc
    before = [t for t in doc[max(ent.start - 3, 0) : ent.start] if not t.is_punct]
    after = [t for t in doc[ent.end : ent.end + 4] if not t.is_punct]
    near = before[-1:] + ([after[1]] if len(after) > 1 and doc[ent.end].text == "," else [])
    for tok in near:
        if tok.lower_ in KIN_GENDER and tok.pos_ == "NOUN":
            return KIN_GENDER[tok.lower_]
    return None


def _evidence(ent: Span) -> str | None:
    return honorific_before(ent) or _kin_around(ent)


def person_genders(named: list[tuple[Span, str]], surnames: list[tuple[Span, str]]
                   ) -> dict[str, str]:
    """Person name → "m" or "f".

    ``named``: mentions that give a person's name in full, with the person; ``surnames``:
    mentions by surname alone, with the surname, for the honorifics written before them.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for ent, person in named:
        gender = _evidence(ent)
        if gender is not None:
            votes[person][gender] += 1
    genders = {
        person: counts.most_common(1)[0][0]
        for person, counts in votes.items()
        if len(counts) == 1 or counts.most_common(2)[0][1] > counts.most_common(2)[1][1]
    }
    by_surname: dict[str, set[str]] = defaultdict(set)
    for _, person in named:
        by_surname[person.split()[-1].lower()].add(person)
    honorifics: dict[str, set[str]] = defaultdict(set)
    for ent, surname in surnames:
        gender = honorific_before(ent)
        if gender is not None:
            honorifics[surname.lower()].add(gender)
    for surname, persons in by_surname.items():
        unknown = [p for p in persons if p not in genders]
        known = {genders[p] for p in persons if p in genders}
        if len(persons) > 1 and len(unknown) == 1 and len(known) == 1:
            other = OTHER[known.pop()]
            if other in honorifics[surname]:
                genders[unknown[0]] = other
    return genders

