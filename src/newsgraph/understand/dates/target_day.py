"""A weekday a thing is for, a weekday a moved thing was set for, the day a thing precedes, and the end of a weekday
range (round 35, issue 18: real web pages, the second web date set).

A weekday that names the time of a thing rather than the time of the clause's act is not placed by the clause's
tense: "flights already grounded for Sunday" (the grounding is past, the flights are Sunday's), "a sentencing hearing
set for Thursday", "a watch issued for Friday afternoon"; nor is the thing a verb of
moving in time takes as its object ("decided not to delay Thursday's hearing": it was set for a day near the act),
nor the thing a future act follows ("Following Tuesday's primaries, the counties will hold runoffs": it comes before
the act, not after now). Such a day is the nearest one. The prepositions are a table (``target_day_prepositions``,
``preceding_prepositions`` in dates_settings.tsv); only a bare weekday ("for Sunday", "for Friday afternoon") is a
thing's time, not a possessive ("was charged for Thursday's robbery": the robbery's own day, by the tense).

A day a past act sets a term to end on (Russian "арест продлили до 22 августа", "арестовали до 22 мая": the
verbs ``term_verbs``, the preposition ``term_prepositions``) is the nearest such day too, and is no past act after
publication: the term runs on from the act.

The second day of a weekday range ("Friday afternoon through Tuesday evening", "Saturday to Monday") is the first
such day after the range's first day: a range runs forward (``weekday_range_joiners``; not "and"/"or", which list
days)."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .attachment import root_of
from .patterns import settings
from .tense_natasha import MAX_STEPS

_PARTS = ("morning", "afternoon", "evening", "night", "noon", "midday")  # the part of a day a weekday may head


@lru_cache(maxsize=None)
def _words(lang: str, key: str) -> frozenset:
    return frozenset(w for w in settings(lang).get(key, "").split("|") if w)


def _head(view, start: int, end: int):
    """The token the weekday's phrase hangs on: the weekday, or the part of the day it modifies ("Friday
    afternoon"), else None (no parse)."""
    root = root_of(view, start, end)
    if root is None:
        return None
    t = root[0]
    if t.dep_ == "compound" and t.head.lower_ in _PARTS:
        t = t.head
    return t


def possessor(view, start: int, end: int) -> bool:
    """Does the weekday at [start, end) own a noun ("Sunday's forecast", "Friday night's game": the day names a thing)?
    Not a day set beside a noun ("USATODAY.com, Thursday": the day a source is cited from; round 36, diff36dates)."""
    t = _head(view, start, end)
    return t is not None and t.dep_ == "poss"


def thing_time(view, start: int, end: int, lang: str, target_verbs: frozenset) -> bool:
    """Is the weekday at [start, end) the time of a thing, not of the act (see the module docstring)?"""
    t = _head(view, start, end)
    if t is None:
        return False
    if t.dep_ == "pobj" and t.head.lower_ in _words(lang, "target_day_prepositions"):
        return True  # "grounded for Sunday", "set for Thursday"
    if t.dep_ == "poss" and t.head.dep_ in ("dobj", "nsubjpass"):
        v = t.head.head  # "to delay Thursday's hearing", "Thursday's launch was postponed"
        return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in target_verbs
    return False


def nearest_thing(view, c, t: str | None, dr) -> bool:
    """Is the weekday ``c``, in a clause of tense ``t``, a thing's time the tense does not place (a thing it is for,
    or a moved thing, in a clause that is not future; a thing a future act follows)? Then it is the nearest."""
    if c.kind != "weekday":
        return False
    if t in ("past", "perfect", "past_other", None):
        return thing_time(view, c.start, c.end, dr.lang, dr.target_verbs)
    return t == "future" and preceded(view, c.start, c.end, dr.lang)


def preceded(view, start: int, end: int, lang: str) -> bool:
    """Is the weekday the time of a thing a phrase opened by "following"/"after" puts before the act ("Following
    Tuesday's primaries, ... will hold runoffs", "After Wednesday's matches, the table will be set")?"""
    t = _head(view, start, end)
    if t is None:
        return False
    if t.dep_ == "poss":
        t = t.head
    preps = _words(lang, "preceding_prepositions")
    return t.dep_ == "pobj" and t.head.lower_ in preps


def range_end(text: str, c, chosen: list, i: int, lang: str) -> dt.date | None:
    """The day of the weekday ``c`` when it ends a range whose first day is the weekday just before it ("for Friday
    afternoon through Tuesday evening"): the first such weekday after that day; else None."""
    if i == 0 or c.weekday is None:
        return None
    first = chosen[i - 1]
    if first.kind != "weekday" or not first.value:
        return None
    joiners = settings(lang).get("weekday_range_joiners", "")
    parts = "|".join(_PARTS)
    between = text[first.end:c.start]
    if not joiners or not re.fullmatch(rf"(?:\s+(?:{parts}))?\s+(?:{joiners})\s+|\s*[-–—]\s*", between, re.I):
        return None
    start = dt.date.fromisoformat(first.value)
    return start + dt.timedelta(days=(c.weekday - start.weekday() - 1) % 7 + 1)


def term_end(view, text: str, c, lang: str) -> bool:
    """Is the day ``c`` (no year written) the end of a term a verb sets (see the module docstring)? The verb is the
    one the date's phrase hangs on (the parse's first verb above it): a term verb elsewhere in the sentence sets no
    term to that day ("арестован в мае и находился под стражей до 22 августа", "закрыли на ремонт, который шел до 22
    августа", "После закрытия границы туристы ждали до 22 августа": a past act that ran until then; diff35dates). With
    no parse, a term verb anywhere in the sentence before it."""
    conf = settings(lang)
    verbs, preps = conf.get("term_verbs"), conf.get("term_prepositions")
    if c.kind != "date" or not verbs or not preps:
        return False
    before = text[max(0, c.start - 120):c.start]
    if not re.search(rf"(?:^|\W)(?:{preps})\s+$", before, re.I):
        return False
    stems = re.compile(rf"(?:{verbs})", re.I)
    toks = view.tokens if view is not None else []
    inside = [t for t in toks if t.start < c.end and c.start < t.end]
    if inside:
        verb = _verb_above(toks, inside)
        return verb is not None and stems.match(verb.low) is not None
    sentence = re.split(r"[.!?]\s", before)[-1]
    return re.search(rf"(?:^|\W){stems.pattern}", sentence, re.I) is not None


def _verb_above(toks, inside):
    """The first verb (or a short participle, tagged a verb) up the heads from the date's words, outside them."""
    ids = {t.i for t in inside}
    t = next((x for x in inside if x.head not in ids or x.head == x.i), inside[0])
    for _ in range(MAX_STEPS):
        if t.i not in ids and t.pos in ("VERB", "AUX"):
            return t
        if t.head is None or t.head == t.i or not 0 <= t.head < len(toks):
            return None
        t = toks[t.head]
    return None
