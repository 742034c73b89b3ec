"""Casualty figures read from one sentence (own news-style sentences, parsed by spaCy)."""

from __future__ import annotations

import pytest

from newsift.events.casualties import casualties, combined_figure, more_exact
from newsift.resources import Resources


def figures(resources: Resources, text: str) -> tuple[int | None, int | None]:
    killed, injured, _ = casualties(resources.nlp(text)[:])
    return killed, injured


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # A word of the group inside the count is no second group.
        (
            "At least 70 army and militia fighters have been killed in two days of battle "
            "near Hama, the monitor said.",
            70,
            None,
        ),
        # Groups listed without "and" add up, as do groups named beside the counted one.
        ("Government air strikes kill 12 children 4 women in Hama, monitor says.", 16, None),
        (
            "At least 21 fighters from the Dawn brigade were killed along with seven "
            "jihadists, the monitor said.",
            28,
            None,
        ),
        (
            "Rebel commander Omar Khatib alongside six of his men were killed in an ambush "
            "near Hama.",
            7,
            None,
        ),
        # One person with a singular noun beside "a woman" counts as one.
        ("A woman and child were killed when a shell hit their home in Homs.", 2, None),
        # A bare number as subject: the dead of a headline, not the killers.
        ("Four killed, over 60 injured in mortar attacks on Homs.", 4, 60),
        # "killed or injured" gives one figure for both: no death toll.
        ("120 Militants Killed or Injured in Army Operations Near Hama.", None, None),
        # Killing verbs that need people as their object.
        ("The air force has destroyed some 90 militants trying to flee the town.", 90, None),
        ("One of their tanks was destroyed in the raid.", None, None),
        # A count on the first word of a compound ("Twelve Red Crescent volunteers").
        (
            "Twelve aid volunteers were killed in the strike on the convoy, and more than 20 "
            "were injured.",
            12,
            20,
        ),
        # A passive subject shared by two verbs.
        (
            "At least 33 prisoners were rounded up and executed by the militants near Raqqa.",
            33,
            None,
        ),
        # "a total of" carries the count of the people it names.
        ("A total of 17 militants were killed near Raqqa during the operation.", 17, None),
        # "a day after" dates the incident; it is no habit like "twice a day".
        (
            "Twenty civilians were killed on Friday in strikes on a market town a day after the "
            "truce collapsed, a monitor said.",
            20,
            None,
        ),
        # A toll put at a figure.
        ("Local police put the death toll at 23 on Tuesday night.", 23, None),
        # "vows" is no threat, and "called the attack" names it.
        (
            "A bomber struck a wedding in Qamishli as the couple were exchanging vows killing "
            "27 people and wounding dozens.",
            27,
            None,
        ),
        (
            "A car bomb killed at least nine people and wounded dozens; state media called the "
            "blast a terrorist attack.",
            9,
            None,
        ),
        # A short window is one incident; a long one is a campaign total.
        (
            "At least 40 civilians were killed in Raqqa over the last 48 hours by air strikes.",
            40,
            None,
        ),
        ("More than 900 civilians were killed in Raqqa over the past year.", None, None),
        # "16 earlier" is a count with a time word beside it, "48 hours" is no count.
        ("Provincial police put the death toll at 16 earlier.", 16, None),
        ("Shelling lasted 48 hours and killed three people in Hama.", 3, None),
        # A truce's recent start is no campaign; the war's is.
        (
            "A woman was killed in Daraa in the first death since the truce began this week.",
            1,
            None,
        ),
        ("Some 300 people have been killed in Daraa since the uprising began.", None, None),
        # Buildings destroyed are no dead, however many.
        ("Jets bombed the village of Kyun, destroying a school and more than 30 houses.",
         None, None),
        ("The army said it destroyed some 40 militants in the raid.", 40, None),
        ("Gunmen gunned down six miners near the quarry on Sunday.", 6, None),
    ],
)
def test_casualty_figures(resources: Resources, text: str, killed: int | None,
                          injured: int | None) -> None:  # fmt: skip
    assert figures(resources, text) == (killed, injured)


