"""Who a pronoun, a title or a description refers to: a small coreference step over an
article's people, for speaker resolution.

News names a person once in full and then refers back by surname, title, description
or pronoun. Candidates are the people of :class:`~newsift.entities.speakers.NameIndex`;
the order of the text and the parse decide between them:

- a pronoun refers to a person who is the subject of a clause governing it in the same
  sentence ("Koval said she would stay": Koval); else to the most recent person who
  was the subject of a main clause or of a speech verb before its sentence (what the
  passage is about); else to the last person named. A gender the article gives ("Mr.",
  "Ms.", or an earlier "Koval said she …") rules out people of the other;
- a title or role noun ("the minister", "the Republican nominee") refers to the person
  last introduced with that role whose introduction does not contradict its modifiers
  ("Democratic … nominee" is not "the Republican nominee");
- a definite description of a person with no such introduction ("the fisherman",
  "Kyiv's former strategist") refers to the most recent subject, never to its possessor.

Subjects inside quote marks are the quoted speaker's words, not the article's
narration, and do not count.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsift.entities.genders import HONORIFIC_GENDER, honorific_before
from newsift.entities.roles import QUALIFIERS, ROLE_NOUNS
from newsift.entities.speakers import PRONOUNS_GROUP, NameIndex, clean_name, strip_titles
from newsift.entities.speech_verbs import is_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
# Nouns of persons by their form: "businessman", "spokeswoman", "strategist".
PERSON_ENDINGS = ("man", "woman", "person", "ist")
SUBJECTS = ("nsubj", "nsubjpass")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


@dataclass
class Coreference:
    """The people of one document and what the text said about them so far."""

    doc: Doc
    index: NameIndex
    quoted: tuple[tuple[int, int], ...] = ()
    # (offset, person): subjects of main clauses and speech verbs, in text order.
    salient: list[tuple[int, str]] = field(default_factory=list)
    # (offset, group): subjects naming several people ("Koval and Ruiz", "Democrats").
    groups: list[tuple[int, str]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)

    def inside_quotes(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    def note(self, offset: int, person: str) -> None:
        """``person`` speaks at ``offset`` (a transcript label, a name after a dash)."""
        bisect.insort(self.salient, (offset, person))

    def _fits(self, person: str, gender: str | None) -> bool:
        return gender is None or self.genders.get(person, gender) == gender

    def recent(self, before: int, gender: str | None = None, skip: str | None = None
               ) -> str | None:
        """The most recent salient person before ``before``."""
        for offset, person in reversed(self.salient):
            if offset < before and person != skip and self._fits(person, gender):
                return person
        return None

    def resolve_pronoun(self, tok: Token) -> str | None:
        low = tok.lower_
        gender = "m" if low in MALE else "f" if low in FEMALE else None
        if gender is None:
            return None
        node = tok
        while node.head.i != node.i:  # "Koval said she …": a governing clause's subject
            node = node.head
            for child in node.children:
                if child.dep_ not in SUBJECTS or child.right_edge.i >= tok.i:
                    continue
                person = self.named_person(child)
                if person is not None and self._fits(person, gender):
                    if tok.dep_ in SUBJECTS and tok.head.head == node:  # "Koval said she …"
                        self.genders.setdefault(person, gender)
                    return person
        person = self.recent(tok.sent.start_char, gender)
        if person is not None:
            return person
        for offset, name in reversed(self.index.mentions):
            if offset < tok.idx and self._fits(name, gender):
                return name
        return None

    def resolve_plural(self, tok: Token) -> str | None:
        """ "they" → the last group that was a subject before its sentence."""
        return next(
            (g for offset, g in reversed(self.groups) if offset < tok.sent.start_char), None
        )

    def named_person(self, tok: Token) -> str | None:
        """The person ``tok`` names: "Koval" or "Olena Koval" → "Olena Koval"."""
        ent = entity_of(tok)
        if ent is not None and ent.label_ in NAME_LABELS:
            return self.index.canonical(ent.text, tok.idx, honorific_before(ent))
        if tok.pos_ != "PROPN":
            return None
        return self.index.canonical(tok.text, tok.idx, honorific_before(tok))

    def resolve_description(self, tok: Token) -> str | None:
        """ "the minister", "the Labour nominee", "the fisherman" → a person."""
        lemma = tok.lemma_.lower()
        role = lemma if lemma in ROLE_NOUNS else tok.lower_ if tok.lower_ in ROLE_NOUNS else None
        possessor = next((c for c in tok.children if c.dep_ == "poss"), None)
        modifiers = [
            t for t in tok.subtree
            if t.i < tok.i and t.dep_ not in ("det", "case", "punct")
            and not (possessor is not None and possessor.left_edge.i <= t.i <= possessor.i)
        ]
        if role is not None:
            person = self._by_role(role, modifiers, tok.idx)
            if person is not None:
                return person
        definite = possessor is not None or any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        )
        person_noun = role is not None or (len(lemma) > 5 and lemma.endswith(PERSON_ENDINGS))
        if not (definite and person_noun):
            return None
        owner = self.named_person(possessor) if possessor is not None else None
        gender = "f" if lemma.endswith("woman") else "m" if lemma.endswith("man") else None
        return self.recent(tok.idx, gender, skip=owner)

    def _by_role(self, role: str, modifiers: list[Token], before: int) -> str | None:
        wanted = {t.lower_ for t in modifiers}
        proper = {t.lower_ for t in modifiers if t.text[:1].isupper()}
        best: tuple[int, int, str] | None = None
        for offset, r, name, words in self.index.role_intros:
            if offset >= before or r != role:
                continue
            lowered = {w.lower() for w in words}
            theirs = {w.lower() for w in words if w[:1].isupper()} - {role}
            if proper - lowered and theirs - wanted - _name_words(name):
                continue  # "the Republican nominee" is not the "Democratic nominee"
            if wanted & QUALIFIERS != lowered & QUALIFIERS:
                continue  # "the president" is not the vice president nor the former one
            key = (len(wanted & lowered), offset, name)
            if best is None or key[:2] >= best[:2]:
                best = key
        return best[2] if best else None


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in name.split()}


def entity_of(tok: Token) -> Span | None:
    """The named entity ``tok`` lies in, from the token's IOB tags (``doc.ents`` builds
    every entity span anew on each access, which costs the article's length per token)."""
    if not tok.ent_type_:
        return None
    from spacy.tokens import Span

    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _salient_subject(tok: Token) -> bool:
    """The subject of an asserted main clause (or one joined to it), or the active
    subject of a speech verb; not "if Koval wins", "should Koval run", "she was summoned"."""
    if tok.dep_ not in SUBJECTS:
        return False  # most tokens: decided before looking at the head
    head = tok.head
    if tok.dep_ == "nsubj" and is_speech(head):
        return True
    main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
    return main and not any(
        c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.i < tok.i) for c in head.children
    )


