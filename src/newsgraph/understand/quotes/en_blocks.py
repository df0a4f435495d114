"""Blocks of another source's words credited by a line under them: a round-up of reviews or reactions quotes a
passage of each source and credits it on the next line ("… just instantaneous gameplay.\\n\\n[ Tom's Guide ]"), with
no quote marks and no verb. The passage above the credit line is that source's words (a direct attribution, its cue
the credit line), as a signed quotation paragraph is (en_paragraphs: "“…”\\n\\n- Bernie Sanders").

The form is recognised by its repetition: a line that is only a bracketed name ("[ Engadget ]") credits a block when
the page has at least two such lines naming different sources (one bracketed line alone may be a placeholder or a
label, "[ Advertisement ]" repeated is one name). The block is the run of prose paragraphs right above the line, up
to the previous credit line, a heading (a line without closing punctuation or in title case: "What Does Stadia
Offer?") or a line that introduces what follows ("Here's what the early reviews say:")."""
from __future__ import annotations

import re

from .en_ctx import Context, Found, set_speaker

_CREDIT = re.compile(r"^[ \t]*\[[ \t]*(?P<name>[A-Z0-9][^\[\]\n]{0,48}?)[ \t]*\][ \t]*$", re.M)
_NAME_WORD = re.compile(r"[A-Z0-9][\w'’.&-]*")
_TYPES = ("PERSON", "ORG", "GROUP", "MEDIA", "GPE")
_SMALL = frozenset("a an the and or of in on at to for by with from as is are be but nor vs".split())


def _name_like(name: str) -> bool:
    """A source's name: one to six words, each capitalised or a small word ("Tom's Guide", "The Verge", "CNET")."""
    words = name.split()
    return 0 < len(words) <= 6 and all(_NAME_WORD.fullmatch(w) or w.lower() in _SMALL for w in words) and \
        bool(_NAME_WORD.fullmatch(words[0]))


def _heading(line: str) -> bool:
    """A heading or an introduction, not prose: no closing punctuation, in title case, or ending in a colon."""
    s = line.strip()
    if not s or s.endswith(":") or s[-1] not in ".!?…\"”’')":
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", s) if w.lower() not in _SMALL]
    return len(s.split()) <= 16 and len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _block(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The run of prose paragraphs that ends right above ``hi`` (the credit line), not above ``lo``."""
    start = end = None
    pos = hi
    while pos > lo:
        b = pos - 1
        while b >= lo and text[b].isspace():
            b -= 1
        if b < lo:
            break
        a = max(lo, text.rfind("\n", lo, b) + 1)
        if _heading(text[a:b + 1]):
            break
        start, end = a, end if end is not None else b + 1
        pos = a
    return (start, end) if start is not None else None


def credited_blocks(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with the blocks credited by a line under them (see the module's note), in text order."""
    text = ctx.text
    lines = [m for m in _CREDIT.finditer(text) if _name_like(m.group("name"))]
    if len({m.group("name").lower() for m in lines}) < 2:
        return found
    out = list(found)
    lo = 0
    for m in lines:
        span = _block(text, lo, m.start())
        lo = m.end()
        if span is None:
            continue
        a, b = span
        if any(q.start <= a + 2 and q.end >= b - 2 for q in found):
            continue  # (already a quote: a quotation paragraph)
        q = Found("direct", a, b, text[a:b], cue=m.group().strip(), origin="credit-line")
        q.attr = (m.start(), m.end())
        s, e = m.start("name"), m.end("name")
        hit = next(((hs, he, k) for hs, he, k in ctx.actors.inside(s, e)
                    if ctx.actors.entities[k].type in _TYPES and hs == s and he >= e - 1), None)
        if hit is not None:
            set_speaker(ctx, q, hit)
        else:
            q.speaker_name, q.speaker_span = m.group("name"), (s, e)
        out.append(q)
    return sorted(out, key=lambda q: q.start)
