"""Days without a year that a year the text writes settles, read after the dates are resolved (round 23 tryout):

- **A list under a coming year.** A month and day without a year ("June 9", "ends October 10th", a page's list of
  tour dates) after the statement of a year still to come ("a 2020 North American tour"), with no other year written
  between, is of that year when the nearest reading puts it before the publication: the text announces what that
  year holds, and a day it lists is no day already past (the nearest reading gave the dates of a tour announced in
  November 2019 in June 2019). Not when its own clause is past ("was arrested on June 9") or a weekday fixes it,
  nor after a year that bounds ("by 2026": a deadline) or once a later sentence tells the past (English parse).
- **A span's end is never before its start.** Two days without a year in one sentence, the later joined as the end
  ("kicks off June 9th … and ends October 10th", "from June 9 to July 2", "June 9 – October 10"): an end read
  before the start is of the next year. Not across a line break: the dash that opens a list's line is a bullet.
- **A named yearly day in a sentence of a past year.** "In March 2012 the president asked …, hoping to keep the
  talks quiet in the run-up to Election Day": the sentence writes one year, before the publication's, in a past
  clause; the day it names is the first of its occurrences on or after the written date, in that year (the nearest
  reading gave the coming Election Day; round 22 read only "the 2012 vote … on Election Day").
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as C

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"\u201c]?[A-Z\u0410-\u042f]|\n\s*\n")
# what joins a span's end to its start: "… and ends October 10th", "through", "to", "until", a dash
_END_JOIN = re.compile(r"\b(?:ends?|ending|ended|closes?|wraps?\s+up|through|thru|to|until|till|до|по)\b|[–—-]",
                       re.I)
_MAX_JOIN = 80
_BOUND = re.compile(r"\b(?:by|until|till|before|through|к|до)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)


def follow(text: str, chosen: list, pub: dt.date | None, past_clause, doc=None) -> None:
    """Adjust the resolved candidates ``chosen`` (in text order) as the module says; ``past_clause(c)`` tells whether
    the clause of a candidate is told in the past; ``doc`` the spaCy parse (English: without it, only the span's
    end is read)."""
    if pub is None:
        return
    if doc is not None:
        _listed_under_coming_year(text, chosen, pub, past_clause, doc)
    _end_after_start(text, chosen)
    if doc is not None:
        _named_day_of_written_year(text, chosen, pub, past_clause, doc)


def _verb(doc, start: int, end: int):
    """The verb a date's phrase hangs on (its first verb ancestor), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    t = span.root if span is not None and len(span) else None
    for _ in range(12):
        if t is None or t.pos_ in ("VERB", "AUX"):
            return t
        t = None if t.head.i == t.i else t.head
    return None


def _dates_the_clause_of(doc, o, c) -> bool:
    """The written date ``o`` dates the verb whose clause holds the named day ``c`` ("In March 2012 the president
    asked …, hoping to keep the talks quiet in the run-up to Election Day"), not another verb's ("Founded in 2008,
    the charity served meals on Christmas Eve": its founding, not the serving)."""
    v, w = _verb(doc, o.start, o.end), _verb(doc, c.start, c.end)
    if v is None or w is None or not (v.i == w.i or any(a.i == v.i for a in w.ancestors)):
        return False
    t = w  # no verb of its own time between ("In 2019 she voted against it, and she says she will vote again before
    while t.i != v.i:  # Thanksgiving": the day's clause is to come; "hoping to raise … before Election Day" is not
        if t.tag_ in ("VBZ", "VBP", "MD") or any(x.dep_ == "aux" and x.tag_ == "MD" for x in t.children):
            return False  # its own, review r23)
        t = t.head
    return True


def _yearless_day(c) -> bool:
    return c.kind == "date" and not c.literal and c.month and c.day and c.value and c.precision == "day" and \
        c.flag is None


def _written_year(c) -> int | None:
    return c.year if c.literal and c.year and c.kind in ("year", "month", "date", "season") else None


def _listed_under_coming_year(text, chosen, pub, past_clause, doc) -> None:
    coming, since = None, 0
    for c in chosen:
        y = _written_year(c)
        if y is not None:
            bound = _BOUND.search(text, max(0, c.start - 30), c.start)  # ("by 2020": a deadline, no season stated)
            coming = y if y > pub.year and c.tense != "past" and bound is None else None
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            since = span.sent.end_char if span is not None and len(span) else c.end
            continue
        if coming is None or not _yearless_day(c) or c.weekday is not None or past_clause(c):
            continue
        if c.start >= since and _told_line(text, doc, c):
            continue  # (after the year's sentence, only a list's line of its own: "June 12 – Boston"; "A poll
            # conducted Nov. 10-12 shows …" tells something else, review r23)
        if any(t.tag_ == "VBD" and since <= t.idx < c.start for t in doc):
            coming = None  # (a later sentence told the past: "… in 2026. Its report listed the outages.")
            continue
        d = C.safe_date(coming, c.month, c.day)
        if d is not None and dt.date.fromisoformat(c.value) < pub:  # (a day still ahead is read as it is: "Tickets
            # go on sale Friday, December 6th", a day of this year's December)
            _set_day(c, d)


def _told_line(text, doc, c) -> bool:
    """The line of ``c`` holds a verb: a sentence telling something, not a list's entry ("June 12 – Boston, MA")."""
    lo = text.rfind("\n", 0, c.start) + 1
    hi = text.find("\n", c.end)
    hi = len(text) if hi < 0 else hi
    return any(t.pos_ in ("VERB", "AUX") and lo <= t.idx < hi for t in doc)


def _end_after_start(text, chosen) -> None:
    for a, b in zip(chosen, chosen[1:]):
        if not (_yearless_day(a) and _yearless_day(b)) or b.start - a.end > _MAX_JOIN:
            continue
        between = text[a.end:b.start]
        if "\n" in between or _SENTENCE_END.search(between) or not _END_JOIN.search(between):
            continue  # (a span is written on one line: "- July 30, Corn Fest" / "- July 29, ..." are a list's entries,
            #          the dash that opens a line a bullet, round 36)
        start, end = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
        later = C.safe_date(end.year + 1, end.month, end.day)
        if end < start and later is not None:
            _set_day(b, later)


def _named_day_of_written_year(text, chosen, pub, past_clause, doc) -> None:
    for c in chosen:
        if c.kind != "named_recurring" or not c.choices or c.literal:
            continue
        s = max((m.end() for m in _SENTENCE_END.finditer(text, 0, c.start)), default=0)
        e = next((m.start() + 1 for m in _SENTENCE_END.finditer(text, c.end)), len(text))
        written = [o for o in chosen if o is not c and s <= o.start and o.end <= e and _written_year(o) and
                   _dates_the_clause_of(doc, o, c)]
        years = {o.year for o in written}
        if len(years) != 1 or next(iter(years)) >= pub.year or not any(past_clause(o) for o in written):
            continue
        (y,) = years
        first = min(_first_day(o) for o in written)
        days = sorted(d for d in map(C.parse_published, c.choices.split("|")) if d)
        day = next((d for d in days if d >= first), None)
        if day is not None and day.year == y and c.value != day.isoformat():
            c.value, c.precision, c.anchor = day.isoformat(), "day", str(y)


def _first_day(o) -> dt.date:
    return dt.date(o.year, o.month or 1, o.day or 1) if o.kind in ("month", "date") else dt.date(o.year, 1, 1)


def _set_day(c, d: dt.date) -> None:
    c.value, c.precision = d.isoformat(), "day"
