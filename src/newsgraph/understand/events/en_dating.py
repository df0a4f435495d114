"""Whether an English event's act is older than the story's own day, so the publication day must not date it
(asked by ``events/en.py`` when it dates an event; moved out of ``en_checks.py`` in round 32 to keep modules small):

- a clause told as earlier than the story's own time ("previously", "formerly", "used to": ``told_as_earlier``);
- a complement dated before the news ("refused to answer questions last year": ``complement_dated_earlier``);
- a clause of its own set in an earlier year ("By the fall of 2010, the groups had seized on ...":
  ``clause_dated_earlier``).
"""
from __future__ import annotations

from .. import attach, rules


def told_as_earlier(t) -> bool:
    """Whether trigger ``t`` (a spaCy token) is told as happening before the story's own time: with an adverb of
    anteriority (``anterior_adverbs``: "which had previously detained Nega", "formerly ran the agency") or under
    "used to". The past perfect alone says nothing of how long before: news tells the day's events in it ("By Friday
    evening, police had arrested 40 protesters", "had blocked the road for hours when police arrived"). Not inside
    a clausal complement: "said it had previously agreed" is the speaker's own account."""
    if t.pos_ not in ("VERB", "AUX") or any(a.dep_ == "ccomp" for a in (t, *t.ancestors)):
        return False
    if t.dep_ == "xcomp" and t.head.lower_ == "used" and any(a.lower_ == "to" for a in t.children):
        return True
    return any(a.dep_ == "advmod" and a.lower_ in rules.wordset("en", "anterior_adverbs") for a in t.children)


def complement_dated_earlier(t, doc, dates, published: str | None, lo: int, hi: int) -> bool:
    """Whether the complement of trigger ``t`` carries a date before the news ("refused to answer questions last
    year", "declined to testify in 2015"): the act and its complement are one occasion, so the publication day
    does not date it (the date attaches to the complement, not to the trigger: the event stays undated rather than
    take the wrong day)."""
    comps = {x.i for x in t.children if x.dep_ == "xcomp" or _bare_participle(x)}
    if not comps or not published:
        return False
    for d in dates:
        if d.value and lo <= d.start and d.end <= hi and d.value[:10] < published[:10] and \
                not attach.in_news_cycle(d, published, future=False) and attach.attaches(doc, d.start, d.end, comps):
            return True
    return False


_OTHER_CLAUSES = {"relcl", "ccomp", "csubj", "parataxis", "conj", "appos"}


def clause_dated_earlier(t, doc, dates, published: str | None, lo: int, hi: int) -> bool:
    """Whether the trigger's own clause (its words without the clauses of other acts: relative and complement
    clauses, conjuncts, adverbial clauses with a subject or a conjunction of their own) holds a date in a year
    before the news's ("By the fall of 2010, the groups had seized on …", "Veterans in 2014 were killing
    themselves"): a clause set in that year is no act of the publication day (tryout r24: 16 events of 144 stored
    articles were dated by the publication day beside an earlier year of their sentence). Asked only when no
    date of the sentence dates the act."""
    if not published or len(published) < 4:
        return False
    own, todo = set(), [t]
    while todo:
        x = todo.pop()
        own.add(x.i)
        todo.extend(ch for ch in x.children if ch.dep_ not in _OTHER_CLAUSES and not (
            ch.dep_ in ("advcl", "acl") and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in ch.children)))
    for d in dates:
        if d.value and lo <= d.start and d.end <= hi and d.value[:4] < published[:4]:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and len(span) and all(tok.i in own for tok in span) and _time_phrase(span.root):
                return True
    return False


def _time_phrase(tok) -> bool:
    """Whether a date is the object of a preposition of time or setting ("in 2014", "during the 2012 race", "by
    the fall of 2010": done by then), not a word of a topic or an argument ("over his 1994 crime bill")."""
    while tok.head.lower_ == "of" and tok.head.head.lower_ in attach.TIME_PARTS and tok.dep_ == "pobj":
        tok = tok.head.head  # "the fall of 2010": the part of the period stands for it
    return tok.dep_ == "pobj" and tok.head.lower_ in attach.DATE_PREPS | attach.SETTING_PREPS | {"by"} and \
        not _compared(tok.head)


def _compared(prep) -> bool:
    """Whether a time phrase is the term of a comparison ("Unlike in 2012, the army attacked …", "As in 2014, …",
    "protested more … than in 2015"): its year dates the act compared with, not the act of the clause. The parser
    hangs the phrase on the marker or, for a sentence-opening "Like", on the verb with the marker just before."""
    marks = rules.wordset("en", "comparison_markers")
    return (prep.dep_ == "prep" and prep.head.lower_ in marks and prep.head.i < prep.i) or \
        (prep.i > 0 and prep.doc[prep.i - 1].lower_ in marks)


def _bare_participle(x) -> bool:
    """A participle clause without a subject of its own hung on the trigger ("seized the land, seen as vital to any
    deal, in the 1967 war"): the parser often hangs the trigger's own time phrase on it, so a date before the news
    there makes the act an older one too (tryout r24: the publication day was its date)."""
    return x.dep_ in ("advcl", "acl") and x.tag_ in ("VBN", "VBG") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in x.children)
