"""Finding the date expressions of a text and resolving each as a reader would (see the package docstring)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ...record import DateExpr
from . import calendar as C
from . import (ahead, anaphora, attachment, discourse, forward, guards, happening, relative, target_day, tense,
               written_years)
from .cand import Cand, ranges, select
from .matches import candidates
from .clause_when import ClauseWhen
from .other_dates import FLAG_FUTURE_IN_PAST, FromOtherDates
from .relative_of import RelativeOf
from .keep import WhichAreDates
from .lexical import _TARGET, _count_nouns, _entity_candidates, _joiner, _street, edition_after, rough_patterns
from .patterns import FALLBACK_LANGUAGE, date_rules, settings



class _View:
    """The parse of a text as understand.dates reads it (spaCy Doc and/or natasha tokens)."""

    def __init__(self, spacy=None):
        self.spacy, self.natasha, self.tokens, self.sentences = spacy, None, [], []


def extract_dates(text: str, lang: str | None = None, published: str | None = None, spacy_doc=None,
                  today: dt.date | None = None, view=None) -> list[DateExpr]:
    """All date expressions of ``text`` (see the package docstring). ``view``: the document view
    (understand/doc.py), for the tense of clauses; ``spacy_doc`` alone will do for English."""
    lang = (lang or FALLBACK_LANGUAGE).lower()
    dr = date_rules(lang)
    if view is None:
        view = _View(spacy_doc)
    doc = view.spacy
    r = _Resolver(text, lang, dr, view, C.parse_published(published), today or dt.date.today())
    chosen = select(candidates(text, dr))
    chosen = [c for c in chosen if r.keep(c)]
    if doc is not None:  # spaCy's DATE entities only where no pattern matched
        taken = [(c.start, c.end) for c in chosen]
        extra = [c for c in _entity_candidates(doc, dr.happening_nouns, dr.year_dated_nouns, r.edition)
                 if not any(c.start < e and s < c.end for s, e in taken)]
        chosen = sorted(chosen + [c for c in select(extra) if r.keep(c)], key=lambda c: c.start)
    ranges(chosen)
    r.resolve(chosen)
    written_years.follow(text, chosen, r.pub, lambda c: tense.clause_tense(view, c.start, c.end, dr)[0] == "past", doc)
    chosen = [c for c in chosen if c.value or c.span or c.kind != "relative" or
              not relative.counted_weekend(text[c.start:c.end], lang)]  # "The following weekend" with no day before
    return [DateExpr(text=text[c.start:c.end], value=c.value, start=c.start, end=c.end, precision=c.precision,
                     anchor=c.anchor, span=c.span, tense=c.tense, flag=c.flag, stated=c.stated) for c in chosen]


def _own_year(years: list[int]) -> int | None:
    """The year most of a text's dated expressions are in, else None (no year the text makes its own)."""
    if not years:
        return None
    year, n = Counter(years).most_common(1)[0]
    return year if 2 * n > len(years) else None


