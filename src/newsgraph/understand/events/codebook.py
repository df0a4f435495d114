"""The PLOVER codebook as we apply it, one place for every language. The codebook itself is data shared by English,
Russian and Ukrainian (``understand/lang/common/``): ``events_plover_types.tsv`` (the types, their quads and modes,
what a promise, an offer, a failure and a negation make of each type) and ``events_plover_effects.tsv`` (which
effect of a governing word decides, and the factuality it gives: asserted / planned / proposed / possible /
negated). This module reads them and applies them (``classify``), and merges the mentions of one happening into one
event (``merge_mentions``).

Where a language's reading differs, the difference is named in :class:`Conventions` (never a second copy of the
rules):

- ``negated_reject``: which negated triggers become a REJECT (the types whose ``negated`` column says REJECT).
  English: any negated AGREE and the "accept" patterns ("will not accept"); Russian and Ukrainian: a negated verbal
  AGREE ("не согласился"), not a negated nominal ("не соглашение").
- ``merge_per_mode``: Russian and Ukrainian mentions merge per mode (a visit never with a meeting).
- ``plan_over_future``: a plan under a future or a commitment ("планирует ... будет") keeps its type (Russian,
  Ukrainian): the ``planned`` effect is read before ``commit``/``future``; in English the promise decides
  (cooperation becomes AGREE).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ...record import Ref
from .. import rules

QUADS = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")
COLUMNS = ("promised", "offered", "failed", "negated", "prepared", "announced")
FACTUALITIES = ("asserted", "planned", "proposed", "possible", "negated")


@dataclass(frozen=True)
class TypeRow:
    """One row of events_plover_types.tsv: a type (or "TYPE/mode") as the codebook defines it."""
    type: str
    quad: str
    modes: frozenset  # the codebook's modes
    our_modes: frozenset  # modes we give that the codebook lacks
    under: dict  # column (promised|offered|failed|negated|prepared|announced) -> a type or "keep"
    recipient: bool


@lru_cache(maxsize=None)
def codebook() -> dict[str, TypeRow]:
    """The rows of events_plover_types.tsv by "TYPE" and "TYPE/mode"; a bad row raises ValueError."""
    out: dict[str, TypeRow] = {}
    for row in rules.table("common", "events_plover_types"):
        if len(row) < 10 or row[1] not in QUADS:
            raise ValueError(f"lang/common/events_plover_types.tsv: bad row {row!r}")
        cb, _, ours = row[2].partition("|")
        under = dict(zip(COLUMNS, (c.strip() for c in row[3:9])))
        out[row[0].strip()] = TypeRow(row[0].split("/")[0], row[1], frozenset(m for m in cb.split(",") if m),
                                      frozenset(m for m in ours.split(",") if m), under, row[9].strip() == "yes")
    types = {k for k in out if "/" not in k}
    for r in out.values():
        bad = [v for v in r.under.values() if v != "keep" and v not in types]
        if bad:
            raise ValueError(f"lang/common/events_plover_types.tsv: {r.type}: unknown type {bad[0]!r}")
    return out


@lru_cache(maxsize=None)
def effects_table() -> tuple[tuple[str, str, str, str], ...]:
    """(effect, factuality, column, factuality when the column changes the type) rows of events_plover_effects.tsv,
    in order of precedence."""
    out = []
    for row in rules.table("common", "events_plover_effects"):
        changed = row[3].strip() if len(row) > 3 and row[3].strip() else (row[1] if len(row) > 1 else "")
        if len(row) < 3 or row[1] not in FACTUALITIES or row[2] not in COLUMNS + ("-",) or \
                changed not in FACTUALITIES:
            raise ValueError(f"lang/common/events_plover_effects.tsv: bad row {row!r}")
        out.append((row[0], row[1], row[2], changed))
    return tuple(out)


TYPES = tuple(k for k in codebook() if "/" not in k)
COOPERATIVE = {t for t in TYPES if codebook()[t].quad.endswith("cooperation") and t != "AGREE"}
MATERIAL_CONFLICT = {t for t in TYPES if codebook()[t].quad == "material-conflict"}
MODES = {t: codebook()[t].modes | codebook()[t].our_modes for t in TYPES}
FACT_RANK = {f: n for n, f in enumerate(FACTUALITIES)}
MOTION_TYPES = {"CONSULT", "MOBILIZE"}  # types whose "to X" / "в X" (accusative) names where, not whom
LOC_TYPES = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class Trig:
    """A trigger entry of a lexicon: its PLOVER type ("-": blocked), mode, the pattern as written and where it comes
    from ("ours", or the CAMEO code and verb it was converted from)."""
    type: str
    mode: str | None
    pattern: str
    source: str = "ours"
    need: str = "actor"  # "dyad": an event only between an actor and a recipient that can act (CAMEO's condition)
    dictionary: bool = False  # read from the CAMEO layer (event_cameo_*.tsv), not from our own trigger table


@dataclass(frozen=True)
class Conventions:
    """The named differences of one language's reading of the codebook (see the module docstring)."""
    negated_reject: Callable  # (candidate) -> bool
    plan_over_future: bool
    merge_per_mode: bool  # a visit never merges with a meeting of the same actors (merged per mode)


