"""The source an outlet's report cites ("Bloomberg reported that the talks were advanced, citing people familiar with
the matter", "The Financial Times reported …, citing two aides"): wire and business copy credit a report twice, to the
outlet that publishes it and to the sources it names after ", citing". The en-attr guidelines annotate both (an
outlet's report and the attribution it reports): the cited source gets an attribution of its own over the same
content, its cue "citing". Only a source is cited that way (an actor the text names, "people familiar with …",
"a report", "documents": en_per.is_source); "said it would close the plant, citing rising costs" gives a reason."""
from __future__ import annotations

import copy

from .en_ctx import Context, Found, subject_speaker
from .en_per import is_source


def cited_sources(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and, after each report whose content a ", citing SOURCE" follows, the source's attribution."""
    doc, added = ctx.doc, []
    for q in found:
        if q.cue_i is None or q.kind == "direct" or q.origin == "citing":
            continue
        k = next((c.i for c in doc[q.cue_i].children if c.lower_ == "citing" and c.dep_ == "advcl"), None)
        if k is None:  # ("The outlet, citing an official, reported that …"), else after the content
            k = _next_token(ctx, q.end)
        head = doc[k].head if k is not None else None
        if head is None or doc[k].lower_ != "citing" or head.i != q.cue_i and not q.start <= head.idx < q.end:
            continue  # (the participle hangs on the report's cue or, as the parser has it, on the content's verb)
        obj = next((c for c in doc[k].children if c.dep_ == "dobj"), None)
        if obj is None or not is_source(ctx, obj) or any(o.cue_i == k for o in found):
            continue
        new = copy.copy(q)
        new.speaker = new.speaker_name = new.speaker_span = new.pronoun = None
        new.speakers, new.outlets = [], []
        new.cue, new.cue_i, new.origin = doc[k].text, k, "citing"
        last = max((c.right_edge for c in doc[k].children if c.i > k and c.dep_ != "punct"), key=lambda t: t.i)
        new.attr = (doc[k].idx, last.idx + len(last.text))  # ("citing two people with knowledge of the plan")
        if subject_speaker(ctx, new, obj):
            added.append(new)
    return sorted(found + added, key=lambda x: x.start)


def _next_token(ctx: Context, end: int) -> int | None:
    """The first token after ``end`` past commas and spaces, in the same sentence."""
    _, s_hi = ctx.sent(end - 1)
    for tok in ctx.tokens(end, s_hi):
        if tok.idx < end or tok.is_space or tok.text == ",":
            continue
        return tok.i
    return None
