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
Print Edition") and update times. A metadata date the page does not hold anywhere a reader or a publisher's metadata
would (the visible text, meta tags, JSON-LD, <time> elements, or a script's publication field) is dropped: better no
date than a reader comment's (trafilatura's wide search finds "2018-02-24 10:15:59" in a script writing comments).
Audited on the 85 dev-half benchmark pages (eval/data/pubdates-benchmark-dev.tsv, ``newsgraph eval pubdates``).
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


# A dateline opening a plain text: "WASHINGTON, March 14, 2024 (Reuters) -", "March 14, 2024", "Published: 14 March
# 2024", "Москва, 14 марта 2024 года.", "Київ, 3 березня 2022 р." (a place in capitals or title case, then the date)
_RU_MONTHS = {m: i for i, m in enumerate(("января февраля марта апреля мая июня июля августа сентября октября ноября "
                                           "декабря").split(), 1)}
_UK_MONTHS = {m: i for i, m in enumerate(("січня лютого березня квітня травня червня липня серпня вересня жовтня "
                                           "листопада грудня").split(), 1)}
# A dateline is a place and a date, closed by an agency in brackets, a dash, a slash or the line's end ("Москва,
# 14 марта 2024 года." too); a labelled date ("Published: ..."); or a date alone on the line under a byline. A
# line that opens with a date and goes on ("9 мая 1945 года в Москве прошел первый парад", "Feb. 24, 2022: troops
# invade") is the story's, not its dateline.
# (the place's capitals are read case-sensitively inside the case-insensitive patterns: "Выборы прошли в
# воскресенье, 17 марта 2024 года." is a sentence, no place and date)
# a place, and maybe its state or region ("SPRINGFIELD, Ill., March 14", "ALBANY, N.Y. — March 14")
_PLACE = (r"(?-i:[A-ZА-ЯЁІЇЄҐ][\w.'’-]*(?:[ -][A-ZА-ЯЁІЇЄҐ][\w.'’-]*){0,3}),\s+"
          r"(?:(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:,\s+|\s+[-–—]\s+))?")
_LABEL = r"(?:Published|Posted|Updated|Опубликовано|Опубліковано)(?:\s+on)?\s*:?\s*"
_CLOSE = (r"(?:(?:\s+(?:года|року))?\.\s+(?=[A-ZА-ЯЁІЇЄҐ])|\s+(?:г|р)\.\s+(?=[A-ZА-ЯЁІЇЄҐ])"
          r"|(?:\s+(?:года|року|г\.|р\.))?\.?\s*(?:\(|/|[-–—]|$))")
_EN_DAY = rf"(?:{_WEEKDAY},?\s+)?{_DATE}"
_SL_DAY = r"(\d{1,2})\s+([а-яёіїєґ']+)\s+((?:19|20)\d\d)(?!\d)"
_DATELINES_EN = (re.compile(rf"^\s*{_PLACE}{_EN_DAY}(?={_CLOSE})", re.I), re.compile(rf"^\s*{_LABEL}{_EN_DAY}", re.I))
_DATELINES_SL = (re.compile(rf"^\s*{_PLACE}{_SL_DAY}(?={_CLOSE})", re.I), re.compile(rf"^\s*{_LABEL}{_SL_DAY}", re.I))
_ALONE_EN = re.compile(rf"^\s*{_EN_DAY}\s*$", re.I)
_ALONE_SL = re.compile(rf"^\s*{_SL_DAY}(?:\s*(?:года|г\.|р\.|року))?\.?\s*$", re.I)
_BYLINE = re.compile(r"^\s*(?:By|От|Автор)\s+\S", re.I)


# what may follow the date of a line that is a dateline and nothing more: "року.", "г.", an agency in brackets, a dash
_DATELINE_REST = re.compile(r"\s*(?:(?:года|року|г\.|р\.)\s*)?\.?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—/:]?\s*", re.I)


def is_dateline(line: str) -> bool:
    """A line that is a dateline and nothing more ("Київ, 12 березня 2025 року.", "WASHINGTON, March 14, 2024
    (Reuters) -", "Published: 14 March 2024", a date alone): a text's place and day, never its title (tryout r19 H:
    a story was named "Київ, 12 березня 2025 року.")."""
    for r in (*_DATELINES_EN, *_DATELINES_SL, _ALONE_EN, _ALONE_SL):
        m = r.match(line or "")
        if m and _DATELINE_REST.fullmatch(line[m.end():]):
            return True
    return False


