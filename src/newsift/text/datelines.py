"""The wire dateline that opens a lede: "KYIV, Ukraine (Reuters) — ", "GAO, Mali ― ",
in the Russian agencies' style, "MOSCOW, April 19. /TASS/. ", or a press release's town
and date in plain capitals ("Goma, 3 March 2024 - ").

One pattern for every stage that must skip it: the events stage parses the lede apart
from it, and reported speech does not start a content inside it. The dash must be
followed by a space, so "U.S.-backed forces" opens no dateline.
"""

from __future__ import annotations

import re

LEDE_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'’.\- ]{2,40}(?:,[^\n\-–—―()]{1,40}?)?(?:[ \t]*\([^)\n]{1,30}\))?"
    r"(?:[ \t]*[-–—―]+[ \t]+|\.[ \t]*/[A-Z][\w -]{1,20}/\.?[ \t]+)"
    # A press release's or an agency's: "Bangui, 18 April 2025 - ", "Goma, March 3, 2024 –".
    r"|[ \t]*[A-Z][a-z’'.\-]+(?:[ \t][A-Z][a-z’'.\-]+){0,3},[ \t]+"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}"
    r"[ \t]*[-–—―]+[ \t]+"
)
