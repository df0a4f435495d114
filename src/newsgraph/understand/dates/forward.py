"""A plan told forward from a date of a written year (round 31): "That candidate would assume office in January 2017,
run in a special election in November, and then run again the next year". A month or a day without a year whose
clause is joined to the clause of a month or a day with its year, of the publication's year or later, in the same
sentence, is the next step of that plan: the first such month or day on or after the written one (November 2017),
not the one nearest to publication. Only joined clauses (coordinated verbs, or a bare verb run on after a comma) of
the same actor (the later verb has no subject of its own): a date in a phrase or a clause that says when ("after the
vote in November", "after she wins in November"), a step of another subject ("The stadium opens in August 2018, and
tickets go on sale in March"), and a deadline ("must repay the loan by December 2018 and will make its first payment
in April") keep their own reading (review2 r31 finding 6). English parse only."""
from __future__ import annotations

import re

from .attachment import root_of, verb_above


def _verb(view, cand):
    root = root_of(view, cand.start, cand.end)
    return verb_above(*root) if root is not None else None


def _joined(a, b) -> bool:
    """Are verbs ``a`` and ``b`` steps of one sentence's sequence: ``b`` reached from ``a`` by "conj" links, or by an
    "advcl" or an unlabelled "dep" (a verb run on after a comma) with no word that subordinates it ("if", "after",
    "when": those say when or whether, not what comes next)?"""
    if a.sent.start != b.sent.start:
        return False
    t = b
    for _ in range(6):
        if t.i == a.i:
            return True
        if t.dep_ == "conj" or (t.dep_ in ("advcl", "dep") and not any(
                c.dep_ in ("mark", "advmod") and c.i < t.i and c.lower_ not in ("then",) for c in t.children)):
            t = t.head
            continue
        return False
    return False


_DEADLINE = re.compile(r"(?:^|\W)(?:by|until|till|before|no later than)\s+$", re.I)


def plan_year(view, chosen: list, i: int, pub_year: int, text: str = "") -> int | None:
    """The year of ``chosen[i]`` (a month or a day without its year, in a clause that is not past) as the next step of
    a plan whose earlier step writes its year (see the module docstring), else None."""
    c = chosen[i]
    if not c.month or c.tense == "past":
        return None
    v = _verb(view, c)
    if v is None or any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in v.children):
        return None  # (a step of the same actor only: "tickets go on sale in March" has its own subject)
    for o in reversed(chosen[:i]):
        if not (o.literal and o.kind in ("date", "month") and o.year and o.month):
            continue
        if o.year < pub_year or _DEADLINE.search(text, max(0, o.start - 20), o.start):
            return None  # (a deadline is the plan's end, not a step: "must repay the loan by December 2018")
        w = _verb(view, o)
        if w is None or w.i == v.i or not _joined(w, v):
            return None
        later = (c.month, c.day or 0) >= (o.month, o.day or 0)
        c.anchor = str(o.year)
        return o.year if later else o.year + 1
    return None
