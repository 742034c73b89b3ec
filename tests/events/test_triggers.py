"""Which trigger words report an incident that happened (own news-style sentences)."""

from __future__ import annotations

import pytest

from newsift.events.triggers import real_triggers
from newsift.resources import Resources


def trigger_words(resources: Resources, text: str) -> list[str]:
    return [token.lower_ for token, _ in real_triggers(resources.nlp(text)[:])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An accusation of a counted killing tells of a deed ...
        (
            "Activists accused the militia of killing more than 60 villagers in Tal Rifaat "
            "on Sunday.",
            ["killing"],
        ),
        # ... an aim or an ability does not, nor a gerund naming an activity.
        ("The new battalion is aimed at killing 200 insurgents a month.", []),
        ("Families fled far from fighting in the north.", []),
        # "14 May" is a date, not the modal "may".
        ("On Thursday 14 May a roadside bomb killed six soldiers near Palmyra.", ["killed"]),
        ("A roadside bomb may kill six soldiers, the army warned.", []),
        # Fighting people fled is why they left, not an incident told ...
        ("The shelter was full of families who had fled the fighting in the east.", []),
        ("Thousands of villagers were displaced by clashes near the border, the agency said.", []),
        # ... a campaign in the perfect progressive or over years is no one incident ...
        ("The militia has been fighting the army in the hills, residents say.", []),
        ("The rebels have been attacking convoys on the highway, officials say.", []),
        ("The rebels fought government troops in the mountains for more than ten years.", []),
        # Recovering what was stolen, or freeing people, retakes no ground.
        ("Police said about 50 of the stolen goats were recovered.", []),
        ("Soldiers recaptured the market town on Monday.", ["recaptured"]),
        # ... but a day of fighting is how long one battle lasted.
        ("Rebels took the town after a day of heavy fighting with the army.", ["fighting"]),
    ],
)
def test_real_triggers(resources: Resources, text: str, expected: list[str]) -> None:
    assert trigger_words(resources, text) == expected


def test_an_offensive_summed_up_in_the_perfect_is_no_incident(resources: Resources) -> None:
    doc = resources.nlp(
        "The army's offensive on the eastern districts has driven thousands from their homes."
    )
    assert not [a for _, a in real_triggers(next(iter(doc.sents)))]
    doc = resources.nlp("The army launched an offensive on the eastern districts on Monday.")
    assert [a for _, a in real_triggers(next(iter(doc.sents)))] == ["clash"]


def test_protesters_doing_anything_but_talking_protest(resources: Resources) -> None:
    for text in (
        "Hundreds of demonstrators blocked the main road into the city on Sunday.",
        "Students answered the union's call and staged a sit-in at the ministry.",
        "Nurses answered the union's call to demonstrate outside the ministry.",
        "Nurses responded to a call made by their union to demonstrate at the ministry.",
    ):
        assert {action for _, action in real_triggers(next(resources.nlp(text).sents))} == {
            "protest"
        }, text
    said = next(resources.nlp("Protesters told reporters that fuel prices were unfair.").sents)
    assert real_triggers(said) == []


def test_recovering_bodies_retakes_no_ground(resources: Resources) -> None:
    sentence = next(resources.nlp("Divers recovered four bodies from the flooded quarry.").sents)
    assert all(action != "regain" for _, action in real_triggers(sentence))


def test_an_aim_is_no_incident(resources: Resources) -> None:
    for text in (
        "The army gathered tanks near the river for an assault in the spring.",
        "The brigade moved into the forest to attack the town from the north.",
    ):
        assert real_triggers(next(resources.nlp(text).sents)) == [], text
    went_on = next(resources.nlp("Russian forces continued to shell the town.").sents)
    assert [action for _, action in real_triggers(went_on)] == ["strike"]


def test_ground_taken_back_is_ground_regained(resources: Resources) -> None:
    for text in (
        "Army units retook the hill town of Sorel on Thursday.",  # a form the tagger calls present
        "Army units took back three hamlets on the river on Thursday.",
        "Army units took back control of the bridge on Thursday.",
    ):
        actions = [a for _, a in real_triggers(resources.nlp(text)[:])]
        assert actions == ["regain"], text
    unsaid = resources.nlp("The minister took back her remarks on Thursday.")[:]
    assert real_triggers(unsaid) == []


def test_an_offensive_as_the_subject_is_the_campaign(resources: Resources) -> None:
    for text in (
        "The spring offensive failed to reach the river crossings.",
        "As the counteroffensive gathers pace, the generals are cautious.",
    ):
        assert not [a for _, a in real_triggers(resources.nlp(text)[:])], text


