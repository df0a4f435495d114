"""A conjunct the content's modal cannot reach is the sayer's next act (English; round 27, issue 16).

"The governor said that he would sign the bill but did not say when", "Rubio said that he would offer a prayer for
the nominee but did not suggest it would be Trump", "The mayor said the city would hire more officers and then left
the room": the content's verb carries a modal of a report in the past ("would", "could", "might", "should"), and a
verb conjoined to it without a subject of its own is finite in the past ("did not say", "left", "has only issued")
where a verb sharing the modal would be bare ("would sign the bill and leave"). Such a conjunct goes on with the
sentence's subject, not with what was said: the content ends before its conjunction (``en_clauses.second_report``).
"""
from __future__ import annotations

_BACKSHIFTED = frozenset({"would", "could", "might", "should"})
_PAST = frozenset({"VBD"})
_PERFECT = frozenset({"has", "have", "had"})


def past_the_modal(c) -> bool:
    """``c`` (a verb conjoined to a content's verb ``c.head``, no subject of its own) is finite in the past while
    ``c.head`` carries a backshifted modal that ``c`` does not."""
    head = c.head
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or any(
            x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
        return False
    if not any(x.dep_ == "aux" and x.lower_ in _BACKSHIFTED for x in head.children):
        return False
    auxes = [x for x in c.children if x.dep_ in ("aux", "auxpass") and x.i < c.i]
    if any(x.tag_ == "MD" for x in auxes):
        return False
    if auxes:
        first = auxes[0]
        return first.tag_ in _PAST or (first.lower_ in _PERFECT and c.tag_ == "VBN")
    return c.tag_ in _PAST
