"""Reported stances beyond speech verbs, for :mod:`reported` (PolNeAR-style attribution).

- a statement or intention noun with its clause: "her decision to leave the talks",
  "the governor's claim that the dam was safe", "they signed an agreement to swap
  prisoners", "the charge by prosecutors that he lied";
- a noun of talk or stance with its topic: "his comments on the strike", "a critic of
  the treaty";
- a verb of judging or presenting whose object, with its "as/for/to" phrase, is the
  stance: "derided the deal as toothless", "blamed the ministry for the delay";
- any "that" clause of a named holder ("is betting that prices will fall"), a passive
  with a named agent ("was first reported by Reuters"), and what "In a poll, …" found.

A noun's holder is its possessor, a name compounded with it, the "by" agent after it,
or the subject of the verb that has it as object; a noun nobody holds ("the failure
to act") is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.entities.roles import ROLE_NOUNS
from newsift.entities.speech_verbs import is_speech, lemma_of, subject_of
from newsift.quotes.stances import STANCE_OBJECT_CUES
from newsift.text.tagged import tagged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Nouns that name a statement, a stance or a decision someone holds.
STATEMENT_NOUNS = frozenset(
    {
        "decision", "agreement", "failure", "determination", "willingness",
        "claim", "promise", "pledge", "proposal", "announcement", "acknowledgment",
        "acknowledgement", "admission", "argument", "warning", "eagerness", "charge",
        "allegation", "request", "motion", "conclusion", "vow", "threat", "refusal",
        "assertion", "suggestion", "insistence", "belief", "intention", "commitment",
        "demand", "accusation", "statement", "reluctance", "readiness", "recommendation",
        "prediction", "complaint", "contention", "assurance", "reminder", "hope",
        "desire", "idea", "notion", "case", "concern", "fear", "unwillingness",
    }
)
# Purpose nouns: "in an effort to …" is the writer's, "his efforts to …" are his;
# "they made plans to leave" is an errand, "the mayor's plan to …" a policy.
HELD_ONLY_NOUNS = frozenset({"effort", "bid", "push", "drive", "campaign", "plan"})
# "in order to", "in an effort to": purpose phrases, not anyone's stance.
PURPOSE_PREPS = frozenset({"in"})
# Verbs of judging or presenting whose object (with its "as/for/to" phrase) is a stance.
JUDGING_VERBS = frozenset(
    {
        "articulate", "unveil", "publish", "recite", "veto",
        "chastise", "scold", "rebuke", "chide", "berate", "castigate", "lambast",
        "lambaste", "deride", "ridicule", "liken", "portray", "cast", "characterize",
        "characterise", "depict", "bemoan", "lament", "decry", "deplore", "compliment",
        "congratulate", "commend", "laud", "fault", "emphasize", "emphasise", "underscore",
        "reiterate", "thank",
    }
)
# Nouns of talk or stance whose topic is what is held: "his comments on the strike",
# "raised questions about the audit", "a staunch critic of the treaty". Not "attack":
# "Russia's attack on Kharkiv" is an event.
TOPIC_NOUNS = frozenset(
    {
        "question", "concern", "doubt", "criticism", "complaint", "worry", "comment",
        "remark", "view", "position", "stance", "opinion", "claim", "idea", "theory",
        "condemnation", "denunciation", "endorsement", "praise", "adulation",
        "obsession", "opponent", "critic", "advocate", "defender", "champion", "proponent",
        "skeptic", "sceptic", "rhetoric", "message",
    }
)
TOPIC_NOUN_PREPS = frozenset({"about", "over", "on", "of", "for", "against"})
# Documents whose findings are reported: "In a poll released Monday, …".
SOURCE_DOCUMENTS = frozenset(
    {"poll", "survey", "study", "report", "analysis", "estimate", "assessment", "review",
     "statement", "interview", "letter", "memo", "filing", "ruling", "audit", "census"}
)
# "drones attacked the port", "Russia attacked Odesa": a strike, not a stance. The small
# model often takes towns for persons, so the attacker decides: only a person, a pronoun
# for one or an office holder attacks with words.
STRIKE_VERBS = frozenset({"attack", "blast", "slam", "hit"})
# Verbs whose that-clause is a result or a purpose, not a view: "ensure that …".
NOT_VIEWS = frozenset({"ensure", "insure", "start", "see", "make", "mean", "cause", "do"})
# Verbs of praise and blame, read here only with their reason: "faulted him for …".
REASON_VERBS = STANCE_OBJECT_CUES | frozenset(
    {"blast", "slam", "grill", "accuse", "criticize", "criticise", "praise", "blame",
     "mock", "compare", "credit", "cite", "see", "view", "describe"}
)
# Not "deliver"/"issue"/"lay" alone: "delivered air defence systems", "laid mines".
# "laid out her proposals" presents a stance.
PRESENTING_PARTICLES = frozenset(
    {("lay", "out"), ("spell", "out")}
)
# What follows the object of a judging verb and belongs to the stance.
OBJECT_PREPS = frozenset({"as", "for", "to", "of", "into"})
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my"})
HOLDER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# The unions the per-token loops test, built once.
HELD_NOUNS = STATEMENT_NOUNS | HELD_ONLY_NOUNS
STANCE_VERBS = JUDGING_VERBS | REASON_VERBS


def holds(tok: Token | None) -> bool:
    """``tok`` names someone who can hold a view: a person, a group, a pronoun for one."""
    if tok is None:
        return False
    if tok.lower_ in PERSONAL or tok.ent_type_ in HOLDER_ENTS:
        return True
    return any(t.ent_type_ in ("PERSON", "ORG") for t in tok.subtree if t.i <= tok.i)


def is_strike(verb: Token) -> bool:
    """ "Russian drones attacked Odesa": an attack by something other than a person."""
    if lemma_of(verb) not in STRIKE_VERBS:
        return False
    subject = subject_of(verb)
    return subject is None or not (
        subject.ent_type_ == "PERSON"
        or subject.lower_ in ("he", "she", "i", "we", "you")
        or subject.lemma_.lower() in ROLE_NOUNS
    )


def _holder_of(noun: Token) -> Token | None:
    """Whose decision, claim or plan ``noun`` is."""
    for child in noun.children:
        if child.dep_ == "poss" or (
            child.dep_ == "compound" and child.ent_type_ in HOLDER_ENTS and child.i < noun.i
        ):  # "the senator's claim", "a Pentagon statement"
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if holds(agent):
                return agent
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        subject = subject_of(head)
        if holds(subject):
            return subject
    return None


def _noun_clause(noun: Token) -> list[Token] | None:
    """The infinitive or that-clause ``noun`` introduces, without its "that"."""
    for child in noun.children:
        if child.dep_ not in ("acl", "ccomp") or child.i < noun.i:
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if infinitive or that:
            return [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)]
    return None


def nominal_stances(doc: Doc) -> list[tuple[list[Token], Token, Token]]:
    """(content, cue, holder) for each held statement noun with its clause."""
    found = []
    for noun in tagged(doc, "NOUN"):
        lemma = noun.lemma_.lower()
        if lemma not in HELD_NOUNS:
            continue
        if noun.head.lower_ in PURPOSE_PREPS and noun.dep_ == "pobj":
            continue
        holder = _holder_of(noun)
        if holder is None or (
            lemma in HELD_ONLY_NOUNS and not any(c.dep_ == "poss" for c in noun.children)
        ):
            continue
        content = _noun_clause(noun)
        if content:
            found.append((content, noun, holder))
    return found


def _holder_of_role(noun: Token) -> Token | None:
    """ "X is a staunch critic of …", "X, a critic of …": the one the noun describes."""
    holder = _holder_of(noun)
    if holder is None and noun.dep_ == "attr":
        holder = subject_of(noun.head)
    elif holder is None and noun.dep_ == "appos":
        holder = noun.head
    return holder if holds(holder) else None


def topic_stances(doc: Doc) -> list[tuple[list[Token], Token, Token]]:
    """(content, cue, holder) for "Trump's comments on the strike" and the like."""
    found = []
    for noun in tagged(doc, "NOUN"):
        if noun.lemma_.lower() not in TOPIC_NOUNS:
            continue
        holder = _holder_of_role(noun)
        if holder is None:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in TOPIC_NOUN_PREPS and prep.i > noun.i:
                found += [
                    (list(o.subtree), noun, holder)
                    for o in prep.children
                    if o.dep_ in ("pobj", "pcomp")
                ]
    return found


def _near(between: Span) -> bool:
    """Only a few words and no verb between an object and its reason ("on Tuesday")."""
    return len(between) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in between)


def judged_objects(doc: Doc) -> list[tuple[list[Token], Token, Token]]:
    """(content, verb, subject) for "derided the deal as toothless" and the like.

    Verbs of praise and blame keep the reason with the object: "blamed the mayor for
    the delay", "compared him to a dictator" (the object alone is read elsewhere).
    """
    found = []
    for verb in tagged(doc, "VERB"):
        lemma = lemma_of(verb)
        judging = lemma in JUDGING_VERBS or any(
            c.dep_ == "prt" and (lemma, c.lower_) in PRESENTING_PARTICLES for c in verb.children
        )
        if not (judging or lemma in REASON_VERBS):
            continue
        subject = subject_of(verb)
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS]
        # "those who see the program as a loophole": seeing X as Y is a view, whoever holds it.
        viewed = any(p.lower_ == "as" for p in preps) and subject is not None
        if not (holds(subject) or viewed):
            continue
        assert subject is not None
        if verb.dep_ in ("advcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            continue  # "… arms production to support Ukraine": a purpose, not a stance
        for obj in verb.children:
            # The reason follows the object closely: "blamed the mayor for the delay".
            after = [p for p in preps if p.i > obj.i and _near(doc[obj.right_edge.i + 1 : p.i])]
            if obj.dep_ != "dobj" or not (after or (judging and obj.pos_ != "PRON")):
                continue
            last = max([obj.right_edge.i] + [p.right_edge.i for p in after])
            found.append((list(doc[obj.left_edge.i : last + 1]), verb, subject))
    return found


def that_clauses(doc: Doc) -> list[tuple[list[Token], Token, Token]]:
    """(content, cue, holder) for any "X <verb> that <clause>": "He is betting that
    prices will fall", "she came away convinced that the talks were real"."""
    found = []
    for cue in tagged(doc, "VERB", "AUX", "ADJ"):
        if lemma_of(cue) in NOT_VIEWS:
            continue
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and _that_clause(c)]
        if not clauses:
            continue  # most verbs: no need to look for a holder
        if cue.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in cue.children):
            continue  # "assuming that …": nobody in particular assumes
        holder = subject_of(cue if cue.pos_ != "ADJ" else cue.head)
        if not holds(holder):
            continue
        assert holder is not None
        for clause in clauses:
            content = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
            found.append((content, cue, holder))
    return found


