"""Relative date expressions read word by word: "last week", "earlier this month", "three years ago", "the
following morning", "на прошлой неделе", "через 3 дні".

Each language's ``dates_terms.tsv`` gives the meaning of its words and phrases (``phrase<TAB>meaning``):
``day:N`` (today 0, yesterday -1), ``prev`` / ``this`` / ``next``, ``earlier`` / ``later`` (with "this": the
part of the period before / after the anchor; with a number: counted from a date of the text), ``ago`` / ``fwd``
(counted back / ahead from publication), ``window`` ("in the past year": the period up to the anchor), ``then``
("the next day", "the day before": the day after / before a date of the text), ``unit:day|week|weekend|month|
year``, ``endof`` ("the end of the year": the period at hand; in a past narrative, the one the text tells of),
``plural`` (a plural unit: vague without a number), ``newyear`` ("the new year": in December the next year,
in January the current one, else none), ``season:M`` (first month), ``num:N``, ``vague`` (no single
date: "the past few days"); a phrase may carry several, space-separated. Numbers come from
``quantities_numbers.tsv`` ("twenty-five" too). ``then:same`` is the day of a date of the text ("later that day";
with ``orpub`` the publication day when the text names none: "earlier in the day"); ``tensed`` ("in two weeks")
counts ahead only in a future clause, else it is a duration ("the smallest profit in 17 years"); "the past four
years" is the window of four years up to the anchor.

``read(text, lang, pub, when, previous)`` returns a :class:`Reading` or None (vague, or a word it does not know:
the caller falls back to dateparser). ``when`` is the clause's time (calendar.py); ``previous`` the nearest
earlier dated expression of the text, (date, precision), for expressions counted from it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import rules
from . import calendar as C

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@dataclass
class Reading:
    value: str | None
    precision: str | None
    span: str | None = None
    anchor: str | None = None  # the date counted from when it is not the publication date


@lru_cache(maxsize=None)
def terms(lang: str) -> tuple[dict, int]:
    """{phrase: meaning} of the language (numbers included) and the longest phrase in words."""
    try:
        table = dict((r[0].lower(), r[1]) for r in rules.table(lang, "dates_terms") if len(r) > 1)
    except rules.RuleFileError:
        table = {}
    try:
        for r in rules.table(lang, "quantities_numbers"):
            if len(r) > 2 and r[2] == "unit":
                table.setdefault(r[0].lower(), f"num:{r[1]}")
    except rules.RuleFileError:
        pass
    return table, max((len(k.split()) for k in table), default=1)


def meanings(text: str, lang: str) -> list[str] | None:
    """The meanings of the expression's words, longest phrases first; None when a word is unknown and no number."""
    table, longest = terms(lang)
    words = WORD.findall(text.lower().replace("ё", "е"))
    out, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            m = table.get(" ".join(words[i:i + n]))
            if m is not None:
                out.extend(m.split())
                i += n
                break
        else:
            w = words[i]
            if w.isdigit():
                out.append(f"num:{w}")
            elif "-" in w and all(table.get(p, "").startswith("num:") for p in w.split("-")):
                n = _compound_number(w, table)
                out.append(f"num:{n}" if n is not None else "vague")  # "two-three years": a rough count
            else:
                return None
            i += 1
    return [m for m in out if m != "skip"]


def _compound_number(word: str, table: dict) -> int | None:
    """A number written with a hyphen, tens then units ("twenty-five" 25); "two-three" is a rough count, no number."""
    parts = word.split("-")
    if len(parts) != 2:
        return None
    tens, units = (int(table[p][4:]) for p in parts)
    return tens + units if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= units <= 9 else None


