"""Calendar arithmetic of understand.dates: the year a month or a day without one takes, the day a weekday names,
weeks, weekends, seasons and decades as spans. Plain functions over ``datetime.date``.

How a reader chooses (``when``): "prev" (last May) the latest before the anchor, "next" (next May) the earliest
after it, "this" (this May) the one in the anchor's year (week, for a weekday), "past" (a past-tense clause,
"since") the latest on or before it, "future" ("will", "ahead of") the earliest on or after it, None the nearest
(a weekday: the latest on or before it), "near" (a schedule told in the past) the nearest, a weekday too, "soon"
(a present that schedules) the earliest not more than SOON_DAYS before it (a weekday: SLACK_DAYS).
A past clause allows SLACK_DAYS after the anchor: a US evening article carries the next day's UTC date.
"""
from __future__ import annotations

import datetime as dt
import re

SEARCH_YEARS = 10  # how far a weekday may move a date's year
RECENT_YEARS = 2  # without a publication date or a year in the text, how far back a weekday may place a date
SLACK_DAYS = 1
SOON_DAYS = 45  # "soon" (a present that schedules): the coming one unless the last one is at most six weeks back
#                 (a present that describes: "that number follows 292,000 in June", written on August 10; but
#                 "his chances of winning in November", written on January 19, look ahead)
ONE = dt.timedelta(days=1)


