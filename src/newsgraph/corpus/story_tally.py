"""A tally: a standing feature whose lead is a table of counts (a delegate count, a vote tally, a medal table, a list
of pledges by name), one "label: number" line after another.

A tally reports where a standing topic stands (the race for delegates, the medals so far), not a happening: a reader
files it with no story (stories-polnear.md, conventions 1 and 7: a standing topic is no story; a feature with no
discrete happening is a singleton). Its words are the topic's words ("delegates", "superdelegates", the candidates'
names), which every analysis of the race shares, so it joined the preview of the next primaries on them. A tally of
one scheduled event's results ("Iowa caucus results: Cruz: 27.6 ...", its title or lead naming the caucus) covers
that happening and joins it as a report does: store/story_rows.py keeps a tally alone only when the document centres
on no event (corpus/story_events.py).
"""
from __future__ import annotations

import re

from .stories import lead_words

TALLY_LINES = 6  # count lines in the lead that make it a table (a report quoting two or three results has fewer)
TALLY_WORDS = 700  # the lead read for them
# a count line: a short label without digits, a colon, a number (thousands, a decimal, a percentage) and nothing else
_COUNT_LINE = re.compile(r"^[^\d:]{1,40}:\s*\d[\d,]*(?:\.\d+)?\s*(?:%|percent)?\s*\.?$", re.I)


def looks_like_tally(text: str) -> bool:
    """The lead holds TALLY_LINES lines or more of a label and a count ("Hillary Clinton: 1,769.", "Pledged: 781.")."""
    return sum(1 for ln in lead_words(text, TALLY_WORDS).split("\n") if _COUNT_LINE.match(ln.strip())) >= TALLY_LINES
