"""A speaker named by a number after "No." (who is credited, English; round 28): "No. 10 said …" (the prime
minister's office at Number 10 Downing Street), "Sources at No. 10 said …". The tokenizer cuts "No." from its number,
and the parse then makes "No" or the lone point the cue's subject: the speaker read as "No" or "." is the numbered
name whole. (An adjective "No. 2" inside a phrase, "The No. 2 Senate Republican said", is read whole already.)
"""
from __future__ import annotations

import re

_NUMBERED = re.compile(r"\bNo\.\s?\d+\b")


def numbered_name(ctx, found) -> None:
    """Widen a speaker span that ends inside "No. <number>" to the whole name."""
    for q in found:
        if not q.speaker_span:
            continue
        lo, hi = q.speaker_span
        m = next((m for m in _NUMBERED.finditer(ctx.text, max(0, lo - 4), hi + 8) if m.start() < hi < m.end()), None)
        if m is None:
            continue
        lo = min(lo, m.start())
        q.speaker, q.pronoun = None, None
        q.speaker_span, q.speaker_name = (lo, m.end()), ctx.text[lo:m.end()]
