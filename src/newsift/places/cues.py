"""Words around a name that tell a place from a person or an organisation: "in Bucha",
"outskirts of Irpin", "the Lyman area", "Popasna, Luhansk Oblast"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME_PATTERN = (
    r"[A-Z][\w’'\-]*[\w](?:\s+(?:(?:al|el|ez|ash|az|ar|ibn|bin)[\s\-]|(?:as|an|at|ad)-)?"
    r"[A-Z][\w’'\-]*[\w])?"
)
REGION_WORD = r"(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Gg]overnorate|[Kk]rai|[Kk]ray)"
FOLLOWED_BY_REGION = re.compile(rf"\s*,\s*#?{NAME_PATTERN}\s+{REGION_WORD}\b")


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Names that GeoNames gives some town or region but that news uses for no one place.
GENERIC = word_set(
    "west east north south midwest interior capital front center "
    "centre valley village city town western eastern northern southern central nato god"
)

# Armed groups and movements whose names GeoNames also gives a town, as a foreign or
# former name ("Hamas" is a name of Hamm, Germany) or a road's number ("M23"): in news
# they name the group, never a place. Normalised names (:func:`normalize_name`).
ARMED_GROUPS = frozenset({
    "hamas", "hezbollah", "hizbollah", "houthi", "houthis", "taliban", "fatah", "m23",
    "wagner", "al shabaab", "shabaab", "jnim", "hts", "rsf", "isis", "isil",
    "daesh", "pkk", "ypg", "sdf", "ansar allah",
})  # fmt: skip


_LOCATIVE = word_set(
    "in at near from outside into to toward towards around across inside through via over on "
    "nearby beyond and past between within reach reached entered captured shelled struck hit "
    "liberated recaptured seized attacked took retook enter enters"
)
_STRICT_LOCATIVE = word_set("in near outside into around toward towards past inside leaving")
_OF_PLACES = word_set(  # "the city of ...", "outskirts of ...", "north of ..."
    "city town village region outskirts suburbs suburb centre center area province oblast "
    "district port settlement capital areas towns villages cities residents streets ruins sky "
    "out north south east west northeast northwest southeast southwest heart mayor governor "
    "front vicinity part parts shelling siege battle fall capture liberation occupation "
    "bombardment defence defense nw ne sw se"
)
_PLACE_NOUNS = word_set(  # "the Lyman area", "Okhtyrka station"
    "area village town city region oblast district outskirts settlement direction axis sector "
    "airport station"
)


def cued(doc: Doc, start: int, end: int | None = None, strict: bool = False) -> bool:
    """Whether the words around a name say it is a place: "in Kursk", "in central Kyiv",
    "outskirts of Irpin", "the Lyman area", "Popasna, Luhansk Oblast"."""
    span = doc.char_span(start, end or start + 1, alignment_mode="expand")
    if span is None:
        return False
    if FOLLOWED_BY_REGION.match(text_of(doc), span.end_char):
        return True
    after = [t for t in doc[span.end : span.end + 3] if not t.is_space]
    if after and (
        after[0].lower_ in _PLACE_NOUNS
        or (after[0].text == "," and len(after) > 1 and after[1].ent_type_ in ("GPE", "LOC"))
        # "the Okhtyrka railway station", "Kharkiv bus station"
        or (len(after) > 1 and after[0].is_lower and after[1].lower_ in _PLACE_NOUNS)
    ):
        return True
    before = [
        t for t in doc[max(0, span.start - 4) : span.start] if not t.is_space and t.text != "#"
    ]
    if before and before[-1].pos_ == "ADJ" and before[-1].text.islower():
        before.pop()  # "in central Kyiv", "near embattled Bakhmut"
    if not before:
        return False
    word = before[-1].lower_
    if word == "of":
        return len(before) > 1 and before[-2].lower_ in _OF_PLACES
    # "spoke to George", "Putin and Victor": a person's name needs a plainly spatial word.
    return word in (_STRICT_LOCATIVE if strict else _LOCATIVE)
