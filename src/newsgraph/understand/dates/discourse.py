"""One day per weekday name in a news text: a report names the days of its week by their weekday, and the same
name names the same day throughout ("Monday's debate might not move mountains ... Clinton didn't need an
earthshaking event on Monday ... the huzzahs ... Monday night"). A weekday whose own clause does not settle its
direction (a present, a modal, a day that names a happening, no verb at all) takes the day the text's settled
mentions of the same weekday agree on: those a cue word places ("last Monday", "next Monday") or a past or future
verb tells of. Nothing is changed when the settled mentions disagree (a text that names two Tuesdays) or when there
is none, nor is a day taken that lies more than a week from the publication date.
"""
from __future__ import annotations

import datetime as dt

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
