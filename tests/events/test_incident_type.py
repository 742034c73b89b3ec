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


# Wordings of unrest and war outside Ukraine and Syria, each a class of phrasing: an
# arrest made in a raid, suspects "captured" by troops, fire opened on a march or on
# people protesting, a gathering with a grievance, a hunger strike, a deal agreed in a
# clause, factions merged, a mobilisation decreed, ground "won back", bombs dropped by
# jets, property burned or stolen with no one hurt, a person named by their trade shot,
# a bomber named by his vest or his death, a gas named by its agent, a charge set off
# on purpose, rioters' petrol bombs; people gunned down, a bomb named explosive, a
# station taken (no one in it), a lorry seized with people aboard, people "picked up",
# ground entered unopposed, a drone brought down, a checkpoint set up, a group's
# formation, property set on fire or broken into, arms handed over in a surrender.
WORLDWIDE = [
    ("Arrests", "Police in Arequipa arrested four suspected members of a drug gang in a raid "
     "on Tuesday."),
    ("Arrests", "Soldiers captured 12 suspected insurgents during an operation near "
     "Maiduguri on Friday."),
    ("Excessive force against protesters", "Security forces opened fire on a march by farmers "
     "in Kisumu on Thursday, killing three."),
    ("Excessive force against protesters", "Troops fired live rounds at villagers protesting "
     "against a dam near Hpakant, killing two."),
    ("Peaceful protest", "Hundreds of nurses gathered outside the health ministry in Lagos on "
     "Monday to demand unpaid wages."),
    ("Peaceful protest", "Families of detained activists began a hunger strike outside the "
     "courthouse in Karachi on Sunday."),
    ("Agreement", "The government and the rebels agreed to extend their truce by three months "
     "on Friday."),
    ("Change to group/activity", "Two armed factions announced in Kidal on Sunday that they "
     "had merged into a single movement."),
    ("Change to group/activity", "The military government in Bamako declared a general "
     "mobilisation on Tuesday to fight the insurgency."),
    ("Government regains territory", "Army troops won back the town of Gwoza from insurgents "
     "on Saturday, officials said."),
    ("Air/drone strike", "Air force jets dropped bombs on a rebel camp near Laiza on "
     "Wednesday."),
    ("Grenade", "Gang members threw a grenade into a crowded bar in Cali late on Saturday."),
    ("Looting/property destruction", "Militiamen burned dozens of houses in a village near "
     "Djugu on Monday. No one was hurt."),
    ("Looting/property destruction", "Vandals smashed windows and stole equipment from a "
     "clinic in Goma overnight. No one was injured."),
    ("Attack", "Gunmen shot dead a radio presenter outside his house in Tumaco on Tuesday."),
    ("Suicide bomb", "A suicide attacker rammed a car packed with explosives into an army post "
     "in Gao, killing four soldiers."),
    ("Suicide bomb", "A man wearing an explosives belt blew himself up at a checkpoint in "
     "Diffa, wounding two guards."),
    ("Chemical weapon", "Rebels fired shells containing mustard agent at the village of Zor, "
     "injuring dozens."),
    ("Disrupted weapons use", "Army engineers safely detonated a roadside bomb found near a "
     "school in Kidal on Monday."),
    ("Violent demonstration", "Protesters hurled stones and petrol bombs at police in Tunis "
     "overnight, and police fired tear gas."),
    ("Violent demonstration", "Hundreds of young men clashed with police in Nanterre "
     "overnight, and police responded with tear gas."),
    ("Attack", "Gunmen gunned down six miners at a quarry near Kalehe on Sunday."),
    ("Grenade", "Cartel members threw an explosive grenade at a police station in Celaya on "
     "Friday."),
    ("Non-state actor overtakes territory", "Rebels stormed the town of Kalay late on Friday, "
     "taking over the police station and the main market."),
    ("Abduction/forced disappearance", "Gunmen seized a lorry carrying 30 traders on the road "
     "to Gusau on Monday."),
    ("Abduction/forced disappearance", "A journalist went missing in Quetta on Monday after "
     "being picked up by men in plain clothes."),
    ("Arrests", "Plainclothes police picked up a student leader at his home in Dhaka on "
     "Thursday."),
    ("Non-violent transfer of territory", "Government troops pulled out of the hill town of "
     "Hsipaw, and rebel fighters moved in without firing a shot."),
    ("Non-violent transfer of territory", "Soldiers abandoned their base at Tessit on Sunday "
     "and the separatists entered the town unopposed."),
    ("Disrupted weapons use", "Border guards brought down a drone carrying drugs near the "
     "village of Attari on Sunday. No one was hurt."),
    ("Headquarters or base established", "Troops set up a checkpoint on the main road into "
     "Lashio on Tuesday."),
    ("Change to group/activity", "Villagers in Sololá announced the formation of an armed "
     "self-defence group on Monday."),
    ("Looting/property destruction", "Militants set fire to the district office in Bannu on "
     "Monday. No one was hurt."),
    ("Looting/property destruction", "Thieves broke into a mosque in Kano overnight and took "
     "carpets and loudspeakers. No one was hurt."),
    ("Agreement", "Forty rebels handed over their weapons to the army in Beni on Friday under a "
     "surrender deal."),
    # A note's closing count ("6 fatalities") says how many, not who: the travellers were hit.
    ("Attack", "On 4 May 2023, an unidentified armed group stopped a minibus near Djibo, forced "
     "the travellers out and shot 6 of them dead. 6 fatalities."),
    ("Remote explosive/landmine/IED", "On 2 June 2023, a minibus ran over a landmine near Mopti, "
     "reportedly planted by jihadists. 4 civilians were killed."),
    # Ground taken back, with its earlier loss recalled in a clause dated apart.
    ("Government regains territory", "Police won back the district of Martissant in "
     "Port-au-Prince on Friday from a gang, which seized it last month."),
    # A crowd that dispersed went home: no intervention unless someone dispersed it.
    ("Peaceful protest", "Thousands of people rallied in the main square of Benghazi on Friday "
     "to demand elections. Police were deployed nearby, and the rally dispersed peacefully "
     "at midnight."),
    ("Protest with intervention", "Thousands of people rallied in the main square of Benghazi "
     "on Friday to demand elections until police dispersed them with water cannon."),
    # A charge "set off" is set off at someone; fireworks are not (below).
    ("Remote explosive/landmine/IED", "Militants set off a roadside bomb as a police patrol "
     "passed near Bannu on Tuesday."),
    # A crowd that burns what it finds riots, a police post included.
    ("Violent demonstration", "Protesters set fire to a police post in Otavalo on Monday night "
     "during a national strike."),
]


@pytest.mark.parametrize(("sub_event_type", "text"), CASES + WORLDWIDE)
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


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered outside the stadium in Lagos on Sunday to watch the final.",
        "Hundreds gathered at the cemetery in Kano on Sunday to mourn the former emir.",
        "Planes dropped leaflets over the town of Kidal on Monday.",
        "The two leaders agreed to meet again in Addis Ababa next month.",
        "The ministry released a report saying the army had used chlorine in the war.",
        "A rescue boat picked up 40 migrants off the coast of Lampedusa on Sunday.",
        "Fans set off fireworks in the square in Tunis after the match.",
    ],
)
def test_harmless_gatherings_drops_and_agreements_are_no_incident(
    resources: Resources, text: str
) -> None:
    assert classify_incident(list(resources.nlp(text).sents)) is None


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
