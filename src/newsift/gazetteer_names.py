"""The keys the gazetteer is searched by: :func:`normalize_name` and :func:`fold_name`."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[’'`ʼʻ‘\u2019]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


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
