"""An earlier incident told inside the sentence of the one reported."""

from __future__ import annotations

from builders import parsed_article

from newsift.events.place_context import context_start
from newsift.events.triggers import real_triggers
from newsift.resources import Resources


def _start(resources: Resources, text: str) -> int | None:
    article = parsed_article(resources, text, "2016-05-02")
    assert article.doc is not None
    sentence = next(iter(article.doc.sents))
    return context_start(sentence, real_triggers(sentence), text)


def test_an_after_clause_with_its_own_toll_is_context(resources: Resources) -> None:
    text = (
        "Shelling killed 12 people near Hama on Monday, a day after air strikes left "
        "30 people dead in Idlib."
    )
    assert _start(resources, text) == text.index("after")


def test_an_after_clause_without_a_toll_tells_the_same_incident(resources: Resources) -> None:
    text = "Two civilians were killed in Kupiansk after a shell hit a house in Petropavlivka."
    assert _start(resources, text) is None
