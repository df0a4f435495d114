"""understand.dates: every date expression of the text, normalised to ISO (day, month or year precision).

How it works (fast: one pass of precompiled regular expressions per language, dateparser only on the few
relative spans, cached):

1. Candidate spans are found by patterns built once per language from the rule files in ``lang/<code>/``:
   ``dates_names.tsv`` (month and weekday names in every case form), ``dates_settings.tsv`` (year words,
   the prepositions that make a bare year or month a date) and ``dates_relative.txt`` (relative expressions).
   English documents also offer spaCy's DATE entities (the document view's spaCy Doc) that no pattern covered.
2. Absolute dates are computed directly. A date without a year takes it from the publication date (the
   nearest such date to it); without a publication date a weekday fixes it ("Thursday, September 4" is the
   nearest year to today -- or to the latest year the text names -- in which September 4 is a Thursday,
   preferring years not in the future); otherwise the year of the other dates of the text is used, and when
   there is none the value stays null.
3. Relative expressions ("yesterday", "on Thursday", "3 days ago", "last month") are resolved against the
   publication date through dateparser; without one, or when they are vague ("in the coming days", "last
   week"), they are kept with their text and a null value.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..pipeline import component
from ..record import DateExpr
from . import rules

FALLBACK_LANGUAGE = "en"
YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
SEARCH_YEARS = 10  # how far a weekday may move a date's year


# -- language data ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DateRules:
    lang: str
    months: dict  # form (lower) -> 1..12
    full_months: frozenset  # forms that are not abbreviations (no dot may follow them)
    weekdays: dict  # form (lower) -> 0..6
    patterns: tuple  # (kind, compiled regex)
    relative: re.Pattern | None
    case_sensitive: bool


def _alternation(forms, case_sensitive: bool) -> str:
    out = set()
    for f in forms:
        if case_sensitive:
            out.update({f[:1].upper() + f[1:], f.upper()})
        else:
            out.add(f)
    return "(?:" + "|".join(re.escape(f) for f in sorted(out, key=len, reverse=True)) + ")"


def number_pattern(lang: str) -> str:
    """A regex for a number written in digits or (for languages with ``quantities_numbers.tsv``) in words."""
    words = []
    try:
        words = [r[0] for r in rules.table(lang, "quantities_numbers") if len(r) > 2 and r[2] == "unit"]
    except rules.RuleFileError:
        pass
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return r"(?:\d+(?:[.,]\d+)?" + (f"|an?|{alt}" if lang == "en" else (f"|{alt}" if alt else "")) + ")"


@lru_cache(maxsize=None)
def date_rules(lang: str) -> DateRules:
    """The compiled date patterns of ``lang`` (English when the language has no date rules)."""
    try:
        names = rules.table(lang, "dates_names")
    except rules.RuleFileError:
        if lang == FALLBACK_LANGUAGE:
            raise
        return date_rules(FALLBACK_LANGUAGE)
    settings = {r[0]: (r[1] if len(r) > 1 else "") for r in rules.table(lang, "dates_settings")}
    months = {f.lower(): int(v) for f, k, v in names if k == "month"}
    full = frozenset(f for f, v in months.items()
                     if not any(g != f and g.startswith(f) and months[g] == v for g in months))
    weekdays = {f.lower(): int(v) for f, k, v in names if k == "weekday"}
    cs = lang == "en"  # English month names are matched capitalised only ("may", "march")
    MON = _alternation(months, cs) + r"\.?"
    WD = _alternation(weekdays, cs)
    ysuf = settings.get("year_suffix", "")
    Y = rf"(?P<year>{YEAR})" + (rf"(?:\s*(?:{ysuf}))?" if ysuf else "")
    ypre = settings.get("year_prepositions", "")
    mpre = settings.get("month_prepositions", "")
    wpre = settings.get("weekday_prepositions", "")
    B, E = r"(?<![\w\d])", r"(?![\w\d])"
    wd_opt = rf"(?:(?P<wd>{WD}),?\s+)?"
    pats = []
    if lang == "en":
        # Thursday, September 4(th)(, 2025) | September 4, 2025
        pats.append(("date", rf"{B}{wd_opt}(?:the\s+)?(?P<mon>{MON})\s+(?P<day>{DAY})(?:st|nd|rd|th)?{E}"
                             rf"(?:,?\s+{Y}{E})?"))
    # 4 September 2025 | the 4th of September | 4 сентября 2025 года | в четверг, 4 сентября
    pats.append(("date", rf"{B}{wd_opt}(?:the\s+)?(?P<day>{DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON}){E}"
                         rf"(?:,?\s+{Y}{E})?"))
    # the other day of a range ("4–5 сентября", "с 1 по 3 октября", "September 4-5", "October 1 to 3"):
    # only the day group "d1" becomes a date; the day next to the month is found by the patterns above
    joiner = settings.get("range_joiners", "")
    RJ = r"(?:\s*[-–—]\s*" + (rf"|\s+(?:{joiner})\s+" if joiner else "") + ")"
    if lang == "en":
        pats.append(("range", rf"{B}(?P<mon>{MON})\s+(?P<day>{DAY})(?:st|nd|rd|th)?{RJ}(?P<d1>{DAY})(?:st|nd|rd|th)?{E}"
                              rf"(?!\s*(?:[ap]\.?m\b|%|percent|{MON}))(?:,?\s+{Y}{E})?"))
    pats.append(("range", rf"{B}(?:{settings.get('range_openers', 'from')}\s+)?(?P<d1>{DAY}){RJ}(?P<day>{DAY})"
                          rf"(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON}){E}(?:,?\s+{Y}{E})?"))
    # ISO 2025-09-04, dotted 04.09.2025, slashed 9/4/2025
    pats.append(("iso", rf"{B}(?P<year>{YEAR})-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01]){E}"))
    pats.append(("dmy", rf"{B}(?P<day>{DAY})\.(?P<mon>0?[1-9]|1[0-2])\.(?P<year>{YEAR}){E}"))
    order = settings.get("slash_order", "dmy")
    if order == "mdy":
        pats.append(("dmy", rf"{B}(?P<mon>0?[1-9]|1[0-2])/(?P<day>{DAY})/(?P<year>{YEAR}){E}"))
    else:
        pats.append(("dmy", rf"{B}(?P<day>{DAY})/(?P<mon>0?[1-9]|1[0-2])/(?P<year>{YEAR}){E}"))
    # September 2025 | сентябре 2025 года
    pats.append(("month", rf"{B}(?P<mon>{MON}),?\s+(?:of\s+)?{Y}{E}"))
    # in September | в сентябре: a month alone after a preposition (English needs one; Russian forms are clear)
    if mpre:
        pats.append(("month", rf"(?:(?<=\s)|^)(?:(?i:{mpre}))\s+(?:(?i:early|late|mid-?)\s*)?(?P<mon>{MON}){E}"))
    if not cs:
        pats.append(("month_alone", rf"{B}(?P<mon>{MON}){E}(?!\s*\d)"))
    # a year: "in 2025", "2025 года"
    if ysuf:
        pats.append(("year", rf"{B}(?P<year>{YEAR})\s*(?:{ysuf}){E}"))
    if ypre:
        pats.append(("year", rf"(?:(?<=\s)|^)(?:(?i:{ypre}))\s+{Y}{E}(?!\s*(?:[-–/.,]\d|%))"))
    # a weekday alone: "on Thursday", "в четверг" (relative to the publication date)
    if wpre:
        pats.append(("weekday", rf"(?:(?<=\s)|^)(?:(?i:{wpre}))\s+(?P<wd>{WD}){E}"))
    else:
        pats.append(("weekday", rf"{B}(?P<wd>{WD}){E}"))
    flags = 0 if cs else re.IGNORECASE
    compiled = tuple((k, re.compile(p, flags)) for k, p in pats)
    try:
        rel_lines = rules.lines(lang, "dates_relative")
    except rules.RuleFileError:
        rel_lines = ()
    relative = None
    if rel_lines:
        num = number_pattern(lang)
        alts = [ln.replace("{num}", num) for ln in rel_lines]
        alts.sort(key=len, reverse=True)
        relative = re.compile(r"(?<![\w\d])(?:" + "|".join(f"(?:{a})" for a in alts) + r")(?![\w\d])", re.IGNORECASE)
    return DateRules(lang, months, full, weekdays, compiled, relative, cs)


# -- resolution ---------------------------------------------------------------------------------------------------
def parse_published(value: str | None) -> dt.date | None:
    """The publication date of a document as a date (None when missing or unreadable)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def year_for_weekday(month: int, day: int, weekday: int, ref_year: int, today: dt.date) -> int | None:
    """The year within SEARCH_YEARS of ``ref_year`` in which month/day falls on ``weekday``: the nearest one not
    in the future, else the nearest one."""
    cands = []
    for y in range(ref_year - SEARCH_YEARS, ref_year + SEARCH_YEARS + 1):
        d = _safe_date(y, month, day)
        if d is not None and d.weekday() == weekday:
            cands.append((d > today, abs(y - ref_year), -y, y))
    return min(cands)[3] if cands else None


