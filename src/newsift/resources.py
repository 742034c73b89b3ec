"""The heavy, read-only things every stage may use, loaded once per process.

Stages receive a :class:`Resources` as their second argument. It lives in its own
module so that stage packages and the pipeline that runs them can both name it
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from newsift.documents.language import LanguageIdentifier
    from newsift.places.gazetteer.lookup import Gazetteer


@dataclass
class Resources:
    nlp: Language
    gazetteer: Gazetteer
    # Lower-cased country names, capitals and aliases -> country (places/country_names.py).
    countries: dict[str, str] = field(default_factory=dict)
    # Which language an article is in (documents/language.py); None: not identified.
    languages: LanguageIdentifier | None = None


def load_resources() -> Resources:
    from newsift.documents.language import load_identifier
    from newsift.places.country_names import country_table
    from newsift.places.gazetteer.lookup import open_gazetteer
    from newsift.text.nlp import load_nlp

    return Resources(nlp=load_nlp(), gazetteer=open_gazetteer(), countries=country_table(),
                     languages=load_identifier())