class _Resolver(ClauseWhen, RelativeOf, FromOtherDates, WhichAreDates):
    def __init__(self, text, lang, dr, view, pub, today):
        self.text, self.lang, self.dr, self.view, self.pub, self.today = text, lang, dr, view, pub, today
        self.street, self.count_nouns, self.edition = _street(dr.lang), _count_nouns(dr.lang), edition_after(dr.lang)
        self._joiner = _joiner(dr.lang)
        self._rough = rough_patterns(dr.lang)
        words = settings(dr.lang).get("recurrence_words", "")
        self._every = re.compile(rf"(?:^|\W)(?:{words})\s+$", re.I) if words else None
        words = "|".join(w for w in (words, settings(dr.lang).get("weekday_indefinite", "")) if w)
        self._every_day = re.compile(rf"(?:^|\W)(?:{words})\s+$", re.I) if words else None
        words = settings(dr.lang).get("generic_day_before", "")
        self._generic = re.compile(rf"(?:^|\W)(?:{words})\s+$", re.I) if words else None
        words = settings(dr.lang).get("adverb_before_after", "")
        self._adverb_next = re.compile(rf"\s+(?:{words})\b", re.I) if words else None
        words = settings(dr.lang).get("period_to_now", "")
        self._since = re.compile(rf"(?:^|\W)(?:{words})\s+(?:\w+\s+)?$", re.I) if words else None
        words = settings(dr.lang).get("distal_demonstratives", "")
        self._distal = re.compile(rf"(?:{words})\s", re.I) if words else None
        self._ordinals = settings(dr.lang).get("ordinal_weekdays", "")
        words = settings(dr.lang).get("weekday_habit_nouns", "")
        self._habit = re.compile(rf"[^\S\n]+(?:{words})(?![\w-])", re.I) if words else None
        words = settings(dr.lang).get("named_happening_days", "")
        self._happening_days = re.compile(rf"(?:{words})", re.I) if words else None
        self._happening_nouns = settings(dr.lang).get("named_happening_nouns", "")
        words = settings(dr.lang).get("figure_nouns", "")
        self._figure = re.compile(rf"[^\S\n]+(?:{words})(?![\w-])", re.I) if words else None
        words = settings(dr.lang).get("stretch_nouns", "")
        self._stretch = re.compile(rf"(?:[^\S\n]+[\w-]+){{0,2}}?[^\S\n]+(?:{words})(?![\w-])", re.I) if words else None
        words = settings(dr.lang).get("page_note_openers", "")
        self._note = re.compile(r"(?:^|\n|[.!?\u201d\u2019\"]\s)" rf"[^\S\n]*(?:{words})\b[^\n.;!?]{{0,40}}$",
                                re.I) if words else None
        words = settings(dr.lang).get("fiscal_words", "")
        self._fiscal = re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.I) if words else None
        words, no = (settings(dr.lang).get(k, "") for k in ("attacks_2001_context", "attacks_2001_not"))
        self._attacks_2001 = (re.compile(rf"\b(?:{words})\b", re.I), re.compile(rf"\b(?:{no})\b", re.I)) \
            if words and no else None
        words = settings(dr.lang).get("attacks_2001_nouns", "")
        self._attacks_2001_nouns = re.compile(rf"[^\S\n]+(?:{words})\b", re.I) if words else None
        self._counted_words = settings(dr.lang).get("counted_from_words", "before|after")
        words = settings(dr.lang).get("program_names", "")
        self._programs = re.compile(rf"(?<![\w])(?:{words})(?![\w])") if words else None
        words = settings(dr.lang).get("model_year_makes", "")
        self._makes = re.compile(rf"\s+(?:{words})(?![\w-])") if words else None
        self._models = guards.models_named(text, words)
        words = settings(dr.lang).get("price_verbs", "")
        self._sold_for = re.compile(rf"(?:^|\W)(?:{words})(?:\s+[^\s.;:!?]+){{0,4}}\s+for\s+$", re.I) if words else None
        led = [w for w in dr.happening_nouns if not w.endswith("s")] + \
            [w for w in settings(dr.lang).get("year_led_nouns", "").split("|") if w]
        self._led = re.compile(rf"\s+(?:{'|'.join(sorted(led))})(?![\w-])", re.I) if led else None
        words = settings(dr.lang).get("year_led_compounds", "")
        self._compound = re.compile(rf"[^\S\n]+(?:{words})(?![\w-])", re.I) if words else None
        words, preps = (settings(dr.lang).get(k, "") for k in ("named_after_preposition", "time_prepositions"))
        self._bare_named = frozenset(words.split("|")) if words else frozenset()
        self._time_prep = re.compile(rf"(?:^|\W)(?:{preps})\s+$", re.I) if preps else None
        self._saying = self.dr.reporting_verbs | self.dr.record_nouns  # words of saying (quoted.introduced_day)
        self._units = tuple(re.compile(rf"[\s-]+(?:{w})(?![\w-])", re.I) if w else None for w in (
            settings(dr.lang).get(k, "") for k in ("measure_units", "measure_units_indefinite")))

    # -- resolution ------------------------------------------------------------------------------------------------
    def resolve(self, chosen: list[Cand]) -> None:
        for c in chosen:
            self._literal(c)
        if self.pub is not None:
            # relative expressions last: "three days after Carrier's Feb. 10 announcement" counts from a date after it
            for late in (False, True):
                for i, c in enumerate(chosen):
                    if (c.kind in ("relative", "entity")) == late and c.value is None and c.span is None \
                            and c.flag is None:
                        self._against(c, chosen, i)
                if not late:  # before the relative expressions: "that day" counts from the day its weekday settled
                    discourse.same_weekday(chosen, self.pub)
            happening.dated_by_the_text(self.text, chosen, self._happening_days, self._happening_nouns)
            for i, c in enumerate(chosen):
                self._quoted_day(c, chosen, i)
            anaphora.of_that_year(self.text, chosen)
            self._comparison_bases(chosen)
            return
        # no publication date: a weekday fixes a date's year; then the text's own year: the one most of its dated
        # expressions are in (not the latest: "cut emissions by 2050" made an "April" of 2050)
        # (not a year a goal or a deadline is set for: "cut emissions by 2030" makes no "last December" of 2030)
        goals = {id(c) for c in chosen if _TARGET.search(self.text, max(0, c.start - 40), c.start)}
        explicit = [c.year for c in chosen if c.literal and c.year and id(c) not in goals]
        own = _own_year(explicit)
        ref_year = own or self.today.year
        for c in chosen:
            if c.kind == "date" and c.weekday is not None and c.value is None:
                y = C.year_for_weekday(c.month, c.day, c.weekday, ref_year, self.today)
                if y is not None and own is None and y < self.today.year - C.RECENT_YEARS:
                    y = None  # nothing in the text says when: a text is taken for recent news, not an archive's
                    # (the same weekday and day come back every 5, 6 or 11 years: "в понедельник 9 мая" of a 2011
                    # text is no 2022)
                d = C.safe_date(y, c.month, c.day) if y else None
                if d:
                    c.value, c.precision, c.anchor = d.isoformat(), "day", str(ref_year)
        year = _own_year([int(c.value[:4]) for c in chosen if c.value and id(c) not in goals])
        if year:
            for c in chosen:
                if c.value is None:
                    self._in_year(c, year)

    def _literal(self, c: Cand) -> None:
        """Expressions that write their year (and a weekday that fixes one)."""
        if not c.literal:
            return
        if c.kind == "date":
            d = C.safe_date(c.year, c.month, c.day)
            if d:
                c.value, c.precision = d.isoformat(), "day"
                self._span_of_range(c)
        elif c.kind == "month":
            c.value, c.precision = f"{c.year:04d}-{c.month:02d}", "month"
        elif c.kind == "year":
            c.value, c.precision = f"{c.year:04d}", "year"
        elif c.kind == "season" and c.season:
            a, b = C.season(c.season, c.year)
            c.span, c.precision = C.iso_span(a, b), "season"
        elif c.kind == "decade":
            c.span, c.precision = C.iso_span(dt.date(c.year, 1, 1), dt.date(c.year + 9, 12, 31)), "decade"
        elif c.kind in ("half", "part"):
            a = dt.date(c.year, c.month, 1)
            c.span, c.precision = C.iso_span(a, C.add_months(a, c.months or 6) - C.ONE), "span"
        if self.pub is not None:
            c.anchor = self.pub.isoformat()
            self._flag(c)

    def _flag(self, c: Cand) -> None:
        """A date after publication in a past-tense clause is not stated as fact ("was arrested on May 5, 2031"); a
        year that names a thing is ("targeted the 2016 candidate")."""
        first = (c.value or (c.span or "").split("/")[0])
        if not first or first[:4] < str(self.pub.year):
            return
        start = C.parse_published(first if len(first) == 10 else (first + "-01-01")[:10])
        if start is None or start <= self.pub + C.SLACK_DAYS * C.ONE:
            return
        if self._note is not None and self._note.search(self.text, max(0, c.start - 80), c.start):
            return  # "Correction added Nov. 18, 2019:", "Updated Nov. 21": a note added to the page after it was
            #         published dates that later change; its day is what it says, not a past act ahead of its time
        if self._fiscal is not None and self._fiscal.search(self.text, max(0, c.start - 16), c.start):
            return  # "refugees accepted in fiscal 2016" (written in Nov. 2015): a fiscal year begins before its name
        if _TARGET.search(self.text, max(0, c.start - 40), c.start) or (
                re.search(r"(?:^|\W)from\s+$", self.text[max(0, c.start - 8):c.start], re.I)
                and re.match(r"\s*(?:to|through|until|[-–])\s*\d", self.text[c.end:c.end + 12], re.I)):
            # (the first end of a range aimed at: "voted for a two-year delay, from 2018 to 2020")
            return  # "pushed back its launch to at least late 2020", "extended the deadline to Jan. 31, 2020",
            #         "said it would finish by 2024", "has called a referendum for June 5, 2016": the time aimed at
        if tense.cue(self.text, c.start, self.dr) == "aim" or \
                target_day.term_end(self.view, self.text, c, self.dr.lang):
            return  # "admitted it was political, looking to the July 30 primary": the past act looked ahead (or set a
            #         term: "арест продлили до 22 августа", target_day.py)
        t, adverbial = tense.clause_tense(self.view, c.start, c.end, self.dr)
        c.tense = {"either": None, "perfect": "past", "past_other": "past"}.get(t, t)
        # a year that names a thing or a happening ("targeted the 2016 presidential candidate", "the 2020 Democratic
        # hopefuls met", "the 2022 World Cup") names its cycle or its edition, not the time of the past act
        if t in ("past", "perfect", "past_other") and (adverbial is True or c.precision != "year") and \
                not attachment.hangs_on_noun(self.view, c.start, c.end):
            # (a date that modifies a noun, "mentioned as a potential candidate in 2018", is the time of the thing)
            c.flag, c.stated, c.value, c.span = FLAG_FUTURE_IN_PAST, c.value or c.span, None, None

    def _against(self, c: Cand, chosen: list[Cand], i: int) -> None:
        """A date without its year, a weekday or a relative expression, read against the publication date."""
        pub = self.pub
        c.anchor = pub.isoformat()
        if c.kind == "date":
            same = self._same_day(c, chosen) or self._named_day_year(c, chosen, i)  # or "Super Tuesday on March 1"
            if c.rel_year is not None:
                y = pub.year + c.rel_year
            elif same is not None:
                y, c.anchor = same, str(same)
            elif self._of_2001_attacks(c):
                y, c.anchor = 2001, "2001"  # "after Sept. 11" in a text about the attacks (dates_settings.tsv)
            elif c.weekday is not None:
                y = C.weekday_year_near(c.month, c.day, c.weekday, pub)
            else:
                y = self._range_year(c, chosen, i) or self._list_year(c, chosen, i) or \
                    self._narrative_year(c, chosen, i)
                if y is None:
                    when = self.when(c)
                    y = forward.plan_year(self.view, chosen, i, pub.year, self.text)
                    if y is None and self._ahead_in_month(c, when):
                        return
                    y = y or C.day_year(c.month, c.day, pub, when)
            d = C.safe_date(y or C.nearest_year(c.month, c.day, pub), c.month, c.day)
            if d:
                c.value, c.precision = d.isoformat(), "day"
                self._span_of_range(c, d.year)
        elif c.kind == "month":
            y = self._range_year(c, chosen, i) or self._list_year(c, chosen, i) or self._narrative_year(c, chosen, i)
            if y is None:
                when = self.when(c)
                y = forward.plan_year(self.view, chosen, i, pub.year, self.text) or C.month_year(c.month, pub, when)
            c.value, c.precision = f"{y:04d}-{c.month:02d}", "month"
        elif c.kind.startswith("month_"):
            y = pub.year + {"this": 0, "last": -1, "next": 1}.get(c.kind[6:], 0)
            c.value, c.precision = f"{y:04d}-{c.month:02d}", "month"
        elif c.kind.startswith("season_") and c.season:  # "осенью текущего года" (round 31)
            y = pub.year + {"this": 0, "last": -1, "next": 1}.get(c.kind[7:], 0)
            a, b = C.season(c.season, y - (c.season == 12))  # (a year's winter: the one its January is in)
            c.span, c.precision = C.iso_span(a, b), "season"
        elif c.kind == "nth":  # "on the 23rd": of the month at hand, in the clause's direction (round 33)
            d = C.nth_day(c.day, pub, self.when(c))
            c.value, c.precision = (d.isoformat(), "day") if d else (None, None)
        elif c.kind == "weekday":
            when = self.when(c)
            day = target_day.range_end(self.text, c, chosen, i, self.dr.lang)  # "Friday through Tuesday" (r35)
            c.value, c.precision = (day or C.weekday_date(c.weekday, pub, when)).isoformat(), "day"
            c.settled = discourse.settled(when, c.tense, c.adverbial) or \
                discourse.cued(self.view, self.text, c, self.dr) or \
                discourse.infinitive(self.view.spacy, c.start, c.end) or discourse.told_as_plan(self.view, c, when) or \
                (c.tense is None and ahead.imperative(self.view, c.start, c.end)) or day is not None or \
                (when == "near" and target_day.nearest_thing(self.view, c, c.tense, self.dr))  # (a thing's own day)
        elif c.kind == "named_recurring":
            days = [d for d in map(C.parse_published, (c.choices or "").split("|")) if d]
            if self._year_written_before(c, days):
                return
            narrated = self._narrative_year(c, chosen, i) or self._sentence_year(c, chosen, days)
            if narrated is not None:
                # a named day in a past narrative a written year anchors ("Campaigning against Romney in 2012, he
                # ... But soon after Election Day"): that year's, as a month or a day of it would be
                days = [d for d in days if d.year == narrated] or days
            if days:
                when = self.when(c)
                if c.tense == "past" and tense.clause_tense(self.view, c.start, c.end, self.dr)[0] == "perfect" \
                        and tense.cue(self.text, c.start, self.dr) is None:
                    when = None  # a present perfect runs up to now and takes no definite past time ("*has seen
                    #              it yesterday"): "we haven't seen a deal during Black Friday" is the day at hand
                if (c.adverbial is False or c.tense == "present" and happening.subject(self.view, c.start, c.end)) \
                        and tense.cue(self.text, c.start, self.dr) is None:  # (or its subject: "Labor Day is over")
                    when = None  # a day that names a thing ("dropped to Black Friday levels", "Black Friday deals
                    #              have gone live"): the verb tells of the thing, the day is the nearest one; a
                    #              happening on the day follows the tense ("the parade on Thanksgiving will ...")
                c.value, c.precision = C.occurrence(days, pub, when).isoformat(), "day"
        elif c.kind in ("relative", "entity"):
            self._relative(c, chosen, i)

    @staticmethod
    def _in_year(c: Cand, y: int) -> None:
        if c.kind == "date":
            d = C.safe_date(y, c.month, c.day)
            if d:
                c.value, c.precision, c.anchor = d.isoformat(), "day", str(y)
        elif c.kind == "month":
            c.value, c.precision, c.anchor = f"{y:04d}-{c.month:02d}", "month", str(y)
