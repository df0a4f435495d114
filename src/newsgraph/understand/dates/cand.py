"""A date candidate of understand.dates: where it is in the text, what its words say and how it was resolved."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Cand:
    start: int
    end: int
    kind: str  # date | month | month_this|month_last|month_next | month_bare | year | season | decade | half
    #            | named | named_recurring | weekday | relative | entity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: int | None = None
    value: str | None = None
    precision: str | None = None
    span: str | None = None
    anchor: str | None = None
    tense: str | None = None
    adverbial: bool | str = True  # how the date hangs on its clause (tense.clause_tense): True, False, "happening"
    flag: str | None = None
    stated: str | None = None
    pre: str | None = None  # the preposition or cue word the month pattern matched ("last", "since")
    range_of: tuple | None = None  # (first, last) day of a range ("Oct. 5-7") this day belongs to
    literal: bool = False  # the year is written in the expression
    choices: str | None = None  # the dates of a named day that recurs ("Super Tuesday"), "|" between
    rel_year: int | None = None  # a year named relatively after the day ("January 20 next year"): +1, 0, -1
