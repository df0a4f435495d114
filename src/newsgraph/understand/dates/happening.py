"""The date of a happening the text names twice: "three days before the caucuses" counts from the day of the
caucuses, and a reader takes that day from where the text dated them ("the Feb. 1 caucuses", "the primaries on
March 22", "Friday's attacks"). English parse only (spaCy): the noun after "before"/"after" is matched by its lemma
to a noun that a dated expression of the text modifies or stands next to, in its own sentence.
"""
from __future__ import annotations

import datetime as dt
import re

WINDOW = 6  # how many words from a dated expression its happening's noun may stand ("the primaries ... on March 22")


def _noun_after(doc, start: int, end: int):
    """The word that names the happening "before"/"after" at the end of [start, end) counts from: the noun it
    governs ("before the Iowa caucuses": caucuses), or the subject of the clause it opens ("before the donations
    were made": donations, "two months before Obama arrived": Obama); None otherwise ("before he shot", "before
    Christmas")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    prep = span[-1]
    if prep.lower_ not in ("before", "after"):
        return None
    objs = [t for t in prep.children if t.dep_ == "pobj"]
    if objs:
        return objs[0] if objs[0].pos_ in ("NOUN", "ADJ") else None  # "the primary" is often tagged an adjective
    if prep.dep_ == "mark" and prep.head.pos_ in ("VERB", "AUX"):
        subj = [t for t in prep.head.children if t.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ == "NOUN":  # (a person's name is no happening: he does many things on many days)
            return subj[0]
    return None


def _key(t) -> str:
    return t.lemma_.lower() if t.pos_ != "PROPN" else t.lower_


def _names_of(t) -> set:
    """The names that modify a noun ("the CNN/ORC poll", "New York's primary"), in lower case."""
    return {c.lower_ for c in t.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"}


def _names(doc, o_start: int, o_end: int, lemma: str, names: set = frozenset(), by_verb: bool = False) -> bool:
    """Does a noun of lemma ``lemma`` stand within WINDOW words of the expression at [o_start, o_end), in its
    sentence ("the Oct. 4 debate", "the primaries on March 22", "Friday's attacks")?"""
    span = doc.char_span(o_start, o_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    lo, hi = max(sent.start, span.start - WINDOW), min(sent.end, span.end + WINDOW)
    # (not the active subject of the verb the date tells the time of: "The senator met donors on Friday" dates one
    # act of an agent who acts on many days; "the donations were made on June 27", "the primaries on March 22",
    # "the attacks in Paris on Friday ... have complicated" date the happening itself)
    verb = _verb_of(span)
    if by_verb and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() == lemma and _undergoer(verb):
        return True  # the verb of the happening's noun ("the plane crashed on Thursday" ... "before the crash"; r30)
    # (nor a noun another name modifies: "the Fox News poll" is not "the CNN/ORC poll")
    # (nor the noun another count counts from, unless the date modifies it: "a memo dated March 3 -- six months before
    # the attack --" does not date the attack, "a day before the March 1 primary" dates the primary; r32)
    return any(t.pos_ in ("NOUN", "ADJ", "PROPN") and _key(t) == lemma and not (t.dep_ == "nsubj" and t.head == verb)
               and not (names and _names_of(t) and not names & _names_of(t))
               and not (_counted_from(t) and not t.is_ancestor(span.root))
               for t in doc[lo:hi] if not span.start <= t.i < span.end)


def _counted_from(t) -> bool:
    """Is the noun the object of "before"/"after" ("six months before the attack")?"""
    return t.dep_ == "pobj" and t.head.lower_ in ("before", "after")


def _bare_definite(noun) -> bool:
    """"the crash", "the vote": a definite noun with no complement of its own, which may stand for the happening a verb
    of its word told ("the plane crashed on Thursday"); not "the fall of Lehman Brothers", "the vote on the budget in
    March": another happening (review2 r30)."""
    kids = list(noun.children)
    return any(k.dep_ == "det" and k.lower_ == "the" for k in kids) and \
        not any(k.dep_ in ("prep", "poss", "compound", "amod", "nmod", "acl", "relcl") for k in kids)


def _undergoer(verb) -> bool:
    """Is the verb's subject a common noun ("the plane crashed", "voters voted"), a thing's relative pronoun ("Flight
    804, which crashed on Thursday") or the verb passive: a happening, not an agent's act ("he attacked the plan on
    Monday" is one of many acts of his, not "the attack")?"""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and (subj[0].dep_ == "nsubjpass" or subj[0].pos_ == "NOUN" or
                           (verb.dep_ == "relcl" and subj[0].lower_ in ("which", "that")))


