"""The wire dateline that opens a lede."""

from __future__ import annotations

import pytest

from newsift.text.datelines import LEDE_DATELINE


@pytest.mark.parametrize(
    "lede",
    [
        "KHARKIV, Ukraine (Reuters) - Shelling hit the market.",
        "GAO, Mali — Gunmen attacked a convoy.",
        "KYIV ― Drones struck the port.",
        "ZAPORIZHZHIA, July 8 - A missile hit a block.",
        "KURSK, August 9. /TASS/. Drones hit a depot.",
        # a press release's town and date in plain capitals
        "Goma, 3 March 2024 - The mission condemns the attack.",
        "Port Moresby, May 12, 2024 – Police said two men died.",
    ],
)
def test_a_dateline_ends_before_the_first_word(lede: str) -> None:
    match = LEDE_DATELINE.match(lede)
    assert match is not None and lede[match.end()].isupper()


@pytest.mark.parametrize(
    "lede",
    ["U.S.-backed forces retreated from the town.", "NATO-led troops arrived on Monday.",
     "Goma, the largest city of the east, fell - its people fled."],
)
def test_a_hyphenated_opening_word_is_no_dateline(lede: str) -> None:
    assert LEDE_DATELINE.match(lede) is None
