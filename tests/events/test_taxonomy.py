"""The ACLED table and the action/weapon rules that choose a sub-event type."""

from __future__ import annotations

from newsift.events.classifier import model_from_dict
from newsift.events.taxonomy import (
    EVENT_TYPES,
    EventClass,
    Roles,
    Weapon,
    classify,
    find_weapon,
    is_valid,
    learned_class,
    rule_class,
)

DRONE = Weapon("drone", "air")
MISSILE = Weapon("missile", "shelling")


def test_table_holds_the_six_acled_event_types() -> None:
    assert [name for name, _ in EVENT_TYPES] == [
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    ]
    assert is_valid("Explosions/Remote violence", "Air/drone strike")
    assert not is_valid("Battles", "Air/drone strike")


def test_longest_weapon_phrase_wins() -> None:
    found = find_weapon(["russia", "launch", "seven", "guided", "bomb", "in", "the", "district"])
    assert found is not None
    assert found[1].name == "guided bomb"
    assert find_weapon(["a", "strike", "kill", "three", "people"]) is None


def test_weapon_decides_between_air_strike_and_shelling() -> None:
    strike = frozenset({"strike", "harm"})
    assert classify(strike, DRONE).sub_event_type == "Air/drone strike"
    assert classify(strike, MISSILE).sub_event_type == "Shelling/artillery/missile attack"


def test_interception_is_disrupted_weapons_use_unless_people_died() -> None:
    assert classify(frozenset({"intercept"}), DRONE) == EventClass(
        "Strategic developments", "Disrupted weapons use"
    )
    assert classify(frozenset({"intercept", "harm"}), DRONE, casualties=True).sub_event_type != (
        "Disrupted weapons use"
    )


def test_strike_that_kills_civilians_stays_a_strike() -> None:
    kind = classify(frozenset({"strike", "harm"}), MISSILE, civilian_victims=True)
    assert kind.event_type == "Explosions/Remote violence"


def test_other_actions_map_to_their_sub_types() -> None:
    assert classify(frozenset({"clash"}), None).sub_event_type == "Armed clash"
    assert classify(frozenset({"regain"}), None).sub_event_type == "Government regains territory"
    assert classify(frozenset({"capture"}), None).sub_event_type == (
        "Non-state actor overtakes territory"
    )
    assert classify(frozenset({"abduct"}), None).sub_event_type == (
        "Abduction/forced disappearance"
    )
    assert classify(frozenset({"protest"}), None).sub_event_type == "Peaceful protest"
    # Arrests by the police make an intervention; "against the arrests" is a demand.
    arrested = classify(frozenset({"protest", "arrest"}), None, frozenset({"police", "arrest"}))
    assert arrested.sub_event_type == "Protest with intervention"
    assert classify(frozenset({"protest", "arrest"}), None).sub_event_type == "Peaceful protest"
    assert classify(frozenset({"arrest"}), None).sub_event_type == "Arrests"
    shelled = classify(frozenset({"strike"}), None, frozenset({"shell"}))
    assert shelled.sub_event_type == "Shelling/artillery/missile attack"


def test_every_class_returned_is_in_the_table() -> None:
    for actions in ({"strike"}, {"harm"}, {"shoot"}, {"loot"}, {"withdraw"}, {"riot"}, set()):
        kind = classify(frozenset(actions), None)
        assert is_valid(kind.event_type, kind.sub_event_type)


def test_an_attack_on_the_ground_hits_civilians_or_fights_armed_men() -> None:
    on_villagers = classify(
        frozenset({"strike", "harm"}), None, frozenset({"gunman", "attack", "villager", "kill"})
    )
    assert on_villagers == EventClass("Violence against civilians", "Attack")
    on_patrol = classify(
        frozenset({"strike", "harm"}), None, frozenset({"gunman", "attack", "patrol", "kill"})
    )
    assert on_patrol == EventClass("Battles", "Armed clash")
    # An attack with no weapon named, in war reporting, is still fire from afar.
    assert classify(frozenset({"strike"}), None, frozenset({"strike", "city"})).event_type == (
        "Explosions/Remote violence"
    )


def test_blades_and_guns_make_ground_violence_not_strikes() -> None:
    machete = Weapon("machete", "ground")
    kind = classify(frozenset({"harm"}), machete, frozenset({"kill", "farmer", "machete"}))
    assert kind == EventClass("Violence against civilians", "Attack")


def test_the_force_used_on_a_protest_decides_its_sub_type() -> None:
    protest = frozenset({"protest"})
    assert classify(protest, None, frozenset({"march", "rally"})).sub_event_type == (
        "Peaceful protest"
    )
    gassed = classify(protest, Weapon("tear gas", "riot"), frozenset({"tear", "gas", "disperse"}))
    assert gassed.sub_event_type == "Protest with intervention"
    shot = classify(
        frozenset({"protest", "harm"}), Weapon("firearm", "ground"), frozenset({"kill", "bullet"})
    )
    assert shot.sub_event_type == "Excessive force against protesters"
    stones = classify(protest, None, frozenset({"protester", "throw", "stone"}))
    assert stones == EventClass("Riots", "Violent demonstration")


