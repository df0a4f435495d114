"""Finding the date expressions of a text and resolving each as a reader would (see the package docstring)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ...record import DateExpr
from . import calendar as C
from . import (ages, ahead, anaphora, attachment, discourse, embedded, forward, fronted, guards, happening, infinitive,
               known_happening, quoted, relative, slot, target_day, tense, tense_natasha,
               written_years)
from .cand import Cand, ranges, select
from .matches import candidates
from .other_dates import FLAG_FUTURE_IN_PAST, FromOtherDates
from .keep import WhichAreDates
from .lexical import _TARGET, _count_nouns, _entity_candidates, _joiner, _street, edition_after, rough_patterns
from .patterns import FALLBACK_LANGUAGE, date_rules, settings


# figures still to come: "are due", "expected", "will be released", "scheduled for" (after a month's figure noun)
_AWAITED = re.compile(r"\b(?:due|expected|scheduled|will|forecast|awaited|upcoming|set to)\b", re.I)

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


class _Resolver(FromOtherDates, WhichAreDates):
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

    # -- the clause's time -----------------------------------------------------------------------------------------
    def when(self, c: Cand) -> str | None:
        """prev | next | this | past | future | near | None (see calendar.py); sets ``c.tense``."""
        cue = tense.cue(self.text, c.start, self.dr)
        if c.pre and c.pre in ("last", "next", "this"):
            cue = {"last": "prev"}.get(c.pre, c.pre)
        t, adverbial = tense.clause_tense(self.view, c.start, c.end, self.dr)
        c.adverbial = adverbial
        c.tense = {"either": None, "perfect": "past"}.get(t, t)
        if cue is None and ahead.approaching(self.text, c.start, c.end, self.dr.lang):
            # "with the April 19 primary looming, the mayor intervened": ahead of the act; of a past act the coming one
            # only when near, else the past one (a campaign told months later: review2 r31 findings 4, 12), else the
            # coming one unless just past (round 31)
            if t not in ("past", "perfect"):
                return "soon"
            if c.month:
                return "future" if embedded.coming_soon(c.month, c.day, self.pub) else "past"
            return "near"
        if cue == "this" and c.kind == "weekday" and c.pre is None:
            # "this Tuesday" is the Tuesday nearest in the clause's direction: the coming one in a clause that looks
            # ahead ("hopes to win Michigan this Tuesday", written on a Friday), the latest in a past one
            if t == "future" or (t == "present" and adverbial is True):
                return "future"
            if t in ("past", "perfect"):
                return "past"
        if cue is not None:
            return discourse.cue_direction(cue, t, lambda: fronted.past_sentence_at(self.view, c.start, c.end))
        if t is None and ahead.imperative(self.view, c.start, c.end):
            return "soon"  # "Call the office on Friday", a schedule's "Celtics: Visit the Hornets on Saturday."
        if attachment.aims_at(self.view, c.start, c.end, self.dr):
            return "future"  # "the vote was postponed to Dec. 5": the new time, ahead of the act
        if attachment.held_until(self.view, c.start, c.end, self.dr):
            return "soon"  # "the border has been closed until Saturday": a state holding now runs on to it
        if target_day.nearest_thing(self.view, c, t, self.dr) or \
                target_day.term_end(self.view, self.text, c, self.dr.lang):
            return "near"  # "grounded for Sunday", "to delay Thursday's hearing", "Following Tuesday's vote, ... will"
        if attachment.since_phrase(self.view, c.start, c.end):
            return "past"  # "Since the senator's op-ed in May, she has moved to the left"
        if t != "past" and known_happening.outcome_supposed(self.view, c.start, c.end, self.dr):
            return "future"  # "The win on Saturday would give them the title": a supposed outcome lies ahead
        if t != "past" and known_happening.names_known_happening(self.view, c.start, c.end, self.dr):
            return "past"  # "will vote for him because of the slaying in Chicago on Friday": it has happened
        if t != "past" and c.kind == "month" and known_happening.told_past_by_relative(self.view, c.start, c.end):
            return "past"  # "the February debate that sank his campaign": what it did, it did (r32)
        if t in (None, "past") and c.kind == "weekday" and infinitive.after_a_past_act(self.view, c.start, c.end,
                                                                                          self.dr.directive_verbs):
            return "near"  # "was rewriting an address, to be delivered Wednesday": after the act, either side of now
        if t in (None, "present", "either") and (attachment.names_record(self.view, c.start, c.end, self.dr) or
                                                 guards.record_set_off(self.text, c.start, self.dr.record_nouns)):
            return "past"  # "according to a February survey", "said in an interview on Sunday": made by now
        if (slot_way := slot.slot_when(self.view, self.text, c, t, self.dr.lang, self.pub)) is not None:
            return slot_way  # "detailed the work in the March states" (in January): a schedule's slot (slot.py)
        dated = c.kind in ("date", "month")
        if dated and t in ("past", "perfect") and c.month and embedded.coming_soon(c.month, c.day, self.pub) and \
                embedded.inside_another_noun(self.view, self.text, c.start, self.dr.happening_nouns,
                                            self.dr.lang):
            return "future"  # "fought off talk of a coup at the convention in July", in April: the coming (round 31)
        if t == "past_other":  # a happening the past verb does not tell of (tense.py): the nearest
            c.tense = "past"
            return None if dated else "past"
        if dated and ((t == "present" and adverbial is True) or (adverbial == "happening" and t in (
                None, "present", "either", "perfect"))):
            # a present schedules a month or a day ("the tour stops there on July 22"), a happening named in a clause
            # that is not past ("if the November election goes badly") is the coming one; both unless the last one
            # is just past (a present that describes: "is touting his win on Feb. 1")
            return "soon"
        if t in ("either", None) and dated and adverbial is True and \
                ahead.reported_future(self.view, c.start, c.end, self.dr):
            # the future of a past saying ("asked whether they would hold the Senate in November"): after the saying,
            # and a saying reported is mostly recent: the coming month or day, unless it is just past
            return "soon"
        if c.kind == "month" and t == "present" and self._figure is not None and \
                self._figure.match(self.text, c.end) and \
                not _AWAITED.search(self.text[c.end:c.end + 120].split(".")[0]):
            # a month naming a measured figure, in a present clause ("it's still down from the March high", "the
            # October figures show"): a period whose figures are known is over or under way, not ahead; unless the
            # figures are awaited ("The March sales data are due in April": review r19)
            return "past"
        if t == "either" or (adverbial == "happening" and t in (None, "present")):  # a weekday, a named day
            # a schedule told in the past ("was scheduled to speak Saturday", "would leave on Oct. 31"), a happening
            # named in a clause that is not past ("needs a win in Tuesday's primary"): the nearest
            return "near"
        if t == "perfect" and dated and adverbial is True and \
                attachment.tells_a_noun(self.view, c.start, c.end, self.dr):
            # a present perfect takes no definite past time of its own ("*has seen it on May 23"): a month or a day
            # in a phrase of a noun, or of an "-ing" participle describing one, is that thing's time, on either side
            # of now ("has spoken to him about a special with Kelly airing on May 23"): the nearest; a month before
            # its noun ("has criticized the July report") keeps its own time, past under a perfect
            return "near"
        if t == "perfect":
            t = "past"
        if t == "future" and adverbial is False and c.kind == "weekday":
            return "near"  # "will use Monday's encounter": the day's thing keeps its own time, the nearest such day
        if t == "present" and adverbial is True and c.kind == "weekday":
            return "soon"  # a present schedules a weekday, unless it names the day before ("speaks later Monday")
        if t == "past" or (t == "future" and adverbial) or (t == "present" and adverbial is True):
            return "future" if t == "present" else t
        return None

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

    def _past_clause_limit(self, c: Cand):
        """The last day a count in a past clause may start from (the day after publication), else None."""
        past = (c.tense or tense.clause_tense(self.view, c.start, c.end, self.dr)[0]) == "past"
        return self.pub + C.SLACK_DAYS * C.ONE if past else None

    def _relative(self, c: Cand, chosen: list[Cand], i: int) -> None:
        words = self.text[c.start:c.end]
        if tense_natasha.moved_to_unnamed_day(self.view, self.text, c.start, c.end, self.dr):
            return  # "матч перенесли на другой день": moved to some other day, no date (tense_natasha.py)
        if guards.period_of_something(self.text, c.start, c.end) or guards.rate(self.text, c.start, c.end) or \
                guards.approximate(self.text, c.end, c.start, self._rough) or \
                guards.generic_day(self.text, c.start, c.end, self._generic,
                                   self.dr.happening_nouns | self.dr.record_nouns) or \
                ages.names_no_day(self.view.spacy if self.view is not None else None, c.start, c.end, self.lang):
            return  # (ages.py: "Yesterday, America was a land of ...; tomorrow, it will be a land of ...": no days)
        # (a speaker's adverbial "the day before at a conference" counts from a day of their own story, which the
        # text need not give: in a quotation it stays with the happening reading)
        adverb = None if quoted.in_quote(self.text, c.start) else self._adverb_next
        if guards.counted_from_a_happening(self.text, c.start, c.end, adverb, self._counted_words):
            self._counted_from_next(c, chosen, i, words)
            if c.value is None:
                self._day_of_the_act(c, chosen)
            if c.value is None:
                self._counted_from_happening(c, chosen, words)
            return
        if relative.meanings(words, self.lang) == ["day:-1"] and ahead.ahead_of_now(self.view, c.start, c.end, self.dr):
            return  # "find them yesterday", "I want it on my desk yesterday": a past day cannot be when a thing not
            #         yet done is done; it says "at once", no date
        ms = relative.meanings(words, self.lang) or []
        if ms == ["day:0"] and guards.addressed_to_reader(self.view.spacy, c.start, c.end) and \
                not quoted.in_quote(self.text, c.start):
            return  # "Sign up today to get the newsletter": the reader's day, whenever they read
        that = ("then:same" in ms or "endof" in ms) and "unit:year" in ms  # "that year", "the end of the year"
        previous = anaphora.previous(c, chosen, i, written_year=that, text=self.text,
                                     day=any(m.startswith("then:") for m in ms) and "unit:day" in ms,
                                     names_a_thing=self._names_a_thing,
                                     not_after=self._past_clause_limit(c))
        if previous is None and "orpub" in ms and not quoted.in_quote(self.text, c.start):
            lede = quoted.lede_day(self.text, chosen, self.pub)  # "earlier in the day" far from any day: the day of
            previous = (lede, "day") if lede else None  # the report's news, which its opening tells (quoted.py)
        if previous is not None and "then:same" in ms and self._distal is not None and self._distal.match(words) \
                and quoted.in_quote(self.text, c.start):
            # a distal "that day" in a quotation points away from the speaker's now: not at the day of saying
            said = quoted.time_of_saying(self.text, chosen, i, self.pub, doc=self.view.spacy,
                                         saying=self._saying) or self.pub
            if previous[0] == said:
                rest = [o for o in chosen[:i] if quoted.day_of(o) != said]
                previous = anaphora.previous(c, rest + [c], len(rest), written_year=that, text=self.text)
        tensed = "tensed" in ms and not any(m.startswith("season:") for m in ms)  # "in the fall": a season, not a count
        need_when = tensed or "endof" in ms or "narrated" in ms or \
            re.search(r"week|summer|spring|fall|autumn|winter|выходн|вихідн", words, re.I)
        when = self.when(c) if need_when else None
        if tensed and (c.tense not in ("future", "present") or guards.after_superlative(self.view.spacy, c.start)):
            when = None  # "in 33 years" counts ahead under a future or present verb: "its lowest in 33 years", "for
            #              the first time in 25 years" and a past clause make it a duration
        if (when == "near" or when == "future" and c.tense == "present") and \
                attachment.season_of_habit(self.view, c.start, c.end, words):
            when = None  # "bears sleep in the winter", "farmers rest their fields in the winter": a habit
        if when == "future" and c.tense == "present" and re.search(r"weekend", words, re.I):
            when = None  # a present does not move "the weekend" ahead ("with rebels making gains over the weekend")
        reading = relative.read(words, self.lang, self.pub, when, previous)
        if reading is None and relative.meanings(words, self.lang) is None:
            from . import resolve_relative  # words the grammar does not know: dateparser
            c.value, c.precision = resolve_relative(words, self.lang, self.pub)
            if c.value and c.value[:10] > (self.pub + C.SLACK_DAYS * C.ONE).isoformat() and c.tense != "future":
                c.value = c.precision = None  # dateparser counts "a decade later" from now: 2026 for "And a decade
                #                               later, HP remains ..." (round 21); ahead only in a future clause
            if c.value is None and c.kind == "entity":
                self._written_year(c, words)
            return
        if reading is not None and reading.anchor and c.tense in ("past", None) and \
                (reading.value or reading.span or "")[:10] > (self.pub + C.SLACK_DAYS * C.ONE).isoformat() and \
                reading.anchor[:10] <= self.pub.isoformat():
            return  # counted from a past date of the text to after publication in a clause that is not ahead ("the
            #         Convention ... under which we live today, more than 200 years later"): no fact of a date (a
            #         count from a day still ahead is ahead: "opens July 18. A week later, as Democrats pour in")
        if reading is not None and not reading.anchor and c.tense == "past" and "fwd" in ms and \
                (reading.value or reading.span or "")[:10] > (self.pub + C.SLACK_DAYS * C.ONE).isoformat():
            return  # a count ahead of now in a past clause tells no date ("через 6 месяцев его отпустили" with no
            #         time of the story before it): vague, never a future date for a past act
        if reading is not None:
            c.value, c.precision, c.span = reading.value, reading.precision, reading.span
            c.anchor = reading.anchor or c.anchor
        elif c.kind == "entity" and re.search(r"\d", words):
            self._written_year(c, words)  # "Design Week 2018": words the grammar knows, read as no date

    def _names_a_thing(self, o: Cand) -> bool:
        """A named day of history or a date that modifies a noun ("the 9/11 plotter", "Trump's July 25 phone call"):
        it names a thing, it is not the day the narrative is at ("hearings on Tuesday ... on the July 25 call.
        Later in the day, ..." is Tuesday)."""
        if o.kind in ("named", "date") and self.view.spacy is None and getattr(self.view, "natasha", None) is not None:
            return tense_natasha.hangs_on_noun_natasha(self.view, o.start, o.end)  # (Russian, round 31)
        return o.kind in ("named", "date") and tense.clause_tense(self.view, o.start, o.end, self.dr)[1] is False

    @staticmethod
    def _in_year(c: Cand, y: int) -> None:
        if c.kind == "date":
            d = C.safe_date(y, c.month, c.day)
            if d:
                c.value, c.precision, c.anchor = d.isoformat(), "day", str(y)
        elif c.kind == "month":
            c.value, c.precision, c.anchor = f"{y:04d}-{c.month:02d}", "month", str(y)
