"""A quotation running over several paragraphs (a paragraph left open, the next re-opening it: news style) is one
quote a paragraph: PolNeAR and the en-attr gold annotate each paragraph as its own attribution sharing the cue and
the speaker ("Tottenham said in a statement: “Jose is …" + a paragraph "“He is renowned …”" is two). A paragraph
between them that does not re-open the quotation (an embedded post's signature, a caption: "— Club (@handle) date")
is page furniture, in none of the pieces. Only a quotation its attribution introduces is cut ("X said in a
statement: “…"): one whose attribution follows its last paragraph ("“…" + "“…!” she said.") is annotated whole as
often as not (PolNeAR), and a transcript printed in quote marks ("“WALLACE: …" + "“PENCE: …") is left whole for the
transcript reader to cut at its labels."""
from __future__ import annotations

from ..marks import Quoted
from .en_ctx import Context, Found
from .en_turns import _LABEL

_TRIM = ",;:—–-"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in _TRIM):
        b -= 1
    return a, b


def _labelled(text: str, starts: list[int]) -> bool:
    """Whether a paragraph of the quotation opens with a speaker's label ("“WALLACE: …")."""
    return any(_LABEL.match(text, text.rfind("\n", 0, s) + 1) for s in starts)


def paragraph_pieces(ctx: Context, q: Quoted, dq: Found) -> list[Found]:
    """Cut ``dq`` (found from the quotation ``q``) at its paragraphs: ``dq`` keeps the first, the others are returned
    as quotes continuing it (same speaker and cue, ``follows`` = the previous piece). No continued paragraph: []."""
    if not q.continued or (dq.attr is not None and dq.attr[1] > dq.start):
        return []
    if dq.attr is None and dq.follows is None and _labelled(ctx.text, [dq.start] + [c + 1 for c in q.continued]):
        return []  # (a transcript printed in quote marks is cut at its labels by the transcript reader: en_turns)
    # (a quotation continuing a split quote, '"A," she said. "B.¶"C."', is cut like one with its own attribution)
    text = ctx.text
    spans = []
    starts = [dq.start] + [c + 1 for c in q.continued]
    for k, s in enumerate(starts):
        nl = text.find("\n", s)
        e = q.inner_end if k == len(starts) - 1 else min(x for x in (nl if nl >= 0 else len(text), q.continued[k])
                                                           if x > s)
        a, b = _trim(text, s, min(e, dq.end) if k == len(starts) - 1 else e)
        if b - a >= 2:
            spans.append((a, b))
    if len(spans) < 2:
        return []
    dq.start, dq.end = spans[0]
    dq.text = text[dq.start:dq.end]
    out, prev = [], dq
    for a, b in spans[1:]:
        p = Found("direct", a, b, text[a:b], speaker=dq.speaker, speaker_name=dq.speaker_name,
                  speaker_span=dq.speaker_span, cue=dq.cue, pronoun=dq.pronoun, follows=prev, origin="direct-cont")
        out.append(p)
        ctx.pieces.append((p, dq))
        prev = p
    return out


def same_speaker(ctx: Context, found: list[Found]) -> None:
    """Every later piece says what its first piece says it with: the speaker, cue, credit and date the first piece
    ends up with (the readers of dialogue and pronouns, which see a piece as a quotation without an attribution of
    its own, do not reassign it)."""
    kept = {id(q) for q in found}
    for p, head in ctx.pieces:
        if id(p) in kept and id(head) in kept:
            p.speaker, p.speaker_name, p.speaker_span = head.speaker, head.speaker_name, head.speaker_span
            p.cue, p.outlets, p.date, p.speakers = head.cue, list(head.outlets), head.date, list(head.speakers)
