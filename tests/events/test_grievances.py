from __future__ import annotations

import pytest
from builders import events_of

from newsift.events.cues import incident_triggers
from newsift.events.grievances import grievance_tokens
from newsift.resources import Resources

ODESA = dict(resolved="Odesa", admin1="Odesa Oblast", country="Ukraine",
             latitude=46.48, longitude=30.72)


def _actions(resources: Resources, text: str) -> set[str]:
    return {action for _, action in incident_triggers(next(resources.nlp(text).sents))}


@pytest.mark.parametrize(
    "text",
    [
        "Nurses marched to the ministry against the arrest of two colleagues.",
        "Students staged a sit-in at the university in solidarity with classmates who were "
        "detained last month.",
        "Hundreds rallied outside the court, condemning the shooting of a taxi driver.",
        "Farmers protested the killing of three herders near the dam.",
    ],
)
def test_what_a_protest_is_about_is_no_incident_of_its_sentence(
    resources: Resources, text: str
) -> None:
    assert _actions(resources, text) == {"protest"}


def test_force_on_the_protesters_themselves_stays(resources: Resources) -> None:
    text = "Police fired tear gas at hundreds of students protesting against fee rises."
    assert "shoot" in _actions(resources, text)
    text = "Students marched against fee rises, and police beat them with batons."
    sentence = next(resources.nlp(text).sents)
    aired = {sentence.doc[i].lower_ for i in grievance_tokens(incident_triggers(sentence))}
    assert aired >= {"against", "fee", "rises"}
    assert not aired & {"police", "beat", "batons"}


def test_a_protest_against_killings_is_peaceful_and_counts_no_dead(
    resources: Resources,
) -> None:
    text = ("On Sunday, hundreds of residents protested in Odesa against the killing of "
            "four fishermen in a strike on the port.")
    (event,) = events_of(resources, text, places={"Odesa": ODESA})
    assert event.sub_event_type == "Peaceful protest"
    assert event.fatalities is None
