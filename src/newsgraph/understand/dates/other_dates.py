"""The parts of the resolver (extract._Resolver) that read a date from another date of the text: counted from a
happening ("three days after the Feb. 10 announcement", "the day after the primary"), the day of the act a count
places, words of the day inside a quotation or a live-blog entry (quoted.py), a date entity that only writes its
year ("fiscal 2019"), and the year a month or a day takes from a year written near it (a range's other end, a past
narrative's year, a stretch of time the sentence dates: "the 2008 primary contest ... until June")."""
from __future__ import annotations

import re

from . import calendar as C
from . import attachment, background, guards, happening, narrative, quoted, recent_step, relative, tense
from .cand import Cand
from .lexical import _TARGET
from .patterns import YEAR, settings

FLAG_FUTURE_IN_PAST = "after publication in a past-tense clause"
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"\u201c]?[A-Z\u0410-\u042f]|\n")
_YEAR_BEFORE = re.compile(r"(?<![\w\d])((?:1[89]|20)\d\d)(?:['’]s)?\s+$")
# between a named day and the month and day it falls on: "Super Tuesday on March 1", "Election Day, Nov. 8"
_NAMED_DAY_GAP = re.compile(r"[\"'”’)]?\s*(?:,|\(|on|of|[-–—])?\s*", re.I)
LIST_LINES = 40  # how many lines of a list a heading's year reaches ("Tour 2020 dates:")
LIST_LINE_CHARS = 160  # a list's line is short: a longer one is prose, and ends the list
_TIME_PREPOSITION = re.compile(r"(?:^|\W)(?:on|since|by|until|till|after|before)\s+$", re.I)
NARRATIVE_CHARS = 400  # how far back a year written in the text may carry a narrative ("In June 2001 ... In August")


