"""English dialogue turns without attribution (who is credited, round 8).

An interview or a scene written as an exchange attributes its first question and its first answer ("“Why not close
it?” Reed asked." / "“Because the town needs it,” Hall said.") and then goes on in bare quotation paragraphs, one
speaker's turn each. The direct reader takes a bare paragraph for the next paragraph of the last speaker's words,
which is right in a speech and wrong in an exchange. Once a question of one person and an answer of another stand
in consecutive paragraphs, the bare quotation paragraphs right after them are turns of the exchange: a question
(it ends with a question mark) is the asker's, anything else the answerer's. Any narration between ends the run.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..marks import QUOTE_CHARS

if TYPE_CHECKING:
    from .en_ctx import Context, Found

_CLOSE = " \t" + QUOTE_CHARS


def _question(q: Found) -> bool:
    return q.text.rstrip(_CLOSE).endswith("?")


def _about_self(ctx: Context, q: Found) -> bool:
    """The question's main verb has "I" for its subject ("Why would I resign when I have done nothing wrong?"): an
    interviewer asks about the one answering ("you"); a question about oneself after the answer is the answerer's own
    rhetorical question."""
    toks = list(ctx.tokens(q.start, q.end))
    last = toks[-1].sent if toks else None
    return last is not None and any(t.lower_ == "i" and t.dep_ == "nsubj" and t.head.dep_ == "ROOT" for t in last)


def _adjacent(ctx: Context, a: Found, b: Found) -> bool:
    """``b`` opens the paragraph right after the one that ends with quote ``a`` (and its attribution)."""
    end = a.attr[1] if a.attr is not None and a.attr[1] > a.end else a.end
    gap = ctx.text[end:b.start]
    return gap.count("\n") >= 1 and not gap.strip(" \t\r\n.," + QUOTE_CHARS)


def dialogue_turns(ctx: Context, found: list[Found]) -> None:
    """Bare quotation paragraphs after an attributed question and answer alternate between asker and answerer: a
    question goes to the asker only in its turn (after the answerer's) and when the next paragraph answers it (no
    question, bare or the answerer's own); any other question ends the exchange and stays the previous speaker's
    ("No, I will not resign," Hall said. / "Why would I resign?": about "I"). A turn keeps its own cue word."""
    directs = [q for q in found if q.kind == "direct"]
    asker = answerer = None
    prev = None
    for k, q in enumerate(directs):
        bare = q.follows is not None and q.attr is None
        if prev is not None and not _adjacent(ctx, prev, q):
            asker = answerer = None
        if not bare:
            if asker is None and prev is not None and prev.attr is not None and q.attr is not None and \
                    _question(prev) and not _question(q) and prev.speaker is not None and q.speaker is not None \
                    and prev.speaker != q.speaker and _adjacent(ctx, prev, q):
                asker, answerer = prev, q
            elif q.attr is not None and asker is not None and q.speaker not in (asker.speaker, answerer.speaker):
                asker = answerer = None
            prev = q
            continue
        if asker is not None:
            if _question(q):
                nxt = directs[k + 1] if k + 1 < len(directs) else None
                answered = nxt is not None and not _question(nxt) and _adjacent(ctx, q, nxt) and (
                    (nxt.follows is not None and nxt.attr is None) or (nxt.attr is not None and nxt.speaker is not None
                                                                       and nxt.speaker == answerer.speaker))
                if prev.speaker != answerer.speaker or not answered or _about_self(ctx, q):
                    asker = answerer = None  # no longer an exchange: the reader's reading stands
                    prev = q
                    continue
                who = asker
            else:
                who = answerer
            q.speaker, q.speaker_name, q.speaker_span = who.speaker, who.speaker_name, who.speaker_span
            q.follows = who
            if who is asker:
                q.cue = None  # (the asker's "asked" is not in this paragraph)
        prev = q
