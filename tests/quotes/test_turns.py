"""Transcript turns without quote marks, and question-and-answer interviews."""

from __future__ import annotations

from builders import parsed_article

from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def quotes(resources: Resources, text: str) -> list[tuple[str, str | None, bool]]:
    found = find_quotes(parsed_article(resources, text, "2024-03-09"), resources)
    return [(q.text, q.speaker, q.direct) for q in found]


def test_turns_of_a_plain_transcript_are_direct_quotes(resources: Resources) -> None:
    text = (
        "HOST: Will the bridge reopen before winter?\n"
        "KOVAL: We expect it to reopen in November.\n"
        "HOST: And the ferry?\n"
        "KOVAL: The ferry runs until then."
    )
    assert [(t, s) for t, s, direct in quotes(resources, text) if direct] == [
        ("Will the bridge reopen before winter?", "Host"),
        ("We expect it to reopen in November.", "Koval"),
        ("And the ferry?", "Host"),
        ("The ferry runs until then.", "Koval"),
    ]


def test_a_one_off_label_in_capitals_is_the_papers_note(resources: Resources) -> None:
    text = "The port reopened on Monday.\nCORRECTION: An earlier version misstated the date."
    assert not any(direct for _, _, direct in quotes(resources, text))


def test_the_answers_of_an_interview_are_the_interviewees(resources: Resources) -> None:
    text = (
        "Olena Marchuk runs the city's water company. We spoke to Marchuk on Monday.\n"
        "Q: How long will the repairs take?\n"
        "A: About three weeks, if the weather holds.\n"
        "Q: And the cost?\n"
        "A: We do not know yet."
    )
    answers = [(t, s) for t, s, direct in quotes(resources, text) if direct and s]
    assert answers == [
        ("About three weeks, if the weather holds.", "Olena Marchuk"),
        ("We do not know yet.", "Olena Marchuk"),
    ]


def test_a_guest_who_speaks_once_in_a_transcript_is_quoted(resources: Resources) -> None:
    text = (
        "HOST: Will the bridge reopen before winter?\n"
        "KOVAL: We expect it to reopen in November.\n"
        "BONDAR: The engineers told us March at the earliest.\n"
        "HOST: We will have to leave it there.\n"
        "CORRECTION: An earlier version misspelled the name of the bridge."
    )
    assert [(t, s) for t, s, direct in quotes(resources, text) if direct] == [
        ("Will the bridge reopen before winter?", "Host"),
        ("We expect it to reopen in November.", "Koval"),
        ("The engineers told us March at the earliest.", "Bondar"),
        ("We will have to leave it there.", "Host"),
    ]


def test_a_moderator_opening_the_exchange_once_is_a_turn(resources: Resources) -> None:
    text = (
        "Mayor Ana Koval and her rival Petro Ruiz debated on Sunday.\n\n"
        "MORENO: Let us begin with the ferry.\n\n"
        "KOVAL: The ferry will run again by spring.\n\n"
        "RUIZ: She said the same thing last year.\n\n"
        "KOVAL: And last year we rebuilt the pier."
    )
    assert ("Let us begin with the ferry.", "Moreno", True) in quotes(resources, text)


def test_a_one_off_label_after_a_transcript_is_the_papers_note(resources: Resources) -> None:
    text = (
        "Mayor Ana Koval and her rival Petro Ruiz debated on Sunday.\n\n"
        "KOVAL: The ferry will run again by spring.\n\n"
        "RUIZ: She said the same thing last year.\n\n"
        "KOVAL: And last year we rebuilt the pier.\n\n"
        "CORRECTION: An earlier version misspelled the moderator's name."
    )
    assert not any(t.startswith("An earlier") for t, _, _ in quotes(resources, text))


def test_labels_in_ordinary_case_keep_their_own_speakers(resources: Resources) -> None:
    text = (
        "Mayor Ana Koval and her rival Petro Ruiz debated on Sunday.\n\n"
        "Koval: The ferry will run again by spring.\n\n"
        "Ruiz: That is a promise nobody in this hall believes.\n\n"
        "Koval: Then come and ride it with me in April.\n\n"
        "Ruiz: That is a lie and everyone in this room knows it."
    )
    found = [(t.split()[0], (s or "").split()[-1:]) for t, s, _ in quotes(resources, text)]
    assert found == [
        ("The", ["Koval"]), ("That", ["Ruiz"]), ("Then", ["Koval"]), ("That", ["Ruiz"]),
    ]
