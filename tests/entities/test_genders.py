"""People who share a surname, kept apart by the honorific the text writes."""

from __future__ import annotations

from builders import parsed_article

from newsift.entities.speakers import build_name_index
from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def speakers(resources: Resources, text: str) -> list[str | None]:
    article = parsed_article(resources, text, "2024-05-02")
    return [q.speaker for q in find_quotes(article, resources)]


def test_an_honorific_picks_the_namesake_of_its_gender(resources: Resources) -> None:
    text = (
        "Governor Laura Bennett toured the harbor on Monday. Her husband, Mark Bennett, a "
        "former mayor, joined her on the pier.\n"
        "“We will not let this harbor close,” Mrs. Bennett said.\n"
        "“I have seen this town come back before and it will again,” Mr. Bennett said."
    )
    assert speakers(resources, text) == ["Laura Bennett", "Mark Bennett"]


def test_the_other_namesake_takes_the_other_honorific(resources: Resources) -> None:
    # Only Mark Bennett is said to be a husband; Mrs. Bennett makes Laura the woman, so
    # Mr. Bennett is Mark though Laura was named in full last.
    text = (
        "Her husband, Mark Bennett, stayed home. Laura Bennett chaired the port board.\n"
        "“The docks reopen in June,” Mrs. Bennett said.\n"
        "“The boats are ready to sail again,” Mr. Bennett said."
    )
    assert speakers(resources, text) == ["Laura Bennett", "Mark Bennett"]
    index = build_name_index(parsed_article(resources, text, "2024-05-02").doc)
    assert index.genders == {"Mark Bennett": "m", "Laura Bennett": "f"}


def test_a_surname_without_honorific_keeps_the_last_named(resources: Resources) -> None:
    text = (
        "Mark Bennett left the council in May. Laura Bennett spoke at the port on Friday.\n"
        "“The harbor will stay open all winter,” Bennett said."
    )
    assert speakers(resources, text) == ["Laura Bennett"]
