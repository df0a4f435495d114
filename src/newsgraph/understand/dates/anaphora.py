"""Dates that point back at a date of the text: "two months later", "the day before", "that year" count from the
nearest earlier dated expression; "early June of that year" takes the year "that year" points at."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as C
from .cand import Cand

COUNTED_CHARS = 800  # how far back "two months later" looks for the date it counts from: the narrative's last date
#                     stays in mind over a few paragraphs until another date is named


def previous(c: Cand, chosen: list[Cand], i: int, written_year: bool = False, text: str | None = None,
             day: bool = False, names_a_thing=None, not_after: dt.date | None = None):
    """The nearest earlier dated expression within COUNTED_CHARS: (date, precision). ``written_year``: only an
    expression that writes its year ("that year" points at a year the text names, not at the year a month without one
    was given by guess). ``day``: only a day ("the day before", "earlier in the day" count from a day: a month or a
    year named in between, "down from a year ago", gives none, and the day last named stays the narrative's). A date
    inside a parenthesis closed before the expression is an aside that does not move the narrative's time ("founded in
    1942. (Governors are elected since 1948.) ... three years later": from 1942), unless the text has no other date to
    count from. ``names_a_thing(o)``: with ``day``, a day of history that only names a thing ("the 9/11 plotter", "9/11
    victims") is passed over: it is not the day the narrative is at. The same words said again ("rose to 1.45 from
    1.51 the day before ... to $1.11 from $1.10 the day before") count from the same time as the first: they are not
    counted from it, the first one's anchor is taken. ``not_after``: a day later than it is passed over (a past act is
    not counted from a day still ahead: "ahead of next Tuesday's primary. A day earlier, six were arrested" counts from
    the day the story is at; round 27)."""
    aside = None
    words = text[c.start:c.end].lower() if text is not None else None
    for o in reversed(chosen[:i]):
        if c.start - o.end > COUNTED_CHARS:
            break
        if written_year and not (o.literal and o.year):
            continue
        if words is not None and text[o.start:o.end].lower() == words and (o.value or o.span) and o.anchor and \
                len(o.anchor) == 10:
            got = C.parse_published(o.anchor)
            return (got, "day") if got else None
        got = _dated(o)
        if day and got is not None and (got[1] != "day" or (names_a_thing is not None and names_a_thing(o))):
            continue
        if not_after is not None and got is not None and got[0] > not_after:
            continue
        if got is not None and text is not None and _aside(text, o, c):
            aside = aside or got
            continue
        if got is not None or (o.value and o.precision in ("day", "month", "year")):
            return got
    return aside


def _dated(o: Cand):
    """(date, precision) of a dated expression, None otherwise."""
    if o.value and o.precision in ("day", "month", "year"):
        d = C.parse_published((o.value + "-01-01")[:10] if len(o.value) < 10 else o.value)
        return (d, o.precision) if d else None
    if o.span and o.precision in ("season", "week", "weekend"):  # the summer of 2006: its first month
        return C.parse_published(o.span[:10]), "month"
    return None


def _aside(text: str, o: Cand, c: Cand) -> bool:
    """Is ``o`` inside a parenthesis that closes before ``c``?"""
    a = text.rfind("(", 0, o.start)
    return a >= 0 and text.find(")", a, o.start) < 0 and 0 <= text.find(")", o.end, c.start)


_JOINED_SEASON = re.compile(r"\s+(?:and|or|to|through|into)\s+(?:the\s+)?(?:(?:early|late)\s+)?", re.I)


def of_that_year(text: str, chosen: list[Cand]) -> None:
    """A month or a day followed by "of" and an expression that names a year ("in early June of that year", "in May
    of the same year"), takes that year. So does a season joined to a season that writes its year ("the spring and
    summer of 2014", "the winter and spring of 2010"), as a month joined to a dated month does: its latest occurrence
    begun before the other's."""
    for c, o in zip(chosen, chosen[1:]):
        if c.precision == "season" and c.span and not c.literal and o.precision == "season" and o.literal and \
                o.span and _JOINED_SEASON.fullmatch(text[c.end:o.start]):
            other = C.parse_published(o.span[:10])
            first = int(c.span[5:7])
            y = other.year if dt.date(other.year, first, 1) < other else other.year - 1
            c.span, c.anchor = C.iso_span(*C.season(first, y)), str(o.year)
            continue
        if c.kind in ("date", "month") and not c.literal and c.month and o.precision == "year" and o.value and \
                o.anchor and re.fullmatch(r",?\s+of\s+", text[c.end:o.start]):
            y = int(o.value[:4])
            if c.kind == "month":
                c.value, c.anchor = f"{y:04d}-{c.month:02d}", o.value
            else:
                d = C.safe_date(y, c.month, c.day)
                if d:
                    c.value, c.anchor = d.isoformat(), o.value
