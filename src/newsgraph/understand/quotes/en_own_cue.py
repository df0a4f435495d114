"""A quotation whose own sentence credits it (English, issue 16; newuser33): "“The thing with Elise bothered” Ford's
family, Starner said." opens a paragraph after another speaker's quotations, and its sentence goes on past the closing
mark to a cue with a subject of its own ("Starner said"). It is part of that sentence, a mixed quote of the cue's
subject, never the next words of the previous paragraph's speaker (``en._continues``, which carries a bare quotation
on from the quote before it). A quotation that ends its sentence, or one the sentence goes on from with no speech
verb of its own ("“We will win.” The crowd cheered." is a new sentence anyway), keeps the previous speaker."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_ctx import Context


def credited_in_sentence(ctx: Context, q) -> bool:
    """The words after quotation ``q`` up to its sentence's end hold a speech verb with its own subject."""
    _, end = ctx.sent(q.start)
    if end <= q.end or not ctx.text[q.end:end].strip(" \t\"”’'.,!?…"):
        return False
    return any(t.lower_ in ctx.verbs and t.pos_ in ("VERB", "AUX") and
               any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in ctx.tokens(q.end, end))
