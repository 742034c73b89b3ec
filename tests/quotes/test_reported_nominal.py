"""Stances held as nouns, judged as objects, or stated in any that-clause."""

from __future__ import annotations

from builders import parsed_article

from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def reported(resources: Resources, text: str) -> list[str]:
    article = parsed_article(resources, text, "2024-03-09")
    return [q.text for q in find_quotes(article, resources) if not q.direct]


def test_a_held_decision_is_reported(resources: Resources) -> None:
    text = "The governor's decision to close the border crossing angered truckers."
    assert "to close the border crossing" in reported(resources, text)


def test_a_claim_noun_reports_its_clause(resources: Resources) -> None:
    text = "Auditors found no basis for the minister's claim that the contract was legal."
    assert "the contract was legal" in reported(resources, text)


def test_a_purpose_noun_is_not_a_stance(resources: Resources) -> None:
    text = "In an effort to calm the markets, the central bank cut its main rate."
    assert not any("calm the markets" in q for q in reported(resources, text))


def test_what_something_is_derided_as_is_reported(resources: Resources) -> None:
    text = "Mayor Lina Petrova derided the plan as a gift to property developers."
    assert "the plan as a gift to property developers" in reported(resources, text)


def test_blame_keeps_its_reason(resources: Resources) -> None:
    text = "Senator Ruth Malone blamed the agency for the delays in aid deliveries."
    assert "the agency for the delays in aid deliveries" in reported(resources, text)


def test_a_purpose_clause_is_not_a_judgement(resources: Resources) -> None:
    text = (
        "The alliance urged Europe to raise arms output to support Ukraine as another "
        "drone attack hit Kharkiv on Saturday."
    )
    assert not any(q.startswith("Ukraine") for q in reported(resources, text))


def test_comments_on_a_topic_are_reported(resources: Resources) -> None:
    text = "His comments about the ceasefire in the east surprised several diplomats."
    assert "the ceasefire in the east" in reported(resources, text)


def test_what_a_critic_opposes_is_reported(resources: Resources) -> None:
    text = "Amara Okafor, a longtime critic of the new gas pipeline, spoke on Monday."
    assert "the new gas pipeline" in reported(resources, text)


def test_any_that_clause_of_a_named_holder_is_reported(resources: Resources) -> None:
    text = "Finance Minister Oleh Marchenko is betting that prices will fall by spring."
    assert "prices will fall by spring" in reported(resources, text)


def test_hoping_is_read_as_hope(resources: Resources) -> None:
    text = "Mr. Marchenko is hoping that the talks resume in May."
    assert "the talks resume in May" in reported(resources, text)


def test_a_that_clause_of_ensuring_is_not_a_view(resources: Resources) -> None:
    text = "Poland must ensure that the convoy arrives safely at the border."
    assert reported(resources, text) == []


def test_what_someone_wants_is_reported(resources: Resources) -> None:
    text = "Villagers near Izium want a new bridge over the river."
    assert "a new bridge over the river" in reported(resources, text)


def test_what_was_said_as_an_object_is_reported(resources: Resources) -> None:
    text = "On Monday, the foreign minister of Estonia said much the same thing."
    assert "much the same thing" in reported(resources, text)


def test_a_proposal_laid_out_is_reported(resources: Resources) -> None:
    text = "Prime Minister Denys Shmyhal laid out a plan for rebuilding the power grid."
    assert "a plan for rebuilding the power grid" in reported(resources, text)


def test_weapons_delivered_or_mines_laid_are_not_stances(resources: Resources) -> None:
    text = "Russian forces laid mines along the river, and Germany delivered two tanks."
    assert reported(resources, text) == []


def test_a_passive_with_a_named_agent_is_reported(resources: Resources) -> None:
    text = "The planned troop withdrawal was first reported by Reuters on Tuesday."
    assert "The planned troop withdrawal" in reported(resources, text)


def test_an_attack_on_a_place_is_not_a_stance(resources: Resources) -> None:
    text = "Russian drones attacked Odesa overnight, and Russia's attack on Kharkiv went on."
    assert reported(resources, text) == []


def test_plans_someone_merely_makes_are_not_reported(resources: Resources) -> None:
    text = "The families made plans to leave the village before the frost."
    assert reported(resources, text) == []


def test_what_a_poll_found_is_reported(resources: Resources) -> None:
    text = "In a survey released on Monday, most residents backed the new curfew."
    assert "most residents backed the new curfew" in reported(resources, text)


def test_in_a_place_is_not_a_source(resources: Resources) -> None:
    text = "In the town square, volunteers handed out bread and water."
    assert reported(resources, text) == []


def test_half_a_hyphenated_word_is_not_a_stance(resources: Resources) -> None:
    text = "Senator Hale is not worried about re-election this year."
    assert not any(q in ("re", "election") for q in reported(resources, text))


def test_a_possessive_pronoun_holder_is_the_person_last_named(resources: Resources) -> None:
    text = (
        "The plant was visited on Monday by John Harper, the British defence minister. "
        "His claim that production at the plant had tripled could not be verified."
    )
    article = parsed_article(resources, text, "2024-03-09")
    quotes = find_quotes(article, resources)
    found = [q for q in quotes if "production at the plant had tripled" in q.text]
    assert found and found[0].speaker == "John Harper"


def test_an_attempt_or_an_inability_is_no_stance(resources: Resources) -> None:
    attempt = "Petro Koval's attempt to hide the invoices from auditors failed."
    assert reported(resources, attempt) == []
    assert reported(
        resources, "The minister's inability to explain the missing funds angered the council."
    ) == []
