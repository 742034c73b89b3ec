"""What one sentence tells of an incident (own news-style text)."""

from __future__ import annotations

from builders import marked_article
from spacy.tokens import Span

from newsift.article import Article
from newsift.events.mention import sentence_mention
from newsift.resources import Resources

ODESA = dict(resolved="Odesa", admin1="Odesa Oblast", country="Ukraine",
             latitude=46.48, longitude=30.72)


def test_a_trigger_sentence_gives_what_it_tells(resources: Resources) -> None:
    text = "A drone struck a grain silo in Odesa on Monday, killing two workers."
    article = marked_article(resources, text, places={"Odesa": ODESA},
                             dates={"on Monday": "2024-03-11"})
    mention = sentence_mention(_first(article), article)
    assert mention is not None
    assert "strike" in mention.actions and mention.fatalities == 2
    assert mention.date is not None and mention.date.value == "2024-03-11"
    assert [ref.place.name for ref in mention.places] == ["Odesa"]
    assert mention.standalone


def test_a_bare_toll_only_adds_to_an_incident(resources: Resources) -> None:
    article = marked_article(resources, "There were no casualties.")
    mention = sentence_mention(_first(article), article)
    assert mention is not None
    assert mention.fatalities == 0 and not mention.standalone


def test_a_sentence_with_no_incident_gives_none(resources: Resources) -> None:
    article = marked_article(resources, "The minister visited the port on Tuesday.")
    assert sentence_mention(_first(article), article) is None


def test_the_doers_told_of_doing_more_point_back(resources: Resources) -> None:
    article = marked_article(resources, "The raiders also burned a clinic and two shops.")
    mention = sentence_mention(_first(article), article)
    assert mention is not None and mention.anaphoric
    article = marked_article(resources, "Raiders burned a clinic and two shops.")
    mention = sentence_mention(_first(article), article)
    assert mention is not None and not mention.anaphoric
    # A sentence opening on "also" adds another development, not more of the deed told.
    article = marked_article(resources, "Also the rebels burned a clinic in the north.")
    mention = sentence_mention(_first(article), article)
    assert mention is not None and not mention.anaphoric


def _first(article: Article) -> Span:
    assert article.doc is not None
    return next(iter(article.doc.sents))
