"""The resolver's reading of a relative expression (extract._Resolver._relative): "yesterday", "last week",
"the day before", "three years ago", counted from publication, from the day a previous expression settled, or from a
happening the text dates; with the guards that make such words no date ("for a day", "a day at a time")."""
from __future__ import annotations

import re

from . import calendar as C
from . import ages, ahead, anaphora, attachment, guards, quoted, relative, tense, tense_natasha
from .cand import Cand


class RelativeOf:
    """Mixin of extract._Resolver: needs the resolver's state (text, lang, dr, view, pub) and its other readers."""

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