def test_what_has_yet_to_happen_is_no_incident(resources: Resources) -> None:
    for text in (
        "The army has yet to retake the hill town of Sorel.",
        "The rebels have yet to launch a major offensive on the port.",
    ):
        assert real_triggers(resources.nlp(text)[:]) == [], text
    done = resources.nlp("The army retook the hill town of Sorel, yet officials were wary.")[:]
    assert [a for _, a in real_triggers(done)] == ["regain"]


def test_a_deed_someone_is_charged_with_on_one_thing_is_an_incident(
    resources: Resources,
) -> None:
    # The bus station was shelled; who did it is what the charge is about.
    for text in ("Government forces were accused of shelling a crowded bus station on Friday.",
                 "The militia is suspected of bombing the bridge into town."):
        sentence = next(resources.nlp(text).sents)
        assert [action for _, action in real_triggers(sentence)] == ["strike"]
    # A charge about a campaign: many things, no one incident.
    sentence = next(resources.nlp("The rebels were accused of shelling towns.").sents)
    assert real_triggers(sentence) == []


def test_the_dead_buried_or_mourned_are_no_incident(resources: Resources) -> None:
    sentence = next(resources.nlp("Villagers buried their dead on Sunday.").sents)
    assert real_triggers(sentence) == []
    sentence = next(resources.nlp("The blast left 12 dead on Sunday.").sents)
    assert real_triggers(sentence) != []


def test_the_toll_from_attacks_counts_an_incident(resources: Resources) -> None:
    sentence = next(resources.nlp(
        "The death toll from attacks on two villages has risen to 40, officials said."
    ).sents)
    assert [action for _, action in real_triggers(sentence)] == ["strike"]
    sentence = next(resources.nlp("The anniversary of the offensive passed quietly.").sents)
    assert real_triggers(sentence) == []


def test_police_breaking_up_a_crowd_disperse_it(resources: Resources) -> None:
    def actions(text: str) -> set[str]:
        return {action for _, action in real_triggers(next(resources.nlp(text).sents))}

    assert actions("Police intervened with tear gas and batons.") == {"disperse"}
    assert actions("The marchers were dispersed by riot police.") == {"disperse"}
    assert actions("Security forces dispersed the sit-in before noon.") == {"disperse", "protest"}
    # a crowd going home, or an army stepping into a war, breaks up no protest
    assert actions("The crowd dispersed quietly at dusk.") == set()
    assert actions("Foreign forces intervened in the war in 2015.") == set()


def test_a_verb_the_parser_read_as_an_adjective_still_tells_the_deed(
    resources: Resources,
) -> None:
    def actions(text: str) -> list[str]:
        return [action for _, action in real_triggers(next(resources.nlp(text).sents))]

    # no verb at the root: the past form after it is the verb
    text = ("On 4 May 2023, gunmen in army uniform assaulted teachers working in the "
            "Kadugli school in Kadugli (Kadugli, South Kordofan).")
    root = next(iter(resources.nlp(text).sents)).root
    assert root.pos_ not in {"VERB", "AUX"}  # the parse this test is about
    assert "clash" in actions(text)
    # a verb at the root: an adjective stays one
    assert actions("Rescuers searched the destroyed building on Monday.") == []


def test_beating_people_is_violence_and_beating_a_side_is_not(resources: Resources) -> None:
    def actions(text: str) -> list[str]:
        return [action for _, action in real_triggers(next(resources.nlp(text).sents))]

    assert actions("Soldiers beat two traders at the checkpoint on Monday.") == ["harm"]
    assert actions("A shepherd was flogged by the fighters in the square.") == ["harm"]
    assert actions("The home side beat the visitors 3-1 in the final.") == []


def test_people_marched_away_or_seized_in_a_headline_were_abducted(
    resources: Resources,
) -> None:
    def actions(text: str) -> set[str]:
        return {action for _, action in real_triggers(next(resources.nlp(text).sents))}

    assert "abduct" in actions("Gunmen marched 20 farmers into the hills on Friday.")
    assert "abduct" in actions("Rebels Seize 25 Truck Drivers On Northern Highway")
    assert actions("Thousands marched through the capital on Friday.") == {"protest"}


def test_no_arrests_is_no_arrest(resources: Resources) -> None:
    sentence = next(resources.nlp("No arrests have been reported so far.").sents)
    assert real_triggers(sentence) == []


def test_being_the_target_of_an_attack_is_an_attack(resources: Resources) -> None:
    text = "On Thursday a border patrol was the target of an attack by gunmen on motorbikes."
    sentence = next(resources.nlp(text).sents)
    assert "strike" in {action for _, action in real_triggers(sentence)}
    # the anniversary of an offensive is still the war, not one fight
    text = "The city marked the anniversary of the offensive on Thursday."
    assert real_triggers(next(resources.nlp(text).sents)) == []
