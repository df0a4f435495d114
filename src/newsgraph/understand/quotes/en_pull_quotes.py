"""Pull quotes: page furniture that repeats, in a paragraph of its own, words a speaker says in the story's body
('“We learned that lesson the expensive way.” — Alan Whitcomb, library director' after the paragraph where Whitcomb
says it). One statement is counted once, where the story reports it: a quotation with no cue of the story's (a dash
credit or none) that fills its paragraph and whose words, four or more, stand inside a quote the running text
reports with a cue is dropped.
A speaker repeating a phrase in the running text ('“Not one more,” she said.' twice) keeps both: neither fills a
paragraph alone."""
from __future__ import annotations

import re

from .en_ctx import Context, Found

_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_REST = re.compile(r"[\s\"“”‘’'.,!?…]*(?:[—–―][^\n]*)?")  # what may stand beside a pull quote on its line
_MIN_WORDS = 4


def _key(s: str) -> str:
    return " ".join(w.lower() for w in _WORDS.findall(s))


def _alone(ctx: Context, q: Found) -> bool:
    """``q`` fills its paragraph: only marks before it, marks and an optional dash credit after it."""
    text = ctx.text
    a = text.rfind("\n", 0, q.start) + 1
    b = text.find("\n", q.end)
    b = len(text) if b < 0 else b
    return not text[a:q.start].strip(" \t\"“‘'") and _REST.fullmatch(text, q.end, b) is not None


_CREDIT_CUES = (None, "—", "–", "―")  # a pull quote's credit is a dash line or nothing, never a verb of the story


def pull_quotes(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` without the pull quotes that repeat a quote the running text reports with a cue of its own."""
    body = [(q, _key(q.text)) for q in found if q.cue not in _CREDIT_CUES]
    out = []
    for q in found:
        k = _key(q.text)
        if q.kind == "direct" and q.cue in _CREDIT_CUES and len(k.split()) >= _MIN_WORDS and _alone(ctx, q) and \
                any(k in other for o, other in body if o.start != q.start):
            continue
        out.append(q)
    return out
