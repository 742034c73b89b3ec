"""Verbs of saying, and who speaks through them: the speech cues that
:mod:`newsift.quotes` reads reported speech and attributions with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that attribute words to someone.
SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "add", "warn", "deny", "claim", "announce", "state", "write", "insist",
        "explain", "note", "argue", "ask", "reply", "respond", "continue", "declare",
        "report", "acknowledge", "admit", "suggest", "stress", "emphasize", "emphasise",
        "urge", "predict", "complain", "tweet", "confirm", "allege", "testify",
        "recall", "contend", "assert", "concede", "boast", "vow", "promise", "threaten",
        "describe", "call", "dub", "term", "label", "brand", "quip", "joke", "muse",
        "remark", "observe", "caution", "exclaim", "shout", "tout", "hail",
        "believe", "think", "learn", "reveal", "disclose", "indicate", "estimate", "conclude",
        "agree", "pledge", "accuse", "demand", "assure", "reiterate", "retort", "lament",
        "blast", "slam", "praise", "criticize", "criticise", "show", "find", "know",
        "expect", "cite", "mention", "question", "defend", "discuss", "dispute", "reject",
        "condemn", "welcome", "detail", "outline", "recount", "repeat", "talk", "speak",
        "comment", "express", "voice", "fear", "hear", "understand",
    }
)
# Verbs whose infinitive complement is what was said or promised: "vowed to retaliate".
# Not "promise"/"call on X to": pledges and appeals are commitments, not speech.
XCOMP_CUES = frozenset(
    {"vow", "threaten", "agree", "refuse", "decline", "urge", "ask", "warn", "demand",
     "claim", "tell"}
)
# Verbs whose direct object is itself a statement or a stance: "cited the grim figures".
OBJECT_CUES = frozenset(
    {"cite", "mention", "question", "criticize", "criticise", "defend", "praise", "deny",
     "discuss", "dispute", "reject", "condemn", "welcome", "demand", "detail", "outline",
     "recount", "repeat", "announce", "confirm", "reveal", "acknowledge", "urge", "promise",
     "pledge", "tout", "predict", "express", "voice", "report", "say", "claim"}
)
# Not "say"/"write": "said on Telegram" names the medium, not the topic.
TOPIC_CUES = frozenset(
    {"talk", "speak", "complain", "comment", "testify", "warn", "boast", "joke", "ask",
     "accuse", "brag", "argue", "rail", "caution"}
)
TOPIC_PREPS = frozenset({"about", "on", "of", "for", "against", "over"})
# Forms the small English model lemmatizes wrongly.
LEMMA_SLIPS: dict[str, str] = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope", "stressed": "stress", "stresses": "stress",
}


def lemma_of(tok: Token) -> str:
    """The lemma, with the small model's slips on common verbs mended ("hoped" → "hop")."""
    return LEMMA_SLIPS.get(tok.lower_, tok.lemma_.lower())


def is_speech(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = lemma_of(tok)
    # "as Koval put it, …": the idiom says who is quoted.
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma == "point":  # "points out that …"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return lemma in SPEECH_LEMMAS


def subject_of(verb: Token) -> Token | None:
    """The token naming who speaks through ``verb`` (a pronoun, a title or a name)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else verb
    if verb.tag_ == "VBG" and before.pos_ == "PROPN" and before.dep_ == "pobj":
        return before  # "footage of Koval saying, “…”": the one shown speaking
    if verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return verb.head  # the same, parsed as a modifier of the name
        # "…, saying, “…”": the parse often hangs the participle low; the speaker is
        # the subject of the sentence.
        verb = verb.sent.root
    agent = _agent_of(verb)
    if agent is not None and not any(c.dep_ == "nsubj" for c in verb.children):
        return agent  # "when pressed by Koval about …": not the subject of the clause above
    node = verb
    if _joined_to_content(verb):
        # "said the dam would hold and warned against …": the parse joins the second
        # verb of saying to the reported clause; its speaker is the first verb's.
        node = verb.head.head
    for _ in range(3):
        # Two subjects come from a misparse: the one nearest the verb is the speaker.
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - node.i))
            if subject.lower_ in ("who", "that") and node.dep_ == "relcl":
                return node.head  # "an architect who said ..."
            return subject
        # "… and told reporters": the subject is the first verb's.
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
        else:
            break
    return None


def _agent_of(verb: Token) -> Token | None:
    """ "… was said by X": X."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _joined_to_content(verb: Token) -> bool:
    """A verb of saying without a subject, joined to the clause another verb of saying
    reports: "Koval said the dam would hold and warned against …"."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.dep_ == "ccomp"
        and is_speech(verb)
        and is_speech(head.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
