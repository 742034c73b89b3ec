"""The wire dateline that opens a lede: "KYIV, Ukraine (Reuters) — ", "GAO, Mali ― ",
or in the Russian agencies' style, "MOSCOW, April 19. /TASS/. ".

One pattern for every stage that must skip it: the events stage parses the lede apart
from it, and reported speech does not start a content inside it. The dash must be
followed by a space, so "U.S.-backed forces" opens no dateline.
"""

from __future__ import annotations

import re

LEDE_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'’.\- ]{2,40}(?:,[^\n\-–—―()]{1,40}?)?(?:[ \t]*\([^)\n]{1,30}\))?"
    r"(?:[ \t]*[-–—―]+[ \t]+|\.[ \t]*/[A-Z][\w -]{1,20}/\.?[ \t]+)"
)
