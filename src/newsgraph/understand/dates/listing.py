"""A weekday that heads a line of a listing (round 36, issue 18: real web pages, the third web date set).

Forecasts, event listings and fixture lists set their days out as headings, one to a line: "FRIDAY" / "Partly
cloudy", "Saturday:" / "- The tour hits the stage", "SATURDAY NIGHT" / "Clouds move out". Such a heading has no clause
and so no tense; a list of days under headings is a plan or a forecast, which looks ahead: the day is the coming one
(the day itself included, as a schedule's present takes it: calendar.weekday_date "soon"). A weekday that opens a
sentence ("Friday was a washout.") is no heading: the rest of its line is a clause, read by its tense. The parts of
the day a heading may carry are a table (``day_parts`` in dates_settings.tsv).

A heading takes the time of the entry it heads (round 36, diff36dates): a recap sets its past days out the same way
("Monday" / "Protesters gathered outside the courthouse"), and there the day is behind. ``entry`` gives the first
word of the line under the heading, whose clause's tense the caller reads.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import settings

_BEFORE = re.compile(r"[^\S\n]*(?:[-–—•*#>][^\S\n]*)*")  # bullets and markup a heading may start with


@lru_cache(maxsize=None)
def _after(lang: str) -> re.Pattern:
    parts = settings(lang).get("day_parts", "")
    words = rf"(?:[^\S\n]+(?:{parts}))?" if parts else ""
    return re.compile(rf"{words}[^\S\n]*:?[^\S\n]*(?:\n|$)", re.I)


def day_heading(text: str, start: int, end: int, lang: str) -> bool:
    """Does the weekday at [start, end) stand alone on its line, a listing's heading ("FRIDAY NIGHT", "Saturday:")?"""
    line = text.rfind("\n", 0, start) + 1
    return bool(_BEFORE.fullmatch(text, line, start)) and bool(_after(lang).match(text, end))


_ENTRY = re.compile(r"\s*(?:[-–—•*#>]\s*)*(\w+)")


def entry(text: str, end: int) -> tuple[int, int] | None:
    """The first word of the line under the heading that ends at ``end`` (the entry it heads), or None."""
    nl = text.find("\n", end)
    m = _ENTRY.match(text, nl + 1) if nl >= 0 else None
    return m.span(1) if m else None