def dateline_day(text: str | None) -> str | None:
    """The day of a dateline at the start of one of a plain text's first three lines (a wire copy's "WASHINGTON,
    March 14, 2024 (Reuters) -", a Russian "Москва, 14 марта 2024 года."): a text file has no metadata, and its
    dateline is the day it reports. None without one."""
    lines = [ln for ln in (text or "")[:2000].splitlines() if ln.strip()][:3]
    for i, ln in enumerate(lines):
        under_byline = i > 0 and bool(_BYLINE.match(lines[i - 1]))
        m = next((m for r in (*_DATELINES_EN, *((_ALONE_EN,) if under_byline else ())) if (m := r.match(ln))), None)
        if m:
            day = _day(m.groups()[:6])
            if day:
                return day
        m = next((m for r in (*_DATELINES_SL, *((_ALONE_SL,) if under_byline else ())) if (m := r.match(ln))), None)
        if m:
            d, mon, y = m.groups()[:3]
            month = _RU_MONTHS.get(mon.lower()) or _UK_MONTHS.get(mon.lower())
            try:
                return dt.date(int(y), month, int(d)).isoformat() if month else None
            except ValueError:
                return None
    return None


_HIDDEN = re.compile(r"(?is)<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<!--.*?-->")
_SCRIPT = re.compile(r"(?is)<script\b(?![^>]*ld\+json)[^>]*>(.*?)</script\s*>")
_PUB_KEY = re.compile(r"(?i)(?:publish|pub_?date|posted|created|firstpub|article_?date|datetime|(?<![a-z])date)"
                      r"[\w.]*[\"']?\s*[:=]\s*[\"']?$")
_MONTH_NAMES = "january february march april may june july august september october november december".split()


def _forms(day: str) -> list[str]:
    """Patterns of the ways a page writes ``day`` (ISO, numeric either way round, English month names, and a day and
    its year close together, as other languages' month names and Asian Y-M-D forms have them)."""
    y, m, d = day[:4], int(day[5:7]), int(day[8:10])
    mon = _MONTH_NAMES[m - 1][:3]
    return [rf"{y}[-/.]0?{m}[-/.]0?{d}(?!\d)", rf"(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}", rf"(?<!\d)0?{m}[-/.]0?{d}[-/.]{y}",
            rf"(?i){mon}[a-z]*\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}", rf"(?<!\d)0?{d}\D{{1,15}}{y}(?!\d)",
            rf"{y}\D{{1,8}}0?{m}\D{{1,8}}0?{d}(?!\d)", rf"(?<!\d){y}{m:02d}{d:02d}(?!\d)"]


def held_by_page(html: str, day: str) -> bool:
    """Does the page hold ``day`` where a reader or its publisher's metadata would: outside scripts (the text, meta
    tags, <time> elements), in JSON-LD, or under a publication field of a script ("publishedAt": "2019-11-19...")?"""
    try:
        dt.date.fromisoformat(day[:10])
    except ValueError:
        return True  # not a day we can check: left as it is
    iso = re.escape(day[:10])
    if re.search(rf"(?:content|datetime)\s*=\s*[\"']{iso}|\"date(?:Published|Created)\"\s*:\s*\"{iso}", html):
        return True  # the common case, a meta tag, a <time> element or JSON-LD: no need to strip the page
    forms = _forms(day)
    if not any(re.search(f, html) for f in forms):
        return False
    page = _HIDDEN.sub(" ", html)
    if any(re.search(f, page) for f in forms):
        return True
    first = re.compile(forms[0])
    for script in _SCRIPT.finditer(html):
        for m in first.finditer(script.group(1)):
            if _PUB_KEY.search(script.group(1)[max(0, m.start() - 40):m.start()]):
                return True
    return False


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
        if html and not held_by_page(html, found):
            return (stamp, "byline") if stamp else (None, "none")
        return found, "metadata"
    if stamp is not None:
        return stamp, "byline"
    return None, "none"
