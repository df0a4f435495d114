"""Which candidates are dates (the first step of resolving, after the guards of guards.py): a mixin of the resolver
(extract._Resolver), whose patterns it reads (built once per document from the language's rule files)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import eve, guards, tense
from .cand import Cand
from .lexical import _counts_noun
from .patterns import settings


class WhichAreDates:
    # -- which candidates are dates --------------------------------------------------------------------------------
    def keep(self, c: Cand) -> bool:
        doc = self.view.spacy
        if guards.not_a_date(self.text, c, doc, self.street, self.count_nouns, self.dr.calendar_words, self.edition):
            return False
        if c.kind == "relative" and eve.governs_a_thing(self.view, self.text, c.start, c.end, self.dr.lang):
            return False  # "накануне визита": the eve of a thing, a cue for it, not "the day before" (round 31)
        if c.kind in ("relative", "entity") and guards.season_of_a_kind(
                doc, c.start, c.end, self.dr.seasons, self.dr.happening_nouns | tense.TIME_NOUNS):
            return False  # "winter wheat", "a winter storm": a kind of thing
        if c.kind in ("weekday", "relative") and guards.in_program_name(self.text, c.start, c.end, self._programs):
            return False  # "Fox News Sunday", "CBS Sunday Morning": a broadcast's name, not a day
        if c.kind in ("weekday", "entity") and guards.ordinal_weekday(self.text, c.start, c.end, self._ordinals):
            return False  # "on the last Friday in August": the n-th such day of a period, no day counted from now
        if c.kind == "weekday" and self._habit is not None and self._habit.match(self.text, c.end) and not \
                re.search(r"(?:^|\W)(?:this|last|next|on|that)\s+$", self.text[max(0, c.start - 6):c.start], re.I):
            return False  # "plans to end Saturday publication", "cut Sunday delivery": the kind that recurs each week
        if c.kind == "weekday" and generic_person_day(doc, c.start, c.end, _kind_of_person(self.dr.lang)):
            return False  # "a president who says he's neutral on Monday, pro-Israel on Tuesday": any such day
        if c.kind in ("weekday", "month_bare") and guards.recurring(self.text, c.start, self._every, c.end):
            return False  # "every Tuesday", "Every December, Time announces ...": no single day or month
        if c.kind == "weekday" and guards.recurring(self.text, c.start, self._every_day) and not \
                guards.names_a_record(self.text, c.end, self.dr.record_nouns | self.dr.happening_nouns) and \
                tense.clause_tense(self.view, c.start, c.end, self.dr)[0] in ("present", None):
            return False  # "hosts a Sunday talk show"; "a Wednesday editorial", "a Tuesday rally", "has taken the
            #               stage at a Sunday service" are that day's
        if c.kind == "month_bare":
            if not guards.bare_month_ok(doc, c.start, c.end, self.dr.bare_month_exclude, self.text):
                return False
            c.kind = "month"
        if c.kind == "year" and (guards.model_year(self.text, c.start, c.end, self._makes) or
                                 guards.model_year(self.text, c.start, c.end, self._models) or
                                 guards.after_model_word(self.text, c.start)):
            return False  # "the 2020 Audi e-tron": a model year names the product's version, not a time
        if c.kind == "named_recurring" and self.text[c.start:c.end] in self._bare_named and (
                self._time_prep is None or not self._time_prep.search(self.text, max(0, c.start - 12), c.start)
                or _noun_after(doc, c.end)):
            return False  # "Christmas shopping": the season's name; "home by Christmas" is the day ("on Christmas
            #               presents", "before Christmas trees went on sale": a modifier, review r18)
        compound = self._counted_compound(c)
        if c.kind == "entity" and compound:
            return False  # "sold 2000 season tickets": a count of a compound noun, not "the 2000 season"
        if c.kind == "year" and self._led is not None and self._led.match(self.text, c.end) and not compound:
            return True  # "traded for 2012 draft picks", "the 2020 budget request": the year of a yearly thing
        if c.kind == "year" and (guards.measure(self.text, c.start, c.end, self._units) or
                                 guards.price(self.text, c.start, c.end, self._sold_for)):
            return False  # "an 1800 pound load": a measure; "sold it for 2000": a price
        if c.kind == "year" and doc is not None and _counts_noun(doc, c.start, c.end, self.dr.year_dated_nouns):
            return False  # "to 2000 troops": a number that counts a noun is no year
        if c.kind == "entity" and self._march_on(c):
            return False  # "the 1963 March on Washington": the noun of marching
        return True

    def _march_on(self, c: Cand) -> bool:
        """An entity ending in a month that is also a noun ("march", ``bare_month_exclude``) followed by a
        preposition ("the 1963 March on Washington", "a May Day march for ..."): the noun, not the month."""
        words = self.text[c.start:c.end].split()
        return bool(words) and words[-1].lower() in self.dr.bare_month_exclude and \
            bool(re.match(r"\s+(?:on|for|to|against|in|of)\s", self.text[c.end:c.end + 10]))

    def _counted_compound(self, c: Cand) -> bool:
        """A year-like number right before a compound that opens with a year_led_noun but names a kind of thing of
        its own ("2000 season tickets"): the number counts it (``year_led_compounds``)."""
        m = re.match(r"(?:the\s+)?\d{4}", self.text[c.start:c.end], re.I)
        return self._compound is not None and m is not None and bool(self._compound.match(self.text,
                                                                                          c.start + m.end()))


@lru_cache(maxsize=8)
def _kind_of_person(lang: str) -> frozenset:
    return frozenset(w for w in settings(lang).get("kind_of_person_determiners", "").split("|") if w)


_PAST_OR_MODAL = frozenset({"VBD", "VBN", "MD"})


def generic_person_day(doc, start: int, end: int, determiners: frozenset) -> bool:
    """A weekday told of a kind of person: it hangs (through present verbs only) on a noun that a determiner of
    ``kind_of_person_determiners`` opens and a "who" clause in the simple present describes ("Not a president who
    says he's neutral on Monday, pro-Israel on Tuesday and who knows what on Wednesday"; "we need a coach who shows
    up on Monday"): the habit of someone imagined, no day of the calendar. A past or a modal on the way, or above
    the noun in its own clause ("a man who was arrested on Monday", "he met a donor who lives there on Monday"),
    keeps the date (a verb of saying above a quotation is not the noun's clause: "'We need a governor who ...,' she
    said"); so does a definite person ("the senator, who speaks on Thursday")."""
    if doc is None or not determiners:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    while t.head.i != t.i:
        t = t.head
        det = next((d.lower_ for d in t.children if d.dep_ == "det" and d.lower_ in determiners), None)
        if t.pos_ == "NOUN" and det is not None and (det not in ("a", "an") or _imagined(t)) and \
                any(_present_who(r) for r in t.children if r.dep_ == "relcl"):
            return not _past_or_modal(next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None))
        if _past_or_modal(t):
            return False
    return False


_WISHED = frozenset({"need", "want", "deserve", "seek", "prefer", "elect", "choose", "imagine"})


def _imagined(noun) -> bool:
    """"a <noun>" that is someone imagined, not one met: negated ("Not a president who …") or what is needed or
    wished ("we need a coach who …"); "A man who is due in court on Monday" is a real man (review r23)."""
    k = noun.left_edge.i
    doc = noun.doc
    if any(x.lower_ in ("not", "never", "n't") for x in doc[max(k - 1, 0):noun.i]):
        return True
    h = noun.head
    return noun.dep_ in ("dobj", "attr") and (h.lemma_ in _WISHED or any(c.dep_ == "neg" for c in h.children))


def _past_or_modal(v) -> bool:
    """A verb in the past or under a modal ("was arrested", "will show up", "met"); None is neither."""
    return v is not None and (v.tag_ in _PAST_OR_MODAL or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in _PAST_OR_MODAL for a in v.children))


def _present_who(v) -> bool:
    return v.tag_ in ("VBZ", "VBP") and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in v.children) and \
        not any(a.dep_ == "aux" for a in v.children)


def _noun_after(doc, pos: int) -> bool:
    """The word right after ``pos`` (past spaces) is a noun the words before it modify ("Christmas presents")."""
    if doc is None:
        return False
    start = re.compile(r"[ \t]*").match(doc.text, pos).end()
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].idx == start and span[0].pos_ == "NOUN"
