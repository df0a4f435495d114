"""An anchor inferred from the text (round 32, issue 18): a document with no publication date (no metadata, no date
in its file name, no dateline the cleaning reads) has nothing to resolve "вчера", "в субботу", "в ноябре" or "last
week" against. When the text dates itself, a careful reader takes that day: a date line at its head, a full date (day,
month, written year) on one of its first three lines with nothing before it but a place and a comma, a dash or a full
stop ("14 марта 2011 года" alone under the title; "Москва. 14 марта 2011 года."; a dateline with a comma the cleaning
reads already, as the publication date), or opening the lead's sentence of a past act ("5 апреля 2011 года в Грозном
прошла инаугурация") when no later year follows in the text.

A real anchor always wins. The inferred one is recorded in ``document.inferred_anchor`` (the day, the span it came
from, ``how``: "date line") and every date read against it carries ``anchor_from: "text"`` (docs/analysis-json.md).

Only a date line, by measurement and review (round 32, anchor32fix): anchor32 also took the latest full date the text
reports as past, a lower bound of the day of writing; of 15 such anchors on the English dev texts read with no date 11
lay over a year before publication, and the review (tests/test_review2_r32.py) found it making ordinary dateless
texts worse than no anchor: a month told after the date went a year back ("took office on January 5, 2014. In March
..." read 2013-03), and deadlines ("до 15 мая 2015 года"), rescheduled hearings, plans told in the past tense ("was
due on ...", "должны были пройти ...") and births told at length became the anchor. A wrong date is worse than none.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import tense
from .other_dates import FLAG_FUTURE_IN_PAST
from .patterns import FALLBACK_LANGUAGE, date_rules

# how many of the first non-empty lines a date line is looked for in
HEAD_LINES = 3
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
DATE_LINE = "date line"


@dataclass
class Anchor:
    day: str  # ISO day
    start: int
    end: int
    text: str
    how: str  # "date line"

    def as_dict(self) -> dict:
        return {"date": self.day, "start": self.start, "end": self.end, "text": self.text, "how": self.how}


def _full_dates(found: list) -> list:
    """The expressions that write a whole day with its year ("10 ноября 2010 года", "March 14, 2024")."""
    return [x for x in found if x.value and x.precision == "day" and len(x.value) == 10 and not x.flag
            and _WRITTEN_YEAR.search(x.text)]


# before a dateline's date: nothing, or a place of up to three words and a comma or a dash, or a place of up to three
# capitalised words and a full stop ("Москва. 14 марта 2011 года."); after it: a mark or the line's end
_PLACE = r"[^\W\d_][\w.'-]*(?:\s+[\w.'-]+){0,2}"
_HEAD = re.compile(rf"\s*(?:(?P<place>{_PLACE})\s*(?P<mark>[,.\u2014\u2013-])\s*)?")
_TAIL = re.compile(r"\s*(?:[.,:;(\u2014\u2013-]|$)")


def _head(text: str, a: int, b: int) -> bool:
    """Is text[a:b] nothing but (a place and) a dateline's mark? A full stop only after capitalised words: "Москва.",
    not "Он ушёл." (the end of a sentence)."""
    m = _HEAD.fullmatch(text, a, b)
    if m is None:
        return False
    return m.group("mark") != "." or all(w[:1].isupper() for w in m.group("place").split())


def _date_line(text: str, fulls: list, opens_past) -> tuple:
    """A full date on one of the first lines with nothing before it but a place and a comma, a dash or a full stop
    ("14 марта 2024 года", "Москва, 14 марта 2024 года. ...", "WASHINGTON - March 14, 2024 -"), and a mark or the
    line's end after it; or a date that opens the line's first sentence of a past act ("5 апреля 2011 года в Грозном
    прошла инаугурация": the lead's day, ``opens_past``). (the date, whether it opens a lead) or (None, False)."""
    pos, seen = 0, 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        seen += 1
        for x in fulls:
            if a <= x.start and x.end <= b and _head(text, a, x.start):
                if _TAIL.match(text, x.end, b):
                    return x, False
                if not text[a:x.start].strip() and opens_past(x):
                    return x, True
        if seen >= HEAD_LINES or pos > 2000:
            break
    return None, False


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
    if x is None or (lead and _later_year(found, x.value[:4])):
        return None
    return Anchor(x.value, x.start, x.end, x.text, DATE_LINE)


def _later_year(found: list, year: str) -> bool:
    """Does the text write a year after ``year`` (in any clause: "В 2011 году", "the 2020 race")? Then the date that
    opens its lead is an old fact the story looks back on ("5 апреля 2001 года ... В 2011 году её участники собрались
    снова"), not the day it stands on."""
    return any(_WRITTEN_YEAR.search(x.text) and (x.value or x.span or x.stated or "")[:4] > year for x in found)


def read_again(text: str, lang: str | None, found: list, view,
               today: dt.date | None = None) -> tuple[list, Anchor | None]:
    """(the dates, the anchor): ``found`` (read with no anchor) read again against the date line the text gives, if it
    gives one and nothing in the text contradicts it. An expression that writes its year keeps its first reading (it
    owes nothing to the anchor); every other one read against the anchor says so (``anchor_from``). A date read after
    the anchor in a past-tense clause shows the text stands later: then no anchor."""
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
        out.append(x)
    return out, anchor