def read(text: str, lang: str, pub: dt.date, when: str | None = None, previous=None) -> Reading | None:
    ms = meanings(text, lang)
    if not ms or "vague" in ms:
        return None
    got = {m.split(":")[0]: (m.split(":")[1] if ":" in m else True) for m in ms}
    unit, num = got.get("unit"), int(got["num"]) if "num" in got else None
    if "plural" in got and num is None:
        return None  # "in the coming weeks"
    if "newyear" in got:  # "the new year": the one about to begin in December, the one just begun in January (r32)
        if previous is not None and str(previous[0])[:4] not in (f"{pub.year:04d}", f"{pub.year + 1:04d}"):
            return None  # a story told in another year ("In December 2008, … raises in the new year"; review32b)
        return Reading(f"{pub.year + 1:04d}", "year") if pub.month == 12 else \
            Reading(f"{pub.year:04d}", "year") if pub.month == 1 else None
    if "day" in got and "then" not in got:
        return Reading((pub + dt.timedelta(days=int(got["day"]))).isoformat(), "day")
    if got.get("then") == "same" and "orpub" in got and (previous is None or previous[1] != "day"):
        return Reading(pub.isoformat(), "day")  # "earlier in the day" of a report of the day
    if got.get("then") == "before" and "orpub" in got and previous is None:
        return Reading((pub - dt.timedelta(days=1)).isoformat(), "day")  # "Накануне" of a report of the day
    if "narrated" in got and when in ("past", "prev"):
        # "через полгода его отпустили": in a past narrative the count runs from the time it tells, not from now
        return _counted({"later": True}, unit, num or 1, previous)
    if "then" in got or (("earlier" in got or "later" in got) and num is not None):
        return _counted(got, unit, num or 1, previous)
    if "season" in got and not any(k in got for k in ("prev", "next", "this")) and re.search(r"\bthe\b", text, re.I):
        # "in the fall", "during the summer": a season named without its year, like a month without one, is the
        # nearest in the direction the clause's tense says; a clause that tells no time (a present of habit, "bears
        # sleep in the winter") gives it no value
        if when == "soon":
            when = "future"  # a season looked ahead to ("looking ahead to the fall", round 30): the coming one
        if when not in ("past", "future", "near"):
            return None  # (near: a modal or a schedule told in the past, "could make it hard to unite in the summer")
        first = int(got["season"])
        if when == "past" and previous is not None and previous[0].year < pub.year:
            # in a past narrative at an earlier year ("went up against McCain in the fall" after 2008, "later in
            # the summer" after "early June of that year"), the season of the year the narrative is at
            y = previous[0].year - (1 if first == 12 and previous[0].month <= 2 else 0)
            a, b = C.season(first, y)
            return Reading(None, "season", C.iso_span(a, b), anchor=str(previous[0].year))
        a, b = C.season_near(first, pub, when)
        return Reading(None, "season", C.iso_span(a, b))
    if "tensed" in got and when != "future":
        return None  # "the smallest profit in 17 years": a duration, not a date ahead
    if "prev" in got and num is not None and num > 1 and "plural" in got and unit in ("day", "week", "month", "year"):
        return Reading(None, "span", C.iso_span(_shift_date(pub, unit, -num), pub))  # "the past four years"
    if "next" in got and num is not None and num > 1 and "plural" in got and unit in ("day", "week", "month", "year"):
        return Reading(None, "span", C.iso_span(pub, _shift_date(pub, unit, num)))  # "for the next two months"
    if "ago" in got or "fwd" in got:
        if unit is None:
            return None
        return _shift(pub, unit, -(num or 1) if "ago" in got else (num or 1))
    if "window" in got and unit in ("week", "month", "year"):
        start = _shift_date(pub, unit, -(num or 1))  # "in the past year", "over the past four years"
        return Reading(None, "span", C.iso_span(start, pub))
    if "season" in got:
        which = "prev" if "prev" in got else "next" if "next" in got else "this" if "this" in got else when
        if which == "this" and when in ("future", "past"):
            a, b = C.season_near(int(got["season"]), pub, "this")
            if not a <= pub <= b:
                which = when  # "expecting their second child this summer" written in December: the coming one
                if when == "past" and C.season_near(int(got["season"]), pub, "past")[1].year < pub.year:
                    which = "this"  # but "this" is of the current year: a season over in an earlier year is "last
                    #                 fall", so "this fall" written in March is the coming one even after a past verb
        a, b = C.season_near(int(got["season"]), pub, which)
        return Reading(None, "season", C.iso_span(a, b))
    if unit is None:
        return None
    if "endof" in got and when == "past" and previous is not None and previous[0] < pub.replace(day=1) and \
            unit in ("month", "year") and _RANK.get(previous[1], 0) >= _RANK[unit]:
        # "the end of the year" is of the year at hand: in a past narrative the year the text tells of ("In 2008 ...
        # by the end of the year he had lost it all"), else the current one ("will hire 200 by the end of the year")
        base = previous[0]
        value = f"{base.year:04d}" if unit == "year" else f"{base.year:04d}-{base.month:02d}"
        return Reading(value, unit, anchor=value)
    k = -1 if "prev" in got else 1 if "next" in got else 0
    if not any(x in got for x in ("prev", "next", "this")) and unit != "weekend":
        return None
    if unit == "week" and k == -1 and num is None and pub.weekday() == 6 and _week_ends_saturday(lang):
        k = 0  # written on a Sunday where the week starts on Sunday, "last week" is the one just lived (the Monday to
        #        Sunday week ending on the anchor), not the one before it
    elif unit == "week" and k == 0 and num is None and pub.weekday() == 6 and _week_ends_saturday(lang) and \
            ("later" in got or ("earlier" not in got and when != "past")):
        k = 1  # and the week it opens is "this week" of what is to come ("will extend to this week's convention",
        #        "is not available this week", "later this week"): the Monday to Sunday after the anchor; a past
        #        clause ("this week, the House voted") and "earlier this week" keep the week just lived
    return _period(pub, unit, k, got, when)


