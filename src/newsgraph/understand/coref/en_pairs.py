"""A pair of surnames joined by a hyphen before a common noun ("a Clinton-Trump race", "the Biden-Harris ticket",
"the Smith-Jones bill") names a match-up, a ticket or a bill's sponsors: no person. The tagger may still type the
hyphenated token a PERSON, which would then take the next "he" and speak ("… but he said Trump could win" credited to
"Clinton-Trump"). Such an entity is retyped EVENT before the pronouns are resolved when every mention of its name is
such a modifier. A hyphenated surname of a person ("Catherine Zeta-Jones", "Zeta-Jones said") has a given name before
it or stands as a subject, and is left alone (round 30)."""
from __future__ import annotations

import re

from ..actors import Actors

_PAIR = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)+")


def _modifier(doc, start: int) -> bool:
    """The token at character ``start`` modifies a common noun after it ("a Clinton-Trump race")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–") or tok.text in ("-", "–"):
        tok = doc[tok.i + 1]  # (the tokenizer splits "Clinton-Trump" at the hyphen: the last part's head)
    head = tok.head
    return tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i and head.pos_ == "NOUN"


def matchups(actors: Actors, doc) -> None:
    for ent in actors.entities:
        if ent.type != "PERSON" or not _PAIR.fullmatch(ent.name) or not ent.mentions:
            continue
        if all(_PAIR.fullmatch(m.text) and _modifier(doc, m.start) for m in ent.mentions):
            ent.type = "EVENT"
