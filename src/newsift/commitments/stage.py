"""Stage `commitments`: aid, sales, production and delivery promises.

A commitment is anchored on an amount of money or on military/aid items ("one million
shells") that a commitment verb governs: pledge, provide, deliver, propose, approve,
announce a sale... The verb gives the status, its subject the donor, a "to X" the
recipient. Only ``document.text`` is read: reader comments never become commitments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsift.commitments.money import Money, find_money
from newsift.commitments.parties import actor, find_donor, find_recipient
from newsift.dates.timex import resolve_date
from newsift.model import Commitment, CommitmentStatus, DateMention, span_of
from newsift.text.doc_text import text_of
from newsift.text.tagged import tagged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsift.article import Article
    from newsift.resources import Resources

VERB_STATUS: dict[str, CommitmentStatus] = {
    "pledge": "pledged",
    "promise": "pledged",
    "commit": "pledged",
    "vow": "pledged",
    "allocate": "pledged",
    "earmark": "pledged",
    "offer": "pledged",
    "approve": "approved",
    "authorize": "approved",
    "authorise": "approved",
    "clear": "approved",
    "sign": "approved",
    "pass": "approved",
    "propose": "proposed",
    "request": "proposed",
    "seek": "proposed",
    "announce": "announced",
    "unveil": "announced",
    "provide": "delivered",
    "deliver": "delivered",
    "send": "delivered",
    "supply": "delivered",
    "give": "delivered",
    "donate": "delivered",
    "transfer": "delivered",
    "ship": "delivered",
    "hand": "delivered",
    "sell": "approved",
    "produce": "delivered",
    "manufacture": "delivered",
}
SALE_NOUNS = frozenset({"sale", "sales", "purchase", "deal"})
ITEM_NOUNS = frozenset(
    {
        "shell",
        "missile",
        "tank",
        "ammunition",
        "round",
        "jet",
        "aircraft",
        "drone",
        "weapon",
        "howitzer",
        "system",
        "aid",
        "package",
        "equipment",
        "vehicle",
        "launcher",
        "munition",
        "rocket",
        "helicopter",
        "fighter",
        "artillery",
        "arm",
        "battery",
        "interceptor",
        "gun",
        "rifle",
        "grenade",
        "mine",
        "bomb",
        "loan",
        "grant",
        "assistance",
        "funding",
        "vessel",
        "boat",
        "radar",
        "armor",
        "armour",
    }
)
# "calls for the West to supply more systems" asks for aid; nobody has promised it.
REQUEST_LEMMAS = frozenset(
    {
        "call",
        "plea",
        "urge",
        "ask",
        "appeal",
        "demand",
        "request",
        "push",
        "press",
        "need",
        "want",
        "beg",
        "lobby",
        "seek",
        "wish",
        "hope",
    }
)
FAILURE_LEMMAS = frozenset({"fail", "refuse", "delay", "halt", "block", "stall", "withhold"})


@dataclass
class _Anchor:
    token: Token  # the head noun of the amount or items
    money: Money | None


def find_commitments(article: Article, resources: Resources) -> list[Commitment]:
    doc = article.doc
    if doc is None or article.document is None:
        return []
    text = article.document.text
    countries = resources.countries
    days = _day_mentions(article, doc)
    found: list[Commitment] = []
    by_verb: dict[int, Commitment] = {}
    for anchor in _anchors(doc, text):
        verb, via_sale, subject = _governing(anchor.token)
        if verb is None or _requested(verb):
            continue
        amount = anchor.money.amount if anchor.money else None
        if verb.i in by_verb:  # the items of an amount already found: "$5m worth of shells"
            known = by_verb[verb.i]
            if known.amount is None or amount is None:
                known.items = known.items or _items(anchor)
                continue
        donor = actor(subject, countries) if subject else find_donor(verb, countries)
        recipient = find_recipient(verb, anchor.token, countries)
        status = _status(verb, anchor.token, via_sale)
        # A delivery needs someone to get it ("Russia transferred equipment to the
        # front" is logistics) and a sum someone to give it ("would give the economy $1bn").
        if recipient is None and (status == "delivered" or (donor is None and amount)):
            continue
        sent = verb.sent
        evidence = span_of(text, sent.start_char, sent.start_char + len(sent.text.rstrip()))
        found.append(
            Commitment(
                donor=donor,
                recipient=recipient,
                amount=amount,
                currency=anchor.money.currency if anchor.money else None,
                items=_items(anchor),
                status=status,
                date=_date(verb, days, doc),
                evidence=[evidence],
            )
        )
        by_verb.setdefault(verb.i, found[-1])
    return found


def _anchors(doc: Doc, text: str) -> list[_Anchor]:
    anchors = []
    money_tokens: set[int] = set()
    previous_end = -10
    for money in find_money(text):
        # "$8bn (£6.55bn)": a conversion of the amount just given, not a second one.
        converted = text[previous_end : money.start].strip(" ,") in ("(", "or")
        previous_end = money.end
        if converted:
            continue
        span = doc.char_span(money.start, money.end, alignment_mode="expand")
        if span is None:
            continue
        money_tokens.update(t.i for t in span)
        head = span.root
        # "$60 billion military aid package": the amount modifies the noun it measures.
        while head.dep_ in ("compound", "nummod", "quantmod", "amod") and head.head.i != head.i:
            head = head.head
        anchors.append(_Anchor(head, money))
    for tok in tagged(doc, "NOUN"):
        if (
            tok.lemma_.lower() in ITEM_NOUNS
            and tok.i not in money_tokens
            and tok.dep_ in ("dobj", "nsubjpass", "pobj", "conj", "attr")
        ):
            anchors.append(_Anchor(tok, None))
    return anchors


def _governing(noun: Token) -> tuple[Token | None, bool, Token | None]:
    """The commitment verb over ``noun``, whether a sale lies between, and a donor token.

    Tried in order: a reduced relative clause right after the noun ("the package
    Washington proposed"), the dependency parse, then the nearest commitment verb before
    the noun in its clause with no other verb between (the parse of long sentences is
    unreliable).
    """
    doc = noun.doc
    i = noun.i + 1
    subject: Token | None = None
    if i < len(doc) and doc[i].pos_ in ("PROPN", "PRON") and doc[i].lower_ not in ("it", "which"):
        subject = doc[i]
        while i < len(doc) and doc[i].pos_ in ("PROPN", "PRON", "AUX"):
            i += 1
        if i < len(doc) and doc[i].lemma_.lower() in VERB_STATUS and doc[i].tag_ in ("VBD", "VBN"):
            return doc[i], False, subject if subject.pos_ == "PROPN" else None
    via_sale = False
    node = noun
    for _ in range(6):
        if node.lemma_.lower() in SALE_NOUNS or node.lower_ in SALE_NOUNS:
            via_sale = True
        if node is not noun and node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "acl" and node.tag_ in ("VBG", "VBN"):
                node = node.head  # "signed a package providing $40bn": the package's verb
                continue
            if node.lemma_.lower() in VERB_STATUS:
                return node, via_sale, None
            break
        if node.head.i == node.i:
            break
        node = node.head
    via_sale = False
    for tok in reversed(doc[noun.sent.start : noun.i]):
        if tok.lower_ in SALE_NOUNS or tok.lemma_.lower() in SALE_NOUNS:
            via_sale = True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "aux", "auxpass"):
            if tok.lemma_.lower() in VERB_STATUS:
                return tok, via_sale, None
            break
        if tok.text in (",", ";", ":", "—"):
            break
    return None, False, None


def _requested(verb: Token) -> bool:
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True  # "for the West to supply ...": wanted, not promised
    return any(a.lemma_.lower() in REQUEST_LEMMAS for a in list(verb.ancestors)[:4])


def _failed(verb: Token, noun: Token) -> bool:
    node = verb
    for _ in range(4):
        if node.lemma_.lower() in FAILURE_LEMMAS or any(
            c.dep_ == "neg" or c.lower_ == "yet"
            for c in node.children  # "has yet to deliver"
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _status(verb: Token, noun: Token, via_sale: bool) -> CommitmentStatus:
    lemma = verb.lemma_.lower()
    status = VERB_STATUS[lemma]
    if _failed(verb, noun):
        return "undelivered"
    if via_sale and lemma in ("announce", "approve", "clear", "authorize"):
        return "approved"
    if status == "delivered":
        future = any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "'ll") for c in verb.children
        ) or verb.tag_ in ("VB", "VBG")
        return "pledged" if future else "delivered"
    return status


def _items(anchor: _Anchor) -> str | None:
    noun = anchor.token
    worth = [noun] if noun.lower_ == "worth" else [c for c in noun.children if c.lower_ == "worth"]
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    money_end = anchor.money.end if anchor.money else len(text_of(noun.doc))
    if nxt is not None and nxt.lower_ in ("in", "of") and nxt.idx >= money_end:
        worth.append(noun)
        objects = [g for g in nxt.children if g.dep_ == "pobj"]
        noun = objects[0] if objects else noun
    for word in worth:  # "$138 million worth of equipment"
        for grand in word.children:
            if grand.lower_ in ("of", "in"):
                objects = [g for g in grand.children if g.dep_ == "pobj"]
                if objects:
                    noun = objects[0]
    if noun.lemma_.lower() in ("worth", "$", "dollar", "euro", "pound"):
        return None
    left = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "poss", "case")]
    money = anchor.money
    left = [t for t in left if money is None or not (money.start <= t.idx < money.end)]
    left = [t for t in left if t.dep_ != "advmod" and t.ent_type_ != "MONEY"]
    words = " ".join(t.text for t in left)
    purpose = _purpose(noun)
    return (words + (" " + purpose if purpose else "")).strip() or None


def _purpose(noun: Token) -> str | None:
    """ "equipment to Ukraine to repair and upgrade its HAWK missile systems" → "to repair ..."."""
    doc = noun.doc
    i = noun.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].ent_type_:
        i += 2  # the recipient
    if not (i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].pos_ == "VERB"):
        return None
    end = i
    while end < noun.sent.end and not doc[end].is_punct:
        end += 1
    return doc[i:end].text


def _day_mentions(article: Article, doc: Doc) -> list[DateMention]:
    mentions = [m for m in article.dates if m.value and len(m.value) == 10]
    if mentions or article.dates:
        return mentions
    import datetime as dt

    assert article.document is not None
    published = article.document.published
    anchor = dt.date.fromisoformat(published) if published else None
    for ent in doc.ents:
        if ent.label_ == "DATE":
            resolved = resolve_date(ent.text, anchor)
            if resolved is not None and resolved.precision == "day":
                mentions.append(DateMention(ent.text, ent.start_char, ent.end_char, resolved.value))
    return mentions


def _date(verb: Token, days: list[DateMention], doc: Doc) -> str | None:
    for mention in days:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        node = span.root
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        if node.i == verb.i:
            return mention.value
    return None
