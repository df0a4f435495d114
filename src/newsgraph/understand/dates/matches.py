"""The candidates of understand.dates: every match of the language's date patterns (patterns.py), read into a
``Cand`` (its month, day, year, weekday, season, cue word), and the relative expressions; what is no date and how each
is resolved is extract.py's."""
from __future__ import annotations

import re

from . import calendar as C
from . import relative
from .cand import Cand
from .patterns import DateRules, decade_of, settings


def candidates(text: str, dr: DateRules) -> list[Cand]:
    found: list[Cand] = []
    for kind, rx in dr.patterns:
        for m in rx.finditer(text):
            c = _from_match(text, dr, kind, m)
            if c is not None:
                found.append(c)
    if dr.relative is not None:
        for m in dr.relative.finditer(text):
            found.append(Cand(m.start(), m.end(), "relative"))
    return found


def _from_match(text: str, dr: DateRules, kind: str, m: re.Match) -> Cand | None:
    g = m.groupdict()
    if kind == "year_pair" and not 0 < int(g.get("y2") or g["year"]) - int(g.get("y1") or g["year"]) <= 30:
        return None  # not a range of years ("1,800-2000 calories" aside, a count is guarded as for any year)
    c = Cand(m.start("md") if g.get("md") else m.start(), m.end(), "year" if kind == "year_pair" else kind)
    if g.get("year") or g.get("yy") or g.get("old"):  # ("old": "July 14, 1789", patterns.OLD_YEAR_AFTER_COMMA)
        c.year, c.literal = int(g.get("year") or g["old"]) if g.get("year") or g.get("old") else \
            C.two_digit_year(g["yy"]), True
    if g.get("mon"):
        mon = g["mon"]
        if g.get("day") and mon.endswith(".") and mon[:-1].lower() in dr.full_months and m.start("day") > m.end("mon"):
            return None  # "in October. 12 anchors ...": the dot of a full month name ends a sentence
        if mon.endswith(".") and mon[:-1].lower() in dr.full_months and m.end("mon") == m.end():
            c.end -= 1  # "in May." ends the sentence; the dot is not an abbreviation's
        c.month = int(mon) if mon.isdigit() else dr.months.get(mon.rstrip(".").lower())
        if c.month is None:
            return None
    if g.get("day"):
        c.day = int(g["day"])
    for k, n in (("this", 0), ("last", -1), ("next", 1)):
        if g.get(f"rel_{k}"):
            c.rel_year = n
    if g.get("wd"):
        c.weekday = dr.weekdays.get(g["wd"].lower())
        c.pre = next((k for k in ("last", "next", "this") if g.get(f"wd_{k}")), None)  # "в прошлую пятницу"
    if g.get("pre"):
        c.pre = g["pre"].lower()
    if g.get("named"):
        value = dr.named[g["named"]]
        if "|" in value and c.year:  # "Black Friday 2019": the occurrence of the year written
            value = next((v for v in value.split("|") if v.startswith(f"{c.year:04d}-")), value)
            if "|" in value:  # a year the list does not reach: the name alone
                c.end, c.year, c.literal = m.end("named"), None, False
        if "|" in value:  # a day that recurs: its occurrence is read against the publication date
            c.kind, c.choices = "named_recurring", value
        else:
            c.value, c.precision, c.literal = value, "day", True
        return c
    if g.get("season"):
        c.season = dr.seasons.get(g["season"].lower())
    if kind == "range":  # the other day of the range, with the month and year of its partner
        a, b = sorted((int(g["d1"]), int(g["day"])))
        c.kind, c.start, c.end, c.day, c.range_of = "date", m.start("d1"), m.end("d1"), int(g["d1"]), (a, b)
        return c
    if kind == "decade":
        c.year, c.literal = decade_of(g, dr.lang), True
        if c.year is None:
            return None
    if kind == "half":
        c.month = 1 if g["half"].lower() in ("first", "1st") else 7
    if kind == "part":  # the first (last) N months of a year: from January (to December)
        said = relative.meanings(g["count"], dr.lang) or relative.terms(dr.lang)[0].get(g["count"].lower(), "").split()
        n = next((int(x[4:]) for x in said if re.fullmatch(r"num:\d+", x)), None)  # (the table: "дев'ять")
        if n is None or not 1 <= n <= 12:
            return None
        first = re.fullmatch(settings(dr.lang)["part_first"], g["edge"], re.I)
        c.month, c.months = (1 if first else 13 - n), n
    # the span starts at the expression itself, not at the preposition that licensed it
    c.start = min((m.start(k) - (k in ("dec2", "yy") and m.start(k) > 0 and text[m.start(k) - 1] in "'’‘")
                   for k in ("wd", "day", "mon", "year", "yy", "season", "decade", "dec2", "decword", "half", "edge")
                    if g.get(k)),
                  default=m.start())
    if kind == "nth":  # "on the 23rd": the expression is "the 23rd" (round 33)
        c.start = m.start("nth")
    if kind in ("iso", "dmy"):
        c.kind = "date"
    elif kind == "month_alone":
        # a capitalised month form inside a sentence is a name ("Марта"), not a month
        if g["mon"][:1].isupper() and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "«", '"'):
            return None
        c.kind = "month"
    return c
