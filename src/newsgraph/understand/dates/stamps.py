"""Date forms of page furniture and agency notes (round 35, real web pages): the patterns ``patterns._patterns`` adds
for them.

- a numeric day with its clock after it, a timestamp: "15.02.16 12:04:00", "Updated: 27-01-2022 02:12 IST" (a day
  written with hyphens or a two-digit year is a date only so: alone, "15.02.16" may be a version, "27-01" a score;
  a two-digit year only before a clock with a colon or seconds, never after a word of a duration: "за 2.05.33, 10.15"
  is a race time);
- a month written first with its day and year after a comma, in a language that writes the day first ("12:28 Апрель
  2, 2020": a page's template made for English; the nominative month only, ``month_first_forms``);
- a weekday in the genitive after a clock time ("на 11.30 мск вторника", "к 18:00 пятницы"): that day's time, the
  weekday needing no preposition of its own (``weekday_after_clock``: the zone words that may stand between).
"""
from __future__ import annotations


def stamp_patterns(lang: str, conf: dict, mon: str, wd: str, year: str) -> list[tuple[str, str]]:
    """(kind, regex) pairs for the forms above; ``mon``, ``wd`` and ``year`` are the language's month, weekday and
    year sub-patterns as ``patterns._patterns`` builds them."""
    from .patterns import DAY, E, YEAR
    hour = r"(?=[,\s]+(?:[01]?\d|2[0-3])"
    clock = hour + r"[:.][0-5]\d(?!\d))"
    # a two-digit year only before a clock with a colon or with seconds ("15.02.16 12:04:00"): "2.05.33, 10.15" is a
    # race time and a score (round 35 fix)
    short_clock = hour + r"(?::[0-5]\d|\.[0-5]\d\.[0-5]\d)(?![\d.]))"
    # never after a word of a duration ("прошел дистанцию за 2.05.33", ``stamp_not_after``)
    not_after = "".join(rf"(?<!(?<![\w]){w}\s)" for w in conf.get("stamp_not_after", "").split("|") if w)
    # day first unless the language writes its slashed days month first; then only a day the month cannot be
    day = DAY if conf.get("slash_order", "dmy") != "mdy" else r"(?:1[3-9]|2\d|3[01])"
    pats = [("dmy", rf"(?<![\w\d.\-/]){not_after}(?P<day>{day})(?P<sep>[.\-])(?P<mon>0[1-9]|1[0-2])(?P=sep)"
                    rf"(?:(?P<year>{YEAR}){E}(?![.\-/]\d){clock}|(?P<yy>\d\d){E}(?![.\-/]\d){short_clock})")]
    if lang != "en":  # the nominative month only, as the template prints it (``month_first_forms``; round 35 fix)
        first = conf.get("month_first_forms") or mon
        pats.append(("date", rf"(?<![\w\d])(?P<mon>{first})\s+(?P<day>{DAY}),\s+{year}{E}"))
    zones = conf.get("weekday_after_clock", "")
    if zones:
        pats.append(("weekday", rf"(?<=\d[:.]\d\d)(?:\s+(?i:{zones}))?\s+(?P<wd>{wd}){E}"))
    return pats
