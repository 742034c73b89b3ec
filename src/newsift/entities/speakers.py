"""Who is who in one article: canonical person names, their titles and roles.

News introduces a person once in full ("Kharkiv regional governor Oleg Synegubov")
and then refers back by surname ("Synegubov"), title ("the governor") or pronoun.
:class:`NameIndex` collects the introductions from the spaCy parse so that every
later reference can be mapped to the fullest name the article gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from newsift.entities.genders import honorific_before, person_genders
from newsift.entities.roles import ROLE_NOUNS, role_tokens, role_words, roles_around
from newsift.entities.speech_verbs import is_speech
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
# "his" and "her" hold a claim too: "his claim that ..." is the claim of the man last named.
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS_GROUP = frozenset({"they", "we", "it"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACE = re.compile(r"\s+")


# clean_name, strip_titles and _name_key are pure functions of a string, asked of the
# same few names again and again: every NameIndex.canonical call (tens per sentence of
# quotes and events) cleans the name it is given and keys it.
@lru_cache(maxsize=65_536)
def clean_name(text: str) -> str:
    """``"Stoltenberg’s"`` → ``"Stoltenberg"``; ``"― Oksana Bilyk"`` → ``"Oksana Bilyk"``."""
    text = text.split("\n")[0].strip()
    text = _POSSESSIVE.sub("", text).strip(" ,.;:“”\"'’‘()―—–-")
    return _SPACE.sub(" ", text).strip()  # a no-break space after a dash: "―\u00a0Bilyk"


@lru_cache(maxsize=65_536)
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


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@lru_cache(maxsize=65_536)
def _name_key(name: str) -> str:
    """Lower case without generational suffixes: "Petro O. Koval Jr." → "petro o. koval"."""
    words = name.lower().replace("’", "'").replace(",", "").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


@dataclass
class Person:
    name: str  # the fullest form seen: "Jens Stoltenberg"
    first_start: int  # where it is first mentioned (character offset)
    roles: set[str] = field(default_factory=set)
    # The name as names are compared: canonical() compares it on each of its many calls.
    key: str = field(init=False, repr=False, compare=False)
    key_words: list[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = _name_key(self.name)
        self.key_words = self.key.split()


@dataclass
class NameIndex:
    """Persons of one document and the roles they are introduced with."""

    persons: list[Person] = field(default_factory=list)
    # (offset, role, person name): role introductions in text order.
    role_mentions: list[tuple[int, str, str]] = field(default_factory=list)
    # (offset, person name): every person mention in text order.
    mentions: list[tuple[int, str]] = field(default_factory=list)
    # (offset, person name): the mentions that give the name in full.
    full_mentions: list[tuple[int, str]] = field(default_factory=list)
    # person name -> the first role phrase, as written ("Kharkiv regional governor").
    role_phrases: dict[str, str] = field(default_factory=dict)
    # (offset, role, person name, the words introducing the role as written), in order.
    role_intros: list[tuple[int, str, str, tuple[str, ...]]] = field(default_factory=list)
    # person name -> "m" or "f", where the text says (see :mod:`genders`).
    genders: dict[str, str] = field(default_factory=dict)

    def canonical(self, name: str, at: int | None = None, gender: str | None = None
                  ) -> str | None:
        """The fullest known person name for ``name`` ("Putin" → "Vladimir Putin"), or None.

        A surname several people share ("Clinton") is the one of ``gender`` when the text
        gives theirs ("Mrs. Clinton"), else the one last named in full before offset
        ``at``; without ``at``, or with none named before, the longest name.
        """
        name = strip_titles(clean_name(name))
        if not name:
            return None
        key = _name_key(name)
        parts = key.split()
        matches = []
        for person in self.persons:
            pkey = person.key
            pparts = person.key_words
            same = pkey == key
            # A surname (or a shorter tail) of a full name: "Stoltenberg" ⊂ "Jens Stoltenberg".
            tail = len(parts) < len(pparts) and pparts[-len(parts):] == parts
            if same or tail:
                matches.append(person.name)
        if len(matches) > 1 and gender is not None:
            matches = [m for m in matches if self.genders.get(m, gender) == gender] or matches
        if len(matches) > 1 and at is not None:
            named = [n for offset, n in self.full_mentions if offset < at and n in matches]
            if named:
                return named[-1]
        return max(matches, key=len) if matches else None

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

    def extended(self, name: str) -> str | None:
        """A known person ``name`` adds words before: "Crooked Ana Koval" → "Ana Koval"."""
        key = _name_key(strip_titles(clean_name(name)))
        for person in self.persons:
            pkey = person.key
            if " " in pkey and key.endswith(" " + pkey):
                return person.name
        return None

    def role_of(self, speaker: str | None) -> str | None:
        """The role phrase a person speaker was introduced with; None for anyone else."""
        person = self.canonical(speaker) if speaker else None
        return self.role_phrases.get(person) if person else None

    def last_person_before(self, offset: int) -> str | None:
        found = None
        for start, name in self.mentions:
            if start >= offset:
                break
            found = name
        return found


_PHRASE_STOP = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON"})


def _hyphenated(tok: Token) -> bool:
    """Part of a hyphenated compound title: "Commander-in-Chief" is five tokens."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return not tok.whitespace_ and (tok.text == "-" or (nxt is not None and nxt.text == "-"))


