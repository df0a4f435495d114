"""The time of a clause that looks ahead of its verb: the future of a reported saying ("asked whether they would hold
the Senate in November"), a clause of what is not yet done ("find them yesterday"), a thing that draws near ("with the
April 19 primary looming"). English parse only (but ``approaching``, on the words); built on tense.py's walk."""
from __future__ import annotations

import re
from functools import lru_cache

from .attachment import root_of, verb_above
from .patterns import settings
from .tense import clause_tense


@lru_cache(maxsize=None)
def _approach(lang: str):
    """(the "with" phrase opening before the date, the "-ing" of drawing near after its noun phrase, the "as" clause
    opening, its verb in any form) compiled from ``approach_verbs``, or None."""
    verbs = settings(lang).get("approach_verbs", "")
    if not verbs:
        return None
    noun_phrase = r"(?:[^\S\n]+[\w'’.-]+){0,3}?[^\S\n]+"  # ("'s primary", "vote", "deadline fast")
    return (re.compile(r"(?:^|\W)with\s+(?:[\w'’.-]+\s+){0,4}$", re.I),
            re.compile(noun_phrase + rf"(?:(?:fast|quickly|rapidly)\s+)?(?:{verbs})ing(?![\w-])", re.I),
            re.compile(r"(?:^|\W)as\s+(?:[\w'’.-]+\s+){0,4}$", re.I),
            re.compile(noun_phrase + rf"(?:{verbs})(?:e?s|e?d|ing)?(?![\w-])", re.I))


def approaching(text: str, start: int, end: int, lang: str) -> bool:
    """Is the date's thing drawing near at the time of the clause's act: "with New York's April 19 primary looming,
    the mayor intervened", "With the May 3 deadline fast approaching", "as the March 15 vote neared" (round 31)? It
    lies ahead of the act: the caller reads it on either side of now when the act is past (a campaign told months
    later: "As the March 15 primary approached, Rubio's campaign ran out of money", review2 r31), else as the coming
    one unless just past. Not a
    thing behind ("with the March 1 primary behind him"), nor a date of the verb of approach ("approached him on
    Monday")."""
    pats = _approach(lang)
    if pats is None:
        return False
    with_, ing, as_, verb = pats
    before = text[max(0, start - 60):start]
    return bool((with_.search(before) and ing.match(text, end)) or (as_.search(before) and verb.match(text, end)))


def ahead_of_now(view, start: int, end: int, dr) -> bool:
    """Does the clause of the date tell of what is not yet done: a future, a present that is not a verb of saying, or
    advice ("had better find them")? English parse only, and only for a date after its verb (a date that opens the
    clause, "Just yesterday, can you believe it, he urged", may be parsed onto an aside)."""
    root = root_of(view, start, end)
    v = verb_above(*root) if root is not None else None
    if v is None or v.i > root[1].start or v.lemma_.lower() == "be":
        return False  # (a state, "I am happy yesterday went well", is often a misparse)
    t, _ = clause_tense(view, start, end, dr)
    if t in ("future", "present"):
        return True
    for u in (v, v.head) if v.dep_ == "conj" else (v,):  # "had better find new readers, and find them yesterday"
        if any(c.lower_ == "better" and c.dep_ == "advmod" for c in u.children) and \
                any(a.lower_ in ("had", "'d", "’d") for a in u.children if a.dep_ == "aux"):
            return True
    return False


def reported_future(view, start: int, end: int, dr) -> bool:
    """Is the date in a clause of "would" or "could", or of a past "be" with an adjective whose infinitive lies ahead
    (``directive_verbs``: "were likely to vote in November"), that a past verb of saying or asking reports ("Tapper
    asked whether Republicans would hold the Senate in November", "voters said they were less likely to vote for
    him in November")? By the sequence of tenses that is the future of the saying, and reported speech is mostly
    of recent sayings, so the future of now too."""
    root = root_of(view, start, end)
    if root is None:
        return False
    v = verb_above(*root)
    for _ in range(4):  # up through the infinitives and the adjective ("would be able to hold", "were likely to")
        if v is None or v.dep_ not in ("xcomp", "acomp") or _modal_would(v):
            break
        v = v.head
    if v is None or v.dep_ != "ccomp":
        return False
    backshifted = _modal_would(v) or (v.lemma_.lower() == "be" and v.tag_ == "VBD" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in dr.directive_verbs for c in v.children))
    h = v.head
    return backshifted and h.tag_ == "VBD" and (h.lemma_.lower() in dr.reporting_verbs or
                                                 h.lemma_.lower() in ("ask", "wonder"))


def _modal_would(v) -> bool:
    return any(a.lower_ in ("would", "could", "'d", "’d") for a in v.children if a.dep_ == "aux")


def imperative(view, start: int, end: int) -> bool:
    """Is the date's clause an imperative ("Call the office on Friday to book a seat"; a schedule's line "Celtics:
    Visit the Hornets on Saturday.", its team a label before a colon)? What one is told to do is still to be done: the
    date looks ahead. English parse only: a bare verb (VB) with no auxiliary that opens its sentence or follows a
    label, with no subject of its own."""
    root = root_of(view, start, end)
    v = verb_above(*root) if root is not None else None
    if v is None or v.tag_ != "VB" or any(a.dep_ in ("aux", "auxpass") for a in v.children):
        return False
    first = v.sent.start
    label = v.i >= first + 2 and v.doc[v.i - 1].text == ":" and all(
        t.pos_ in ("PROPN", "NOUN", "PUNCT", "SPACE") for t in v.doc[first:v.i])
    if v.i != first and not label:
        return False
    return not any(a.dep_ in ("nsubj", "nsubjpass", "expl") and not (label and a.i < v.i) for a in v.children)
