"""A word opening a noun phrase after its determiner: "the March Fox News debate", and with adjectives between, "the
disastrous February New Hampshire debate" (round 30): a month there is the month of the named thing that follows it
(guards.bare_month_ok), not the first word of a name ("June Carter")."""
from __future__ import annotations


def after_determiner(doc, i: int) -> bool:
    """Is token ``i`` preceded by a determiner, directly or over adjectives ("the disastrous", "a lively, heated")?"""
    j = i - 1
    while j >= 0 and (doc[j].pos_ == "ADJ" or (doc[j].text == "," and j > 0 and doc[j - 1].pos_ == "ADJ")):
        j -= 1
    return j >= 0 and doc[j].tag_ == "DT"
