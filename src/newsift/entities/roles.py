"""Offices a person is introduced with: "Kharkiv mayor Igor Terekhov", "X, the mayor, ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that name an office rather than a person; stripped from names, used as roles.
ROLE_NOUNS = frozenset(
    {
        "president", "minister", "governor", "mayor", "chief", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "commander", "commander-in-chief", "head", "leader",
        "chancellor", "premier", "ambassador", "envoy", "adviser", "advisor", "senator",
        "congressman", "congresswoman", "director", "chairman", "chairwoman", "chair",
        "general", "colonel", "lieutenant", "major", "captain", "admiral", "marshal",
        "prosecutor", "ombudsman", "king", "queen", "prince", "pope", "candidate",
        "nominee", "official", "diplomat", "lawmaker", "representative", "speaker",
        "governor-general", "ceo", "founder", "judge", "attorney",
        # A party member is introduced as one ("Hale, a Republican,") and referred back
        # to as one ("the Republican said").
        "democrat", "republican", "libertarian",
    }
)


# Words that make a different office of a title: a vice president is not the president.
QUALIFIERS = frozenset({"vice", "deputy", "former", "assistant", "acting", "interim", "ex"})
# Abbreviated titles before a name: "Gov. Mike Pence", "Sen. Ana Ruiz".
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "gov": ("governor",), "sen": ("senator", "lawmaker"), "pres": ("president",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",), "adm": ("admiral",),
    "amb": ("ambassador",), "sec": ("secretary",), "capt": ("captain",), "maj": ("major",),
}


def role_words(tokens: list[Token]) -> list[str]:
    roles: list[str] = []
    for tok in tokens:
        low = tok.lower_
        if tok.text.endswith(".") or (tok.i + 1 < len(tok.doc) and tok.nbor().text == "."):
            roles += TITLE_ABBREVIATIONS.get(low.rstrip("."), ())
        for part in re.split(r"[-\s]", low) if "-" in low and low not in ROLE_NOUNS else [low]:
            if part in ROLE_NOUNS:
                roles.append(part)
        if low in ROLE_NOUNS:
            roles.append(low)
    return roles


def roles_around(ent: Span) -> list[str]:
    """Role nouns introducing ``ent``: "Kharkiv mayor Igor Terekhov", "X, the mayor, ..."."""
    return role_words(role_tokens(ent))


def role_tokens(ent: Span) -> list[Token]:
    """The words that introduce ``ent`` with an office: the title inside the entity
    ("Gov. Ana Ruiz"), the phrase before it and an appositive after it."""
    doc = ent.doc
    inside = [t for t in ent[:-1] if t.lower_.rstrip(".") in TITLE_ABBREVIATIONS
              or t.lower_ in ROLE_NOUNS | QUALIFIERS]
    before: list[Token] = []
    i = ent.start - 1
    commas = 0
    while i >= 0 and ent.start - i <= 6:
        tok = doc[i]
        if tok.text == "," and commas == 0 and i == ent.start - 1:
            commas += 1
        elif tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or tok.is_punct or tok.is_space:
            break
        else:
            before.append(tok)
        i -= 1
    found = inside + before
    # Appositive after the name: "Igor Klymenko, Ukraine's interior minister, said".
    if ent.end < len(doc) and doc[ent.end].text == ",":
        after = []
        for tok in doc[ent.end + 1 : ent.end + 7]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                break
            after.append(tok)
        if after and after[0].lower_ != "who":
            found += after
    return found