def text_line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` begins."""
    return text.rfind("\n", 0, pos) + 1


class FromOtherDates:
    """Mixed into extract._Resolver (it provides text, lang, dr, view, pub, when, _fiscal, _since, _stretch, _joiner,
    _attacks_2001 and _flag)."""

    def _comparison_bases(self, chosen: list[Cand]) -> None:
        """"sold 30,154 cars in October, down 10 percent from a year ago": a year-ago base of a comparison is the
        month the sentence measures a year earlier (2018-10 for the October of 2019), not the month of publication a
        year back (``comparison_base`` words before it, ``year_ago`` words for the base)."""
        conf = settings(self.dr.lang)
        words, base = conf.get("comparison_base", ""), conf.get("year_ago", "")
        if not words or not base:
            return
        for i, c in enumerate(chosen):
            before = self.text[max(0, c.start - 30):c.start]
            if c.kind != "relative" or c.value is None or not re.fullmatch(base, self.text[c.start:c.end], re.I) or \
                    not re.search(rf"(?:^|\W)(?:{words})\s+$", before, re.I) or \
                    re.search(r"(?:more|less|fewer)\s+than\s+$", before, re.I):
                continue  # ("left more than a year ago": a rough count, no base of a comparison)
            for o in reversed(chosen[:i]):
                if _SENTENCE_END.search(self.text, o.end, c.start):
                    break
                if o.precision == "month" and o.value and len(o.value) == 7:
                    c.value, c.precision, c.anchor = f"{int(o.value[:4]) - 1:04d}{o.value[4:]}", "month", o.value
                    break

    def _of_2001_attacks(self, c: Cand) -> bool:
        """Sept. 11 without a year in a text that speaks of the 2001 attacks nearby (and not of Benghazi's); never in
        a clause that looks ahead ("the trial of men charged with terrorism will begin Sept. 11": the coming one)."""
        if self._attacks_2001 is None or (c.month, c.day) != (9, 11):
            return False
        if self.when(c) in ("future", "next", "soon") or c.tense == "future":
            return False
        if self._attacks_2001[1].search(self.text):
            return False
        if self._attacks_2001_nouns is not None and self._attacks_2001_nouns.match(self.text, c.end) and \
                not _TIME_PREPOSITION.search(self.text, max(0, c.start - 8), c.start):
            return True  # "Sept. 11 conspiracy theories", "families of Sept. 11 victims" (round 30); not "On Sept. 11
            #              commission members voted": after a preposition of time the noun opens the clause
        near = self.text[max(0, c.start - 1000):c.end + 1000]
        return bool(self._attacks_2001[0].search(near))

    def _year_written_before(self, c: Cand, days: list) -> bool:
        """"the 2016 Memorial Day parade", "2018's Thanksgiving": the year written right before a day's name says
        which occurrence, as one written after it does ("Black Friday 2019", matches.py); sets it, True when it did."""
        before = _YEAR_BEFORE.search(self.text, max(0, c.start - 10), c.start)
        day = next((d for d in days if before is not None and d.year == int(before.group(1))), None)
        if day is not None:
            c.value, c.precision = day.isoformat(), "day"
        return day is not None

    def _sentence_year(self, c: Cand, chosen: list[Cand], days: list) -> int | None:
        """A named yearly day in a sentence that writes one year ("Obama carried the state in the 2012 vote, and on
        Election Day turnout was high"): the day of that year, the happening the sentence tells (review r22); not
        in a clause that looks ahead, nor when the sentence writes two years."""
        years = {o.year for o in chosen if o is not c and o.literal and o.kind == "year" and o.year and
                 not _SENTENCE_END.search(self.text, min(o.end, c.end), max(o.start, c.start)) and
                 self._names_a_happening(o)}
        if len(years) != 1 or self.when(c) in ("future", "next", "soon") or c.tense == "future":
            return None
        (y,) = years
        if not any(d.year == y for d in days):
            return None
        c.anchor = str(y)
        return y

    def _names_a_happening(self, o: Cand) -> bool:
        """A year written before the noun of a happening ("the 2012 vote", "the 2008 Democratic primary"): it tells
        which one (a year that opens a stretch, "since 2012", or dates another act, "Founded in 2008", does not)."""
        words = re.findall(r"[\w-]+", self.text[o.end:o.end + 40].lower())[:3]
        return any(w in self.dr.happening_nouns for w in words)

    def _ahead_in_month(self, c: Cand, when: str | None) -> bool:
        """A day of the publication's month still ahead, without its year, in a past clause ("explained after
        winning Ohio on Mar. 15", written on March 4): news style writes the year of a date not of the current year,
        so it is not the day eleven months back; this year's is after publication in a past clause: flagged, unless it
        is a time aimed at ("by", "until"), which lies ahead of the act."""
        ahead = C.safe_date(self.pub.year, c.month, c.day)
        if when != "past" or c.month != self.pub.month or ahead is None or ahead <= self.pub + C.SLACK_DAYS * C.ONE:
            return False
        if _TARGET.search(self.text, max(0, c.start - 40), c.start):
            c.value, c.precision = ahead.isoformat(), "day"  # a time aimed at ("was ordered to finish by Feb. 29")
            self._span_of_range(c, ahead.year)
            return True
        c.flag, c.stated, c.value, c.span = FLAG_FUTURE_IN_PAST, ahead.isoformat(), None, None
        return True

    def _written_year(self, c: Cand, words: str) -> None:
        """A date entity that neither the grammar nor dateparser reads but that writes one year ("fiscal 2019",
        "fiscal year 2019", "the 2019 fiscal year"): the year as written, at the precision of a year (lower precision
        rather than none: whatever the other words narrow or shift, the text names that year)."""
        years = re.findall(rf"(?<![\w.,/-]){YEAR}(?![\w.,/-]\d)", words)
        rest = words.replace(years[0], " ", 1) if len(years) == 1 else ""
        opens = not self.text[:c.start].strip() or self.text[:c.start].rstrip()[-1] in guards.SENTENCE_START
        if len(years) != 1 or re.search(r"\d", rest) or \
                any(m.startswith("num:") for m in relative.meanings(rest, self.lang) or []):
            return  # (a count is no name of a year: "two weeks 2018")
        if re.search(r"[A-Z]", rest.strip()[int(opens):]) and not self._edition(words, years[0]):
            return  # (capitalised words with a year are a name: "Farming Simulator 2019"; "Fiscal 2019 was" opens)
        c.year, c.literal = int(years[0]), True
        c.value, c.precision = years[0], "year"
        if self._fiscal is None or not self._fiscal.search(words):
            self._flag(c)  # (a fiscal year named N mostly begins in the calendar year before N: no flag)

    def _edition(self, words: str, year: str) -> bool:
        """"Milan Design Week 2018", "the 2018 Welcome Festival": the name of a happening held each year, with the year
        of its edition (the noun before or after the year is one of ``edition_nouns``): the happening's year. A name
        that is no happening ("Farming Simulator 2019", "Football Manager 2020") is not."""
        nouns = settings(self.dr.lang).get("edition_nouns", "")
        if not nouns:
            return False
        before = rf"(?<![\w])(?:{nouns})\s+{year}(?![\w])"
        after = rf"(?<![\w]){year}(?:\s+[A-Z][\w-]*)*\s+(?:{nouns})(?![\w])"
        return bool(re.search(f"{before}|{after}", words, re.I))

    def _counted_from_next(self, c: Cand, chosen: list[Cand], i: int, words: str) -> None:
        """"three days after Carrier's Feb. 10 announcement": counted from the day the happening's own words give
        (a day in the same phrase, no punctuation between); else the happening's date is unknown."""
        o = chosen[i + 1] if i + 1 < len(chosen) else None
        if o is None or o.precision != "day" or not o.value or o.start - c.end > 40 or \
                re.search(r"[.,;:!?()\n]", self.text[c.end:o.start]):
            return
        reading = relative.read(words, self.lang, self.pub, None, (C.parse_published(o.value), "day"))
        if reading is not None and reading.value:
            c.value, c.precision, c.anchor = reading.value, reading.precision, reading.anchor

    def _counted_from_happening(self, c: Cand, chosen: list[Cand], words: str) -> None:
        """"the day after the primary": counted from the day the text gives the primary elsewhere (happening.py);
        else, when the act it places is told in the present ("The criticism comes a day before the debate",
        "Thirteen years after the law passed, lawmakers are poised to ..."), the time of writing."""
        ms = relative.meanings(words, self.lang) or []
        need = "day" if any(m in ("unit:day", "unit:week") for m in ms) else "month"
        base = happening.happening_day(self.view.spacy, c, chosen, need)
        if base is None:
            unit = next((m[5:] for m in ms if m.startswith("unit:")), None)
            verb = attachment.clause_verb(self.view, c.start, c.end)
            if unit and happening.act_is_now(verb, self.dr.reporting_verbs) \
                    and not quoted.in_quote(self.text, c.start):
                p = self.pub
                c.value, c.precision = {"day": (p.isoformat(), "day"), "week": (p.isoformat(), "day"),
                                        "month": (f"{p.year:04d}-{p.month:02d}", "month")}.get(
                                            unit, (f"{p.year:04d}", "year"))
            return
        reading = relative.read(words, self.lang, self.pub, None, base)
        if reading is not None and reading.value:
            limit = self._past_clause_limit(c)
            if limit is not None and reading.value[:10] > limit.isoformat():
                return  # a count to after publication in a past clause tells no date (review2 r30)
            c.value, c.precision, c.anchor = reading.value, reading.precision, reading.anchor

    def _day_of_the_act(self, c: Cand, chosen: list[Cand]) -> None:
        """"arrested the suspect on Saturday, three days after the shooting", "acknowledged Friday ... three days
        before the Iowa caucuses": what is counted from a happening places the act of its clause, and when that act
        has its own day, the expression names that day."""
        verb = happening.act(attachment.clause_verb(self.view, c.start, c.end), counted=True)
        if verb is None:
            return
        for o in chosen:
            if o is not c and o.precision == "day" and o.value and o.kind in ("weekday", "date") and \
                    abs(o.start - c.start) < 300 and \
                    getattr(happening.act(attachment.clause_verb(self.view, o.start, o.end)), "i", None) == verb.i:
                c.value, c.precision, c.anchor = o.value, "day", o.value
                return
        self._day_of_the_subject(c, chosen, verb)

    def _day_of_the_subject(self, c: Cand, chosen: list[Cand], verb) -> None:
        """"The debate came two days after Obama's address": an act whose subject is a happening named with "the"
        and no day of its own takes the day the text gave that happening before ("... Thursday lashed out at Obama
        in a debate"): the latest day outside quotations whose sentence names the same noun (review r22)."""
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lemma_.lower() not in self.dr.happening_nouns or \
                not any(k.lower_ == "the" for k in subj.children):
            return
        doc = self.view.spacy
        for o in reversed(chosen):
            span = doc.char_span(o.start, o.end, alignment_mode="expand") if o.end <= c.start else None
            if span is None or not len(span) or o.precision != "day" or not o.value or \
                    o.kind not in ("weekday", "date") or quoted.in_quote(self.text, o.start):
                continue
            other = next((h for h in span.root.ancestors if h.pos_ in ("NOUN", "VERB", "AUX")), None)
            if other is not None and other.pos_ == "NOUN" and other.lemma_.lower() in self.dr.happening_nouns and \
                    other.lemma_.lower() != subj.lemma_.lower() or o.value > self.pub.isoformat():
                continue  # (a day of another happening, "the New Hampshire primary Feb. 9", or one still ahead)
            if span.sent.start != verb.sent.start and any(t.lemma_.lower() == subj.lemma_.lower() for t in span.sent):
                c.value, c.precision, c.anchor = o.value, "day", o.value
                return

    def _quoted_day(self, c: Cand, chosen: list[Cand], i: int) -> None:
        """"today" or "yesterday" inside a quotation: counted from the day it was said (quoted.py); in the entry of
        a live blog (after a stamp "February 6, 2016 11:19PM"), from the entry's day."""
        if c.kind == "weekday" and c.value and c.weekday is not None and quoted.in_quote(self.text, c.start):
            # a weekday in direct speech is the speaker's: counted from the day the attribution names ("“We will win
            # on Tuesday,” Rubio said at a rally on Saturday": the Tuesday after that Saturday)
            said = quoted.attributed_day(self.text, chosen, i) or \
                quoted.introduced_day(self.text, chosen, i, self.view.spacy, self._saying)
            if said is not None and said != self.pub and said < self.pub:
                c.value, c.anchor = C.weekday_date(c.weekday, said, self.when(c)).isoformat(), said.isoformat()
            return
        if c.kind not in ("relative", "entity") or not (c.value or c.span):
            return
        words = self.text[c.start:c.end]
        ms = relative.meanings(words, self.lang) or []
        if any(m.startswith("then") for m in ms):
            return
        said = quoted.entry_day(self.text, chosen, i, self.pub) or quoted.signed_day(self.text, chosen, i, self.pub)
        if said is not None and "this" in ms and any(m in ("unit:week", "unit:day") for m in ms):
            reading = relative.read(words, self.lang, said)  # "earlier this week" written in the entry
            if reading is not None and (reading.value or reading.span):
                c.value, c.span, c.anchor = reading.value, reading.span, said.isoformat()
            return
        # a week named from now in direct speech ("“Last week we lost three soldiers,” the general said on March 4"):
        # the speaker's week, counted from the day of saying as "yesterday" is (round 33)
        weekly = c.span is not None and "unit:week" in ms and any(m in ("prev", "next", "this") for m in ms) and \
            quoted.in_quote(self.text, c.start)
        if not weekly and (c.precision != "day" or not any(m.startswith("day:") for m in ms)):
            return
        if said is None and quoted.in_quote(self.text, c.start):
            said = quoted.time_of_saying(self.text, chosen, i, self.pub, self.dr.happening_nouns,
                                         self.view.spacy, self._saying)
        if said is None or said == self.pub:
            return
        reading = relative.read(words, self.lang, said)
        if reading is not None and weekly and reading.span:
            c.span, c.anchor = reading.span, said.isoformat()
        elif reading is not None and reading.value:
            c.value, c.anchor = reading.value, said.isoformat()

    @staticmethod
    def _same_day(c: Cand, chosen: list[Cand]) -> int | None:
        """The year of the day the text writes in full elsewhere ("the terrorist attacks of Sept. 11, 2001 ... after
        the Sept. 11 attacks"): a month and a day named again are the same day, unless the text writes that day in
        more than one year (then nothing is taken from it)."""
        years = {o.year for o in chosen if o.literal and o.kind == "date" and o.year and o is not c
                 and o.month == c.month and o.day == c.day and o.value}
        return years.pop() if len(years) == 1 else None

    def _named_day_year(self, c: Cand, chosen: list[Cand], i: int) -> int | None:
        """A month and a day written right after a named day that falls on it ("until after Super Tuesday on March
        1", 'the "Super Tuesday" March 1 states', "Election Day, Nov. 8") name that day: its year, whatever the
        clause's tense makes of the bare day (round 21). When the day the clause chose for the named day is not that
        one ("He was in Ohio before Election Day, Nov. 8.", written in January 2016: Election Day 2015 was Nov. 3),
        the named day's occurrence nearest the anchor that falls on it (2016-11-08): the written day says which
        one is meant, and a past clause that names it ahead is flagged as any such date is."""
        o = chosen[i - 1] if i > 0 else None
        md = f"{c.month:02d}-{c.day:02d}" if c.month and c.day else None
        if o is None or o.kind != "named_recurring" or not o.value or md is None or \
                not _NAMED_DAY_GAP.fullmatch(self.text[o.end:c.start]):
            return None
        if o.value[5:] != md:
            days = [d for d in map(C.parse_published, (o.choices or "").split("|")) if d and d.isoformat()[5:] == md]
            if not days or self.pub is None:
                return None
            return min(days, key=lambda d: abs((d - self.pub).days)).year
        c.anchor = o.anchor
        return int(o.value[:4])

    def _range_year(self, c: Cand, chosen: list[Cand], i: int) -> int | None:
        """The first end of a range whose other end writes its year ("from September to December 2014", "between
        Jan. 5 and March 3, 2016") takes that year (the year before when its month comes later)."""
        o = chosen[i + 1] if i + 1 < len(chosen) else None
        if o is None or not o.literal or o.kind not in ("date", "month") or not o.month or \
                not self._joiner.fullmatch(self.text[c.end:o.start]):
            return None
        y = o.year if (c.month, c.day or 0) <= (o.month, o.day or 32) else o.year - 1
        c.anchor = str(o.year)
        return y

    @staticmethod
    def _span_of_range(c: Cand, year: int | None = None) -> None:
        """Both days of a range ("Oct. 5-7") in the year its day took."""
        year = year or c.year
        if c.range_of and year and c.month:
            a, b = (C.safe_date(year, c.month, d) for d in c.range_of)
            if a and b:
                c.span = C.iso_span(a, b)

    def _list_year(self, c: Cand, chosen: list[Cand], i: int) -> int | None:
        """A month or a day on a line of a list whose heading writes one year and ends with a colon ("Tour 2020
        dates:", then "March 3 - Austin" ... "Sept. 18 - Boston"): the heading's year, whatever the nearest one is;
        the next year once the list's months turn back (a tour from November into January). Every line between the
        heading and the date is a short line that names a month. A cue word before the date ("I wrote last November",
        round 27) settles its year from now: no list line."""
        if tense.cue(self.text, c.start, self.dr) is not None:
            return None
        text, months, j, pos = self.text, [c.month], i - 1, text_line_start(self.text, c.start)
        end = text.find("\n", c.end)
        if (len(text) if end < 0 else end) - pos > LIST_LINE_CHARS:
            return None
        while j >= 0 and chosen[j].start >= pos:  # (the dates before it on its own line)
            j -= 1
        for _ in range(LIST_LINES):
            if pos == 0:
                return None
            ps = text_line_start(text, pos - 1)
            line, own = text[ps:pos - 1].strip(), []
            while j >= 0 and chosen[j].start >= ps:
                own.append(chosen[j])
                j -= 1
            pos = ps
            if not line:
                continue
            if line.endswith(":"):
                if len(own) != 1 or own[0].kind != "year" or not own[0].literal or not own[0].year:
                    return None
                c.anchor = str(own[0].year)
                forward = months[::-1]
                return own[0].year + sum(1 for a, b in zip(forward, forward[1:]) if b < a)
            got = [o.month for o in own if o.kind in ("date", "month") and o.month]
            if len(line) > LIST_LINE_CHARS or not got:
                return None
            months.append(got[-1])
        return None

    def _narrative_year(self, c: Cand, chosen: list[Cand], i: int) -> int | None:
        """A month or day of a past narrative anchored by a year the text writes just before it ("In June 2001 ...
        In August", "In 2008, the campaign began in mid-September") takes that year. After a distal demonstrative
        ("Humphrey's loss that November" after "the 1968 convention") the month is of the year the text last wrote,
        whatever that year names."""
        distal = settings(self.dr.lang).get("distal_demonstratives", "")
        if distal and re.search(rf"(?:^|\W)(?:{distal})\s+$", self.text[max(0, c.start - 8):c.start], re.I):
            for o in reversed(chosen[:i]):
                if c.start - o.end > NARRATIVE_CHARS or "\n" in self.text[o.end:c.start].strip():
                    break
                if o.literal and o.kind in ("date", "month", "year") and o.value and o.year:
                    if o.year < self.pub.year and \
                            tense.clause_tense(self.view, c.start, c.end, self.dr)[0] == "future":
                        break  # ("The 2008 crash still shapes the race. That November, voters will decide": ahead)
                    c.anchor = str(o.year)
                    return o.year
        links = []  # times counted from the story's own after a paragraph break (narrative.told_on)
        for j in range(i - 1, -1, -1):
            o = chosen[j]
            if c.start - o.end > NARRATIVE_CHARS or "\n" in self.text[o.end:c.start].strip():
                # (a new paragraph does not carry the story's year: background paragraphs before the news, "… went
                # public in 2005." / "In August, the company warned …" -- review r21), but for a story told forward
                # from a month of a written year (narrative.carries_across, round 29)
                if not o.literal and narrative.anaphoric(self.text, o) and \
                        c.start - o.end <= narrative.PARAGRAPH_CHARS:
                    links.append(o)  # ("a month later", "earlier that month": the story goes on)
                    continue
                if not (narrative.told_on(self.text, self.lang, self.pub, o, c, links) or
                        not links and narrative.sequenced(self.text, self.lang, o, c)) or o.year >= self.pub.year:
                    return None
            if o.literal and (o.kind in ("date", "month", "year") and o.value or o.kind == "season" and o.span) \
                    and o.year < self.pub.year \
                    and not (self._since is not None and self._since.search(self.text, max(0, o.start - 12), o.start)):
                # a year after "since" opens a period that runs to the present: it anchors no narrative; nor does a
                # year told in a relative clause ("Levinson, who disappeared in 2007")
                if self._names_a_stretch(c, o):
                    c.anchor = str(o.year)
                    return o.year
                if not attachment.tells_the_clause(self.view, o.start, o.end) or \
                        background.told_as_background(self.view, self.text, o.start, o.end, self.dr.lang) or \
                        (o.kind == "year" and attachment.hangs_on_noun(self.view, o.start, o.end)):
                    return None  # (nor a year that names a thing: "Roe v. Wade, the 1973 decision ... In March")
                # only a date that tells when the clause's act took place ("In August, he moved"): a date naming
                # a thing ("the Dec. 2 attack") names it by its own, usually recent, date
                if self.when(c) in ("past", None) and c.tense == "past" and c.adverbial is True and \
                        not narrative.ended(self.text, self.dr.lang, self.view, self.dr.reporting_verbs, chosen, j, i,
                                            self.pub.year) and \
                        not recent_step.recent_step(self.view, self.text, self.dr.lang, c, o, tense.clause_tense(
                            self.view, c.start, c.end, self.dr)[0] == "perfect", self.pub.year):
                    # (a new, recent act after the story: "In October, the 3rd Circuit reversed ... The case is
                    # ongoing", recent_step.py)
                    y = _year_from(o, c)
                    c.anchor = str(y)
                    return y
                return None
        return None

    def _names_a_stretch(self, c: Cand, o: Cand) -> bool:
        """A year naming a stretch of time earlier in the same sentence of a past clause ("He stayed in the 2008
        primary contest until June", "During the 2016 campaign she fainted at a September 11 commemoration"): a month
        or a day the sentence gives without a year falls inside that stretch, in its year (a year naming a single
        thing, "the 1973 decision", anchors nothing: ``stretch_nouns``)."""
        if self._stretch is None or o.kind != "year" or not self._stretch.match(self.text, o.end) or \
                _SENTENCE_END.search(self.text, o.end, c.start):
            return False
        if self.when(c) not in ("past", None) or c.tense != "past":  # (when() reads the clause's tense first)
            return False
        return not (self._since is not None and self._since.search(self.text, max(0, o.start - 12), o.start))


def _year_from(o: Cand, c: Cand) -> int:
    """The year a narrative anchor gives a month or a day after it: a written year's own; a season's, the first one
    from the season's start ("In the fall of 2007, Clinton led ... By Jan. 18, Obama was winning": January 2008, the
    narrative moving on; "In the winter of 2004-5 ... In January": 2005) (round 21)."""
    if o.kind != "season" or not o.span or not c.month:
        return o.year
    start = o.span[:7]
    first_year, first_month = int(start[:4]), int(start[5:7])
    return first_year if c.month >= first_month else first_year + 1