def _that_clause(clause: Token) -> bool:
    """A clause with "that" and a subject of its own."""
    kids = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids
    )


def passive_by(doc: Doc) -> list[tuple[list[Token], Token, Token]]:
    """(content, verb, agent) for "The story was first reported by the Post": what a
    named agent said, judged or proposed, written in the passive."""
    found = []
    for verb in tagged(doc, "VERB"):
        if not (is_speech(verb) or lemma_of(verb) in STANCE_VERBS):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if not holds(by):
            continue
        assert by is not None
        found += [
            (list(c.subtree), verb, by)
            for c in verb.children
            if c.dep_ == "nsubjpass" and c.pos_ != "PRON"  # "They were backed by …"
        ]
    return found


def in_sources(doc: Doc) -> list[tuple[list[Token], Token, Token]]:
    """(content, "in", document) for "In a poll released Monday, 40 percent backed the
    deal": what a poll, study or report found, when no speech verb reports it."""
    found = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in ("in", "by") or first.head != sent.root:
            continue
        source = next((c for c in first.children if c.dep_ == "pobj"), None)
        if source is None or source.lemma_.lower() not in SOURCE_DOCUMENTS:
            continue
        after = first.right_edge.i + 1
        if after >= sent.end or doc[after].text != "," or is_speech(sent.root):
            continue
        found.append((list(doc[after + 1 : sent.end]), first, source))
    return found
