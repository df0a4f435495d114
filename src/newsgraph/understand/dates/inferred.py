"""An anchor inferred from the text (round 32, issue 18): a document with no publication date (no metadata, no date
in its file name, no dateline the cleaning reads) has nothing to resolve "вчера", "в субботу", "в ноябре" or "last
week" against. A careful reader takes the day the text itself stands on:

1. a date line at its head: a full date (day, month, written year) on one of its first three lines with nothing before
   it but a place and a comma or a dash ("14 марта 2011 года" alone under the title; a dateline with its place the
   cleaning reads already, as the publication date), or opening the lead's sentence of a past act ("5 апреля 2011
   года в Грозном прошла инаугурация");
2. else the latest full date the text reports as past: a date in a clause whose tense is past ("10 ноября 2010 года
   суд вынес приговор"), never one in a clause that is not past (a plan, a schedule, a quote of what will be), in a
   reminder of an old fact ("напомним", ``background_words``), in a birth ("родился 5 мая 1950 года",
   ``birth_words``), a document's date ("закон от 27 июля 2006 года", ``document_date_words``; English: a date
   hanging on a noun) or the start of a period ("начиная с 15 декабря 2005 года", "since March 3, 2010":
   ``cue_from``, ``period_to_now``); and none when the text writes a later year anywhere ("in May 2017" after "April
   26, 2016": the full date is an old fact the story looks back on) or, read against it, dates a past act after it.

A real anchor always wins. The inferred one is recorded in ``document.inferred_anchor`` (the day, the span it came
from, how it was found) and every date read against it carries ``anchor_from: "text"`` (docs/analysis-json.md).

Which readings it gives was decided by measurement (``newsgraph eval dates --anchor none``: the English dev texts read
with no date, and fresh31ru/fresh32ru): the latest past date is only a lower bound (of 15 such anchors on the English
dev texts, 11 lay over a year before publication), so against it a reading that needs the very day of writing (a
weekday, "вчера", "три дня назад", "last week": ``day_level``) is left without a value (flagged, its reading in
``stated``): of the dev items those anchors touched, such readings were right 7 times and wrong 10. A month, a year,
a season, a month named relatively ("в ноябре", "в прошлом году", "этим летом", "last month") keep their reading. A
date line dates the text itself: against it every reading is kept.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import attachment, background, tense
from .other_dates import FLAG_FUTURE_IN_PAST
from .patterns import FALLBACK_LANGUAGE, date_rules, settings

# how many of the first non-empty lines a date line is looked for in
HEAD_LINES = 3
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
DATE_LINE, LATEST_PAST = "date line", "latest past date"


@dataclass
class Anchor:
    day: str  # ISO day
    start: int
    end: int
    text: str
    how: str  # "date line" | "latest past date"

    def as_dict(self) -> dict:
        return {"date": self.day, "start": self.start, "end": self.end, "text": self.text, "how": self.how}


@lru_cache(maxsize=None)
def _not_the_day(lang: str):
    """The words before a full date that make it no day the text stands on: a birth (up to 40 characters before),
    a document's date, the start of a period (right before)."""
    births, documents = (settings(lang).get(k, "") for k in ("birth_words", "document_date_words"))
    # a date that starts a period ("since", "начиная с"): the period runs on after it, to the day of writing
    starts = "|".join(w for w in (settings(lang).get(k, "") for k in ("period_to_now", "cue_from")) if w)
    parts = [rf"(?<![\w-])(?:{births})(?![\w-])[^.!?\n]{{0,40}}$" if births else "",
             rf"(?<![\w-])(?:{documents})\s+$" if documents else "",
             rf"(?<![\w-])(?:{starts})\s+$" if starts else ""]
    parts = [p for p in parts if p]
    return re.compile("|".join(parts), re.I) if parts else None


def _full_dates(found: list) -> list:
    """The expressions that write a whole day with its year ("10 ноября 2010 года", "March 14, 2024")."""
    return [x for x in found if x.value and x.precision == "day" and len(x.value) == 10 and not x.flag
            and _WRITTEN_YEAR.search(x.text)]


def _date_line(text: str, fulls: list, opens_past) -> tuple:
    """A full date on one of the first lines with nothing before it but a place and a comma or a dash ("14 марта 2024
    года", "Москва, 14 марта 2024 года. ...", "WASHINGTON - March 14, 2024 -"), and a mark or the line's end after
    it; or a date that opens the line's first sentence of a past act ("5 апреля 2011 года в Грозном прошла
    инаугурация": the lead's day, ``opens_past``). (the date, whether it opens a lead) or (None, False)."""
    pos, seen = 0, 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        seen += 1
        for x in fulls:
            if a <= x.start and x.end <= b and _HEAD.fullmatch(text, a, x.start):
                if _TAIL.match(text, x.end, b):
                    return x, False
                if not text[a:x.start].strip() and opens_past(x):
                    return x, True
        if seen >= HEAD_LINES or pos > 2000:
            break
    return None, False


