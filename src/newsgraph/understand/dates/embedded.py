"""A happening named with its month inside another noun's phrase (round 31): "fought off talk of a coup at the
convention in July", "has been pressing for a role in drafting the platform for the convention in July" (written in
April). The past verb tells the act of the talk or the platform (a noun of talk or plans, ``plan_nouns``; not a noun
of result, "his loss in the runoff in December": review2 r31), not of the convention, which keeps its own time: the
coming one when it is near (``SOON_DAYS`` ahead at most: what is talked of and planned for is mostly the coming one),
else the past one ("criticized for his answer at the debate in October", written in April: last October). A happening
that is the verb's own place or object ("spoke at the convention in July", "held its convention in July") stays with
the verb's tense. The month must follow the happening's noun ("the
convention in July"); the parser often hangs "in July" on the verb, so the noun is found in the text and its place
in the parse read from there. English parse only."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import calendar as C
from .patterns import settings

from .tense import TIME_NOUNS
from .tense_natasha import MAX_STEPS

SOON_DAYS = 100  # how far ahead the coming happening may be to be the one a past clause talks of
_NOUN_IN = re.compile(r"(?<![\w-])([A-Za-z-]+)[^\S\n]+in[^\S\n]+$")


@lru_cache(maxsize=None)
def _plan_nouns(lang: str) -> frozenset:
    return frozenset(w for w in settings(lang).get("plan_nouns", "").split("|") if w)


def inside_another_noun(view, text: str, start: int, happening_nouns: frozenset, lang: str = "en") -> bool:
    """Is the date at ``start`` the month of a happening ("<happening noun> in <date>") that the parse places inside
    the phrase of a noun of talk or plans (``plan_nouns``) before any verb (see the module docstring)?"""
    doc = getattr(view, "spacy", None) if view is not None else None
    m = _NOUN_IN.search(text, max(0, start - 40), start)
    plans = _plan_nouns(lang)
    if doc is None or m is None or m.group(1).lower() not in happening_nouns or not plans:
        return False
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    for _ in range(MAX_STEPS):
        if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in TIME_NOUNS:
            while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
                t = t.head.head  # ("talk of a coup at the convention": the noun "of" complements decides; review2 r31)
            return t.lower_ in plans or t.lemma_.lower() in plans  # (the first noun above decides)
    return False


def coming_soon(month: int, day: int | None, pub: dt.date) -> bool:
    """Is the coming occurrence of the month (or the day) at most ``SOON_DAYS`` after ``pub``?"""
    if day:
        when = C.safe_date(C.day_year(month, day, pub, "future"), month, day)
    else:
        when = dt.date(C.month_year(month, pub, "future"), month, 1)
    return when is not None and 0 <= (when - pub).days <= SOON_DAYS
