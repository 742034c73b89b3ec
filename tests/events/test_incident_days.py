"""The day test of matching: dates read against a wrong publication day, bridged only by
what such a drift cannot fake."""

from __future__ import annotations

import dataclasses

from newsift.events.incident_days import day_gap, mass_retold
from newsift.events.incident_report import Report, tokens
from newsift.events.same_incident import match

SIEGE = tokens("A truck bomb exploded beside a queue of buses waiting to leave the besieged"
               " district, killing at least 84 people, most of them families, monitors said.")
TALLY = tokens("The United Nations envoy said the dead from the attack on the evacuation"
               " buses now numbered 109, among them dozens of children.")


def reported(words: frozenset[str], killed: int, day: str, basis: str,
             **changes: object) -> Report:
    """A bombing in one city (precise place), as one outlet dated and counted it."""
    one = Report("Explosions/Remote violence", "Remote explosive/landmine/IED", day, "day",
                 36.2, 37.1, 1, "Aleppo Governorate", "Syria", None, "car bomb", killed,
                 words, date_basis=basis, published=day)
    return dataclasses.replace(one, **changes)  # type: ignore[arg-type]


def test_a_mass_casualty_count_told_again_bridges_a_publication_day_weeks_off() -> None:
    first = reported(SIEGE, 84, "2024-05-02", "relative")  # read against a wrong paper day
    later = reported(TALLY, 109, "2024-05-16", "stated")
    assert mass_retold(first, later)
    assert day_gap(first, later) == (0, False)
    assert match(first, later).ok


def test_counts_below_the_mass_threshold_or_far_apart_or_both_written_do_not_bridge() -> None:
    first = reported(SIEGE, 84, "2024-05-02", "relative")
    later = reported(TALLY, 109, "2024-05-16", "stated")
    # 84 and 160 are no longer early and later counts of one attack.
    assert not mass_retold(first, dataclasses.replace(later, fatalities=160))
    # Thirty dead is too common a count to tie reports a fortnight apart.
    thirty = [dataclasses.replace(r, fatalities=30) for r in (first, later)]
    assert not mass_retold(*thirty)
    assert match(*thirty).reason == "14 days apart"
    # Two dates written out in the text are not a paper's day read wrong.
    written = dataclasses.replace(first, date_basis="stated")
    assert not mass_retold(written, later)
    assert not match(written, later).ok
    # Beyond a month, no drift of a publication day explains the gap.
    assert not match(first, dataclasses.replace(later, date="2024-06-21")).ok


def test_a_battle_and_a_strike_on_one_weekday_weeks_apart_need_names_in_common() -> None:
    strike = reported(SIEGE, 36, "2024-06-03", "relative")
    fighting = reported(SIEGE, 36, "2024-06-17", "relative", event_type="Battles",
                        sub_event_type="Armed clash", weapon=None)
    # Two guesses at once, another type and another week: not on count and words alone
    # (the store counts rare words, so this is no gate that vetoes a link).
    verdict = match(strike, fighting)
    assert not verdict.ok and not verdict.gated
    assert verdict.reason == "related types weeks apart without rare words in common"
    # Names few other stored articles use (a village, a victim) tell it is one incident.
    assert match(strike, fighting, rare=3).ok
    # Of one type, the weekday read against another week joins on the count.
    assert match(strike, dataclasses.replace(fighting, event_type=strike.event_type,
                                             sub_event_type=strike.sub_event_type)).ok