# before a dateline's date: nothing, or a place of up to three words and a comma or a dash; after it: a mark or the end
_HEAD = re.compile(r"\s*(?:[^\W\d_][\w.'-]*(?:\s+[\w.'-]+){0,2}\s*[,\u2014\u2013-]\s*)?")
_TAIL = re.compile(r"\s*(?:[.,:;(\u2014\u2013-]|$)")


def _past(view, x, dr) -> bool:
    t, _ = tense.clause_tense(view, x.start, x.end, dr)
    return t in ("past", "perfect", "past_other")


def infer(text: str, lang: str, found: list, view, today) -> Anchor | None:
    """The anchor a careful reader takes from ``text`` (see the module docstring), or None."""
    fulls = [x for x in _full_dates(found) if x.value <= today.isoformat()]
    if not fulls:
        return None
    dr = date_rules(lang)
    x, lead = _date_line(text, fulls, lambda x: _past(view, x, dr))
    if x is not None and not (lead and _later_year(found, x.value[:4])):
        return Anchor(x.value, x.start, x.end, x.text, DATE_LINE)
    other = _not_the_day(dr.lang)
    past = [x for x in fulls
            if _past(view, x, dr)
            and not (other is not None and other.search(text, max(0, x.start - 60), x.start))
            and not background.reminded(text, x.start, x.end, dr.lang)
            and not attachment.hangs_on_noun(view, x.start, x.end)]
    if not past:
        return None
    x = max(past, key=lambda x: (x.value, x.start))
    if _later_year(found, x.value[:4]):
        return None
    return Anchor(x.value, x.start, x.end, x.text, LATEST_PAST)


def _later_year(found: list, year: str) -> bool:
    """Does the text write a year after ``year`` (in any clause: "in May 2017", "the 2020 race")? Then its latest
    past full date is an old fact the story looks back on, not the day it stands on (measured on the English dev
    texts read with no date: of 15 such anchors 11 lay over a year before publication, 7 of them in texts that
    write a later year)."""
    return any(_WRITTEN_YEAR.search(x.text) and (x.value or x.span or x.stated or "")[:4] > year for x in found)


def day_level(x, lang: str) -> bool:
    """Does the reading of ``x`` need the very day of writing: a weekday, a day or a week counted from it ("в
    субботу", "вчера", "три дня назад", "last week"), no month and no year written in it? ("Friday, April 1" needs
    only the year.)"""
    if x.precision not in ("day", "week", "weekend") or _WRITTEN_YEAR.search(x.text):
        return False
    months = date_rules(lang).months
    return not any(w in months or w.rstrip(".") in months for w in re.findall(r"[^\W\d_]+\.?", x.text.lower()))


def read_again(text: str, lang: str | None, found: list, view,
               today: dt.date | None = None) -> tuple[list, Anchor | None]:
    """(the dates, the anchor): ``found`` (read with no anchor) read again against the anchor the text gives, if it
    gives one and nothing in the text contradicts it. An expression that writes its year keeps its first reading (it
    owes nothing to the anchor); every other one read against the anchor says so (``anchor_from``). Against a latest
    past date (a lower bound: the text may have been written any day after it) a reading that needs the very day of
    writing (``day_level``) is left without a value, flagged, its reading kept in ``stated``; a date line dates the
    text itself and keeps them all. A date read after the anchor in a past-tense clause ("was fined in December 2010"
    after "10 ноября 2010 года") shows the text stands later: then no anchor."""
    from .extract import extract_dates
    today = today or dt.date.today()
    lang = (lang or FALLBACK_LANGUAGE).lower()
    anchor = infer(text, lang, found, view, today)
    if anchor is None:
        return found, None
    again = extract_dates(text, lang, anchor.day, view=view, today=today)
    if any(x.flag == FLAG_FUTURE_IN_PAST for x in again):
        return found, None
    first = {(x.start, x.end): x for x in found}
    out = []
    for x in again:
        f = first.get((x.start, x.end))
        if f is not None and _WRITTEN_YEAR.search(x.text) and (f.value or f.span):
            out.append(f)
            continue
        if x.anchor and x.anchor[:10] == anchor.day and (x.value or x.span or x.stated):
            x.anchor_from = "text"
            if x.flag is None and anchor.how != DATE_LINE and day_level(x, lang):
                x.flag, x.stated, x.value, x.span = FLAG_INFERRED_DAY, x.value or x.span, None, None
        out.append(x)
    return out, anchor


FLAG_INFERRED_DAY = "the day of writing not known: the text's latest past date is only a lower bound"
