"""Transcript turns without quote marks, for the `quotes` stage.

"KOVAL: We will rebuild." is Koval's own words, a direct quote, when its label is a
person the article names or recurs as a label (a transcript), or stands between two such
turns; a one-off label in capitals elsewhere ("UPDATE:", "CLARIFICATION:") is the
paper's note. In a question-and-answer
interview "Q:" asks (unnamed) and "A:" is the person the interview is with.
"""

from __future__ import annotations

from collections import Counter

from newsift.entities.speakers import NameIndex
from newsift.quotes.found import Found
from newsift.quotes.marks import COLON_SPEAKER, has_marks


def transcript_turns(text: str, index: NameIndex) -> list[Found]:
    labelled = []
    pos = 0
    run = 0  # paragraphs with words since the last labelled one: 0 while turns follow on
    runs = []
    for para in text.split("\n"):
        base, pos = pos, pos + len(para) + 1
        label = COLON_SPEAKER.match(para)
        if label is not None and not has_marks(para) and label.group(1).strip().isupper():
            labelled.append((base, para, label))
            runs.append(run)
            run = 0
        elif para.strip():
            run += 1
    counts = Counter(label.group(1).strip() for _, _, label in labelled)
    known = [
        counts[label.group(1).strip()] >= 2 or index.canonical(label.group(1).strip()) is not None
        for _, _, label in labelled
    ]
    found = []
    for i, (base, para, label) in enumerate(labelled):
        name = label.group(1).strip()
        # A one-off label between two turns of a transcript is one more speaker in it
        # (a guest who speaks once), not the paper's note.
        # So is one right before the first known turn, nothing else between: the
        # moderator who opens the exchange. (After the last, "UPDATE:" is the paper's.)
        opens = not any(known[:i]) and i + 1 < len(known) and known[i + 1] and runs[i + 1] == 0
        if not (known[i] or opens or (any(known[:i]) and any(known[i + 1 :]))):
            continue
        start, end = base + label.end(), base + len(para.rstrip())
        found.append(Found(start, end, True, None, None, -1, (base, start), name.title()))
    return found


def interviewee(index: NameIndex) -> str | None:
    """The person an interview is with: the one the article names most often."""
    counts = Counter(name for _, name in index.mentions)
    return counts.most_common(1)[0][0] if counts else None
