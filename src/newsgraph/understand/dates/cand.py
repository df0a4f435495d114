"""A date candidate of understand.dates: where it is in the text, what its words say and how it was resolved; the
choice of non-overlapping candidates and the days of a range."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Cand:
    start: int
    end: int
    kind: str  # date | month | month_this|month_last|month_next | month_bare | year | season | decade | half | part
    #            | season_this|season_last|season_next | named | named_recurring | weekday | relative | entity
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
    months: int | None = None  # how many months a part of a year runs ("the first nine months of 2019": 9)
    choices: str | None = None  # the dates of a named day that recurs ("Super Tuesday"), "|" between
    rel_year: int | None = None  # a year named relatively after the day ("January 20 next year"): +1, 0, -1
    settled: bool = False  # a weekday whose own clause settles its direction (discourse.py)


def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest first at each place."""
    out: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if c.end <= c.start or any(c.start < e and s < c.end for s, e in taken):
            continue
        out.append(c)
        taken.append((c.start, c.end))
    return sorted(out, key=lambda c: c.start)


def ranges(chosen: list[Cand]) -> None:
    """Both days of a range carry its span ("Oct. 5-7": the 5th and the 7th)."""
    for i, c in enumerate(chosen):
        if c.range_of is None:
            continue
        for o in chosen[max(0, i - 2):i + 3]:
            if o is not c and o.kind == "date" and o.month == c.month and o.day in c.range_of and o.range_of is None:
                o.range_of = c.range_of
