"""What a fault-finding verb's "for"/"over" phrase must be to hold the fault found (round 29, review29 E).

"criticized the agency for its slow response", "faulted the board for the delay", "criticized the board over its
handling of the sale": the phrase names the fault (lang/en/judgement_verbs.tsv, quotes/en_rec.accusation). The same
prepositions also name when or how often the judgement was spoken ("criticized the plan for the third time", "for
months", "over the past year") or before whom ("for an audience of farmers"): no fault, so no content."""
from __future__ import annotations

from functools import lru_cache

from .. import rules

_WHEN = ("DATE", "TIME")
_WHO = ("PERSON", "NORP")


def names_no_fault(what) -> bool:
    """``what`` (the object of a "for"/"over" phrase) names a time, an occasion or an audience: a DATE or TIME entity
    ("for months", "over the past year"), an occasion ("for the third time": fault_phrase_nouns in words.tsv), or
    listeners ("for an audience of farmers", "for reporters": a person entity or noun)."""
    if what.ent_type_ in _WHEN or what.ent_type_ in _WHO and what.pos_ != "VERB":
        return True
    return what.lemma_.lower() in _nouns() or what.lower_ in _nouns()


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return rules.wordset("en", "fault_phrase_nouns") | rules.wordset("en", "public_groups") | \
        rules.wordset("en", "plain_persons")