def build_coreference(
    doc: Doc, index: NameIndex, quoted: Sequence[tuple[int, int]] = ()
) -> Coreference:
    coref = Coreference(doc, index, tuple(quoted))
    for tok in doc:  # "Mr. Koval", "Ms. Koval"
        gender = HONORIFIC_GENDER.get(tok.lower_.rstrip("."))
        if gender is not None and tok.i + 1 < len(doc):
            person = coref.named_person(doc[tok.i + 1])
            if person is not None:
                coref.genders.setdefault(person, gender)
    for tok in doc:
        if not _salient_subject(tok) or coref.inside_quotes(tok.idx):
            continue
        person = person_of(tok, coref)
        if person is not None:
            coref.salient.append((tok.idx, person))
        group = _group_of(tok, coref)
        if group is not None:
            coref.groups.append((tok.idx, group))
    return coref


def _group_of(tok: Token, coref: Coreference) -> str | None:
    """ "Koval and Ruiz" (named people joined), "Democrats" (a plural name)."""
    people = [coref.named_person(t) for t in [tok, *(c for c in tok.children if c.dep_ == "conj")]]
    if len(people) > 1 and all(people):
        return " and ".join(p for p in people if p)
    if tok.tag_ == "NNPS" or (tok.tag_ == "NNS" and tok.ent_type_ in ("NORP", "ORG")):
        return tok.text
    return None


def person_of(tok: Token, coref: Coreference) -> str | None:
    """The person ``tok`` refers to, by name, pronoun or description; None for others."""
    if tok.lower_ in MALE | FEMALE:
        return coref.resolve_pronoun(tok)
    if tok.pos_ == "PRON":
        return None
    person = coref.named_person(tok)
    # "the Republican" is tagged a proper noun, and is a description all the same.
    if person is None and (tok.pos_ == "NOUN" or tok.lower_ in ROLE_NOUNS):
        for child in tok.children:  # "the minister, Igor Klymenko"
            if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON":
                return coref.named_person(child)
        person = coref.resolve_description(tok)
    return person


def speaker_of_token(tok: Token, coref: Coreference) -> str | None:
    """Who ``tok`` (the subject of a speech verb) names.

    "Stoltenberg" → "Jens Stoltenberg"; "he" → the person the text is about (see the
    module); "the mayor" → the person introduced as mayor; "Ukraine's interior minister,
    Igor Klymenko" → "Igor Klymenko"; "Kyiv" → "Kyiv"; "the Nato report" → "Nato".
    """
    low = tok.lower_
    if low in MALE | FEMALE:
        return coref.resolve_pronoun(tok)
    if low == "they":
        return coref.resolve_plural(tok)
    if low in PRONOUNS_GROUP or tok.pos_ == "PRON":
        return None
    person = person_of(tok, coref)
    if person is not None:
        return person
    named = _named(tok, coref)
    if named is not None:
        return named
    for child in tok.children:
        # "the Nato report said": the organisation behind the document speaks.
        if child.dep_ in ("appos", "compound", "poss") and child.ent_type_:
            named = _named(child, coref)
            if named is not None:
                return named
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct")]
    phrase = " ".join(t.text for t in words[-4:])
    return clean_name(phrase) or None


def _named(tok: Token, coref: Coreference) -> str | None:
    """The name ``tok`` is part of, as the fullest person name or the organisation/place."""
    ent = entity_of(tok)
    if ent is None or ent.label_ not in NAME_LABELS:
        return None
    person = coref.index.canonical(ent.text, tok.idx)
    if person is not None:
        return person
    name = clean_name(ent.text)
    if ent.label_ == "PERSON":
        return strip_titles(name)
    return name[4:] if name.lower().startswith("the ") else name
