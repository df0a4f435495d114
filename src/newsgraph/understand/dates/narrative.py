"""Where a past narrative's year stops (round 27, dates27b). A month or a day without a year takes the year a past
narrative writes before it ("In 2008, the banks were failing. On Sept. 15, Lehman Brothers collapsed":
other_dates._narrative_year); the narrative is over, and the month or the day is read against the publication, when
between the written year and it:

- **the text comes back to now**: a year of the publication or later ("In 2015 he moved to Paris. In 2019 he came
  back. On Nov. 8 he said …"), or a word of the time at hand ("today", "this year": ``narrative_breakers``);
- **a sentence is told in the present or the future** ("In 2015 he moved to Paris. He now lives in Rome. On Nov. 8
  he said …": the story is at now again; English parse);
- **a quotation opens or closes** (the year said inside a quote, the day told outside it: "'In 2009 we tried that,'
  she said. On Nov. 8 …");
- **the year is inside what a verb of saying reports** and the day dates the saying ("In 2015 he moved to Paris, he
  said on Nov. 8": the day he said it, not the move).

A paragraph break ends a narrative, but for a story told forward (round 29, ``carries_across``): a month of a year
or a full date ("In June 2001, workers took a pay cut", "wrote in a June 10, 2009 email") carries its year
over paragraph breaks to a later month of that year when the story shows it goes on -- a time counted from its own
stands between ("a month later", "earlier that month") in a paragraph of its own, or in the anchor's with a whole
paragraph after it, and keeps the anchor's year (``told_on``) -- every
sentence between is still told in the past and
nothing between counts from now ("... A month later ... / ... / In August, she flew to New York"). Without such a
link the later paragraph is the news ("went public in May 2005. / In August, the company warned": review r21); a bare
year does not carry (it names a background fact more often than it opens a story),
nor does a month or a day earlier in the year than the anchor (the story does not go back), nor one more than
``FORWARD_MONTHS`` after it.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import relative
from .patterns import settings
from .written_years import _verb

_QUOTES = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "wo", "shall"})


PARAGRAPH_CHARS = 900  # how far back a month of a written year may carry its year over paragraph breaks
FORWARD_MONTHS = 6  # how far forward from that month a story told over paragraphs is taken to run


def carries_across(o, c) -> bool:
    """May the anchor ``o`` (a candidate with its year written) give its year over a paragraph break to the month or
    day ``c`` after it? Only a month or a full date of a year ("June 2001", "June 10, 2009"), to a month of that year
    later than its own and at most ``FORWARD_MONTHS`` after it, within ``PARAGRAPH_CHARS``; the other checks
    (``ended``, the clause's past tense) are the caller's."""
    if not (o.literal and o.kind in ("date", "month") and o.month and c.month) or c.start - o.end > PARAGRAPH_CHARS:
        return False
    return 0 < c.month - o.month <= FORWARD_MONTHS


_ANAPHORIC = re.compile(r"\b(?:that|later|earlier|after|before|previous|following)\b", re.I)


def anaphoric(text: str, o) -> bool:
    """A relative expression counted from the story's own time ("a month later", "earlier that month"), which a
    story told over paragraphs passes over (one counted from now, "last week", ends it)."""
    return o.kind == "relative" and bool(_ANAPHORIC.search(text[o.start:o.end]))


def _leaves_the_year(text: str, lang: str, pub, o, t) -> bool:
    """Does the link ``t`` count the story out of its anchor ``o``'s year ("a year later", "two years later", "the
    following year", "18 months later" after March; not "later that year", "a month later" after June)? Counted
    from the anchor (relative expressions are read after the months and days); one that cannot be counted leaves
    it when it counts in years ("years later", "a decade later")."""
    words = text[t.start:t.end]
    ms = relative.meanings(words, lang) or []
    if "then:same" in ms:
        return False
    start = (dt.date(o.year, o.month, o.day or 1), "day" if o.day else "month")
    reading = relative.read(words, lang, pub, "past", start)
    if reading is not None and reading.value:
        return int(reading.value[:4]) != o.year
    return not ms or "unit:year" in ms


def told_on(text: str, lang: str, pub, o, c, links: list) -> bool:
    """Does the story of the anchor ``o`` go on to the month or day ``c`` over paragraph breaks (``carries_across``)?
    Only when a time counted from the story's own (``links``, each ``anaphoric``, none in ``c``'s paragraph) shows
    it: one in a paragraph between the two, or one in the anchor's own paragraph when a whole paragraph stands
    between the anchor's and ``c``'s (the story told on over three paragraphs). A background paragraph right before
    the news tells its story's steps and stops ("went public in May 2015. The following week, analysts upgraded it. /
    In August, the firm warned": the news, review2 r29). And none of the links moves the story out of the anchor's
    year ("In March 2014 ... / A year later ... / In May": not May 2014)."""
    if not links or not carries_across(o, c) or any(_leaves_the_year(text, lang, pub, o, t) for t in links):
        return False
    if any("\n" in text[o.end:t.start] for t in links):
        return True
    return any(line.strip() for line in text[o.end:c.start].split("\n")[1:-1])


@lru_cache(maxsize=None)
def _sequencers(lang: str):
    words = settings(lang).get("narrative_sequencers", "")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I) if words else None


def sequenced(text: str, lang: str, o, c) -> bool:
    """Does the text after the anchor ``o``'s paragraph, up to ``c``, tell the story's next steps in words of
    sequence ("At first, his doctor assumed it was bronchitis, and he did improve soon after. But by December, they
    worsened": ``narrative_sequencers``; round 30)? Such words link the two as a counted time does (``told_on``)."""
    seq = _sequencers(lang)
    if seq is None or not carries_across(o, c):
        return False
    first = text.find("\n", o.end)  # (from the anchor's paragraph's end to the month: "soon after. But by December")
    return 0 <= first < c.start and bool(seq.search(text, first, c.start))


@lru_cache(maxsize=None)
def _breakers(lang: str):
    words = settings(lang).get("narrative_breakers", "")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I) if words else None


