"""A quotation of several sentences is one turn: the "he"/"she" of its attribution ('“He was driving Sofia to a
party. That's all. A birthday party,” she said.') looks back from where the quotation opens, as a reader does, not
from its last sentence (which would put the person introduced just before it out of reach). Only for the
attribution itself (the pronoun in the sentence the quotation closes in, not a new sentence after it: '… “already
making excuses.” She predicted …'), and only when the lead-in sentence before the quotation names a person (a lead-in
about someone described, "I asked the mayor about that.", leaves the speaker to the readers of descriptions, not to
a person named further back). Read by ``coref.en._pronouns`` for its sentence window."""
from __future__ import annotations

import bisect
import re

from ..actors import Actors

_BETWEEN = re.compile(r"[\s,.!?;:—–-]*")


def turn_sentence(actors: Actors, text: str, quoted: list[tuple[int, int]], pos: int, sents, sent_idx) -> int:
    """The index of the sentence the window of the pronoun at ``pos`` counts from: that of the opening of the
    quotation it attributes (see the module's doc), else the pronoun's own. ``sents``: (start, end) of each
    sentence; ``sent_idx(char)``: the index of the sentence holding ``char``."""
    own = sent_idx(pos)
    k = bisect.bisect_right([b for _, b in quoted], pos) - 1
    if k < 0:
        return own
    a, b = quoted[k]
    m = _BETWEEN.match(text, b)
    if not (b <= pos and m is not None and m.end() >= pos) or sent_idx(b - 1) != own:
        return own
    first = sent_idx(a)
    if first >= own or first < 1:
        return own
    lo, hi = sents[first - 1][0], a
    named = any(actors.entities[i].type == "PERSON" and not any(x <= s < y for x, y in quoted)
                for s, e, i in actors.inside(lo, hi))
    return first if named else own
