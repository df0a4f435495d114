"""Dates that point back at a date of the text: "two months later", "the day before", "that year" count from the
nearest earlier dated expression; "early June of that year" takes the year "that year" points at."""
from __future__ import annotations

import re

from . import calendar as C
from .cand import Cand

COUNTED_CHARS = 800  # how far back "two months later" looks for the date it counts from: the narrative's last date
#                     stays in mind over a few paragraphs until another date is named


def previous(c: Cand, chosen: list[Cand], i: int, written_year: bool = False):
    """The nearest earlier dated expression within COUNTED_CHARS: (date, precision). ``written_year``: only an
    expression that writes its year ("that year" points at a year the text names, not at the year a month without one
    was given by guess)."""
    for o in reversed(chosen[:i]):
        if c.start - o.end > COUNTED_CHARS:
            return None
        if written_year and not (o.literal and o.year):
            continue
        if o.value and o.precision in ("day", "month", "year"):
            d = C.parse_published((o.value + "-01-01")[:10] if len(o.value) < 10 else o.value)
            return (d, o.precision) if d else None
        if o.span and o.precision in ("season", "week", "weekend"):  # the summer of 2006: its first month
            return C.parse_published(o.span[:10]), "month"
    return None


def of_that_year(text: str, chosen: list[Cand]) -> None:
    """A month or a day followed by "of" and an expression that names a year ("in early June of that year", "in May
    of the same year"), takes that year."""
    for c, o in zip(chosen, chosen[1:]):
        if c.kind in ("date", "month") and not c.literal and c.month and o.precision == "year" and o.value and \
                o.anchor and re.fullmatch(r",?\s+of\s+", text[c.end:o.start]):
            y = int(o.value[:4])
            if c.kind == "month":
                c.value, c.anchor = f"{y:04d}-{c.month:02d}", o.value
            else:
                d = C.safe_date(y, c.month, c.day)
                if d:
                    c.value, c.anchor = d.isoformat(), o.value