def _verb_of(span):
    """The first verb above the expression's words (the act it tells the time of), or None: a date that modifies a
    noun first ("the attacks on Friday") tells no verb's time."""
    t = span.root
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.i < span.end):
            return None
    return None


def happening_day(doc, c, chosen: list, need: str) -> tuple[dt.date, str] | None:
    """(date, precision) of the happening that candidate ``c`` ("two days before the primary") counts from, from the
    nearest other dated expression of the text that names the same happening; ``need`` is the precision the count
    needs ("day" for days and weeks, "month" for months). None when the text dates no such happening, or dates it
    on several different days."""
    if doc is None:
        return None
    noun = _noun_after(doc, c.start, c.end)
    if noun is None:
        return None
    lemma = _key(noun)
    ok = ("day",) if need == "day" else ("day", "month")
    found = []
    for o in chosen:
        if o is c or not o.value or o.precision not in ok or o.flag:
            continue
        # (another count from the same happening names it but does not date it: "six months before the attack" with
        # a memo's day in apposition; the attack's day is where the text dates it, "the attack on Sept. 11, 2012"; r32)
        if _noun_after(doc, o.start, o.end) is not None:
            continue
        if _names(doc, o.start, o.end, lemma, _names_of(noun), _bare_definite(noun)):
            found.append((abs(o.start - c.start), o.value, o.precision))
    if not found or len({v for _, v, _ in found}) > 1:
        return None
    _, value, precision = min(found)
    d = dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    return d, precision


def act(verb, counted: bool = False):
    """The act a date tells the time of, from the verb the parse hangs the date on: a participle that goes with the
    main verb ("knelt ..., praying with his son last Friday") stands for it; so does, for an expression counted from
    a happening (``counted``: "two days before he shot ..., he knelt"), the verb of the clause "before"/"after"
    opens, whose own act is the happening."""
    if verb is None:
        return None
    if counted and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "after")
                                                for c in verb.children):
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
        return verb.head
    return verb


def act_is_now(verb, reporting: frozenset) -> bool:
    """Is the act that an expression counted from a happening places ("comes a day before the debate") told in the
    simple present, not by a verb of saying? In a report that is the time of writing."""
    v = act(verb, counted=True)
    if v is None or v.lemma_.lower() in reporting or v.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(a.dep_ in ("aux", "auxpass") for a in v.children)


def dated_by_the_text(text: str, chosen: list, days: re.Pattern | None, nouns: str) -> None:
    """A named day of a happening ("election day") takes the day the text itself gives that happening when it gives
    one ("election day, 12 December", "the December 12 election", "the vote on Dec. 12"): the list of named days
    knows only the US one, and a British text's election day is its own (review r18). ``days``: the named days of a
    happening (``named_happening_days``); ``nouns``: the happening's nouns (``named_happening_nouns``)."""
    if days is None or not nouns:
        return
    after = re.compile(rf"[\s,]*(?:[A-Za-z]+\s+)?(?:{nouns})\b", re.I)
    before = re.compile(rf"\b(?:{nouns}|{days.pattern})[\s,]*(?:(?:on|of|is|was|will\s+be|falls\s+on)\s+)?"
                        rf"(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$", re.I)
    for c in chosen:
        if c.kind != "named_recurring" or not c.value or not days.fullmatch(text[c.start:c.end]):
            continue
        given = {o.value for o in chosen if o is not c and o.kind != "named_recurring" and o.value and not o.flag
                 and o.precision == "day" and (after.match(text, o.end) or before.search(text, max(0, o.start - 40),
                                                                                            o.start))}
        if len(given) == 1:
            c.value = next(iter(given))


def subject(view, start: int, end: int) -> bool:
    """Is the named day the subject of its clause ("Labor Day is barely over", "This year, Labor Day is merely a speed
    bump")? A present that describes the day itself speaks of the one at hand, the nearest, not of one it schedules
    (review r22). English parse only."""
    doc = view.spacy if view is not None else None
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")


def held_by_participle(v, nouns: frozenset) -> bool:
    """A present participle that describes a noun by the happening it holds ("states holding contests on March 15",
    "a county hosting the debate on Monday"): the date is the happening's, on either side of now, whatever the tense
    of the verb above (review r22: "laid plans for an assault in states holding contests on March 15")."""
    if v.tag_ != "VBG" or not (v.dep_ == "acl" or v.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in v.children)):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in v.children)