def test_force_on_demonstrators_is_a_protest_even_without_a_protest_verb() -> None:
    kind = classify(frozenset({"harm", "shoot"}), Weapon("firearm", "ground"),
                    frozenset({"demonstrator", "shoot", "kill", "bullet"}))  # fmt: skip
    assert kind.sub_event_type == "Excessive force against protesters"


def test_mobs_rapes_strikes_from_work_and_developments() -> None:
    mob = classify(frozenset({"harm"}), None, frozenset({"mob", "beat", "kill", "thief"}))
    assert mob == EventClass("Riots", "Mob violence")
    assert classify(frozenset({"rape"}), None).sub_event_type == "Sexual violence"
    walkout = classify(frozenset({"strike"}), None, frozenset({"teacher", "strike", "salary"}))
    assert walkout == EventClass("Strategic developments", "Other")
    assert classify(frozenset({"agree"}), None).sub_event_type == "Agreement"
    assert classify(frozenset({"base"}), None).sub_event_type == (
        "Headquarters or base established"
    )
    assert classify(frozenset({"organise"}), None).sub_event_type == "Change to group/activity"


def test_the_learned_layer_never_overrides_the_means_of_attack() -> None:
    lemmas = frozenset({"demonstrator", "protest", "drone", "strike", "kill"})
    assert classify(frozenset({"strike", "harm"}), DRONE, lemmas).sub_event_type == (
        "Air/drone strike"
    )
    assert learned_class(frozenset({"strike"}), DRONE, lemmas, False, True, None) == rule_class(
        frozenset({"strike"}), DRONE, lemmas, False, True
    )
    # A model sure of another class overrides an open choice, never the means of attack.
    sure = model_from_dict({"labels": ["Peaceful protest", "Armed clash"], "weights": {},
                            "bias": [10.0, 0.0]})  # fmt: skip
    decided = learned_class(frozenset({"strike"}), DRONE, lemmas, False, True, sure)
    assert decided.sub_event_type == "Air/drone strike"
    open_choice = learned_class(frozenset({"harm"}), None, frozenset(), False, True, sure)
    assert open_choice.sub_event_type == "Peaceful protest"


def test_an_explosion_that_hits_a_place_is_a_strike_one_that_goes_off_a_device() -> None:
    # "Blasts rocked the port": fire landed there. "An explosion went off at the market",
    # with no device named, is still a device's; so is any explosion with one named.
    harm = frozenset({"strike", "harm"})
    rocked = rule_class(harm, None, frozenset({"explosion", "rock", "port"}))
    assert rocked.sub_event_type == "Shelling/artillery/missile attack"
    went_off = rule_class(harm, None, frozenset({"explosion", "go", "market"}))
    assert went_off.sub_event_type == "Remote explosive/landmine/IED"
    mine = rule_class(harm, Weapon("landmine", "explosive"), frozenset({"explosion", "hit"}))
    assert mine.sub_event_type == "Remote explosive/landmine/IED"


def test_people_killed_as_others_are_taken_make_an_attack() -> None:
    taken = rule_class(frozenset({"abduct"}), None, frozenset({"abduct", "villager"}))
    assert taken.sub_event_type == "Abduction/forced disappearance"
    killed = rule_class(frozenset({"abduct", "shoot", "harm"}), None,
                        frozenset({"abduct", "shoot", "villager"}), casualties=True)  # fmt: skip
    assert killed == EventClass("Violence against civilians", "Attack")


def test_crowds_fighting_each_other_riot() -> None:
    students = Roles(frozenset({"student"}), frozenset({"people"}), frozenset())
    brawl = rule_class(frozenset({"clash", "harm"}), None, frozenset({"fight", "student"}),
                       roles=students)  # fmt: skip
    assert brawl == EventClass("Riots", "Mob violence")
    rally = rule_class(frozenset({"clash"}), None, frozenset({"fight", "rally", "student"}),
                       roles=students)  # fmt: skip
    assert rally == EventClass("Riots", "Violent demonstration")
    troops = Roles(frozenset({"troop"}), frozenset(), frozenset())
    battle = rule_class(frozenset({"clash"}), None, frozenset({"fight", "troop"}), roles=troops)
    assert battle == EventClass("Battles", "Armed clash")


def test_shooting_at_a_protest_is_excessive_force() -> None:
    kind = rule_class(frozenset({"protest", "shoot", "harm"}), None,
                      frozenset({"protester", "open", "fire", "kill"}))  # fmt: skip
    assert kind.sub_event_type == "Excessive force against protesters"