def under(typ: str, mode: str | None, column: str) -> str:
    """What the codebook makes of (type, mode) under ``column`` (promised|offered|failed|negated): a type, or "keep"."""
    row = codebook().get(f"{typ}/{mode}") or codebook().get(typ)
    return row.under[column] if row is not None else "keep"


def _rejects(c) -> bool:
    return under(c.type, c.mode, "negated") == "REJECT"


ENGLISH = Conventions(negated_reject=lambda c: _rejects(c) or c.trig.pattern.startswith("accept"),
                      plan_over_future=False, merge_per_mode=False)
RUSSIAN = Conventions(negated_reject=lambda c: _rejects(c) and c.tok.pos == "VERB", plan_over_future=True,
                      merge_per_mode=True)


def classify(c, effects, negated: bool, conditional: bool, conv: Conventions) -> None:
    """Apply the governors' effects ([(effect, mode)]), negation and a condition to candidate ``c``'s type, mode and
    factuality, as the codebook tables say: the first effect present (in the order of events_plover_effects.tsv)
    gives the factuality and, through its column of events_plover_types.tsv, the type. A refusal made of a failed or
    negated cooperation is itself the event (a REJECT, asserted); a new type takes the governor's mode ("pledge")."""
    kinds = {e for e, _ in effects}
    if negated:
        kinds.add("negated")
    if "negated" in {e for e, _ in effects}:
        kinds.discard("negated")
        kinds.add("negated-governor" if not negated else "negated")
    if conditional:
        kinds.add("possible")
    intents = ("planned", "prepare", "announced", "future", "commit", "propose")
    gmode = next((m for e, m in effects if m and e in intents), None)
    order = list(effects_table())
    if conv.plan_over_future and "planned" in kinds and kinds & {"commit", "future"}:
        order.sort(key=lambda r: r[0] != "planned")  # Russian: "планирует ... будет" keeps its type
    typ, mode = c.type, c.mode
    for effect, fact, column, changed in order:
        if effect not in kinds:
            continue
        if effect == "negated":
            new = "REJECT" if conv.negated_reject(c) else "keep"
        else:
            new = under(typ, mode, column) if column != "-" else "keep"
        if new == "REJECT" and effect in ("fail", "negated"):
            c.type, c.mode, c.factuality = "REJECT", None, "asserted"
            return
        if new != "keep":
            typ, mode, fact = new, (gmode if gmode in MODES.get(new, ()) else None), changed
        elif effect in ("planned", "prepare"):
            mode = mode or gmode
        c.type, c.mode, c.factuality = typ, mode, fact
        return
    c.type, c.mode, c.factuality = typ, mode, "asserted"


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
            if any(_other_years(item, o) for o in g):
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
            ev.date, ev.date_source = dated[0].date, dated[0].date_source
        out.append((best[3], ev))
    out.sort(key=lambda x: x[0])
    return [ev for _, ev in out]


def _other_years(a, b) -> bool:
    """Whether two mentions are told of different years, one of them by a date of its own sentence ("in 1972, he
    supported …" beside "who has backed Clinton": an older act of the same actor, not the news's one, which
    merged would take its year, tryout r24): such mentions are two happenings, never merged."""
    (ea, ra, *_), (eb, rb, *_) = a, b
    return 0 in (ra, rb) and bool(ea.date and eb.date) and ea.date[:4] != eb.date[:4]


def merge(built, conv: Conventions):
    """merge_mentions, per mode where the language's conventions say so; the events come back in text order."""
    if not conv.merge_per_mode:
        return merge_mentions(built)
    buckets: dict = {}
    for item in built:
        buckets.setdefault(item[0].mode, []).append(item)
    order = {id(item[0]): item[3] for item in built}
    return sorted((ev for items in buckets.values() for ev in merge_mentions(items)), key=lambda e: order[id(e)])
