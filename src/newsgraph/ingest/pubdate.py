"""A web page's publication day as a careful reader gives it: the day of the page's own byline, in the time zone
the page prints, not the UTC day of its metadata.

The sources, in the order they win:

1. the URL's date ("/2019/11/18/"): a content system makes the URL when the story is published, in the newsroom's
   local day, so it wins over metadata that disagrees, whether by a day (metadata in UTC: an evening story in
   New York is "2019-11-19T02:24Z") or by more (the metadata holds another date of the page, e.g. the statement
   a fact-check is about);
2. the metadata date trafilatura finds (article:published_time, JSON-LD datePublished, ...), except when the page
   prints a byline stamp with a clock time and a named zone ("Nov 18, 2019 at 9:24 pm ET", "11:26 pm EST,
   Tuesday, November 19, 2019") whose day is the day before it: the metadata then holds the UTC instant of an
   evening publication in the Americas (or a wrongly zoned one), and the reader's day is the stamp's;
3. without metadata, such a stamp.

A stamp later than the metadata day never wins: pages print today's date in their furniture ("November 20, 2019
Print Edition") and update times. Audited on the 85 dev-half benchmark pages (eval/data/pubdates-benchmark-dev.tsv,
``newsgraph eval pubdates``).
"""
from __future__ import annotations

import datetime as dt
import re

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?|[a-z]{3})[/-](\d\d?)(?=[-/_.]|$)", re.I)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def url_date(url: str | None) -> str | None:
    """The publication day a URL's path gives ("/2019/nov/18/", "/2019/11/18/", "/story-2019-11-19/"), or None."""
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    y, mo, d = m.groups()
    month = int(mo) if mo.isdigit() else _MONTHS.get(mo.lower())
    try:
        return dt.date(int(y), month, int(d)).isoformat() if month else None
    except ValueError:
        return None


# Zones news pages print in bylines (North America first; GMT/UTC; Europe, India, East Asia, Australia).
_ZONE = (r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|"
         r"HKT|SGT|JST|KST|AEST|AEDT)")
_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MON}\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)|(\d{{1,2}})\s+{_MON}\s+((?:19|20)\d\d))"
_CLOCK = r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|[01]\d[0-5]\d)"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
_STAMP = re.compile(
    rf"(?<![\w-]){_DATE}\s*(?:[,|/@\u2022\u2013\u2014-]+\s*)*(?:at\s+)?{_CLOCK}\s*\(?{_ZONE}(?![\w])"
    rf"|(?<![\w:.]){_CLOCK}\s*\(?{_ZONE}\)?(?![\w])[\s,]*(?:{_WEEKDAY},?\s*)?{_DATE}", re.I)
_INVISIBLE = re.compile(r"(?is)<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->")
_TAG = re.compile(r"<[^>]+>")


def visible_text(html: str) -> str:
    """The text a browser shows of a page, roughly: no scripts, styles or comments; tags dropped."""
    return re.sub(r"\s+", " ", _TAG.sub(" ", _INVISIBLE.sub(" ", html)))


def _day(groups: tuple[str | None, ...]) -> str | None:
    mon, d, y = (groups[0], groups[1], groups[2]) if groups[0] else (groups[4], groups[3], groups[5])
    month = _MONTHS.get((mon or "")[:3].lower())
    try:
        return dt.date(int(y), month, int(d)).isoformat() if month and y and d else None
    except ValueError:
        return None


def byline_stamp(html: str) -> str | None:
    """The day of the first date-and-time stamp with a named time zone the page shows ("Nov. 18, 2019 7:04 pm ET",
    "Published 11:26 pm EST, Tuesday, November 19, 2019", "November 18, 2019 -- 19:14 GMT"); a stamp labelled as
    an update counts only when no other is found. None without one."""
    text = visible_text(html)
    updated = None
    for m in _STAMP.finditer(text):
        g = m.groups()
        day = _day(g[:6]) if (g[0] or g[4]) else _day(g[6:12])
        if day is None:
            continue
        if re.search(r"updated?:?\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            updated = updated or day
            continue
        return day
    return updated


def _gap(a: str, b: str) -> int | None:
    try:
        return (dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days
    except ValueError:
        return None


def publication_day(found: str | None, url: str | None, html: str | None = None) -> str | None:
    """The page's publication day (see the module's docstring): the URL's date, else the metadata's date unless the
    page's byline stamp is the day before it, else the stamp; None when the page gives none."""
    return publication_source(found, url, html)[0]


def publication_source(found: str | None, url: str | None, html: str | None = None) -> tuple[str | None, str]:
    """(publication day, where it came from: url, metadata, byline or none)."""
    day = url_date(url)
    if day is not None and found:
        gap = _gap(found, day)
        if gap is not None and gap == 0:
            return found, "metadata"
        return day, "url"
    if day is not None:
        return day, "url"
    stamp = byline_stamp(html) if html else None
    if found:
        if stamp is not None and _gap(found, stamp) == 1:
            return stamp, "byline"
        return found, "metadata"
    if stamp is not None:
        return stamp, "byline"
    return None, "none"