def _week_ends_saturday(lang: str) -> bool:
    """Does the language's calendar start the week on Sunday (``dates_settings.tsv``: ``week_starts``)?"""
    from .patterns import settings
    try:
        return settings(lang).get("week_starts", "monday") == "sunday"
    except rules.RuleFileError:
        return False


def _period(pub: dt.date, unit: str, k: int, got: dict, when: str | None) -> Reading | None:
    if unit == "week":
        a, b = C.week(pub, k)
        if k == 0 and "earlier" in got:
            b = pub
        elif k == 0 and "later" in got:
            a = pub + C.ONE
        return Reading(None, "week", C.iso_span(a, b))
    if unit == "weekend":
        which = "prev" if k < 0 else "next" if k > 0 else when
        if k == 0 and "this" in got and which == "past" and pub.weekday() >= 3:
            which = None  # "this weekend" from Thursday on is the week's own, whatever the tense: the one just past
            #               is "last weekend" (round 35 web: "the extreme temps this weekend" in a perfect, on a Friday)
        a, b = C.weekend(pub, which)
        return Reading(None, "weekend", C.iso_span(a, b))
    if unit == "month":
        d = C.add_months(pub.replace(day=1), k)
        return Reading(f"{d.year:04d}-{d.month:02d}", "month")
    if unit == "year":
        return Reading(f"{pub.year + k:04d}", "year")
    if unit == "day":
        return Reading((pub + dt.timedelta(days=k)).isoformat(), "day")
    return None


def _shift_date(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return C.add_months(d, n)
    return C.add_months(d, 12 * n)


def _shift(pub: dt.date, unit: str, n: int) -> Reading | None:
    """N units ago / from now: days and weeks give a day; months a month; one year a month (a year ago is that
    month of last year), more years a year."""
    if unit not in ("day", "week", "month", "year"):
        return None
    d = _shift_date(pub, unit, n)
    if unit in ("day", "week"):
        return Reading(d.isoformat(), "day")
    if unit == "month" or abs(n) == 1:
        return Reading(f"{d.year:04d}-{d.month:02d}", "month")
    return Reading(f"{d.year:04d}", "year")


_RANK = {"day": 3, "month": 2, "year": 1}


def counted_weekend(text: str, lang: str) -> bool:
    """Is the expression a weekend counted from a day of the text ("the following weekend", "the previous weekend")?
    It has no reading from publication: without a day before it, it is no date (the caller drops it; review 28b)."""
    ms = meanings(text, lang) or []
    return "unit:weekend" in ms and any(m in ("then:after", "then:before") for m in ms)


def _counted(got: dict, unit: str | None, n: int, previous) -> Reading | None:
    """Counted from the nearest earlier date of the text ("two months later", "the day before")."""
    if previous is not None and unit == "weekend" and got.get("then") in ("after", "before") and "num" not in got \
            and previous[1] == "day":
        # "the floods of the previous weekend" after a day of the text, "the following weekend": the Saturday-Sunday
        # just before or after that day, as "last/next weekend" is from publication
        a, b = C.weekend(previous[0], "prev" if got["then"] == "before" else "next")
        return Reading(None, "weekend", C.iso_span(a, b), anchor=previous[0].isoformat())
    if previous is None or unit not in ("day", "week", "month", "year"):
        return None
    base, prec = previous
    sign = 0 if got.get("then") == "same" else -1 if ("earlier" in got or got.get("then") == "before") else 1
    need = "day" if unit in ("day", "week") else unit
    if _RANK.get(prec, 0) < _RANK[need]:
        return None
    d = _shift_date(base, unit, sign * n)
    anchor = base.isoformat()[:{"day": 10, "month": 7, "year": 4}[prec]]
    if unit == "week" and got.get("then") in ("after", "before") and "num" not in got:
        # "the next week's primaries", "the week before" a day of the text: the calendar week after or before that
        # day's week, as "next week" is from publication (weeks run Monday-Sunday; "a week later" stays a day)
        return Reading(None, "week", C.iso_span(*C.week(base, sign)), anchor=anchor)
    if need == "day":
        return Reading(d.isoformat(), "day", anchor=anchor)
    if need == "month" or (n == 1 and sign and prec in ("day", "month") and got.get("then") not in ("after", "before")):
        # "a year earlier" than a day or a month the text names is that month a year before, as "a year ago" is
        # the month a year before publication (_shift); a count of years ("two years later") and "that year" are
        # years, and so is a calendar year named from the text's one ("The next year", "the previous year": the
        # year after August 2016 is 2017, not August 2017)
        return Reading(f"{d.year:04d}-{d.month:02d}", "month", anchor=anchor)
    return Reading(f"{d.year:04d}", "year", anchor=anchor)
