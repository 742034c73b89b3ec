"""The class of an incident read from its sentences: news-style wording of every
ACLED sub-event type, in sentences written for these tests."""

from __future__ import annotations

import pytest

from newsift.events.incident_type import classify_incident, type_inputs
from newsift.resources import Resources

CASES = [
    (
        "Armed clash",
        "Government troops and rebels fought for several hours near "
        "the border town on Monday, leaving six fighters dead.",
    ),
    (
        "Armed clash",
        "Gunmen ambushed a police patrol outside the town, sparking "
        "a firefight that killed two officers.",
    ),
    (
        "Government regains territory",
        "The army said it had retaken the town of Kidal from "
        "separatist rebels after two days of fighting.",
    ),
    (
        "Non-state actor overtakes territory",
        "Insurgents seized the district headquarters and raised "
        "their flag over the town on Sunday.",
    ),
    (
        "Chemical weapon",
        "Dozens of people suffocated after a chlorine gas attack on "
        "the rebel-held town, medics said.",
    ),
    (
        "Air/drone strike",
        "A drone strike on a wedding party killed 11 people in the "
        "village on Saturday.",
    ),
    (
        "Air/drone strike",
        "Warplanes bombed a market in the northern town, killing at "
        "least 20 civilians.",
    ),
    (
        "Suicide bomb",
        "A suicide bomber blew himself up at a checkpoint in the "
        "capital, killing five soldiers.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Rebel artillery shelled a residential neighbourhood of the "
        "city overnight, wounding four residents.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A roadside bomb hit a military convoy on the highway, "
        "killing three soldiers.",
    ),
    (
        "Remote explosive/landmine/IED",
        "Two children were killed when a landmine exploded as they "
        "herded goats near the village.",
    ),
    ("Grenade", "An unknown man threw a grenade into a crowded bar, injuring nine people."),
    (
        "Sexual violence",
        "Armed men raped three women who had gone to collect "
        "firewood outside the camp.",
    ),
    (
        "Attack",
        "Gunmen stormed the village at dawn and shot dead 14 "
        "villagers, local officials said.",
    ),
    (
        "Attack",
        "Militiamen attacked farmers working in their fields and "
        "killed two of them with machetes.",
    ),
    (
        "Abduction/forced disappearance",
        "Bandits kidnapped 30 students from a boarding school in the "
        "north-west state.",
    ),
    (
        "Peaceful protest",
        "Thousands of people marched through the capital on Friday "
        "to demand the release of political prisoners.",
    ),
    (
        "Peaceful protest",
        "Teachers staged a sit-in outside the education ministry "
        "over unpaid salaries.",
    ),
    (
        "Protest with intervention",
        "Police fired tear gas to disperse hundreds of students "
        "protesting against fee increases.",
    ),
    (
        "Excessive force against protesters",
        "Security forces opened fire on demonstrators with live "
        "ammunition, killing four protesters.",
    ),
    (
        "Violent demonstration",
        "Protesters threw stones at police and set fire to a "
        "government building in the city.",
    ),
    ("Mob violence", "A mob lynched two men accused of stealing a motorbike in the market town."),
    (
        "Agreement",
        "The government and the rebel alliance signed a ceasefire "
        "agreement in the capital on Tuesday.",
    ),
    ("Arrests", "Police arrested the opposition leader at his home early on Wednesday."),
    (
        "Change to group/activity",
        "Several armed factions formed a new alliance to fight the "
        "government in the east.",
    ),
    (
        "Disrupted weapons use",
        "Soldiers defused an explosive device planted under a bridge "
        "on the main road.",
    ),
    (
        "Disrupted weapons use",
        "Police seized 200 rifles and ammunition from a truck at the "
        "border crossing.",
    ),
    (
        "Headquarters or base established",
        "The militia set up a new base in the abandoned school "
        "outside the town.",
    ),
    (
        "Looting/property destruction",
        "Armed men looted shops and torched dozens of homes in the "
        "village after residents fled.",
    ),
]


@pytest.mark.parametrize(("sub_event_type", "text"), CASES)
def test_each_sub_event_type_from_news_wording(
    resources: Resources, sub_event_type: str, text: str
) -> None:
    kind = classify_incident(list(resources.nlp(text).sents))
    assert kind is not None
    assert kind.sub_event_type == sub_event_type


def test_later_sentences_of_the_incident_decide_too(resources: Resources) -> None:
    one = "Hundreds of people protested outside the governor's office on Monday."
    two = "Police fired tear gas and rubber bullets to break up the crowd."
    alone = classify_incident(list(resources.nlp(one).sents))
    assert alone is not None
    assert alone.sub_event_type == "Peaceful protest"
    both = classify_incident(list(resources.nlp(one + " " + two).sents))
    assert both is not None
    assert both.sub_event_type == "Protest with intervention"