def test_headline_figure_before_a_reduced_passive(resources: Resources) -> None:
    text = "By Staff Writer 41 Killed in Suspected Chlorine Attack in Idlib."
    assert figures(resources, text)[0] == 41
    subset = "Nearly 30 children were among those killed when the bomb went off."
    assert figures(resources, subset)[0] is None  # a part of a toll told elsewhere


def test_count_after_the_verb_when_the_parse_hangs_it_elsewhere(resources: Resources) -> None:
    text = (
        "Airstrikes on rebel-held areas in the western province of Idlib Monday killed at least "
        "38 people including children opposition activists said as fighting continued."
    )
    assert figures(resources, text)[0] == 38


def test_first_figure_stands_unless_raised_by_an_update() -> None:
    assert combined_figure([(9, False), (2, False), (12, True)]) == 12
    assert combined_figure([(9, False), (7, False)]) == 9
    assert combined_figure([(None, False), (0, False)]) == 0
    assert combined_figure([(None, False)]) is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # A weekday before a count of people: the tagger's "Thursday 14" is no date.
        ("On Thursday 14 villagers including three boys were killed by shelling in Kafrnabel.", 14),
        ("On Monday 31 people including four women were killed in air strikes on Kafr Zita.", 31),
        ("On Thursday 14 May a roadside bomb killed six soldiers near Palmyra.", 6),
        # A live page's time stamp before the entry: its day counts nobody.
        ("19 Mar 2024 08.40 Three guards were killed and 9 others hurt in a raid on a depot.", 3),
        ("27 October 2023 17.05 Two fishermen were killed by a mine off the coast.", 2),
        # Killing nouns: "the execution of", "the murder of".
        ("Militants posted footage of the execution of 11 captured soldiers near Tabqa.", 11),
        # A second group killed beside the first ("and beheading nine others").
        ("The militants killed three farmers and beheaded nine others in the village.", 12),
        # One person by role, counted only in a group; a named person alone is one.
        ("Troops killed a rebel commander as well as four of his bodyguards near Jisr.", 5),
        ("An air strike killed a rebel commander near Jisr al-Shughur.", None),
        ("A bomb hidden in his car exploded in Homs on Monday killing Colonel Walid Haddad.", 1),
        ("The bomber killed himself and 11 others outside the bakery in Azaz.", 12),
        ("Monitor director Karim Nasser put the death toll at dozens.", None),
        ("Omar Saleh died of his wounds in hospital on Friday, his family said.", 1),
        # Households and kin.
        ("A family of five was killed when a shell hit their house in Harasta.", 5),
        ("A father and his two sons were killed by sniper fire in Bustan al-Qasr.", 3),
        # A second group after a dashed aside belongs to the count.
        (
            "The fighting left 18 civilians - including four women - and 9 soldiers dead in the "
            "town, the monitor said.",
            27,
        ),
        ("Rockets killed 12 residents - including five children and a nurse - in Salamiyeh.", 12),
        # "The number of people killed ... rose to".
        ("The number of people killed in the blast at the bus station rose to 38 on Sunday.", 38),
        # Bodies recovered are the dead.
        ("Rescuers recovered the bodies of 16 people from the collapsed building in Ariha.", 16),
        ("Twenty-two bodies were pulled from the rubble after the raid on Kafr Batna.", 22),
        # ... a body described in a scene is no count.
        ("The body of a boy in a red jacket lay beside the burnt car in Ariha.", None),
        ("Footage showed the bodies of a dozen men lined up on a clinic floor.", None),
        # "shot dead", "found dead".
        ("Gunmen shot dead four guards and wounded 12 others at the checkpoint.", 4),
        ("Five men were found dead in an orchard outside Saraqeb on Sunday.", 5),
        # A count the parse hangs on the gerund before it is still the subject.
        (
            "On 3 May 2023, as a result of Russian shelling 4 civilians were killed and 3 were "
            "wounded in the village.",
            4,
        ),
    ],
)
def test_counts_phrased_many_ways(resources: Resources, text: str, killed: int | None) -> None:
    assert figures(resources, text)[0] == killed


