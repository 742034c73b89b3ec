"""The keys the gazetteer is searched by: :func:`normalize_name` and :func:`fold_name`."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’'`ʼʻ‘\u2019]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# Both keys are pure functions of a string, asked of the same few hundred names again
# and again (every ranking of every lookup folds each candidate's name).
@lru_cache(maxsize=65_536)
def normalize_name(name: str) -> str:
    """Casefold, strip diacritics and apostrophes, turn hyphens and dots into spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text.replace("ß", "ss"))
    return _NON_ALNUM.sub(" ", text).strip()


# Each rule merges spellings of one name, never two names: romanisations (kh/h, y/j/i,
# doubled letters) and the regular Russian/Ukrainian endings that ACLED, the wires and
# GeoNames mix: the village suffix -ovka or -yevka is -ivka (Dmitrovka/Dmytrivka), the
# neuter -oye is -e (Veseloye/Vesele). Russian g for Ukrainian h (Lugansk) is left to
# GeoNames' alternate names: folded, it would make the Arabic Zahra the Romanian Zagra.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s+"), ""),
    (re.compile(r"kh"), "h"),
    (re.compile(r"(zh|sh|ch)\1+"), r"\1"),  # Zaporizhzhia/Zaporizhia
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[a-z]{3})[eio]+vka$"), "ivka"),
    (re.compile(r"(?<=[a-z]{3}[nkvldt])oi?e$"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=65_536)
def fold_name(name: str) -> str:
    """Collapse romanisation variants (Kupyansk/Kupiansk, Avdiyivka/Avdiivka, Odessa/Odesa)."""
    text = normalize_name(name)
    for pattern, repl in _FOLDS:
        text = pattern.sub(repl, text)
    return text


_SAINT = {"saint": "st", "st": "saint", "sainte": "ste", "ste": "sainte"}


def saint_variants(key: str) -> list[str]:
    """A normalised name with "Saint" written the other way: "st louis" <-> "saint louis"."""
    words = key.split()
    if not any(w in _SAINT for w in words):
        return []
    return [" ".join(_SAINT.get(w, w) for w in words)]


# Arabic places keep the article in GeoNames ("Al Qamishli", "Ad Dana") that the wires
# mostly drop ("Qamishli"); elsewhere "El Paso" or "Las Vegas" are whole names.
# fmt: off
ARABIC_COUNTRIES = frozenset({
    "SY", "IQ", "EG", "YE", "JO", "LB", "SA", "AE", "OM", "QA", "KW", "BH", "LY", "TN",
    "DZ", "MA", "SD", "PS", "MR",
})
# fmt: on
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)\s+(?=\w{4})")


# Russian writes g where Ukrainian writes h ("Marganets", "Gorlovka"); kh, zh, sh, ch
# are other letters.
_UKRAINIAN_H = re.compile(r"(?<![kzsc])h")


def article_variants(key: str, country_code: str | None) -> list[str]:
    """Other spellings of an official name that the news uses: an Arabic place without
    its article ("al qamishli" -> "qamishli"), a Ukrainian one the Russian way
    ("marhanets" -> "marganets")."""
    if country_code == "UA":
        russian = _UKRAINIAN_H.sub("g", key)
        return [russian] if russian != key else []
    if country_code not in ARABIC_COUNTRIES:
        return []
    bare = _ARABIC_ARTICLE.sub("", key)
    return [bare] if bare != key else []


# Arabic names reach English news in French and English romanisations that GeoNames may
# lack: an article before the name ("Al Raqqa") or inside it, written unassimilated
# ("Deir el-Zour" for Deir ez-Zor), "ou" for u or o ("Zour", "Douma"), "ee" and "oo" for
# long vowels ("Mayadeen"), "Tel" or "Tal" for Tall (a hill).
_SUN_LETTERS = "tdrzsn"
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ar|ad|as|ash|at|az|an)\s+(?=\w{4})")
_MEDIAL_ARTICLE = re.compile(r"(?<=\w)\s+[ae]l\s+(?=([tdrzsn]))")
_HILL = re.compile(r"^(?:tel|tal|tell)\s+(?=\w{4})")
_VOWELS: tuple[tuple[str, str], ...] = (("ee", "i"), ("oo", "u"))


def without_article(key: str) -> str:
    """A normalised name without a leading Arabic article: "al raqqa" -> "raqqa"."""
    return _LEADING_ARTICLE.sub("", key)


def arabic_variants(key: str) -> list[str]:
    """Other romanisations of a normalised Arabic name to retry when nothing matches it
    ("al raqqa" -> "raqqa", "deir el zour" -> "deir ez zor"), most faithful first."""
    forms = [key]
    bare = without_article(key)
    if bare != key:
        forms.append(bare)
    forms += [_HILL.sub("tall ", f) for f in forms if _HILL.match(f)]
    # "el-Zour" is said "ez-Zour": the article takes the sun letter that follows it.
    forms += [
        _MEDIAL_ARTICLE.sub(rf" {vowel}\1 ", f)
        for f in list(forms)
        if _MEDIAL_ARTICLE.search(f)
        for vowel in "ea"
    ]
    for long, short in _VOWELS:
        forms += [f.replace(long, short) for f in forms if long in f]
    forms += [f.replace("ou", vowel) for f in forms if "ou" in f for vowel in "uo"]
    # "Hodeidah" and "Hodeida": the final -h of a feminine ending is written or not.
    forms += [_WORD_FINAL_H.sub("", f) for f in forms if _WORD_FINAL_H.search(f)]
    seen = {key}
    out = []
    for form in forms:
        if form not in seen:
            seen.add(form)
            out.append(form)
    return out


def arabic_retries(key: str, fuzzy: bool) -> list[str]:
    """The romanisations to retry a name with no match under: all of them when fuzzy
    matching is allowed, else only the name without its article."""
    if fuzzy:
        return arabic_variants(key)
    bare = without_article(key)
    return [bare] if bare != key else []


# A name's consonants, for matching within one small region only: "Abu Jubaiha" and
# "Abu Jubayhah", "Gedaref" and "Al Qadarif", "El Roseires" and "Ar Rusayris" are one
# name romanised two ways. Articles go, digraphs keep their first letter, vowels and the
# glides (w, y) go, the velars (g, k, q) are one letter, and doubled letters are one.
_ARTICLES = re.compile(
    r"\b(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez)\b\s*(?=\w{3})"
)
_DIGRAPH = re.compile(r"(?<=[kgsztdc])h")
_WORD_FINAL_H = re.compile(r"(?<=[aeiou])h\b")


def skeleton(name: str) -> str:
    """The consonant skeleton of a romanised name: "abu jubaiha" -> "bjbh"."""
    text = _ARTICLES.sub("", normalize_name(name))
    text = _WORD_FINAL_H.sub("", text)
    text = _DIGRAPH.sub("", text).replace("ph", "f")
    text = re.sub(r"[aeiouyw\s]", "", text)
    text = re.sub(r"[gkq]", "k", text)
    return re.sub(r"(.)\1+", r"\1", text)


def similar(a: str, b: str, floor: float) -> bool:
    """Whether ``SequenceMatcher(None, a, b).ratio() >= floor``. The matcher's cheap
    upper bounds on the ratio are tried first: most names compared are unlike, and
    a bound under ``floor`` rules them out without the full match (same answer)."""
    matcher = SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= floor
        and matcher.quick_ratio() >= floor
        and matcher.ratio() >= floor
    )
