"""A conjunct the content's modal cannot reach is the sayer's next act (English; round 27, issue 16).

"The governor said that he would sign the bill but did not say when", "Rubio said that he would offer a prayer for
the nominee but did not suggest it would be Trump", "The mayor said the city would hire more officers and then left
the room": the content's verb carries a modal of a report in the past ("would", "could", "might", "should"), and a
verb conjoined to it without a subject of its own is finite in the past ("did not say", "left", "has only issued")
where a verb sharing the modal would be bare ("would sign the bill and leave"). Such a conjunct goes on with the
sentence's subject, not with what was said: the content ends before its conjunction (``en_clauses.second_report``).

Only when the conjunct reads as the sayer's act (round 27 review): a verb of saying ("did not say when", "declined to
explain"), a conjunct after "then", or a content whose subject is a personal pronoun that may be the sayer (the
sayer's own plan: "The mayor said she would run again and filed the papers"; not "She said he would resign and had
sold the house"). A past conjunct of a content about someone else is part of what was said ("Police said the
suspect might be armed and fled in a red car", "… would cut 300 jobs and had already closed two plants").
"""
from __future__ import annotations

from functools import lru_cache

from .. import names, rules

_BACKSHIFTED = frozenset({"would", "could", "might", "should"})
_PAST = frozenset({"VBD"})
_PERFECT = frozenset({"has", "have", "had"})
_OWN = frozenset({"he", "she", "i", "we", "they"})  # a content's subject that may be its sayer
_GENDER = {"he": "m", "she": "f"}


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
        past = first.tag_ in _PAST or (first.lower_ in _PERFECT and c.tag_ == "VBN")
    else:
        past = c.tag_ in _PAST
    return past and _sayers_act(c)


def _sayers_act(c) -> bool:
    """The past conjunct ``c`` reads as the sayer's next act, not as part of the content (see the module)."""
    verbs = _speech_verbs()
    if c.lemma_.lower() in verbs or any(x.dep_ == "xcomp" and x.lemma_.lower() in verbs for x in c.children):
        return True  # "did not say when", "declined to explain"
    if any(x.lower_ == "then" and x.i < c.i for x in c.children) or c.doc[c.i - 1].lower_ == "then":
        return True  # "and then left the room"
    own = next((x for x in c.head.children if x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in _OWN), None)
    return own is not None and _may_be_sayer(own, c.head.head)


def _may_be_sayer(pron, verb) -> bool:
    """The content's pronoun subject ``pron`` may stand for the subject of the speech verb ``verb`` ("The mayor said
    she would run again and filed the papers"; not "She said he would resign and had sold the house")."""
    sayer = next((x for x in verb.children if x.dep_ == "nsubj"), None) if verb.i != pron.head.i else None
    if sayer is None:
        return True
    if sayer.tag_ == "PRP":
        return sayer.lower_ == pron.lower_ or {sayer.lower_, pron.lower_} == {"i", "we"}
    plural = sayer.tag_ in ("NNS", "NNPS") or sayer.ent_type_ in ("ORG", "NORP", "GPE")
    if pron.lower_ not in ("he", "she"):
        return plural or pron.lower_ == "we"
    given = next((g for t in sayer.subtree if t.pos_ == "PROPN" and (g := names.gender_of(t.text))), "")
    return not plural and given in ("", _GENDER[pron.lower_])


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return rules.words("en", "speech_verbs")