def nearest_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts month/day nearest to ``anchor`` (a date without a year in an article of that day)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _safe_date(y, month, min(day, 28) if month == 2 and day == 29 else day)
        if d is None:
            continue
        key = (abs((d - anchor).days), d > anchor)  # ties go to the past
        if best is None or key < best[0]:
            best = (key, y)
    return best[1]


@dataclass
class _Cand:
    start: int
    end: int
    kind: str  # date | month | year | weekday | relative | entity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    value: str | None = None
    precision: str | None = None


def _candidates(text: str, dr: DateRules) -> list[_Cand]:
    found: list[_Cand] = []
    for kind, rx in dr.patterns:
        for m in rx.finditer(text):
            g = m.groupdict()
            c = _Cand(m.start(), m.end(), kind)
            if g.get("year"):
                c.year = int(g["year"])
            if g.get("mon"):
                mon = g["mon"]
                if mon.endswith(".") and mon[:-1].lower() in dr.full_months:
                    if m.end("mon") == m.end():
                        c.end -= 1  # "in May." ends the sentence; the dot is not an abbreviation's
                c.month = int(mon) if mon.isdigit() else dr.months.get(mon.rstrip(".").lower())
                if c.month is None:
                    continue
            if g.get("day"):
                c.day = int(g["day"])
            if g.get("wd"):
                c.weekday = dr.weekdays.get(g["wd"].lower())
            if kind == "range":  # only the other day of the range, with the month and year of its partner
                c.kind, c.start, c.end, c.day = "date", m.start("d1"), m.end("d1"), int(g["d1"])
                found.append(c)
                continue
            # the span starts at the expression itself, not at the preposition that licensed it
            first = min((m.start(k) for k in ("wd", "day", "mon", "year") if g.get(k)), default=m.start())
            c.start = first
            if kind in ("iso", "dmy"):
                c.kind = "date"
            elif kind == "month_alone":
                # a capitalised month form inside a sentence is a name ("Марта"), not a month
                if g["mon"][:1].isupper() and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "«", '"'):
                    continue
                c.kind = "month"
            found.append(c)
    if dr.relative is not None:
        for m in dr.relative.finditer(text):
            found.append(_Cand(m.start(), m.end(), "relative"))
    return found


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first at each place."""
    out: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if c.end <= c.start or any(c.start < e and s < c.end for s, e in taken):
            continue
        out.append(c)
        taken.append((c.start, c.end))
    return sorted(out, key=lambda c: c.start)


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
    try:
        data = _relative_parser(lang, base).get_date_data(text)
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


def extract_dates(text: str, lang: str | None = None, published: str | None = None, spacy_doc=None,
                  today: dt.date | None = None) -> list[DateExpr]:
    """All date expressions of ``text`` (see the module docstring)."""
    lang = (lang or FALLBACK_LANGUAGE).lower()
    dr = date_rules(lang)
    today = today or dt.date.today()
    pub = parse_published(published)
    chosen = _select(_candidates(text, dr))
    if spacy_doc is not None:  # "to 2000 troops": a number that counts a noun is no year
        chosen = [c for c in chosen if c.kind != "year" or not _counts_noun(spacy_doc, c.start, c.end)]
    if spacy_doc is not None:  # spaCy's DATE entities only where no pattern matched
        taken = [(c.start, c.end) for c in chosen]
        extra = [c for c in _entity_candidates(spacy_doc)
                 if not any(c.start < e and s < c.end for s, e in taken)]
        chosen = sorted(chosen + _select(extra), key=lambda c: c.start)

    # pass 1: dates whose year is given or fixed by a weekday
    explicit_years = [c.year for c in chosen if c.year]
    ref_year = max(explicit_years) if explicit_years else (pub.year if pub else today.year)
    for c in chosen:
        if c.kind == "date":
            if c.year is None and pub is not None:
                if c.weekday is not None:
                    c.year = _weekday_year_near(c.month, c.day, c.weekday, pub) or nearest_year(c.month, c.day, pub)
                else:
                    c.year = nearest_year(c.month, c.day, pub)
            elif c.year is None and c.weekday is not None:
                c.year = year_for_weekday(c.month, c.day, c.weekday, ref_year, today)
            if c.year is not None and _safe_date(c.year, c.month, c.day):
                c.value, c.precision = _safe_date(c.year, c.month, c.day).isoformat(), "day"
        elif c.kind == "month" and c.year is not None:
            c.value, c.precision = f"{c.year:04d}-{c.month:02d}", "month"
        elif c.kind == "year":
            c.value, c.precision = f"{c.year:04d}", "year"

    # pass 2: dates without a year take it from the publication date or from the other dates of the text
    anchor_years = [int(c.value[:4]) for c in chosen if c.value]
    anchor_year = max(anchor_years) if anchor_years else None
    for c in chosen:
        if c.value is not None:
            continue
        if c.kind == "date" and anchor_year is not None:
            c.year = anchor_year
            d = _safe_date(c.year, c.month, c.day)
            if d:
                c.value, c.precision = d.isoformat(), "day"
        elif c.kind == "month":
            if pub is not None:
                y = nearest_year(c.month, 15, pub)
                c.value, c.precision = f"{y:04d}-{c.month:02d}", "month"
            elif anchor_year is not None:
                c.value, c.precision = f"{anchor_year:04d}-{c.month:02d}", "month"
        elif c.kind == "weekday" and pub is not None:
            back = (pub.weekday() - c.weekday) % 7  # the last such weekday on or before publication
            c.value, c.precision = (pub - dt.timedelta(days=back)).isoformat(), "day"
        elif c.kind in ("relative", "entity") and pub is not None:
            c.value, c.precision = resolve_relative(text[c.start:c.end], lang, pub)
    return [DateExpr(text=text[c.start:c.end], value=c.value, start=c.start, end=c.end, precision=c.precision)
            for c in chosen]


def _counts_noun(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return counts_noun(span[0])


def counts_noun(t) -> bool:
    """A spaCy number token that counts the plural noun right after it ("2000 troops"), so no year."""
    before = t.doc[t.i - 1].pos_ if t.i > 0 else ""
    return t.dep_ == "nummod" and t.head.i == t.i + 1 and t.head.pos_ == "NOUN" and \
        "Plur" in t.head.morph.get("Number") and before not in ("DET", "PRON", "PROPN", "ADJ", "NOUN", "PART")


def _weekday_year_near(month: int, day: int, weekday: int, pub: dt.date) -> int | None:
    """With a publication date, the year near it in which month/day is that weekday (usually pub's own)."""
    for y in (pub.year, pub.year - 1, pub.year + 1):
        d = _safe_date(y, month, day)
        if d is not None and d.weekday() == weekday:
            return y
    return None


_ENTITY_KEEP = re.compile(r"\b(?:1[89]|20)\d\ds?\b|\b(?:ago|last|next|this|past|coming|previous|earlier|later|"
                          r"weekend|spring|summer|autumn|fall|winter)\b", re.I)
_AGE = re.compile(r"\d+[- ](?:years?|days?|weeks?|months?)[- ](?:old|long)\b|-(?:year|day|week|month)-", re.I)
_DURATION = re.compile(r"^(?:about |some |nearly |almost |over |more than |at least |the )?[\w.,-]+ "
                       r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?: old| long)?$", re.I)


def _entity_candidates(doc) -> list[_Cand]:
    """spaCy DATE entities that look like dates (not durations such as "four years"); resolved later."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        t = ent.text
        if re.fullmatch(YEAR, t):  # "the 2025 elections"
            if not counts_noun(ent[0]):
                out.append(_Cand(ent.start_char, ent.end_char, "year", year=int(t)))
            continue
        if not _ENTITY_KEEP.search(t) or _DURATION.match(t) or _AGE.search(t) or re.fullmatch(r"\d+", t):
            continue
        out.append(_Cand(ent.start_char, ent.end_char, "entity"))
    return out


@component("understand.dates", requires=("document.text", "document.language", "document.published", "scratch.doc"),
           assigns=("dates",))
def dates(work) -> None:
    doc = work.record.document
    found = extract_dates(doc.text, doc.language, doc.published, spacy_doc=work.scratch["doc"].spacy)
    work.record.dates = found