def ended(text: str, lang: str, view, reporting_verbs, chosen: list, j: int, i: int, pub_year: int) -> bool:
    """Is the narrative whose year ``chosen[j]`` writes over before ``chosen[i]`` (see the module's docstring)?"""
    o, c = chosen[j], chosen[i]
    for m in chosen[j + 1:i]:
        if m.literal and m.year and m.year >= pub_year:
            return True
    between = text[o.end:c.start]
    breakers = _breakers(lang)
    if breakers is not None and breakers.search(between):
        return True
    if len(_QUOTES.findall(between)) % 2:
        return True
    doc = getattr(view, "spacy", None) if view is not None else None
    if doc is None:
        return False
    return _present_sentence_between(doc, o, c, reporting_verbs) or _reported(doc, o, c, reporting_verbs)


def _span(doc, start: int, end: int):
    s = doc.char_span(start, end, alignment_mode="expand")
    return s if s is not None and len(s) else None


def _present_sentence_between(doc, o, c, reporting_verbs) -> bool:
    """A whole sentence between the two, outside quotes, whose main verb is present or future (not a verb of saying:
    "she says" tells the story still)."""
    a, b = _span(doc, o.start, o.end), _span(doc, c.start, c.end)
    if a is None or b is None:
        return False
    s = a.sent
    while s.end < b.sent.start:
        s = doc[s.end].sent
        if s.start >= b.sent.start:
            break
        if _QUOTES.search(s.text):
            continue  # (a quotation tells of its own time)
        root = s.root
        if root.lemma_.lower() in reporting_verbs:
            continue
        if root.tag_ in _PRESENT_TAGS or root.tag_ == "MD" or any(
                ch.dep_ in ("aux", "auxpass") and (ch.tag_ in _PRESENT_TAGS and ch.lemma_ != "have" or
                                                   ch.lower_ in _FUTURE_AUX) for ch in root.children):
            return True
    return False


def _reported(doc, o, c, reporting_verbs) -> bool:
    """The year is inside the clause a verb of saying reports, and the day hangs on that verb."""
    a, b = _span(doc, o.start, o.end), _span(doc, c.start, c.end)
    if a is None or b is None or a.sent.start != b.sent.start:
        return False
    v, w = _verb(doc, o.start, o.end), _verb(doc, c.start, c.end)
    if v is None or w is None or v.i == w.i or w.lemma_.lower() not in reporting_verbs:
        return False
    return any(x.i == w.i for x in v.ancestors)