def _role_phrase(ent: Span, name: str) -> str | None:
    """The office ``ent`` is introduced with, as written, before it ("Kharkiv mayor Igor
    Terekhov", "President Joe Biden" inside the entity) or after it ("X, the mayor, said")."""
    doc, text = ent.doc, text_of(ent.doc)
    name_at = text.find(name, ent.start_char, ent.end_char)
    end = name_at if name_at > ent.start_char else ent.start_char
    i = ent.start - 1
    if i >= 0 and doc[i].text == "," and end == ent.start_char:
        i -= 1  # "Ukraine's interior minister, Igor Klymenko"
    first = None
    # "of" between nouns belongs to the title: "Secretary of State Antony Blinken".
    # A capitalised "verb" is the small model misreading a place: "Kharkiv regional ...".
    while i >= 0 and ent.start - i <= 10 and (
        _hyphenated(doc[i])
        or (not (doc[i].is_punct or doc[i].is_space) and doc[i].pos_ not in _PHRASE_STOP)
        or (doc[i].lower_ == "of" and first is not None)
        or (doc[i].pos_ == "VERB" and doc[i].text[:1].isupper() and not is_speech(doc[i]))
    ) and doc[i].ent_type_ not in ("DATE", "TIME", "CARDINAL"):
        first = doc[i]
        i -= 1
    while first is not None and first.i < ent.start and first.lower_ in ("of", "the", "a", "an"):
        first = doc[first.i + 1] if first.i + 1 < ent.start else None
    start = first.idx if first is not None else ent.start_char
    phrase = text[start:end].rstrip(" ,")
    if phrase and any(w.lower().strip(".") in ROLE_NOUNS for w in re.split(r"[-\s]", phrase)):
        return phrase
    # An appositive after the name, closed by a comma or a verb: "X, the mayor, said".
    if ent.end < len(doc) and doc[ent.end].text == ",":
        after = []
        for tok in doc[ent.end + 1 : ent.end + 10]:
            if tok.is_punct or tok.pos_ in _PHRASE_STOP - {"ADP"} or tok.is_space:
                break
            after.append(tok)
        else:
            return None
        while after and after[0].lower_ in ("the", "a", "an"):
            after.pop(0)
        if after and after[0].lower_ not in ("who", "which") and role_words(after):
            return text[after[0].idx : after[-1].idx + len(after[-1])]
    return None


