"""English cue words that report nothing said (round 26, audit of a real store: false quotes a user sees).

- a cue inside an embedded question, through the infinitives it hangs on: "Asked whether he would urge the mayor to
  ask the council to delay the vote" asks whether someone would ask, it reports no asking (``in_question`` reads
  only the questioned verb itself);
- a saying someone wants, hopes or expects of another ("wants voters to recall that …", "expects the board to
  announce …"): it has not been said (words.tsv ``wishing_verbs``); the wishing verb is no cue either (words.tsv
  ``excluded_attitudes``: "Farmers need the government to explain …"). A saying the subject wants of itself ("wanted
  to stress that …") reports the saying done, as before round 26. Not the passive, whose subject is the sayer and
  whose content news reports as the claim to come ("Cohen is expected to testify that the president directed the
  payments", "is expected to tell the committee that …").
"""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .en_clauses import in_question


@lru_cache(maxsize=1)
def _wishing() -> frozenset[str]:
    """Lemmas of wanting and expecting (words.tsv ``wishing_verbs`` and the wishes of ``excluded_attitudes``)."""
    return frozenset(rules.wordset("en", "wishing_verbs")) | frozenset(rules.wordset("en", "excluded_attitudes"))


def unsaid(tok) -> bool:
    """Speech-verb token ``tok`` reports nothing said (see the module's doc)."""
    node = tok
    for _ in range(3):  # up the chain of infinitives: "whether he would urge X to ask"
        if node.dep_ not in ("xcomp", "advcl") or node.head.i == node.i or \
                not any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
            break  # (a "to"-infinitive: "urge X to ask", "counsel Clinton to ask")
        node = node.head
        if in_question(node):
            return True
    head = tok.head
    if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
        return False  # "X is expected to testify that …": X's claim, announced
    return tok.tag_ == "VB" and tok.dep_ in ("ccomp", "xcomp") and \
        head.lemma_.lower() in _wishing() and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    # (another's saying wished for, "wants voters to recall"; the subject's own, "wanted to stress that …", reports
    # the stressing: review r26 #6)
