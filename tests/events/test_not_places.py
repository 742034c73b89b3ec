"""Places that name an actor, a unit or a weapon locate nothing (own sentences)."""

from __future__ import annotations

from newsift.events.not_places import metonymic, names_unit
from newsift.model import Place
from newsift.resources import Resources


def test_a_capital_named_as_an_actor_locates_nothing(resources: Resources) -> None:
    text = "Shelling killed nine people in Idlib on Friday despite Damascus promises of a truce."
    doc = resources.nlp(text)
    damascus = next(t for t in doc if t.text == "Damascus")
    idlib = next(t for t in doc if t.text == "Idlib")
    assert metonymic(damascus)
    assert not metonymic(idlib)


def test_a_possessive_needs_its_apostrophe(resources: Resources) -> None:
    # A feed without punctuation: the parser guesses a possessive that is not there.
    text = "Fighters were killed near the cities of Deir ez-Zor and Raqqa local media reported."
    doc = resources.nlp(text)
    deir = next(t for t in doc if t.text == "Deir")
    assert not metonymic(deir)
    assert metonymic(resources.nlp("Moscow's invasion went on.")[0])


def test_a_word_opening_a_groups_name_locates_nothing() -> None:
    text = "Fighters of the Rapid Response Forces looted Kharkiv Police stations."
    rapid = Place("Rapid", text.index("Rapid"), text.index("Rapid") + 5, "Rapid City")
    assert names_unit(rapid, text)
    # A town before a body's word alone is that town's body, and still a place.
    kharkiv = Place("Kharkiv", text.index("Kharkiv"), text.index("Kharkiv") + 7, "Kharkiv")
    assert not names_unit(kharkiv, text)


def test_capitals_a_reaction_came_from_locate_nothing(resources: Resources) -> None:
    doc = resources.nlp("The raid has drawn condemnation from London, Rome and the UN.")
    assert metonymic(next(t for t in doc if t.text == "London"))
    assert metonymic(next(t for t in doc if t.text == "Rome"))
    doc = resources.nlp("The UN issued a statement from Geneva on Friday.")
    assert metonymic(next(t for t in doc if t.text == "Geneva"))
    # Where the attackers came from is no reaction: the places stage reads it.
    doc = resources.nlp("Gunmen from Kaduna attacked the village.")
    assert not metonymic(next(t for t in doc if t.text == "Kaduna"))


def test_a_weapon_model_named_like_a_town_locates_nothing() -> None:
    text = "The ministry said Smerch rockets and a Tornado cruise missile hit the depot."
    for name in ("Smerch", "Tornado"):
        model = Place(name, text.index(name), text.index(name) + len(name), name)
        assert names_unit(model, text)
    # A town's strike is told at the town.
    text = "The Kharkiv missile strike killed four."
    kharkiv = Place("Kharkiv", text.index("Kharkiv"), text.index("Kharkiv") + 7, "Kharkiv")
    assert not names_unit(kharkiv, text)
