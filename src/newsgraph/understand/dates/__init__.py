"""understand.dates: every date expression of the text, resolved as a reader would, in ISO.

How it works (one pass of precompiled regular expressions per language; the parse only where a clause's tense is
needed; dateparser only for the few spaCy date entities the word grammar does not know, cached):

1. Candidates (``matches.candidates``) come from patterns built once per language from the rule files in
   ``lang/<code>/`` (patterns.py): dates, months, years, seasons with a year, decades, weekdays, relative
   expressions; English documents also offer spaCy's DATE entities that no pattern covered.
2. What is no date is dropped (guards.py): clock times ("6:30 a.m."), street addresses ("2134 Caldwell Place"),
   names ("USA TODAY", NBC's "Today", "RTX 2060", "Football Manager 2020", a person called April), numbers that
   count ("2000 troops"); a month standing alone ("October's conference") must read as a noun in the parse.
3. A written year is taken as written. Against the publication date (the ``anchor``), a month or a day without
   a year, a weekday, and a relative expression take the value a reader gives (calendar.py, tense.py,
   relative.py): the cue words first ("last May" the May before, "next Tuesday", "since March", "ahead of
   Tuesday's primary"), then the tense of the governing clause ("was arrested in April" the April before
   publication, "will meet on Friday" the coming Friday; a present schedules unless the day is just past; a
   happening named in a clause that is not past is the coming one; a schedule told in the past, the nearest),
   else the nearest. A month or a day in a past narrative that a written year anchors ("In June 2001 ... In
   August") takes that year; "two months later" counts from the nearest earlier date of the text, "three days
   after the Feb. 10 announcement" from the day it names. Periods ("last week", "this summer", "the 1990s", a
   range "Oct. 5-7") carry their first and last day in ``span``.
   A day the text also writes with its year ("the Sept. 11 attacks" after "Sept. 11, 2001") is that day; "this
   Tuesday" and "this summer" (outside the summer) follow the clause's direction; the infinitive of a verb of asking
   or vowing ("asked him to ... in July") lies after it; an expression counted from a happening ("three days after
   the shooting") names the day its clause's act has ("arrested on Saturday"), else the day the text gives that
   happening elsewhere ("the day after the primary" after "the primaries on March 22"; happening.py); "that year"
   is the year the text last wrote, and gives it to "early June of that year" (anaphora.py); the future of a recent
   saying ("asked whether they would hold the Senate in November") is the coming one; holidays (dates_named.tsv)
   are days, "Black Friday 2018" that year's. No date from a word of the day that names an age ("the leaders of
   tomorrow") or means "at once" ("find them yesterday"), nor from "a Sunday talk show".
4. A date after the publication date in a past-tense clause is flagged (``flag``), its reading kept in
   ``stated`` and its ``value`` left null: it is not stated as fact (a timeline or an event never takes it).
5. Without a publication date the text's own day is taken as the anchor when it gives one (inferred.py: a date line
   at its head; never a date told inside the story), recorded in ``document.inferred_anchor``; every date read
   against it carries ``anchor_from: "text"``. Without either, a weekday fixes a date's year ("Thursday,
   September 4" is the nearest year to the
   latest year the text names -- else today -- in which September 4 is a Thursday, preferring years not in the
   future); otherwise the year of the text's other dates is used; relative expressions keep a null value.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...pipeline import component
from .calendar import SEARCH_YEARS, nearest_year, parse_published, year_for_weekday  # noqa: F401 - public API
from . import inferred
from .extract import extract_dates  # noqa: F401 - public API
from .lexical import counts_noun  # noqa: F401 - public API
from .patterns import FALLBACK_LANGUAGE, YEAR, DateRules, date_rules, number_pattern  # noqa: F401 - public API


@lru_cache(maxsize=64)
def _relative_parser(lang: str, base: dt.date):
    from dateparser.date import DateDataParser
    langs = [lang] if lang in ("en", "ru", "uk") else ["en"]
    return DateDataParser(languages=langs, settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12, 0),
        "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=4096)
def resolve_relative(text: str, lang: str, base: dt.date) -> tuple[str | None, str | None]:
    """(value, precision) of a relative expression against ``base`` (dateparser); (None, None) when vague."""
    parser = _relative_parser(lang, base)  # outside the catch: a broken install fails the document, never empties dates
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; a vague date is not a failure
        return None, None
    d, period = data.date_obj, data.period
    if d is None:
        return None, None
    if period == "day":
        return d.date().isoformat(), "day"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "week" and re.search(r"\d|ago|назад|тому|через", text, re.I):
        return d.date().isoformat(), "day"
    return None, None  # "last week", "this week": no single day


FLAG_CAPTURE_ANCHOR = "counted from the capture date"
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|'\d\d\b")


def flag_capture_anchored(found: list, published: str | None) -> None:
    """A page whose only date is a web archive's capture date (``published_from: "capture"``) was published on
    that day or any day before: a reading counted from it ("on Monday", "in March", "last year": no year written)
    is not stated as fact: flagged, the reading kept in ``stated`` (tryout r17: "on Monday" dated from a
    WARC-Date)."""
    day = (published or "")[:10]
    for x in found:
        if x.anchor and x.anchor[:10] == day and (x.value or x.span) and not _WRITTEN_YEAR.search(x.text) \
                and x.flag is None:
            x.flag, x.stated, x.value, x.span = FLAG_CAPTURE_ANCHOR, x.value or x.span, None, None


@component("understand.dates", requires=("document.text", "document.language", "document.published",
                                         "document.published_from", "scratch.doc"),
           assigns=("dates", "document.inferred_anchor"))
def dates(work) -> None:
    doc = work.record.document
    view = work.scratch["doc"]
    work.record.dates = extract_dates(doc.text, doc.language, doc.published, view=view)
    if not doc.published:  # no real anchor: the day the text stands on, if it gives one (inferred.py)
        work.record.dates, anchor = inferred.read_again(doc.text, doc.language, work.record.dates, view)
        doc.inferred_anchor = anchor.as_dict() if anchor else None
    if doc.published_from == "capture":
        flag_capture_anchored(work.record.dates, doc.published)
