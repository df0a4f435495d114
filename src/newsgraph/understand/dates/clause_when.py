"""The resolver's reading of a clause's time for a date without its year or a weekday (extract._Resolver.when):
the tense of the clause, its cue words ("last", "next", "this"), and the shapes that look ahead or back (a schedule's
imperative, "postponed to", "closed until", a thing's own day, a reported future, a measured month's figure)."""
from __future__ import annotations

import re

from . import (ahead, attachment, discourse, embedded, fronted, guards, infinitive, known_happening, listing, slot,
               target_day, tense)
from .cand import Cand

# figures still to come: "are due", "expected", "will be released", "scheduled for" (after a month's figure noun)
_AWAITED = re.compile(r"\b(?:due|expected|scheduled|will|forecast|awaited|upcoming|set to)\b", re.I)


class ClauseWhen:
    """Mixin of extract._Resolver: needs self.text, self.dr, self.view, self.pub and self._figure."""

    def when(self, c: Cand) -> str | None:
        """prev | next | this | past | future | near | None (see calendar.py); sets ``c.tense``."""
        cue = tense.cue(self.text, c.start, self.dr)
        if c.pre and c.pre in ("last", "next", "this"):
            cue = {"last": "prev"}.get(c.pre, c.pre)
        t, adverbial = tense.clause_tense(self.view, c.start, c.end, self.dr)
        c.adverbial = adverbial
        c.tense = {"either": None, "perfect": "past"}.get(t, t)
        if cue is None and c.kind == "weekday" and t is None and \
                listing.day_heading(self.text, c.start, c.end, self.dr.lang) and not self._recap_entry(c):
            return "soon"  # "FRIDAY" / "Partly cloudy": a listing's heading looks ahead (listing.py, round 36)
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
        if adverbial is False and c.kind == "weekday" and \
                (t == "future" or (t == "present" and target_day.possessor(self.view, c.start, c.end))):
            # "will use Monday's encounter", "Sunday's forecast is ideal" (round 36): the day's thing keeps its own
            # time, the nearest such day; a present does not put it behind now. Under a present only a day that owns
            # its thing: "I stand with Romney (USATODAY.com, Thursday)" cites a day gone by (diff36dates)
            return "near"
        if t == "present" and adverbial is True and c.kind == "weekday":
            return "soon"  # a present schedules a weekday, unless it names the day before ("speaks later Monday")
        if t == "past" or (t == "future" and adverbial) or (t == "present" and adverbial is True):
            return "future" if t == "present" else t
        return None

    def _recap_entry(self, c: Cand) -> bool:
        """Is the entry under a weekday heading told in the past ("Monday" / "Protesters gathered ...": a recap)?"""
        span = listing.entry(self.text, c.end)
        return span is not None and tense.clause_tense(self.view, *span, self.dr)[0] in ("past", "perfect")
