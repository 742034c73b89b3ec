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
    }
)


def role_words(tokens: list[Token]) -> list[str]:
    roles = []
    for tok in tokens:
        low = tok.lower_
        for part in re.split(r"[-\s]", low) if "-" in low and low not in ROLE_NOUNS else [low]:
            if part in ROLE_NOUNS:
                roles.append(part)
        if low in ROLE_NOUNS:
            roles.append(low)
    return roles


def roles_around(ent: Span) -> list[str]:
    """Role nouns introducing ``ent``: "Kharkiv mayor Igor Terekhov", "X, the mayor, ..."."""
    doc = ent.doc
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
    roles = role_words(before)
    # Appositive after the name: "Igor Klymenko, Ukraine's interior minister, said".
    if ent.end < len(doc) and doc[ent.end].text == ",":
        after = []
        for tok in doc[ent.end + 1 : ent.end + 7]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                break
            after.append(tok)
        if after and after[0].lower_ != "who":
            roles += role_words(after)
    return roles
