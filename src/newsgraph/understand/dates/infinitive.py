"""A weekday in a to-infinitive of purpose or of a noun under a past act ("was rewriting an address, to be delivered
Wednesday", "called a vote to take place Thursday"): the day lies after the act, and the act is on or before the
publication day, so the day may be on either side of it: the nearest (tense.py leaves such a clause without a time,
and a weekday without one would be read as the past one). Active ("to take place") and passive ("to be held")."""
from __future__ import annotations

from . import attachment


def to_infinitive(v) -> bool:
    """Is ``v`` (a spaCy token) a verb in the to-infinitive: "to" + the bare verb, or "to be" + a past participle?"""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.tag_ == "TO" for a in auxes):
        return False
    return v.tag_ == "VB" or (v.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.tag_ == "VB" and a.lemma_.lower() == "be" for a in auxes))


def after_a_past_act(view, start: int, end: int, directive: frozenset = frozenset()) -> bool:
    """Is the date's verb a to-infinitive of purpose or of a noun (``advcl``/``acl``/``relcl``; an ``xcomp`` when a
    comma sets it off, the parser's reading of a noun's infinitive after a comma), or the infinitive of what a verb of
    asking or urging asks (``directive``: "urged voters to turn out Tuesday", round 30), whose governing verb is a past
    form?"""
    v = attachment.clause_verb(view, start, end)
    if v is None or not to_infinitive(v) or any(c.dep_ in ("nsubj", "mark") for c in v.children):
        return False  # (a "for X to" clause of asking: "lobbied for the league to suspend him on Thursday night",
        #               the day may be the asking's)
    first = min(c.i for c in v.children if c.dep_ in ("aux", "auxpass"))
    if v.dep_ not in ("advcl", "acl", "relcl") and not (v.dep_ == "xcomp" and first > 0 and
                                                         v.doc[first - 1].text == ",") and \
            not (v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in directive):
        return False
    h = v.head
    while h.i != h.head.i and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    if h.i == v.i or h.pos_ not in ("VERB", "AUX"):
        return False
    return h.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in h.children)
