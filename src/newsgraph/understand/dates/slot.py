"""A month naming a slot of a recurring schedule (round 34, issue 18): "the March states", "the March primaries",
"the February debate". A month used as the modifier of a noun of scheduled happenings names which of the
schedule's slots the noun is (the states that vote in March), not the time of the clause's act: a past clause
("officials this week detailed the operation in the March states", written in January) does not move it into last
year. In a past clause it is the coming one when that is near (``embedded.coming_soon``: a campaign works toward it),
else the one just past (written in April, "campaigned hard in the March states" is this March). A happening the
clause tells what was done at stays past: after "in"/"at"/"during" on the verb ("stumbled in the February debate"),
as the verb's object ("swept the March primaries"), or with a past relative clause ("the February debate, where he
stumbled"); a label of the calendar (``calendar_slot_nouns``: "states") is a place, so only as the object ("swept
the March states"). English parse only (Russian puts such a month after its noun, as a genitive)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import embedded
from .attachment import root_of
from .determined import after_determiner
from .patterns import settings

_AT = ("in", "at", "during")  # prepositions that place an act at a happening ("stumbled in the February debate")


@lru_cache(maxsize=None)
def _nouns(lang: str) -> tuple[frozenset, frozenset]:
    conf = settings(lang)
    return tuple(frozenset(w for w in conf.get(k, "").split("|") if w)
                 for k in ("calendar_slot_nouns", "schedule_slot_nouns"))


def _slot_noun(doc, i: int, nouns: frozenset):
    """The noun of ``nouns`` the month at token ``i`` modifies, over up to three names or adjectives between ("the
    March Fox News debate"), else None."""
    for j in range(i + 1, min(i + 5, len(doc))):
        t = doc[j]
        if t.lower_ in nouns and t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.pos_ not in ("PROPN", "ADJ") or t.is_punct:
            return None
    return None


def _told_at(noun, place: bool) -> bool:
    """Does the clause tell what was done at the happening: the noun as the object of a verb ("swept the March
    primaries"), after "in"/"at"/"during" on a verb ("stumbled in the February debate"; not for a ``place``, "organize
    in the March states"), or with a relative clause in the past ("the February debate, where he stumbled")?"""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return True
    if not place and noun.dep_ == "pobj" and noun.head.lower_ in _AT and noun.head.head.pos_ in ("VERB", "AUX"):
        return True
    return not place and any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") for c in noun.children)


def slot_when(view, text: str, c, t: str | None, lang: str, pub) -> str | None:
    """The direction of the month ``c`` (no day, no year) in a past clause ``t`` (or one of a happening the past verb
    does not tell of, tense.py's "past_other", which the caller reads as the nearest) when it names a schedule's slot
    (see the module docstring): "future" for a slot coming soon, "past" for one that is not or for a happening the
    clause tells what was done at (so a month just ahead of publication does not pull it forward: "He recalled the
    February debate, where he stumbled", written in January, is last year's), else None."""
    if c.kind != "month" or c.day or t not in ("past", "perfect", "past_other") or \
            re.search(r"\d", text[c.start:c.end]):
        return None
    calendar, single = _nouns(lang)
    root = root_of(view, c.start, c.end)
    if root is None or not (calendar or single):
        return None
    tok, inside = root
    doc, first = tok.doc, min(inside)
    if not after_determiner(doc, first) and not (first > 0 and doc[first - 1].tag_ in ("POS", "PRP$")):
        return None  # ("the March states", "its March meeting", "Clinton's March push"; not "in March")
    noun, place = _slot_noun(doc, max(inside), calendar), True
    if noun is None:
        noun, place = _slot_noun(doc, max(inside), single), False
    if noun is None:
        return None
    told = _told_at(noun, place)
    if t == "past_other":
        if not told:
            return None  # (the nearest, as the caller reads it: "the nominee for the November election later said")
        c.tense = "past"  # (the clause is past, as tense.py reads it)
    if told:
        return "past"
    return "future" if embedded.coming_soon(c.month, None, pub) else "past"
