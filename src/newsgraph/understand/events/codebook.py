"""The PLOVER codebook as we apply it, one place for every language: the types, the cooperative / material-conflict
split, what negation, plans, proposals, commitments and conditions do to a trigger (``classify``), and how mentions
of one happening merge into one event (``merge_mentions``).

Where a language's reading differs, the difference is named in :class:`Conventions` (never a second copy of the
rules):

- ``negated_reject``: which negated triggers become a REJECT. English: any negated AGREE and the "accept" patterns
  ("will not accept"); Russian and Ukrainian: a negated verbal AGREE ("не согласился"), not a negated nominal
  ("не соглашение").
- ``merge_per_mode``: Russian and Ukrainian mentions merge per mode (a visit never with a meeting).
- ``plan_over_future``: a plan under a future or a commitment ("планирует ... будет") keeps its type (Russian,
  Ukrainian); in English the future/commitment convention applies (cooperation becomes AGREE).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ...record import Ref

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
MATERIAL_CONFLICT = {"SANCTION", "PROTEST", "COERCE", "ASSAULT", "MOBILIZE"}
FACT_RANK = {"asserted": 0, "planned": 1, "proposed": 2, "possible": 3, "negated": 4}
MOTION_TYPES = {"CONSULT", "MOBILIZE"}  # types whose "to X" / "в X" (accusative) names where, not whom
LOC_TYPES = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class Trig:
    """A trigger entry of a lexicon: its PLOVER type ("-": blocked), mode and the pattern as written."""
    type: str
    mode: str | None
    pattern: str


@dataclass(frozen=True)
class Conventions:
    """The named differences of one language's reading of the codebook (see the module docstring)."""
    negated_reject: Callable  # (candidate) -> bool
    plan_over_future: bool
    merge_per_mode: bool  # a visit never merges with a meeting of the same actors (merged per mode)


ENGLISH = Conventions(negated_reject=lambda c: c.type == "AGREE" or c.trig.pattern.startswith("accept"),
                      plan_over_future=False, merge_per_mode=False)
RUSSIAN = Conventions(negated_reject=lambda c: c.type == "AGREE" and c.tok.pos == "VERB", plan_over_future=True,
                      merge_per_mode=True)


def classify(c, effects, negated: bool, conditional: bool, conv: Conventions) -> None:
    """Apply the governors' effects ([(effect, mode)]), negation and a condition to candidate ``c``'s type, mode and
    factuality: failure of cooperation is a REJECT; negation negates (a negated agreement is a REJECT, see
    ``conv.negated_reject``); a condition or modality makes it possible; an offer makes cooperation a proposed
    AGREE; a commitment or the future makes cooperation a planned AGREE and material conflict a THREATEN (a planned
    deployment stays MOBILIZE); a plan keeps the type, planned; an obligation is proposed."""
    kinds = [e for e, _ in effects]
    gmode = next((m for e, m in effects if m and e in ("planned", "future", "commit", "propose")), None)
    typ, mode, fact = c.type, c.mode, "asserted"
    if "fail" in kinds:
        if typ in COOPERATIVE or typ == "AGREE":
            c.type, c.mode, c.factuality = "REJECT", None, "asserted"
        else:
            c.factuality = "negated"
        return
    if negated:
        if conv.negated_reject(c):
            c.type, c.mode, c.factuality = "REJECT", None, "asserted"
            return
        fact = "negated"
    elif "negated" in kinds:
        fact = "negated"
    elif conditional or "possible" in kinds:
        fact = "possible"
    elif "propose" in kinds:
        fact = "proposed"
        if typ in COOPERATIVE and not (typ == "CONSULT" and mode == "invite"):
            typ, mode = "AGREE", gmode
    elif "commit" in kinds or "future" in kinds:
        fact = "planned"
        if conv.plan_over_future and "planned" in kinds:
            mode = mode or gmode
        elif typ in COOPERATIVE and not (typ == "CONSULT" and mode == "invite"):
            typ, mode = "AGREE", gmode
        elif typ in MATERIAL_CONFLICT and typ != "MOBILIZE":  # a planned deployment is no threat
            typ, mode = "THREATEN", None
    elif "planned" in kinds:
        fact = "planned"
        mode = mode or gmode
    elif "deontic" in kinds:
        fact = "proposed"
    c.type, c.mode, c.factuality = typ, mode, fact


# -- references to actors ---------------------------------------------------------------------------------------------
def same_ref(a: Ref, b: Ref) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return a.name.lower() == b.name.lower()


def dedupe(refs):
    out = []
    for r in refs:
        if r is not None and not any(same_ref(r, o) for o in out):
            out.append(r)
    return out


def _key_refs(refs):
    return frozenset((r.entity or r.name.lower()) for r in refs)


def _fclass(f):
    return "neg" if f == "negated" else ("pos" if f == "possible" else "real")


def merge_mentions(built):
    """One event per happening: mentions with the same type, the same actors, compatible target and place and the
    same broad factuality (asserted/planned/proposed vs possible vs negated) are merged; the kept mention is the
    most factual, then one outside a quote, then the earliest. Dates prefer a date said in the sentence.
    ``built``: [(event, date rank, inside a quote, token index)]."""
    groups: list[list] = []
    for item in built:
        ev = item[0]
        for g in groups:
            h = g[0][0]
            if h.type != ev.type or _fclass(h.factuality) != _fclass(ev.factuality):
                continue
            if not ev.actors or _key_refs(h.actors) != _key_refs(ev.actors):
                continue
            if h.location and ev.location and not same_ref(h.location, ev.location):
                continue
            if h.targets and ev.targets and not (_key_refs(h.targets) & _key_refs(ev.targets)):
                continue
            g.append(item)
            break
        else:
            groups.append([item])
    out = []
    for g in groups:
        best = min(g, key=lambda it: (FACT_RANK.get(it[0].factuality, 9), it[2], it[3]))
        ev = best[0]
        for it in g:  # fill what the kept mention lacks from the others
            o = it[0]
            if ev.location is None and o.location is not None:
                ev.location = o.location
            if not ev.targets and o.targets:
                ev.targets = o.targets
            if ev.mode is None and o.mode is not None:
                ev.mode = o.mode
        dated = min(g, key=lambda it: it[1])
        if dated[1] < best[1]:
            ev.date = dated[0].date
        out.append((best[3], ev))
    out.sort(key=lambda x: x[0])
    return [ev for _, ev in out]


def merge(built, conv: Conventions):
    """merge_mentions, per mode where the language's conventions say so; the events come back in text order."""
    if not conv.merge_per_mode:
        return merge_mentions(built)
    buckets: dict = {}
    for item in built:
        buckets.setdefault(item[0].mode, []).append(item)
    order = {id(item[0]): item[3] for item in built}
    return sorted((ev for items in buckets.values() for ev in merge_mentions(items)), key=lambda e: order[id(e)])