def parse_published(value: str | None) -> dt.date | None:
    """The publication date of a document as a date (None when missing or unreadable): an ISO date or date-time
    (its first ten characters: a date-time with an offset is the day in that offset, the day its writer lived), or
    the RFC 822 date of feeds and mail headers that JSON exports copy ("Mon, 18 Nov 2019 21:24:00 -0500": the day
    in its own offset, 2019-11-18)."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = _RFC822.match(text)
    month = _MON3.get(m.group(2).lower()) if m else None
    return safe_date(int(m.group(3)), month, int(m.group(1))) if month else None


_RFC822 = re.compile(r"(?:[A-Z][a-z]{2},\s*)?(\d{1,2})\s+([A-Z][a-z]{2})\s+(\d{4})\b")
_MON3 = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def year_for_weekday(month: int, day: int, weekday: int, ref_year: int, today: dt.date) -> int | None:
    """The year within SEARCH_YEARS of ``ref_year`` in which month/day falls on ``weekday``: the nearest one not
    in the future, else the nearest one."""
    cands = []
    for y in range(ref_year - SEARCH_YEARS, ref_year + SEARCH_YEARS + 1):
        d = safe_date(y, month, day)
        if d is not None and d.weekday() == weekday:
            cands.append((d > today, abs(y - ref_year), -y, y))
    return min(cands)[3] if cands else None


def weekday_year_near(month: int, day: int, weekday: int, pub: dt.date) -> int | None:
    """With a publication date, the year near it in which month/day is that weekday (usually pub's own)."""
    for y in (pub.year, pub.year - 1, pub.year + 1):
        d = safe_date(y, month, day)
        if d is not None and d.weekday() == weekday:
            return y
    return None


def _years_with(month: int, day: int, anchor: dt.date) -> list[int]:
    """The years around ``anchor`` that have month/day: the year before, of and after it; for February 29 the leap
    years within four years either side."""
    reach = 4 if (month, day) == (2, 29) else 1
    return [y for y in range(anchor.year - reach, anchor.year + reach + 1) if safe_date(y, month, day)]


def nearest_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts month/day nearest to ``anchor`` (ties go to the past)."""
    best = None
    for y in _years_with(month, day, anchor):
        d = safe_date(y, month, day)
        key = (abs((d - anchor).days), d > anchor)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else anchor.year


def day_year(month: int, day: int, anchor: dt.date, when: str | None) -> int:
    """The year of month/day read against ``anchor`` (see the module docstring)."""
    def at(y):
        return safe_date(y, month, day)
    years = _years_with(month, day, anchor)
    if not years:
        return anchor.year
    if when == "this":
        return anchor.year if at(anchor.year) else nearest_year(month, day, anchor)
    # a day named without its year is of the year at hand: the direction picks among the occurrences within a year
    # of the anchor; when there is none that way (February 29 "last" seen four years back), the nearest
    year_ = dt.timedelta(days=366)
    if when == "prev":
        got = [y for y in years if anchor - year_ <= at(y) < anchor]
        return max(got) if got else nearest_year(month, day, anchor)
    if when == "next":
        got = [y for y in years if anchor < at(y) <= anchor + year_]
        return min(got) if got else nearest_year(month, day, anchor)
    if when == "past":
        got = [y for y in years if anchor - year_ <= at(y) <= anchor + SLACK_DAYS * ONE]
        return max(got) if got else nearest_year(month, day, anchor)
    if when == "future":
        got = [y for y in years if anchor - SLACK_DAYS * ONE <= at(y) <= anchor + year_]
        return min(got) if got else nearest_year(month, day, anchor)
    if when == "soon":
        got = [y for y in years if anchor - SOON_DAYS * ONE <= at(y) <= anchor + year_]
        return min(got) if got else nearest_year(month, day, anchor)
    return nearest_year(month, day, anchor)


def month_year(month: int, anchor: dt.date, when: str | None) -> int:
    """The year of a month named without one."""
    here = (anchor.year, anchor.month)
    if when == "this":
        return anchor.year
    if when == "prev":
        return anchor.year if (anchor.year, month) < here else anchor.year - 1
    if when == "next":
        return anchor.year if (anchor.year, month) > here else anchor.year + 1
    if when == "past":
        return anchor.year if (anchor.year, month) <= here else anchor.year - 1
    if when == "future":
        return anchor.year if (anchor.year, month) >= here else anchor.year + 1
    if when == "soon":  # the month just over stays
        soon = anchor - SOON_DAYS * ONE
        return min(y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (y, month) >= (soon.year, soon.month))
    if when == "near" and abs(month - anchor.month) == 6:
        # a schedule or a modal told of a month half a year off either way ("who he would like to see win in
        # November", written in May): what is planned or wished looks ahead (round 21; ties of the nearest go back)
        return anchor.year if month > anchor.month else anchor.year + 1
    return nearest_year(month, 15, anchor)


def weekday_date(weekday: int, anchor: dt.date, when: str | None) -> dt.date:
    """The day a weekday names: the latest on or before the anchor unless the clause looks ahead."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if when == "prev":
        return anchor - dt.timedelta(days=back or 7)
    if when == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if when == "this":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if when == "future":
        return anchor + dt.timedelta(days=ahead)
    if when == "soon":  # a present schedules, but a US evening report carries the next day's date
        return anchor - dt.timedelta(days=back) if back <= SLACK_DAYS else anchor + dt.timedelta(days=ahead)
    if when == "near" and ahead < back:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def occurrence(days: list[dt.date], anchor: dt.date, when: str | None) -> dt.date:
    """Which of the dates of a day that recurs ("Super Tuesday") the text means: the latest on or before the
    anchor in a past clause ("past", "prev"), the earliest on or after it in a future one ("future", "next"), each
    within a year of the anchor; else the nearest ("has reserved ads in Super Tuesday states" a month before it)."""
    days = sorted(days)
    year = dt.timedelta(days=366)  # a day named without its year is of the cycle at hand, not one years away
    before = [d for d in days if anchor - year <= d <= anchor + SLACK_DAYS * ONE]
    after = [d for d in days if anchor - SLACK_DAYS * ONE <= d <= anchor + year]
    if when in ("past", "prev") and before:
        return before[-1]
    if when in ("future", "next") and after:
        return after[0]
    return min(days, key=lambda d: (abs((d - anchor).days), d > anchor))


def week(anchor: dt.date, k: int = 0) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of the anchor's week moved by ``k`` weeks."""
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=k)
    return monday, monday + dt.timedelta(days=6)


