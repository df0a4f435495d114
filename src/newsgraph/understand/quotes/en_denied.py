"""No one says it (English; round 27, issue 16): a cue whose subject denies that anyone speaks ("Nobody said the
plan would fail", "No one who has seen the data believes the plan will work", "There is nothing that suggests the
mayor could lose") reports no statement: nobody made it. Left to stand, such a candidate is credited to whoever the
speaker readers reach for ("the data", an actor of the paragraph before). The subject is the cue's own (a pronoun
of denial, "nothing", "nobody", "none", or a noun whose determiner is "no": "no one", "no expert") or, when the
cue heads a relative clause ("nothing that suggests …"), the noun the clause modifies. Only indirect quotes: a
direct quotation is someone's words whatever its frame says."""
from __future__ import annotations

from .en_ctx import Context, Found
from .en_misparsed import verbless_root_subject

_DENYING = frozenset({"nobody", "nothing", "none", "noone"})
_RELATIVE = frozenset({"that", "who", "which"})


def drop_denied(ctx: Context, found: list[Found]) -> list[Found]:
    return [q for q in found if not _denied(ctx, q)]


def _denied(ctx: Context, q: Found) -> bool:
    if q.kind != "indirect" or q.cue_i is None:
        return False
    cue = ctx.doc[q.cue_i]
    subj = verbless_root_subject(cue) or next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _RELATIVE and cue.dep_ == "relcl":
        subj = cue.head  # "nothing that suggests …", "no one who has seen it believes …" (the clause's noun)
    return _denies(subj)


def _denies(noun) -> bool:
    """"nothing", "nobody", "none", "no one", "no expert": a subject that says no one."""
    if noun.lower_ in _DENYING:
        return True
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children)
