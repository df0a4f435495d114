"""Interviews printed with dash turns: each turn a paragraph opening with a dash, the interviewer's question and the
interviewee's answer alternating ("— Did you expect to win?" / "— No. I was seeded ninth."), the layout of
interviews translated from the continental press. Each dash paragraph right after a dash question is the
interviewee's answer: the person the introduction says it interviews (en_interviewee, with evidence: "She spoke to
us by video"). Only when the alternation is clear: three questions or more each answered so, the turns marked with a
dash (em or en), not a hyphen, and not under a list's heading ("Highlights of the weekend:" over "- Who headlines on
Friday?" / "- The Lumineers, at 9 p.m.": the writer's explainer; review31b). A list with dashes ("— Cut the late
sailing.") asks nothing, and a dash line under a quotation credits it ("— Alan Whitcomb"), which no question
opens."""
from __future__ import annotations

import re

from .en_answers import _answer, _paragraphs
from .en_ctx import Context, Found
from .en_interviewee import interviewee

_DASH = re.compile(r"[—–][ \t]+(?=\S)")  # (not a hyphen: a bulleted list's mark; review31b #2)
_MARKS = "\"“”‘’'«» "
_MIN_PAIRS = 3
_NONBLANK = re.compile(r"\S")


def _turn(text: str, a: int, b: int) -> int | None:
    """The start of the words of the dash turn [a, b), or None when the paragraph opens with no dash."""
    m = _DASH.match(text, a, b)
    return m.end() if m else None


def dash_interview(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with the answers of a dash-turn interview (see the module's docstring)."""
    text = ctx.text
    turns = [(a, b, w) for a, b in _paragraphs(text) if (w := _turn(text, a, b)) is not None]
    asks = [text[w:b].rstrip(_MARKS).endswith("?") for a, b, w in turns]
    pairs = [k + 1 for k in range(len(turns) - 1) if asks[k] and not asks[k + 1] and
             _next_paragraph(text, turns[k][1]) == turns[k + 1][0]]
    if len(pairs) < _MIN_PAIRS or _under_heading(text, turns[0][0]):
        return found
    who = interviewee(ctx, turns[0][0], need_evidence=True)
    if who is None:
        return found
    out: list[Found] = []
    for k in pairs:
        a, b, w = turns[k]
        q = _answer(ctx, w, b, who, found + out)
        if q is not None:
            q.cue, q.attr = "—", (a, w)
            out.append(q)
    return found + out


def _next_paragraph(text: str, end: int) -> int:
    """The start of the first non-blank character after ``end`` (the next paragraph)."""
    m = _NONBLANK.search(text, end)
    return m.start() if m else len(text)


def _under_heading(text: str, a: int) -> bool:
    """The paragraph before the first dash turn at ``a`` ends with a colon: a list's heading."""
    return text[:a].rstrip().endswith(":")
