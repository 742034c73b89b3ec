"""Which people of a list add to a count (own sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.people_lists import counted, lead_person
from newsift.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Token


def _word(resources: Resources, text: str, word: str) -> Token:
    return next(t for t in resources.nlp(text) if t.text == word)


def test_one_person_heads_a_list_of_people_or_of_counted_groups(resources: Resources) -> None:
    assert lead_person(_word(resources, "He and his son were killed.", "He"))
    assert lead_person(_word(resources, "He and two other guards were killed.", "He"))
    # "He" alone points back at someone already counted.
    assert not lead_person(_word(resources, "He was killed.", "He"))


def test_a_group_with_a_number_of_its_own_is_counted(resources: Resources) -> None:
    assert counted(_word(resources, "She and three of her sons died.", "three"))
    assert not counted(_word(resources, "She and her sons died.", "sons"))

