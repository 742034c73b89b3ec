"""Metadata glued into the first line of a scraped article, and how to pull it apart.

Scrapes that lose their line breaks run the page's date stamp, headline, byline and
tag list into the first sentence ("Sun 05 Jul 2015 22 dead in raids on Raqqa. Six
civilians ..."; "Date of publication 24 October 2016 At least 16 civilians ...";
"Huge bombs kill 28 in Syria town Monitor AFP Saturday 11 Jul 2015 Syria's regime ..."),
which garbles the parse: the date's digits join the toll, the headline becomes the
subject of the lede. :func:`split_first_line` separates them by structure (a date stamp
at the start, or a date stamp after a short headline), never by one site's strings.

Date stamps stay in the text as a paragraph of their own, because the publication date
is read from a date that opens the text; share links, short-URL counters and inline tag
lists carry nothing and are removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsift.model import Removed

_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_DATE = (
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|{_MONTH}\s+\d\d(?:19|20)\d\d"  # "Apr 092017": the day glued to the year
    r"|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
)
# A clock time after a stamp: "14:47", "at 1459", "0147 PM", "190703". A bare number of
# three or four digits is not taken: "Fri Apr 15 2016 150 Terrorists" counts people.
_CLOCK = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"|\s+at\s+\d{3,4}(?:\s*[ap]\.?m\.?)?|\s+\d{4}\s*[ap]\.?m\.?|\s+\d{6})?"
)
_LABEL = (
    r"(?:date\s+of\s+publication|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?"
    r"|(?:last\s+)?updated(?:\s+(?:on|at))?)\s*:?\s*"
)
STAMP = rf"(?:{_LABEL})?(?:{_WEEKDAY}\s+)?{_DATE}{_CLOCK}"
LEADING_STAMP = re.compile(rf"^\W{{0,3}}{STAMP}(?=\W|$|[A-Z])", re.IGNORECASE)
# A stamp after a headline on the same line, often with the agency before it.
INNER_STAMP = re.compile(
    rf"\s(?:(?:AFP|AP|Reuters|DPA|Xinhua|Anadolu|NNA|SANA)\s+)?(?P<stamp>{STAMP})(?=\s)",
    re.IGNORECASE,
)
# Page chrome with no content: share links and counters, "updated" notes.
JUNK = re.compile(
    r"^\W{0,3}(?:\(updated[^)]{0,40}\)|get short url(?:\s+\d+){0,2}|send\s+\S+|share\s+https?\S+)",
    re.IGNORECASE,
)
# "Tags Syria Idlib regime airstrikes Khan Sheikhun Sixteen civilians were killed ...":
# a keyword list glued before a sentence; it ends where a sentence opener begins.
TAGS = re.compile(r"(?:^|(?<=[.!?\"”]\s))Tags\s+(?P<tags>(?:\S+\s+){1,25}?)(?=(?P<opener>"
                  r"At least|More than|Dozens|Hundreds|Scores|An?|The|One|Two|Three|Four|Five"
                  r"|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|Twenty|Thirty"
                  r"|Forty|Fifty|\d+)\s+[a-z\d])")  # fmt: skip
# A related-story headline glued before a wire dateline in the body ("... said. Army Repels
# Attack Near Hama DAMASCUS (Sputnik) The army ..."): a Title Case run between a sentence
# end and "CITY (Agency)".
TEASER = re.compile(
    r"(?<=[.!?\"”)]\s)(?:[A-Z0-9][\w'’.,-]*\s+|(?:of|in|on|at|to|for|from|with|and|the|a|an"
    r"|by|over|near|as|after|into|against)\s+){3,40}?"
    r"(?=[A-Z]{3,}(?:\s[A-Z]{3,})?\s\((?:Sputnik|Reuters|AFP|AP|UPI|Xinhua|SANA|TASS|Anadolu)\))"
)
HEADLINE_MAX_WORDS = 25
# A stamp inside a line must look like page furniture, not a date in a sentence ("the
# strike on 4 March 2023"): it leads with a weekday or is all digits ("07-08-2013").
STAMP_SHAPE = re.compile(rf"(?:{_WEEKDAY}\s|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}})", re.IGNORECASE)
FUNCTION_WORDS = frozenset(
    {"on", "in", "at", "of", "since", "from", "until", "by", "the", "a", "an", "and", "to", "as"}
)


@dataclass
class FirstLine:
    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)


def split_first_line(line: str) -> FirstLine:
    """The first line as paragraphs (stamp, headline, body) and the chrome taken out."""
    removed: list[str] = []
    stamps: list[str] = []
    rest = line
    while True:
        stamp = LEADING_STAMP.match(rest)
        junk = JUNK.match(rest)
        if stamp is not None and stamp.end() < len(rest):
            stamps.append(stamp.group().strip())
            rest = rest[stamp.end() :].lstrip(" -–—|:")
        elif junk is not None:
            removed.append(junk.group().strip())
            rest = rest[junk.end() :].lstrip(" -–—|:")
        else:
            break
    paragraphs = [" ".join(stamps)] if stamps else []
    inner = INNER_STAMP.search(rest)
    if inner is not None and not stamps:
        head = rest[: inner.start()].strip()
        words = head.split()
        credit = rest[inner.start() : inner.start("stamp")].strip()
        stamp_like = bool(credit) or STAMP_SHAPE.match(inner["stamp"]) is not None
        if (
            3 <= len(words) <= HEADLINE_MAX_WORDS
            and not re.search(r"[.!?]", head)
            and stamp_like
            and words[-1].lower() not in FUNCTION_WORDS
        ):
            if credit:
                removed.append(credit)
            paragraphs += [head, inner["stamp"]]
            rest = rest[inner.end() :].strip()
    return FirstLine(paragraphs=[*paragraphs, rest] if rest else paragraphs, removed=removed)


def drop_tags(line: str) -> tuple[str, list[str]]:
    """``line`` without inline tag lists and dateline teasers, and what was taken out."""
    removed: list[str] = []

    def cut(match: re.Match[str]) -> str:
        removed.append(match.group().strip())
        return ""

    return TEASER.sub(cut, TAGS.sub(cut, line)), removed


def unglue_metadata(lines: list[str], removed: list[Removed]) -> list[str]:
    """Date stamps, headline and chrome run into the first line, set apart (see furniture)."""
    out: list[str] = []
    for line in lines:
        line, tags = drop_tags(line)
        removed.extend(Removed("other" if t.startswith("Tags") else "related", t) for t in tags)
        if line and not any(out):
            first = split_first_line(line)
            removed.extend(Removed("other", junk) for junk in first.removed)
            out.extend("\n\n".join(first.paragraphs).split("\n"))
        else:
            out.append(line)
    return out
