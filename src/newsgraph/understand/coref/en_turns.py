"""A quotation of several sentences is one turn: the "he"/"she" of its attribution ('“He was driving Sofia to a
party. That's all. A birthday party,” she said.') looks back from where the quotation opens, as a reader does, not
from its last sentence (which would put the person introduced just before it out of reach). Read by
``coref.en._pronouns`` for its sentence window."""
from __future__ import annotations

import bisect
import re

_BETWEEN = re.compile(r"[\s,.!?;:—–-]*")


def turn_sentence(text: str, quoted: list[tuple[int, int]], pos: int, sent_idx) -> int:
    """The index of the sentence the window of the pronoun at ``pos`` counts from: that of the opening of a
    quotation that ends right before it (only punctuation between), else the pronoun's own."""
    k = bisect.bisect_right([b for _, b in quoted], pos) - 1
    if k >= 0:
        a, b = quoted[k]
        m = _BETWEEN.match(text, b)
        if b <= pos and m is not None and m.end() >= pos:
            return min(sent_idx(a), sent_idx(pos))
    return sent_idx(pos)