def test_a_later_exact_count_refines_a_lower_bound_but_not_an_older_figure() -> None:
    told_by = ["Raids killed more than 40 people in the province."]
    assert more_exact(40, told_by, 46, "At least 46 people were killed in the raids, medics said.")
    assert not more_exact(40, told_by, 47, "At least 47 people were killed in the raids.")
    assert not more_exact(40, ["Raids killed 40 people."], 42, "Medics counted 42 dead.")
    older = "The monitor had initially given a death toll of 42."
    assert not more_exact(40, told_by, 42, older)


def test_a_passive_subject_swallowed_by_an_opening_phrase(resources: Resources) -> None:
    # Feeds that strip commas run the place into the count: "of Homs 12 civilians".
    for text, killed in (
        ("In the village of Tal Abyad 9 civilians were killed in two air strikes.", 9),
        ("In the northern province of Raqqa 14 civilians were killed in four raids.", 14),
        # The parse may even hang the count on the place ("Daraa 14" as one name).
        (
            "In Nawa in the southern province of Daraa 14 civilians were killed in three raids "
            "while 20 others were injured the monitor said.",
            14,
        ),
    ):
        sentence = next(iter(resources.nlp(text).sents))
        assert casualties(sentence)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # A rate describes the war, not an incident.
        ("The army is losing up to 80 soldiers a day, the minister said.", None),
        ("We are losing 60 to 100 soldiers per day as killed in action, he said.", None),
        ("Dozens of people are killed daily in the besieged city, aid workers say.", None),
        # A unit that dates something is no rate, and a rate in another clause is not this one's.
        ("A day after the strike killed 12 people, rescuers were still searching.", 12),
        ("A year ago, a missile strike killed 40 people in the city.", 40),
        ("A strike killed 5 people on Tuesday, while the army loses 100 soldiers a day.", 5),
        ("Three people were killed on Monday, the second day of heavy shelling.", 3),
    ],
)
def test_a_rate_is_no_toll(resources: Resources, text: str, killed: int | None) -> None:
    assert figures(resources, text)[0] == killed


def test_no_one_hurt_is_none_hurt(resources: Resources) -> None:
    assert figures(resources, "No one was injured when the shell hit the depot.") == (0, 0)
    assert figures(resources, "One guard was injured when the shell hit the depot.") == (None, 1)


def test_the_killers_named_before_a_counted_object_are_no_victims(resources: Resources) -> None:
    # The tagger may read "killed" as a participle; an object still makes it active.
    text = (
        "Malian soldiers and allied foreign fighters killed at least 25 villagers near the "
        "market last week, a rights group said on Tuesday."
    )
    killed, _, victims = casualties(resources.nlp(text)[:])
    assert killed == 25 and [v.lower_ for v in victims] == ["villagers"]


def test_each_person_of_a_list_of_people_is_one(resources: Resources) -> None:
    assert figures(resources, "Relatives said he and his wife died in their home.")[0] == 2
    assert figures(resources, "A banker and his wife were killed by the blast.")[0] == 2
    # Alone, "he" points back at someone the story already counted.
    assert figures(resources, "He died in hospital on Friday.")[0] is None


def test_the_person_of_the_thing_just_hit_is_one(resources: Resources) -> None:
    text = "A drone struck a lorry on the highway, killing the driver and hurting two others."
    assert figures(resources, text) == (1, 2)
    # "the pilot" with nothing hit in the sentence may be someone told before.
    assert figures(resources, "Officials said the pilot was killed.")[0] is None


def test_no_one_of_a_group_hurt_is_a_toll_of_none(resources: Resources) -> None:
    assert figures(resources, "Looters emptied the depot. No staff were hurt.")[0] == 0
    assert figures(resources, "No other civilians were killed in the raid.")[0] == 0


