"""Gold speakers of PolNeAR attributions, for :mod:`newsift.evaluate.quotes`.

The gold speaker is the head of the source phrase: "Deputy Minister Olena Marchuk" is
Olena Marchuk, "Marchuk, 52, a former engineer," is Marchuk, "A lawyer for the family,
Ivan Petrenko," is Ivan Petrenko. A pronoun or a description ("she", "the minister",
"Marchuk's spokesman") resolves to the nearest earlier named source. A predicted
speaker is right when its last name matches, and its first name too when both give one.
"""

from __future__ import annotations

import re
from typing import Any

PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "his", "hers", "their",
     "them", "its", "our", "us", "me", "my", "your", "who", "whom", "which", "that",
     "this", "these", "those", "one", "someone", "everyone", "all"}
)
DETERMINERS = frozenset({"the", "a", "an"})
# Honorifics and offices written before a name: "Rep. Tom Rudd", "Mayor Ana de Sousa".
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "rep", "sen", "gov", "lt", "gen", "col",
     "sgt", "capt", "del", "rev", "sir", "lady", "lord", "president", "vice", "senator",
     "governor", "mayor", "secretary", "minister", "premier", "chairman", "chairwoman",
     "chair", "commissioner", "chief", "justice", "attorney", "general", "director",
     "spokesman", "spokeswoman", "judge", "ambassador", "speaker", "leader", "former",
     "interim", "acting", "prime", "deputy", "king", "queen", "pope", "senators",
     "representative", "congressman", "congresswoman"}
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PARTICLES = frozenset({"de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "del",
                       "della", "bin", "ibn", "al", "el"})
# Where a source phrase's head noun phrase ends: "Critics of the program, like …".
HEAD_END = re.compile(
    r",|\s--\s|\s—\s|\s(?:who|which|that|of|at|in|from|with|by|including|like|to|led|whose|"
    r"on|for|being|released|published|conducted|filed|issued)\s"
)


def _plain(word: str) -> str:
    return re.sub(r"[’']s$", "", word.replace("’", "'")).strip(".,;:()\"“”").lower()


def _initial(word: str) -> bool:
    return word.endswith(".") and len(_plain(word)) == 1


def _title(word: str) -> bool:
    return not _initial(word) and _plain(word) in TITLES | DETERMINERS


def name_parts(name: str | None) -> tuple[str | None, str | None]:
    """(first name or None, last name or None): "Rep. Tom Rudd" → ("tom", "rudd");
    "Petro O. Koval Jr." → ("petro", "koval"); "Mr. Koval" → (None, "koval")."""
    words = [w for w in (name or "").replace(",", " ").split() if _plain(w)]
    while words and _plain(words[-1]) in SUFFIXES:
        words.pop()
    while len(words) > 1 and _title(words[0]):
        words.pop(0)
    if not words:
        return None, None
    last = _plain(words[-1])
    rest = [w for w in words[:-1] if _plain(w) not in PARTICLES]
    return (_plain(rest[0]) if rest else None), last


def same_person(predicted: str | None, gold: str) -> bool:
    p_first, p_last = name_parts(predicted)
    g_first, g_last = name_parts(gold)
    if p_last is None or p_last != g_last:
        return False
    if p_first is None or g_first is None:
        return True
    if len(p_first.rstrip(".")) <= 1 or len(g_first.rstrip(".")) <= 1:  # an initial
        return p_first[0] == g_first[0]
    return p_first == g_first


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _mid_sentence_capital(word: str, text: str) -> bool:
    """ "Republicans" written with a capital inside a sentence is a name; "Readers" is not."""
    before = r"(?:[\w,;:)]|\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|St)\.) +"
    return re.search(before + re.escape(word) + r"\b", text) is not None