def _looks_like_person(ent: Span, name: str, person_words: set[str]) -> bool:
    """A name spaCy mislabelled: "governor Petro Ivanenko" (LOC), later "Ivanenko" (PERSON)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(t.pos_ != "PROPN" for t in ent if t.text in words):
        return False
    return words[-1].lower() in person_words or bool(roles_around(ent))


def _loose_capitals(ent: Span, lines: dict[tuple[int, int], bool]) -> bool:
    """At the start of a sentence, or in a line in title case (a headline). ``lines``:
    the lines already read, by their bounds (a paragraph is one line, of many names)."""
    if ent.start == ent.sent.start:
        return True
    text = text_of(ent.doc)
    end = text.find("\n", ent.end_char)
    bounds = (text.rfind("\n", 0, ent.start_char) + 1, end if end >= 0 else len(text))
    if bounds not in lines:
        words = [w for w in text[bounds[0] : bounds[1]].split() if w.isalpha() and len(w) > 3]
        lines[bounds] = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(
            words
        )
    return lines[bounds]


def _without_verbs(ent: Span) -> Span:
    """A name without the verbs a headline's capitals let into it: "Koval Says" → "Koval";
    "Injecting Koval’s …" at the start of a sentence → "Koval"."""
    start, end = ent.start, ent.end
    while end - start > 1 and ent.doc[end - 1].tag_ in ("VBZ", "VBD", "VBP"):
        end -= 1
    first = ent.doc[start]
    if end - start > 1 and first.is_sent_start and first.lower_.endswith("ing") and len(first) > 5:
        start += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    last = ent.doc[end - 1]
    span = ent.doc.char_span(ent.doc[start].idx, last.idx + len(last), label=ent.label_)
    return span if span is not None else ent


def build_name_index(
    doc: Doc, countries: dict[str, str] | None = None, quoted: Sequence[tuple[int, int]] = ()
) -> NameIndex:
    """Persons named in ``doc``; one-word "persons" that are places elsewhere are left out.

    ``quoted``: spans inside quote marks. A name there that adds words before a person
    named outside them is that person under a nickname ("Crooked Ana Koval").
    """
    index = NameIndex()
    ents = doc.ents  # spaCy builds the tuple anew on every access
    places = {clean_name(e.text).lower() for e in ents if e.label_ in ("GPE", "LOC")}
    countries_ = set(countries or {})
    places.update(countries_)
    raw: list[tuple[Span, str]] = []
    person_words = {clean_name(e.text).lower() for e in ents if e.label_ == "PERSON"}
    for whole in ents:
        ent = _without_verbs(whole)
        name = strip_titles(clean_name(ent.text))
        if not name or not name[0].isupper() or name.lower() in countries_ or (
            name.lower() in places and " " not in name  # one-word "persons" spaCy also places
        ):
            continue
        if ent.label_ != "PERSON" and not _looks_like_person(ent, name, person_words):
            continue
        raw.append((ent, name))

    lines: dict[tuple[int, int], bool] = {}

    def inside(ent: Span) -> bool:
        """In quote marks, a headline or a sentence's first words, where capitals are
        no evidence of a name: "Crooked Ana Koval", "Lawmakers Rip Ana Koval"."""
        return any(s <= ent.start_char < e for s, e in quoted) or _loose_capitals(ent, lines)

    # Longest names first so surnames attach to a full name seen anywhere in the text;
    # names written outside quote marks before those inside them.
    keys = {_name_key(name) for _, name in raw if " " in name}
    loose = [(ent, name, inside(ent)) for ent, name in raw]
    for ent, name, unsure in sorted(loose, key=lambda item: (item[2], -len(item[1].split()))):
        key = _name_key(name)
        nickname = unsure and any(key.endswith(" " + k) for k in keys)
        if index.canonical(name) is None and not nickname:
            index.persons.append(Person(name=name, first_start=ent.start_char))
    for ent, name in sorted(raw, key=lambda item: item[0].start_char):
        key = _name_key(name)
        if any(p.key == key for p in index.persons):
            index.full_mentions.append((ent.start_char, index.canonical(name) or name))
    persons = {p.key: p.name for p in index.persons}
    index.genders = person_genders(
        [(ent, persons[_name_key(name)]) for ent, name in raw
         if " " in name and _name_key(name) in persons],
        [(ent, name) for ent, name in raw if " " not in name],
    )
    for ent, name in raw:
        gender = honorific_before(ent)
        full = index.canonical(name, ent.start_char, gender) or index.extended(name) or name
        index.mentions.append((ent.start_char, full))
        if full not in index.role_phrases and (phrase := _role_phrase(ent, name)):
            index.role_phrases[full] = phrase
        words = tuple(t.text for t in role_tokens(ent))
        for role in dict.fromkeys(roles_around(ent)):
            index.role_mentions.append((ent.start_char, role, full))
            index.role_intros.append((ent.start_char, role, full, words))
            for person in index.persons:
                if person.name == full:
                    person.roles.add(role)
    index.role_mentions.sort()
    index.role_intros.sort()
    index.mentions.sort()
    return index


def is_pronoun(text: str) -> bool:
    return text.lower() in PRONOUNS_PERSON or text.lower() in PRONOUNS_GROUP