def test_shot_dead_counts_whatever_the_parse_makes_of_dead(resources: Resources) -> None:
    # The parse hangs "dead" on "shot" as a preposition here.
    text = ("A Russian sniper shot dead a 16-year-old boy on Sunday in a village on the right "
            "bank of the river in the southern region, the regional prosecutor's office said.")
    assert figures(resources, text)[0] == 1


def test_a_person_heading_a_counted_group_adds_one(resources: Resources) -> None:
    assert figures(resources, "He and two other officers were killed in the ambush.")[0] == 3
    assert figures(resources, "She and three of her children died when the shell hit.")[0] == 4


def test_one_person_described_as_wounded_is_no_count_of_the_hurt(resources: Resources) -> None:
    text = "The toll rose to nine after a wounded woman died in hospital."
    assert figures(resources, text) == (9, None)
    assert figures(resources, "Three wounded soldiers were evacuated.")[1] == 3


def test_people_beaten_or_hacked_to_death_are_the_dead(resources: Resources) -> None:
    def dead(text: str) -> int | None:
        return casualties(next(resources.nlp(text).sents))[0]

    assert dead("Five villagers were beaten to death by a mob on Friday.") == 5
    assert dead("Gunmen hacked three herders to death near the wells.") == 3
    assert dead("Three soldiers were sentenced to death by a military court.") is None


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("By Tuesday evening, the council chairman said 17 bodies had been recovered.", True),
        ("By nightfall, rescuers had pulled 11 bodies from the rubble.", True),
        ("The next day the toll rose to 14.", True),
        # A deadline or a means is no later count.
        ("By law, the army must report every death to the council.", False),
        ("Police on Monday put the death toll at 9.", False),
    ],
)
def test_a_count_as_it_stood_later_updates_the_toll(text: str, update: bool) -> None:
    from newsift.events.toll_phrases import TOLL_UPDATE

    assert bool(TOLL_UPDATE.search(text)) is update


@pytest.mark.parametrize(
    "text",
    [
        "Two drones were downed over the port, and there was no damage or casualties.",
        "The shell hit an empty warehouse, causing no injuries or deaths, the mayor said.",
    ],
)
def test_none_hurt_whatever_else_is_named_with_it(resources: Resources, text: str) -> None:
    assert figures(resources, text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two herders killed by a mine near Tadmur, bringing the season's toll to 38", 2),
        ("The shelling brought the war's toll to more than 300, the monitor said.", None),
        # The toll of the incident itself is its own.
        ("The attack's toll rose to 12 on Monday.", 12),
    ],
)
def test_a_toll_many_incidents_make_up_is_no_incidents(
    resources: Resources, text: str, killed: int | None
) -> None:
    assert figures(resources, text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three suspected cattle thieves lynched by a crowd in Mubi", 3),
        ("A mob lynched two men accused of theft at the market on Sunday.", 2),
    ],
)
def test_people_lynched_are_the_dead(resources: Resources, text: str, killed: int) -> None:
    assert figures(resources, text)[0] == killed


def test_a_count_over_past_weeks_is_a_campaigns_tally() -> None:
    from newsift.events.toll_phrases import PERIOD_TALLY

    assert PERIOD_TALLY.search("In the past one week, troops neutralised 140 insurgents.")
    assert PERIOD_TALLY.search("Over the last two months the militia killed 300 people.")
    assert not PERIOD_TALLY.search("In the past 24 hours, shelling killed four in the town.")
    assert not PERIOD_TALLY.search("A drone killed two men in the village last week.")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Sadly, three of our brave soldiers paid the supreme price, while four were hurt.", 3),
        ("Two policemen paid the ultimate price in the ambush near Bauchi.", 2),
        ("Farmers paid a heavy price for the drought this year.", None),
    ],
)
def test_those_who_paid_the_supreme_price_died(
    resources: Resources, text: str, killed: int | None
) -> None:
    assert figures(resources, text)[0] == killed