def _name_of_phrase(phrase: str, text: str, appositive: bool = False) -> str | None:
    """The name a noun phrase is headed by, or None for a pronoun or a description.
    ``appositive``: a comma follows ("Koval, a lawyer,"): a lone word is a name."""
    words = phrase.split()
    if words and re.search(r"[’']s$", words[-1]):  # "Mr. Trump's" (his plan …)
        words[-1] = re.sub(r"[’']s$", "", words[-1])
    for i in range(len(words) - 1, -1, -1):  # "Gary Johnson's doctor": the doctor
        if re.search(r"[’']s?$", words[i]) and i < len(words) - 1:
            words = words[i + 1 :]
            break
    while words and _plain(words[-1]) in SUFFIXES:
        words.pop()
    if not words:
        return None
    head = words[-1]
    if _plain(head) in PRONOUNS or not _capitalised(head):
        return None
    if len(words) == 1 and len(head) > 1 and head.isupper():  # a transcript's "PENCE"
        return head.title()
    content = [w for w in words if _plain(w) not in DETERMINERS]
    if len(content) == 1 and len(words) > 1 and not head.replace(".", "").isupper():
        return None  # "The Democrat": a description; "The UN" is a name
    if len(words) == 1 and not (appositive or _mid_sentence_capital(head, text)):
        return None  # "Readers" at the start of a sentence
    name = [head]  # "Ms. Queen": the head is a name even when it is also a title
    for word in reversed(words[:-1]):
        plain = _plain(word)
        inner = plain in ("for", "on") and _capitalised(name[0])  # "Friends for Fair Roads"
        named = _capitalised(word) or plain in PARTICLES or inner
        if len(name) >= 4 or _title(word) or not named:
            break
        name.insert(0, word)
    while _plain(name[0]) in ("for", "on"):
        name.pop(0)
    return " ".join(name) or None


def _head_end(source: str) -> re.Match[str] | None:
    """Where the head noun phrase ends; not inside a name: "Friends for Fair Roads"."""
    for cut in HEAD_END.finditer(source + " "):
        before, after = source[: cut.start()].split(), source[cut.end() :].split()
        inside = cut.group().strip() in ("for", "on") and before and after
        if not (inside and _capitalised(before[-1]) and _capitalised(after[0])):
            return cut
    return None


def source_name(source: str | None, text: str, start: int | None = None) -> str | None:
    """The name heading a source phrase; for "X and Y", the names joined by " and ".

    ``start``: where the phrase is in ``text``; at the start of a sentence its first
    word's capital says nothing ("Rival Ana Koval") unless the word is written with one
    inside sentences too.
    """
    if not source:
        return None
    source = re.sub(r"\([^)]*\)", " ", source.replace("\u00a0", " "))
    source = " ".join(source.split())
    cut = _head_end(source)
    head, rest = (source[: cut.start()], source[cut.end() :].strip()) if cut else (source, "")
    comma = cut is not None and cut.group().strip() == ","
    described = comma and re.match(r"(?:an?|the|\d+)\b", rest) is not None  # "Koval, 56,"
    first = head.split()[0] if head.split() else ""
    before = text[:start].rstrip(" \u00a0\"“”'‘’") if start is not None else "x"
    opening = before[-1:] in ("", ".", "!", "?", "\n")
    if opening and not described and not first.isupper() and not _mid_sentence_capital(first, text):
        head = first.lower() + head[len(first) :]
    names = [n for n in (_name_of_phrase(p, text, described) for p in head.split(" and ")) if n]
    if not names and "," in source:
        # "A lawyer for the firm, Mark Ruiz,": the appositive names the description.
        rest = source.split(",", 1)[1].strip()
        appositive = _head_end(rest)
        name = _name_of_phrase(rest[: appositive.start()] if appositive else rest, text)
        names = [name] if name else []
    return " and ".join(names) or None


def resolve_speakers(record: dict[str, Any]) -> list[str | None]:
    """Each attribution's gold speaker: its source's name, else the nearest earlier named
    source's (pronouns and descriptions), else None."""
    text = record["text"]
    named = []
    for attribution in record.get("attributions", []):
        source = attribution.get("source")
        if source:
            name = source_name(source["text"], text, int(source["start"]))
            if name:
                named.append((int(source["start"]), name))
    named.sort()
    speakers: list[str | None] = []
    for attribution in record.get("attributions", []):
        source = attribution.get("source")
        if not source:
            speakers.append(None)
            continue
        name = source_name(source["text"], text, int(source["start"]))
        if name is None:
            earlier = [n for s, n in named if s < int(source["start"])]
            name = earlier[-1] if earlier else None
        speakers.append(name)
    return speakers


def speaker_matches(predicted: str | None, gold: str) -> bool:
    return any(same_person(predicted, name) for name in gold.split(" and "))
