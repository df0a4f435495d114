"""Round 24, events24: timelines read as a reader would (dates and types of English events)."""
from __future__ import annotations

import re
from pathlib import Path

import newsgraph

PUB = "2016-09-03"
EVENTS = Path(newsgraph.__file__).parent / "understand" / "events"


def test_tokens_are_compared_by_index_never_by_identity():
    """spaCy makes a new Token view at each access (``tok.head is tok`` is never true, even for the root): the
    readers compare token indices. No events module may test a token's identity again."""
    pattern = re.compile(r"\.head is\b|\b(?:tok|node|verb|head|h|s|t|o)\.?\w* is not (?:tok|node|verb|head|h|c\.tok)\b")
    found = [f"{p.name}:{n}" for p in sorted(EVENTS.glob("en*.py")) + [EVENTS / "base.py"]
             for n, line in enumerate(p.read_text().splitlines(), 1) if pattern.search(line.split("#")[0])]
    assert not found, found
