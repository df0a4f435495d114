"""A verb joined to another that has a modal ("may backfire and cost her party in the elections on March 13", "will
meet and decide on Friday"): the modal governs both verbs, so the second is a bare verb even when the tagger reads it
as a past ("cost", "put", "set": a past spelled like its base form), and its clause takes the first verb's tense (round
27). A past spelled apart from its base form ("will not seek re-election and announced the decision on Monday") is a
real past, told of its own (review 27b)."""
from __future__ import annotations


def modal_head(v):
    """The verb whose modal governs ``v`` (a spaCy token), or None: ``v`` is joined to it (``conj``), has no
    auxiliary and no subject of its own, and the verb it joins has a modal auxiliary."""
    if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or v.tag_ not in ("VBD", "VB"):
        return None
    if v.tag_ == "VBD" and v.lower_ != v.lemma_.lower():  # "and announced": a real past
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    return v.head if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.head.children) else None
