"""Whether a date expression of a sentence dates a given word's happening (a quote's cue, an event's trigger), from
the English parse (spaCy).

- **A day of the news cycle** (a date of day precision within NEWS_CYCLE_DAYS of the publication date) dates
  whatever its sentence reports: "Trump said during a Friday evening rally", "Clinton spoke out Tuesday ..., arguing
  that", "attacked her opponent during the debate Monday night". News reports what was said and done in the last
  days, and the sentence's day is that day.
- **Any other date** (a year, a month, a day long before: "1972", "June 2013", "9/11") must attach to the word. From
  the date's head, prepositions of setting ("in", "at", "on", "during", "after"...) and the nominal words of a phrase
  are passed ("In a March 2016 meeting with the editorial board, Trump said", "a summit at the estate in California
  in June 2013", "A poll released in late August found"); the first verb reached must be the word. Not dated by
  it ("at the end of August": a part of a period, ``TIME_PARTS``, passes its "of"): a date reached through
  another verb
  ("Clinton said, referencing the period before 1972's Roe v. Wade", "his time at MSNBC, which let him go in 2015"),
  through a preposition of topic or argument ("said of the 9/11 attacks", "arrested for the 1972 murder"), or a
  bound ("by 2030", "until May", "before 2020": a deadline, not the happening's date).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

NEWS_CYCLE_DAYS = 7
# a preposition whose object is the date itself: "on Tuesday", "in March", "during 2015"; a bound is no date of the
# happening ("by 2030", "until May", "before 2020", "after 2015", "since her 2008 bid")
DATE_PREPS = frozenset({"on", "in", "at", "during", "throughout", "within", "around", "about", "circa"})
# a preposition of the setting, whose object (a meeting, a rally, a speech) the date may modify: "In a March 2016
# meeting with the editorial board, Trump said"; not one of topic or reason ("reflected on the 2008 crisis",
# "criticized Biden over his 1994 crime bill", "said of the 9/11 attacks")
SETTING_PREPS = frozenset({"in", "at", "during", "amid", "throughout", "within", "following"})
# the word the date's phrase hangs on takes it as an argument, not as its time: "The 2016 Republican nominee told
# reporters", "Biden defended the 1994 crime bill"
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "dative", "oprd", "appos"})
# a reduced relative of the word's subject dates what the subject does ("A poll released in late August found");
# a past participle of its object tells the object's own story ("arrested a man released from prison in 2009")
OBJECT_DEPS = ARGUMENT_DEPS - {"nsubj", "nsubjpass", "csubj"}
# a noun naming a part of a period, through whose "of" the period still dates the happening: "at the end of
# August", "in the first week of March", "during the second half of 2015"
TIME_PARTS = frozenset({"end", "beginning", "start", "middle", "close", "turn", "half", "quarter", "week", "weeks",
                        "days", "part", "months", "height", "dawn", "eve", "morning", "afternoon", "evening", "night",
                        "spring", "summer", "fall", "autumn", "winter"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "PART", "CCONJ", "PUNCT", "SYM", "ADV", "X"})
MAX_STEPS = 12


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def in_news_cycle(d, published: str | None, future: bool) -> bool:
    """A date of day precision within NEWS_CYCLE_DAYS before the publication date (or after it, when ``future``)."""
    day, pub = _day(d.value), _day(published)
    if d.precision != "day" or day is None or pub is None:
        return False
    gap = (pub - day).days
    return 0 <= gap <= NEWS_CYCLE_DAYS or (future and -NEWS_CYCLE_DAYS <= gap < 0)


def attaches(doc, start: int, end: int, words: set[int]) -> bool:
    """Whether the date at characters [start, end) of spaCy ``doc`` attaches to one of the token indices ``words``
    (see the module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.dep_ in ("compound", "nmod", "amod", "nummod") and tok.head.pos_ == "PROPN" and tok.head.i not in words \
            and tok.head.lemma_.lower() in _org_heads():
        return False  # part of an organisation's name: "at the 2020 Club", "the Class of 1999 Foundation"
    released = False  # through a reduced relative: "A report released last year found": the report's own date
    for _ in range(MAX_STEPS):
        if tok.i in words:
            return True
        if tok.head.i == tok.i:
            return False
        prev, tok = tok, tok.head
        if span.start <= tok.i < span.end:
            continue
        if tok.i in words and released and prev.dep_ in OBJECT_DEPS and _passive_relative(span.root, prev):
            return False  # "arrested a man released from prison in 2009": the object's own past, not the arrest
        if tok.i in words:
            # the date itself, or a phrase of time or setting, modifies the word; not one of its arguments
            return span.start <= prev.i < span.end or prev.dep_ not in ARGUMENT_DEPS or released
        released = released or (tok.dep_ == "acl" and not _person(tok.head))
        if tok.pos_ == "ADP" or (tok.dep_ == "prep" and tok.tag_ == "VBG"):  # "following a conference in 2010"
            if span.start <= prev.i < span.end:
                if tok.lower_ == "of" and tok.head.lower_ in TIME_PARTS:
                    continue  # "the end of August": the part of the period is the date's phrase
                if tok.lower_ not in DATE_PREPS:
                    return False  # "by 2030", "since 2015", "after May"
            elif tok.lower_ not in SETTING_PREPS:
                return False  # "of the 9/11 attacks", "for the 1972 murder", "on the 2008 crisis"
        elif tok.pos_ not in _NOMINAL and tok.dep_ != "acl":
            return False  # a reduced relative is part of its noun's phrase: "a poll released in late August found"
    return False


def _person(noun) -> bool:
    """A person named or described ("Senator Ann Ruiz, elected in 2010, said on Tuesday", "the senator, elected in
    2010, criticized"): the reduced relative tells of the person's past, not of the act (tryout r24: the quote was
    dated 2010), unlike a document's ("a poll released in late August found")."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _person_heads()


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    from . import rules
    return frozenset(w.lower() for w in rules.words("en", "titles") | rules.words("en", "role_heads"))


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    from . import rules
    # an organisation's head words, and those of a club or a society ("the 2020 Club", "the 1916 Society")
    return frozenset(w.lower() for w in rules.words("en", "org_heads")) | {"club", "society"}


def dates(doc, d, words: set[int], published: str | None, future: bool = False) -> bool:
    """Whether date expression ``d`` (a record DateExpr) dates the happening of ``words``."""
    return in_news_cycle(d, published, future) or attaches(doc, d.start, d.end, words)


def after_parenthesis(tok) -> set[int]:
    """The prepositions of time or setting that close a participle clause set off by commas inside ``tok``'s clause
    ("Israel seized the territories, seen as vital to any deal, in the 1967 war"; "the rebels took the town,
    known for its wine, during the 2012 offensive"): the parser hangs them on the participle, but after the
    parenthesis's closing comma they are the main verb's. Only a phrase that ends the participle's words; one
    inside the parenthesis ("seen, in 1967, as a threat") stays the participle's."""
    out = set()
    doc = tok.doc
    for x in tok.subtree:
        if x.dep_ not in ("advcl", "acl") or x.tag_ not in ("VBN", "VBG") or x.i < tok.i or \
                x.left_edge.i == 0 or doc[x.left_edge.i - 1].text != "," or \
                any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in x.children):
            continue
        node = x.head  # the participle is a clause of the trigger or of one of its nouns, no other verb's
        while node.i != tok.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i != tok.i:
            continue
        close = [c.i for c in x.children if c.text == "," and c.i > x.i]
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ in DATE_PREPS | SETTING_PREPS and close and close[0] < p.i and \
                    p.right_edge.i == x.right_edge.i:
                out.add(p.i)
    return out


def _passive_relative(tok, noun) -> bool:
    """Whether the way from ``tok`` up to ``noun`` passes a past participle hung on a noun ("a man released from
    prison in 2009", "the village, captured by the rebels in 2012"): an event of the noun's own; a present
    participle tells a state ("power lines leading into Kabul"), where the parser often hangs the sentence's date."""
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return True
        tok = tok.head
    return False