def test_mob_words_count_only_for_who_did_the_violence() -> None:
    words = frozenset({"gang", "attack", "kill", "resident", "vigilante", "support"})
    # A gang killed residents who had backed vigilantes: the gang attacked civilians ...
    gang = Roles(attackers=frozenset({"gang"}), victims=frozenset({"resident"}))
    assert rule_class(frozenset({"strike", "harm"}), None, words, True, True, gang) == (
        EventClass("Violence against civilians", "Attack")
    )
    # ... while vigilantes who did the killing are a mob.
    vigilantes = Roles(attackers=frozenset({"vigilante"}), victims=frozenset({"man"}))
    assert rule_class(frozenset({"harm"}), None, words, True, True, vigilantes) == (
        EventClass("Riots", "Mob violence")
    )


def test_a_raid_by_troops_is_on_the_ground_unless_aircraft_are_named() -> None:
    troops = Roles(attackers=frozenset({"troop"}), victims=frozenset({"resident"}))
    words = frozenset({"troop", "raid", "camp", "kill", "resident", "gunman", "fire"})
    assert rule_class(frozenset({"strike", "harm"}), None, words, True, True, troops) == (
        EventClass("Battles", "Armed clash")
    )
    # Houses set on fire are no fight: with no armed men named, the raid hit civilians.
    quiet = words - {"gunman"}
    assert rule_class(frozenset({"strike", "harm"}), None, quiet, True, True, troops) == (
        EventClass("Violence against civilians", "Attack")
    )
    aloft = words | {"helicopter"}
    assert rule_class(frozenset({"strike", "harm"}), None, aloft, True, True, troops) == (
        EventClass("Explosions/Remote violence", "Air/drone strike")
    )


def test_men_on_the_ground_who_struck_a_village_attacked_it() -> None:
    herders = Roles(attackers=frozenset({"herder", "attacker"}), victims=frozenset({"villager"}))
    words = frozenset({"herder", "attack", "village", "attacker", "strike", "kill", "villager"})
    assert rule_class(frozenset({"strike", "harm"}), None, words, True, True, herders) == (
        EventClass("Violence against civilians", "Attack")
    )
    # A blast told beside them is a strike from afar, whoever was around.
    blast = words | {"explosion"}
    assert rule_class(frozenset({"strike", "harm"}), None, blast, True, True, herders) != (
        EventClass("Violence against civilians", "Attack")
    )


def test_a_bomb_at_a_rally_is_an_explosion_not_force_on_a_crowd() -> None:
    bomb = Weapon("bomb", "explosive")
    words = frozenset({"bomb", "explode", "rally", "crowd", "kill"})
    assert rule_class(frozenset({"strike", "harm", "protest"}), bomb, words, True, True) == (
        EventClass("Explosions/Remote violence", "Remote explosive/landmine/IED")
    )


def test_a_suicide_bombing_that_opens_a_fight_is_a_suicide_bomb() -> None:
    bomber = Weapon("suicide bomb", "suicide")
    words = frozenset({"bomber", "blast", "battle", "militant", "storm", "base", "soldier"})
    assert rule_class(frozenset({"strike", "clash", "harm"}), bomber, words, False, True) == (
        EventClass("Explosions/Remote violence", "Suicide bomb")
    )


def test_armed_men_among_the_doers_make_no_mob() -> None:
    locals_ = Roles(attackers=frozenset({"local", "fighter", "force"}), victims=frozenset())
    words = frozenset({"clash", "local", "fighter", "force", "kill"})
    assert rule_class(frozenset({"clash", "harm"}), None, words, False, True, locals_) == (
        EventClass("Battles", "Armed clash")
    )


def test_ground_taken_and_retaken_in_one_incident_is_a_fight() -> None:
    actions = frozenset({"strike", "capture", "regain", "harm"})
    words = frozenset({"overrun", "base", "retake"})
    back_and_forth = rule_class(actions, None, words, casualties=True)
    assert back_and_forth.sub_event_type == "Armed clash"
    retaken = rule_class(frozenset({"regain"}), None, frozenset({"retake", "village"}))
    assert retaken.sub_event_type == "Government regains territory"
    taken = rule_class(frozenset({"capture"}), None, frozenset({"seize", "town"}))
    assert taken.sub_event_type == "Non-state actor overtakes territory"


def test_an_assault_with_shells_on_civilians_stays_a_strike() -> None:
    words = frozenset({"assault", "shelter", "civilian", "plant"})
    shelled = rule_class(frozenset({"strike", "clash"}), Weapon("artillery", "shelling"), words,
                         civilian_victims=True)  # fmt: skip
    assert shelled.sub_event_type == "Shelling/artillery/missile attack"
    by_hand = rule_class(frozenset({"strike", "clash"}), None, words, civilian_victims=True)
    assert by_hand.sub_event_type == "Attack"


def test_arms_seized_in_an_attack_that_killed_are_spoils() -> None:
    # "killed 40 soldiers at the base and seized weapons": the attack decides.
    kind = classify(frozenset({"harm", "strike", "defuse"}), None, casualties=True)
    assert kind.sub_event_type != "Disrupted weapons use"
    # Arms seized with no one hurt are a seizure.
    assert classify(frozenset({"defuse"}), None).sub_event_type == "Disrupted weapons use"
