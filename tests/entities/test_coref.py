"""Coreference for speakers: pronouns, titles and descriptions resolve to people."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsift.entities.coref import build_coreference, speaker_of_token
from newsift.entities.speakers import build_name_index
from newsift.places.country_names import country_table
from newsift.resources import Resources


def speaker(resources: Resources, text: str, word: str, nth: int = 0,
            quoted: list[str] | None = None) -> str | None:
    """Who the ``nth`` token ``word`` of ``text`` refers to."""
    doc: Doc = resources.nlp(text)
    spans = [(text.index(q), text.index(q) + len(q)) for q in quoted or []]
    coref = build_coreference(doc, build_name_index(doc, country_table(), spans), spans)
    tokens: list[Token] = [t for t in doc if t.text == word]
    return speaker_of_token(tokens[nth], coref)


def test_a_pronoun_takes_the_subject_of_the_clause_that_governs_it(resources: Resources) -> None:
    text = "Petro Koval arrived on Monday. Olena Marchuk said she would stay in the city."
    assert speaker(resources, text, "she") == "Olena Marchuk"


def test_a_pronoun_takes_the_last_subject_not_the_last_name(resources: Resources) -> None:
    text = (
        "Anna Kovalenko met Petro Bondar in Kyiv on Tuesday. "
        "“We will rebuild the bridge by May,” she said."
    )
    assert speaker(resources, text, "she") == "Anna Kovalenko"


def test_a_known_gender_rules_out_the_other(resources: Resources) -> None:
    text = (
        "Ms. Marchuk visited the port. Mr. Koval toured the school later. "
        "“The children need shelters,” she said."
    )
    assert speaker(resources, text, "she") == "Marchuk"


def test_a_title_goes_to_the_holder_whose_introduction_fits_its_modifiers(
    resources: Resources,
) -> None:
    text = (
        "Republican nominee Tom Berg and Democratic nominee Ana Ruiz met in Ohio. "
        "Ruiz spoke about jobs. The Republican nominee said the plan would fail."
    )
    assert speaker(resources, text, "nominee", 2) == "Tom Berg"


def test_an_abbreviated_title_introduces_a_role(resources: Resources) -> None:
    text = (
        "Gov. Maria Lopez toured the flooded towns on Sunday. Tom Berg met her there. "
        "The governor said help was coming."
    )
    assert speaker(resources, text, "governor") == "Maria Lopez"


def test_a_description_is_the_last_subject_and_never_its_possessor(
    resources: Resources,
) -> None:
    text = (
        "Ivan Petrenko called on the mayor to resign on Monday. "
        "“That was a disgrace,” Marchuk’s former campaign strategist said."
    )
    assert speaker(resources, text, "strategist") == "Ivan Petrenko"


def test_namesakes_are_kept_apart_by_the_last_full_name(resources: Resources) -> None:
    text = (
        "Olena Marchuk runs the clinic. Her brother Ivan Marchuk runs the bakery. "
        "Marchuk said the bakery had no flour."
    )
    assert speaker(resources, text, "Marchuk", 2) == "Ivan Marchuk"


def test_a_nickname_in_quote_marks_is_not_the_name(resources: Resources) -> None:
    text = "Maria Lopez spoke in Ohio. Her rival called her “Sleepy Maria Lopez” again."
    doc = resources.nlp(text)
    nickname = doc.char_span(text.index("Sleepy"), text.index("”"), label="PERSON")
    assert nickname is not None
    doc.set_ents([nickname], default="unmodified")
    quoted = [(nickname.start_char, nickname.end_char)]
    index = build_name_index(doc, country_table(), quoted)
    assert index.canonical("Lopez") == "Maria Lopez"
    assert index.canonical("Sleepy Maria Lopez") is None
    assert index.mentions[-1] == (nickname.start_char, "Maria Lopez")


def test_a_verb_a_headline_lets_into_a_name_is_not_part_of_it(resources: Resources) -> None:
    text = (
        "Lawmakers Slam Maria Lopez Over Port Deal\n\n"
        "Maria Lopez defended the port deal on Monday. Lopez said it would create jobs."
    )
    doc = resources.nlp(text)
    misread = doc.char_span(text.index("Slam"), text.index(" Over"), label="PERSON")
    assert misread is not None
    doc.set_ents([misread], default="unmodified")
    index = build_name_index(doc, country_table())
    assert index.canonical("Lopez") == "Maria Lopez"


def test_they_refers_to_the_last_group_that_was_a_subject(resources: Resources) -> None:
    text = (
        "Anna Kovalenko and Maria Lopez toured the port on Monday. "
        "“We will rebuild the piers by spring,” they said."
    )
    assert speaker(resources, text, "they") == "Anna Kovalenko and Maria Lopez"


def test_the_party_a_person_was_introduced_with_refers_back_to_them(resources: Resources) -> None:
    text = (
        "Senator Laura Bennett, a Democrat from Ohio, met Governor Tom Hale, a Republican, "
        "in Dayton. Hours later the Democrat called the budget a fraud, and the Republican "
        "laughed it off."
    )
    assert speaker(resources, text, "Democrat", 1) == "Laura Bennett"
    assert speaker(resources, text, "Republican", 1) == "Tom Hale"
