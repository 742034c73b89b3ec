"""The language an article is written in, from a real language identifier.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams for
97 languages, shipped inside the package) reads a sample of the text. Its answer is
taken only when it rules English out on a sample long enough to be sure about: a terse
English note full of place names ("Shelling hit Vovchansk, Kharkiv") can score as
another language, and refusing an English article is worse than parsing a foreign one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsift.model import Refused

SAMPLE_CHARS = 3000
# Not English when English (with the languages the model confuses it with) gets less
# than this share of the probability: asking "is it English?" rather than "which one
# is it?" keeps close neighbours (Indonesian/Malay, Spanish/Asturian) from splitting
# the vote and passing for unsure.
NOT_ENGLISH = 0.01
MIN_WORDS = 20
# Text mostly in another script (Cyrillic, Arabic, CJK...) is told apart from English
# on far fewer words: a name in Latin letters cannot make it look foreign.
MIN_WORDS_OTHER_SCRIPT = 5
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
ENGLISH = "en"
# Nigerian Pidgin is what the model most often says of terse English notes.
READ_AS_ENGLISH = frozenset({"en", "pcm"})
SUPPORTED = frozenset({ENGLISH})
WORD = re.compile(r"[^\W\d_]+")
NAMES = {
    "ar": "Arabic", "de": "German", "es": "Spanish", "fa": "Persian", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "ko": "Korean", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sv": "Swedish", "sw": "Swahili", "tr": "Turkish", "uk": "Ukrainian",
    "ur": "Urdu", "zh": "Chinese", "am": "Amharic", "my": "Burmese", "ha": "Hausa",
}  # fmt: skip


@dataclass(frozen=True)
class LanguageIdentifier:
    """The loaded py3langid model; load once per process with :func:`load_identifier`."""

    model: Any

    def identify(self, text: str) -> str:
        """ISO 639-1 code of ``text``; English unless the model is sure of another."""
        sample = text[:SAMPLE_CHARS]
        words = WORD.findall(sample)
        latin = sum(1 for word in words if LATIN.match(word))
        needed = MIN_WORDS if latin * 2 >= len(words) else MIN_WORDS_OTHER_SCRIPT
        if len(words) < needed:
            return ENGLISH
        ranked = self.model.rank(sample)
        english = sum(probability for code, probability in ranked if code in READ_AS_ENGLISH)
        return ENGLISH if english >= NOT_ENGLISH else str(ranked[0][0])


def load_identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Model

    return LanguageIdentifier(Model.from_model_file(MODEL_FILE, norm_probs=True))


def language_name(code: str) -> str:
    return NAMES.get(code, code)


class UnsupportedLanguage(Refused):
    """The article is in a language newsift's English pipeline cannot read."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"written in {language_name(code)} ({code}); newsift reads English "
                         "text, so it was skipped")