def test_no_incident_no_class(resources: Resources) -> None:
    sentences = list(resources.nlp("The minister visited the new hospital on Tuesday.").sents)
    assert classify_incident(sentences) is None
    assert type_inputs(sentences).weapon is None


def test_who_acted_and_who_was_hit_come_from_the_parse(resources: Resources) -> None:
    text = "Soldiers beat and killed a shopkeeper during a search of the market."
    inputs = type_inputs(list(resources.nlp(text).sents))
    assert "soldier" in inputs.roles.attackers
    assert "shopkeeper" in inputs.roles.victims
    kind = classify_incident(list(resources.nlp(text).sents))
    assert kind is not None
    assert kind.sub_event_type == "Attack"


def test_civilians_doing_violence_by_hand_are_a_mob(resources: Resources) -> None:
    text = "A man accused of theft was beaten to death by villagers on Sunday."
    kind = classify_incident(list(resources.nlp(text).sents))
    assert kind is not None
    assert kind.sub_event_type == "Mob violence"


def test_an_unattributed_attack_on_a_building_is_a_strike(resources: Resources) -> None:
    text = "An attack on a furniture warehouse in the city killed four workers on Friday."
    kind = classify_incident(list(resources.nlp(text).sents))
    assert kind is not None
    assert kind.event_type == "Explosions/Remote violence"
    text = "Armed men attacked a minibus on the road to the market and shot two passengers."
    kind = classify_incident(list(resources.nlp(text).sents))
    assert kind is not None
    assert kind.sub_event_type == "Attack"


def test_setting_fire_to_property_is_its_destruction(resources: Resources) -> None:
    # Burned shops with no one hurt: property destruction (TAXONOMY.md).
    for text in ("Unknown men set fire to shops and cars in the town on Monday.",
                 "Partisans set fire to a railway relay box near the depot on Monday."):
        kind = classify_incident(list(resources.nlp(text).sents))
        assert kind is not None
        assert kind.sub_event_type == "Looting/property destruction"
    # Setting a date is no deed.
    text = "The committee set the date for the vote on Monday."
    assert classify_incident(list(resources.nlp(text).sents)) is None


def test_an_air_defence_named_beside_airstrikes_is_not_the_means(resources: Resources) -> None:
    # A missile raid that news calls "airstrikes": the missile the defences downed tells
    # what was fired; "anti-aircraft" names no aircraft that struck.
    text = ("Airstrikes hit two fuel depots outside the port city on Tuesday. "
            "The governor said anti-aircraft units shot down a third missile over the bay.")
    assert _sub_type(resources, text) == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # members of a family are civilians; of an armed gang, fighters
        ("Gunmen shot dead three members of one family at a roadblock on Sunday.", "Attack"),
        ("Soldiers shot dead three members of an armed gang at a roadblock on Sunday.",
         "Armed clash"),
        # ground taken outranks the arms taken with it
        ("Rebels captured two army outposts on Monday and seized weapons and ammunition.",
         "Non-state actor overtakes territory"),
        ("Police seized weapons and ammunition in a raid on a warehouse on Monday.",
         "Disrupted weapons use"),
        # a shot that hit someone is no strike
        ("Soldiers shot at a car at a checkpoint, and the driver was hit.", "Attack"),
        # an aid convoy is no armed column
        ("Gunmen attacked an aid convoy on the main road, killing two drivers.", "Attack"),
        ("Gunmen attacked an army convoy on the main road, killing two soldiers.",
         "Armed clash"),
        # shots aimed at a car or a passenger bus hit civilians; at a police car, armed men
        ("Gunmen shot at a car outside the town on Friday. Three were wounded.", "Attack"),
        ("Bandits fired on a passenger bus near the river crossing. Two were hurt.",
         "Attack"),
        ("Gunmen shot at a police car outside the town on Friday. Three were wounded.",
         "Armed clash"),
        ("Raiders ambushed two commercial lorries on the highway. One was wounded.",
         "Attack"),
        ("Militiamen fired live rounds at a minibus near the camp. Four were wounded.",
         "Attack"),
        # herders and pastoralists shot at their wells are civilians
        ("Gunmen shot dead two pastoralists at the wells south of the town.", "Attack"),
        # a bus that shelling hit is still a strike, not an attack at close quarters
        ("Shelling hit the town on Monday. Two people died in the attack on a bus nearby.",
         "Shelling/artillery/missile attack"),
        # who attacked whom, told by an attack noun: "attacks by gunmen on villages"
        ("The toll from attacks by gunmen on two villages has risen to 40, officials said.",
         "Attack"),
    ],
)
def test_who_was_hit_and_what_was_taken_decide(
    resources: Resources, text: str, sub_event_type: str
) -> None:
    assert _sub_type(resources, text) == sub_event_type


def _sub_type(resources: Resources, text: str) -> str | None:
    kind = classify_incident(list(resources.nlp(text).sents))
    return kind.sub_event_type if kind is not None else None
