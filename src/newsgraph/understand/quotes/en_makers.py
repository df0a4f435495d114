"""Who makes a commitment, and how far it reaches (round 33, the construction checklist of written e237-e246).

A promise, a vow or a threat ("promised to …", "vowed to …", "threatened to …": lang/en/commissive_verbs.txt,
en_extra's "commit" shape) is an attribution by the en-attr and PolNeAR conventions when someone makes it. Besides a
name and a person's role, an organisation or a group described by the noun of its kind makes one: "The union
threatened to strike", "The company vowed to appeal", "Workers threatened to walk out" (the head of the description
a body noun, lang/en/org_anaphors.txt, words.tsv named_anaphors and bodies, a member of the public, words.tsv
public_groups, or a group that acts as one, words.tsv acting_groups: "The rebels threatened to shell the port").
"The storm threatened to flood the town" and "The plan promises to cut costs" stay out: no one
threatens or vows there.

A threat or a promise holds its condition: "threatened to strike if the repairs were handed to contractors" states
the threat with its "if"/"unless" clause, which the parser hangs on the verb of threatening, not on the infinitive.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .en_spk_org import body_nouns

_CONDITIONS = ("if", "unless")


@lru_cache(maxsize=1)
def _maker_heads() -> frozenset[str]:
    return body_nouns("en") | rules.wordset("en", "bodies") | rules.wordset("en", "public_groups") | \
        rules.wordset("en", "acting_groups")


def described_maker(name: str | None) -> bool:
    """``name`` (a speaker's wording, "The union representing state engineers", "Workers") is headed by the noun of
    an organisation's kind or of a group of the public, in the singular or the plural."""
    if not name:
        return False
    head = re.split(r"\s+(?:for|of|at|from|with|in|representing|who|that)\s+", name.lower())[0].split()
    if not head:
        return False
    w = head[-1].strip(",.'’")
    heads = _maker_heads()
    return w in heads or (w.endswith("s") and w[:-1] in heads)


def threatened_act(v) -> bool:
    """``v`` ("threatened") of a body or a group threatens an act of its own: its infinitive takes an object ("to
    shell the port", "to close the plant"), is an act done without one or names one (words.tsv threatened_acts: "to
    strike", "to walk out", "to go on strike"), or the threat holds an "if"/"unless" condition. "The company
    threatened to collapse", "The bank threatened to go under" say what was likely to happen to it (review33b), as
    "The storm threatened to flood the town" does."""
    xc = next((c for c in v.children if c.dep_ == "xcomp"), None)
    if xc is None:
        return False
    acts = rules.wordset("en", "threatened_acts")
    named = [xc] + [o for p in xc.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(c.dep_ in ("dobj", "ccomp") for c in xc.children) or any(t.lemma_.lower() in acts for t in named) or \
        commitment_end(v, xc, xc.right_edge).i != xc.right_edge.i


def commitment_end(v, xc, end):
    """The last token of a commitment's content: ``end`` (the infinitive's), or the end of a condition clause the
    parser hung on the commissive verb ``v`` after the infinitive ``xc`` ("threatened to strike if …")."""
    cond = next((c for c in v.children if c.dep_ == "advcl" and c.i > xc.i and any(
        m.dep_ == "mark" and m.lower_ in _CONDITIONS and m.i == c.left_edge.i for m in c.children)), None)
    if cond is None or cond.right_edge.i <= end.i:
        return end
    doc = v.doc
    if any(doc[k].text in (";", ":") for k in range(end.i + 1, cond.left_edge.i)):
        return end
    return cond.right_edge


def light_statement(v) -> bool:
    """``v`` (an enabling verb, words.tsv enabling_verbs: "make") is a light verb of saying: its object is a noun of
    saying or holding (lang/en/content_nouns.txt) with a "that"-clause of its own ("Voss has made the argument that
    the contract was illegal", "made the claim that …"); "made it possible", "made the team stronger" are no
    statements."""
    nouns = rules.words("en", "content_nouns")
    return any(c.dep_ == "dobj" and (c.lower_ in nouns or c.lemma_.lower() in nouns) and any(
        k.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)
        for k in c.children) for c in v.children)
