"""An anchor inferred from the text (round 32, issue 18): a document with no publication date (no metadata, no date
in its file name, no dateline the reader found) has nothing to resolve "вчера", "в субботу", "в ноябре" or "last week"
against. A careful reader takes the day the text itself stands on:

1. a date line at its head: a full date (day, month, written year) alone on one of its first lines, or opening its
   first line as a dateline does ("Москва, 14 марта 2024 года." is read at ingest already; this one also serves a text
   given as a string);
2. else the latest full date the text reports as past: a date in a clause whose tense is past ("10 ноября 2010 года
   суд вынес приговор"), never one in a clause that is not past (a plan, a schedule, a quote of what will be), in a
   reader's reminder of an old fact, in a birth or death ("родился 5 мая 1950 года": ``birth_words``), or one that
   names a thing (a law's or a document's date, "закон от 27 июля 2006 года": it hangs on a noun).

The inferred anchor is a lower bound: the text was written on that day or after it. It is used only where no real
anchor exists (a real one always wins), it is recorded in ``document.anchor`` (the day, the span it came from, how it
was found) and every date resolved against it carries ``anchor_from: "text"`` (docs/analysis-json.md).

Which readings it gives was decided by measurement (fresh31ru, fresh32ru; see ``DAY_WORDS``): a month, a year, a
season, a week named relatively ("в ноябре", "в прошлом году", "этим летом") and a weekday are kept; an expression
counted in days from the day of writing ("вчера", "сегодня", "накануне", "три дня назад") is left without a value,
since the day of writing may be any day after the anchor.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import attachment, background, tense
from .patterns import FALLBACK_LANGUAGE, date_rules, settings

# how many of the first non-empty lines a date line is looked for in
HEAD_LINES = 3
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# a count in days from the day of writing ("вчера", "три дня назад") read against an inferred anchor (a lower bound):
# kept (True) or left without a value (False); decided by measurement (module docstring)
KEEP_DAY_COUNTS = True


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
    a document's date (right before)."""
    births, documents = (settings(lang).get(k, "") for k in ("birth_words", "document_date_words"))
    parts = [rf"(?<![\w-])(?:{births})(?![\w-])[^.!?\n]{{0,40}}$" if births else "",
             rf"(?<![\w-])(?:{documents})\s+$" if documents else ""]
    parts = [p for p in parts if p]
    return re.compile("|".join(parts), re.I) if parts else None


def _full_dates(found: list) -> list:
    """The expressions that write a whole day with its year ("10 ноября 2010 года", "March 14, 2024")."""
    return [x for x in found if x.value and x.precision == "day" and len(x.value) == 10 and not x.flag
            and _WRITTEN_YEAR.search(x.text)]


def _date_line(text: str, fulls: list):
    """A full date on one of the first lines with nothing before it but a place and a comma or a dash ("14 марта 2024
    года", "Москва, 14 марта 2024 года. ...", "WASHINGTON - March 14, 2024 -"), and a mark or the line's end after it."""
    pos, seen = 0, 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        seen += 1
        for x in fulls:
            if a <= x.start and x.end <= b and _HEAD.fullmatch(text, a, x.start) and _TAIL.match(text, x.end, b):
                return x
        if seen >= HEAD_LINES or pos > 2000:
            break
    return None


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
    x = _date_line(text, fulls)
    if x is not None:
        return Anchor(x.value, x.start, x.end, x.text, "date line")
    dr = date_rules(lang)
    other = _not_the_day(dr.lang)
    past = [x for x in fulls
            if _past(view, x, dr)
            and not (other is not None and other.search(text, max(0, x.start - 60), x.start))
            and not background.reminded(text, x.start, x.end, dr.lang)
            and not attachment.hangs_on_noun(view, x.start, x.end)]
    if not past:
        return None
    x = max(past, key=lambda x: (x.value, x.start))
    return Anchor(x.value, x.start, x.end, x.text, "latest past date")


@lru_cache(maxsize=None)
def _day_words(lang: str):
    words = settings(lang).get("day_count_words", "")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I) if words else None


def counts_days(x, lang: str) -> bool:
    """An expression counted in days from the day of writing ("вчера", "сегодня", "три дня назад", "yesterday"): no
    month written, a day's value, and a word of the language's ``day_count_words``."""
    words = _day_words(date_rules(lang).lang)
    return bool(words is not None and x.precision == "day" and words.search(x.text)) and \
        not any(m in x.text.lower() for m in date_rules(lang).months)


def read_again(text: str, lang: str | None, found: list, view, today: dt.date | None = None) -> tuple[list, Anchor | None]:
    """(the dates, the anchor): ``found`` (read with no anchor) read again against the anchor the text gives, if it
    gives one. An expression that writes its year keeps its first reading (it owes nothing to the anchor: "в декабре
    2010 года" after an anchor of 10 November 2010 is no past act dated ahead of its time); every other one read
    against the anchor says so (``anchor_from``), and a count in days from the day of writing is left without a value
    when ``KEEP_DAY_COUNTS`` is off (its reading kept in ``stated``, flagged)."""
    from .extract import extract_dates
    today = today or dt.date.today()
    lang = (lang or FALLBACK_LANGUAGE).lower()
    anchor = infer(text, lang, found, view, today)
    if anchor is None:
        return found, None
    first = {(x.start, x.end): x for x in found}
    out = []
    for x in extract_dates(text, lang, anchor.day, view=view, today=today):
        f = first.get((x.start, x.end))
        if f is not None and _WRITTEN_YEAR.search(x.text) and (f.value or f.span):
            out.append(f)
            continue
        if x.anchor and x.anchor[:10] == anchor.day and (x.value or x.span or x.stated):
            x.anchor_from = "text"
            if x.flag is None and not KEEP_DAY_COUNTS and counts_days(x, lang):
                x.flag, x.stated, x.value, x.span = FLAG_INFERRED_DAY, x.value or x.span, None, None
        out.append(x)
    return out, anchor


FLAG_INFERRED_DAY = "counted in days from an inferred anchor"
