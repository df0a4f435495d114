"""A subject the parser hung as a conjunct of the verb before ("The Chamber called the bill "a mandate," and its chief
economist, Curtis Dunn, pointed out that …": "economist" parsed as a conjunct of "called", "pointed" as another
conjunct with no subject of its own): a second clause "and NP, VERB" has its own subject, the noun phrase between
the conjunction and the verb, and the verb is not the first clause's subject's. The noun's apposed name is who
speaks when it has one."""
from __future__ import annotations


def conj_noun_subject(v):
    """The token that is the real subject of conjunct verb ``v`` when the parser hung it as a noun conjunct of the
    same head right before ``v`` (its apposed name first), else None."""
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    nouns = [c for c in v.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < v.i]
    if not nouns:
        return None
    noun = nouns[-1]
    between = v.doc[noun.right_edge.i + 1:v.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or noun.right_edge.i + 1 < v.i and not all(
            t.is_punct for t in between):
        return None  # (the noun phrase runs up to the verb, set off by commas at most)
    if not any(t.lower_ in ("and", "but") for t in v.doc[v.head.i + 1:noun.left_edge.i]):
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)
