"""A publication date as a caller gives it (a JSONL record's "published", the API's "published",
``newsgraph.analyze(published=...)``), read into the record's form: an ISO date (``2024-03-14``), or the ISO
date-time the caller gave (``2024-03-14T09:30:00+01:00``, kept as given). Filters, sorting, stories and every
relative date of the text count from it, so a value that is not a date is refused with the reason rather than
stored as written (a stored "14.03.2024" fell out of every ``since`` filter and left "on Friday" unresolved).

Read: ISO dates and date-times, a year or a year and month (``2024``, ``2024-03``); day-first numeric dates with
dots (``14.03.2024``, the European and Russian way) and numeric dates with slashes or dashes whose day cannot be
taken for a month (``14/03/2024``, ``03/14/2024``; ``03/04/2024`` is refused as ambiguous); ``2024/03/14``;
English month names (``March 14, 2024``, ``14 Mar 2024``, ``Thursday, March 14, 2024 10:00 ET``); Russian and
Ukrainian genitive months (``14 марта 2024``, ``14 березня 2024 р.``); e-mail and RSS stamps (``Thu, 14 Mar 2024
09:30:00 GMT``). A named-month date with a clock time keeps its day: the day the text was published where it was.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from .pubdate import _MONTHS, _RU_MONTHS, _UK_MONTHS

_CLOCK = r"[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
_ISO = re.compile(rf"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d)(?:{_CLOCK})?)?)?$")
_TIME = r"(?:[ T,]+\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|UTC|GMT|[A-Z]{2,4}|[+-]\d\d:?\d\d)"
_TIME += r"(?:\[[\w/+-]+\])?)?)?$"
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})" + _TIME)  # "2024-03-14 09:30:00 UTC", "2024-3-14"
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)" + _TIME)
_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})" + _TIME)
_COMPACT = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)$")  # "20240314"
_LABEL = re.compile(r"^(?:published|posted|updated|date|опубликовано|обновлено|опубліковано|оновлено)\s*:?\s*", re.I)
_WEEKDAY = r"(?:[A-Za-z]+,?\s+)?"
_REST = r"(?:(?:,?\s+|T).*)?$"
_MONTH_DAY = re.compile(rf"{_WEEKDAY}([A-Za-z]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d){_REST}")
_DAY_MONTH = re.compile(rf"{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+([A-Za-zА-Яа-яЁёІіЇїЄєҐґ']+)\.?,?\s+((?:19|20)\d\d)"
                        rf"(?:\s*(?:года|г\.|року|р\.))?{_REST}")
_SLAVIC = {**_RU_MONTHS, **_UK_MONTHS}  # genitive month names, as the datelines read them (pubdate.py)
_SLAVIC_SHORT = {**{m: i for i, m in enumerate("янв фев мар апр май июн июл авг сен окт ноя дек".split(), 1)},
                 **{m: i for i, m in enumerate("січ лют бер кві тра чер лип сер вер жов лис гру".split(), 1)},
                 "сент": 9, "мая": 5}
HINT = "give YYYY-MM-DD"


def _month(name: str) -> int | None:
    low = name.lower().rstrip(".")
    if low in _SLAVIC:
        return _SLAVIC[low]
    if low in _SLAVIC_SHORT:
        return _SLAVIC_SHORT[low]
    full = [m for m in ("january february march april may june july august september october november december"
                        .split()) if m.startswith(low)]
    if low in ("sept",) or (len(low) >= 3 and full):
        return _MONTHS[low[:3]]
    return None


def _day(y: int, m: int, d: int) -> str:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        raise ValueError(f"no such day ({HINT})") from None


def iso_published(value: str | None) -> str | None:
    """``value`` as an ISO date (or the ISO date-time given); None for None or blank; raises ValueError with the
    reason for a value that is not a date."""
    if value is None:
        return None
    v = _LABEL.sub("", " ".join(str(value).split()))
    if not v:
        return None
    m = _ISO.match(v)
    if m:
        y, mo, d = m.groups()
        if mo is not None and not 1 <= int(mo) <= 12:
            raise ValueError(f"no such month ({HINT})")
        if d is not None:
            _day(int(y), int(mo), int(d))
        return v.replace(" ", "T", 1) if len(v) > 10 else v
    m = _ISO_DAY.match(v)  # an ISO day with a clock or a zone in another shape: the day as written
    if m:
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            raise ValueError(f"no such month ({HINT})")
        return _day(int(m.group(1)), mo, int(m.group(3)))
    m = _COMPACT.match(v)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(v)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if sep == "." or a > 12:
            return _day(y, b, a)
        if b > 12:
            return _day(y, a, b)
        raise ValueError(f"ambiguous: day/month or month/day? ({HINT})")
    m = _YEAR_FIRST.match(v)
    if m:
        return _day(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for rx, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        m = rx.match(v)
        if m:
            g = m.groups()
            name, d = (g[0], g[1]) if order == "md" else (g[1], g[0])
            month = _month(name)
            if month:
                return _day(int(g[2]), month, int(d))
    try:
        stamp = parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError):
        stamp = None
    if stamp is not None:
        return stamp.date().isoformat()
    raise ValueError(f"not a date ({HINT})")