def weekend(anchor: dt.date, when: str | None) -> tuple[dt.date, dt.date]:
    """Saturday..Sunday: "last weekend" the one before the anchor's week's, "this/the weekend" by tense (a past
    clause: the latest one begun by the anchor; a future one: the next one not over; else Monday-Tuesday look back,
    Wednesday-Friday ahead), "next weekend" the one after."""
    when = None if when == "near" else when
    sat_this = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=5)  # Saturday of the anchor's week
    prev_sat = sat_this - dt.timedelta(weeks=1)
    if when == "prev":
        sat = prev_sat
    elif when == "next":
        sat = sat_this + dt.timedelta(weeks=1) if anchor.weekday() >= 5 else sat_this
    elif anchor.weekday() >= 5:
        sat = sat_this
    elif when == "past" or (when is None and anchor.weekday() <= 1):
        sat = prev_sat
    else:
        sat = sat_this
    return sat, sat + ONE


def nth_day(day: int, anchor: dt.date, when: str | None) -> dt.date | None:
    """The day a month's day named alone gives ("on the 23rd", round 33): in the anchor's month, unless the clause's
    direction passes it, then the month before (a past clause: "happened on the 28th" written on the 14th) or after
    (a future one: "will open on the 2nd" written on the 14th); no day when the clause gives no direction. A past
    clause's day is never after the anchor ("was arrested on the 15th" written on the 14th: February's; fix r33)."""
    first = anchor.replace(day=1)
    here = safe_date(anchor.year, anchor.month, day)
    if when in ("past", "prev"):
        if here and here <= anchor:  # never after the anchor: a day named alone has no month to say it is ahead
            return here
        b = add_months(first, -1)
        return safe_date(b.year, b.month, day)
    if when in ("future", "next", "soon"):
        if here and here >= anchor - SLACK_DAYS * ONE:
            return here
        b = add_months(first, 1)
        return safe_date(b.year, b.month, day)
    return None


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        x = safe_date(y, m, day)
        if x:
            return x
    return dt.date(y, m, 28)


def season(first_month: int, year: int) -> tuple[dt.date, dt.date]:
    """The meteorological season starting in ``first_month`` of ``year`` (winter: December to February)."""
    start = dt.date(year, first_month, 1)
    return start, add_months(start, 3) - ONE


def season_near(first_month: int, anchor: dt.date, when: str | None) -> tuple[dt.date, dt.date]:
    """"last summer": the latest one over before the anchor; "next summer": the first one begun after it; in a
    future clause the first one not over, in a past clause the latest one begun; "this summer" (or none): the one
    of the anchor's year (winter: the one the anchor's January/February belongs to)."""
    occ = [season(first_month, y) for y in range(anchor.year - 2, anchor.year + 2)]
    if when == "prev":
        return max((s for s in occ if s[1] < anchor), key=lambda s: s[0])
    if when == "next":
        return min((s for s in occ if s[0] > anchor), key=lambda s: s[0])
    if when == "future":  # "will be released in the summer": the first one not over
        return min((s for s in occ if s[1] >= anchor), key=lambda s: s[0])
    if when == "past":  # "was shot in the summer": the latest one begun
        return max((s for s in occ if s[0] <= anchor), key=lambda s: s[0])
    if when == "near":  # a modal, a schedule told in the past: the one at hand, else the nearest (round 21)
        return min(occ, key=lambda s: 0 if s[0] <= anchor <= s[1] else min(abs((s[0] - anchor).days),
                                                                          abs((s[1] - anchor).days)))
    for s in occ:
        if s[0] <= anchor <= s[1]:
            return s
    year = anchor.year - 1 if first_month == 12 and anchor.month <= 2 else anchor.year
    return season(first_month, year)


def two_digit_year(yy: str) -> int:
    """A year written with its century elided ("in '16", "the class of ’92"): '00-'29 of this century, '30-'99 of the
    last (as the elided decades: "the '90s")."""
    return int(yy) + (2000 if int(yy) < 30 else 1900)


def iso_span(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"
