"""One day per weekday name in a news text: a report names the days of its week by their weekday, and the same
name names the same day throughout ("Monday's debate might not move mountains ... Clinton didn't need an
earthshaking event on Monday ... the huzzahs ... Monday night"). A weekday whose own clause does not settle its
direction (a present, a modal, a day that names a happening, no verb at all) takes the day the text's settled
mentions of the same weekday agree on: those a cue word places ("last Monday", "next Monday") or a past or future
verb tells of. Nothing is changed when the settled mentions disagree (a text that names two Tuesdays) or when there
is none, nor is a day taken that lies more than a week from the publication date. A month or a day of the month
named without its year is read the same way ("the Nov. 8 election" under a present, after "voters will decide on
Nov. 8"): the year its settled namesakes agree on (a cue, a past or future verb, a year the text gives it).
"""
from __future__ import annotations

import datetime as dt

from . import calendar as C

SETTLED = ("past", "prev", "next", "this")  # readings a cue word or a past verb gives (see extract._Resolver.when)


def settled(when: str | None, tense: str | None, adverbial) -> bool:
    """Does the weekday's own clause settle its direction? A cue or a past verb that tells of it does; a future
    verb does when the weekday tells when its act happens (not "Monday's debate might ...": a happening it names)."""
    if adverbial == "happening":
        return False
    return when in SETTLED or (when == "future" and tense == "future")


def same_weekday(chosen: list, pub: dt.date) -> None:
    """Give the unsettled weekdays of ``chosen`` the day their settled namesakes agree on (see the docstring)."""
    days: dict[int, set[str]] = {}
    for c in chosen:
        if c.kind == "weekday" and c.value and c.settled:
            days.setdefault(c.weekday, set()).add(c.value)
    for c in chosen:
        if c.kind != "weekday" or not c.value or c.settled or c.flag:
            continue
        agreed = days.get(c.weekday, set())
        if len(agreed) == 1:
            day = next(iter(agreed))
            if abs((dt.date.fromisoformat(day) - pub).days) <= 7:
                c.value = day


def same_month(chosen: list) -> None:
    """Give the unsettled months and days without a year the year their settled namesakes agree on."""
    def key(c):
        if c.literal or not c.value or c.flag or c.range_of is not None:
            return None
        if c.kind == "month":
            return ("month", c.month)
        return ("date", c.month, c.day) if c.kind == "date" and c.day else None
    years: dict[tuple, set[str]] = {}
    for c in chosen:
        k = key(c)
        if k is not None and c.settled:
            years.setdefault(k, set()).add(c.value[:4])
    for c in chosen:
        k = key(c)
        agreed = years.get(k, set()) if k is not None and not c.settled else set()
        if len(agreed) == 1:
            y = int(next(iter(agreed)))
            if c.kind == "month" or C.safe_date(y, c.month, c.day):  # (no February 29 of a common year)
                c.value = f"{y:04d}" + c.value[4:]
