"""English attributions that lead into a quotation the direct reader would otherwise leave without a speaker.

- A quotation that ends a sentence whose speech verb governs it ("Ryan said it's unrealistic to think that if the
  U.S. pulls back, “our oceans are going to save us.”") is the end of that verb's indirect speech: a mixed quote of
  the verb's subject (en_indirect reads it), not a direct quote of nobody.
- "According to X, “…”" / "According to X: “…”": X is the source of the words quoted, an outlet as well as a person.
- A long apposition after an inverted cue ("“The risk,” said Edward Leamer, an economist who is the director of the
  UCLA Anderson Forecast, “is that …”"): the name right after the cue speaks.
"""
from __future__ import annotations

import re

from ..marks import Quoted
from .en_ctx import TITLES, Context, Found, set_speaker

_ACCORDING = re.compile(r"(?:^|[,;]\s*)[Aa]ccording\s+to\s+(?P<who>[^,:;“”\"«»]{2,80}?)\s*[,:]$")


def governed(ctx: Context, q: Quoted) -> bool:
    """A speech verb earlier in the quotation's sentence (same paragraph) governs it in the parse: the verb is an
    ancestor of the quotation's first word."""
    s, _ = ctx.sent(q.start)
    para = ctx.text.rfind("\n", 0, q.start) + 1
    lo = max(s, para)
    first = next((t for t in ctx.tokens(q.inner_start, q.inner_end) if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    for tok in ctx.tokens(lo, q.start):
        if tok.lower_ in ctx.verbs and tok.pos_ == "VERB" and tok.is_ancestor(first) and \
                any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            return True
    return False


def according_intro(ctx: Context, lo: int, hi: int, dq: Found) -> bool:
    """ "According to the Daily Caller, “…”": the one named after "according to" is the quotation's source."""
    m = _ACCORDING.search(ctx.text[lo:hi])
    if m is None:
        return False
    a, b = lo + m.start("who"), lo + m.end("who")
    hit = None
    for s, e, i in ctx.actors.inside(a, b):  # the phrase's head: the first named ("Paul Sperry of Counter Jihad")
        if hit is None or s < hit[0] or (s == hit[0] and e > hit[1]):
            hit = (s, e, i)
    dq.cue, dq.attr = "according to", (lo, hi)
    first = ctx.token_at(a - 1)
    dq.cue_i = first.i if first.lower_ == "to" else None
    if hit is not None:
        return set_speaker(ctx, dq, hit)
    who = ctx.text[a:b].strip()
    if who[:1].isupper() and len(who.split()) <= 6:
        dq.speaker_name, dq.speaker_span = who, (a, a + len(who))
    return True


def inverted_apposition(ctx: Context, cue, end: int, dq: Found) -> bool:
    """ "…,” said Edward Leamer, an economist who …, “…”: the person named right after the cue, a comma-bounded
    apposition running from the name to the quotation."""
    pos = cue.idx + len(cue.text)
    while pos < end and ctx.text[pos].isspace():
        pos += 1
    best = None
    for s, e, i in ctx.actors.covering(pos, pos + 1):
        if s == pos and ctx.actors.entities[i].type == "PERSON" and (best is None or e > best[1]):
            best = (s, e, i)
    if best is None:
        return False
    after = ctx.text[best[1]:end].strip()
    if not (after.startswith(",") and after.endswith(",")):
        return False
    return set_speaker(ctx, dq, best)


def name_colon(ctx: Context, lo: int, hi: int, dq: Found) -> bool:
    """ "… - Philip Bump: “…”", "Pew Research: “…”": a name standing alone before the colon that opens a quotation
    (at the start of its sentence or after a dash: the newsletter and transcript style) is its source."""
    t = ctx.text
    colon = t.rfind(":", lo, hi)
    if colon < 0 or t[colon + 1:hi].strip():
        return False
    best = None
    for s, e, i in ctx.actors.inside(lo, colon):
        if e == colon and ctx.actors.entities[i].type in ("PERSON", "ORG", "MEDIA", "GROUP") and \
                (best is None or s < best[0]):
            best = (s, e, i)
    if best is None:  # a name the entity reader missed: two to four capitalised words ("Pew Research")
        m = _CAPS_NAME.search(t, lo, colon)
        if m is None or m.end() != colon or m.group().isupper():
            return False
        if (opening := _headline_subject(ctx, lo, colon)) is not None and opening[0] == m.start():
            dq.cue, dq.attr = ":", (lo, hi)  # "Trump Addresses Munich Attack: ‘…’": Trump, not the headline
            return set_speaker(ctx, dq, opening)
        start = m.start()
    else:
        start = best[0]
    before = t[lo:start].rstrip()
    if before and not before.endswith(("-", "–", "—")):
        return False
    dq.cue, dq.attr = ":", (lo, hi)
    if best is not None:
        return set_speaker(ctx, dq, best)
    dq.speaker_name, dq.speaker_span = m.group(), (m.start(), m.end())
    return True


def _headline_subject(ctx: Context, lo: int, colon: int):
    """The page's headline, read as a name the entity reader missed, is a Title Case clause before its colon: "Trump
    Addresses Munich Attack: ‘…’". Its subject, the actor that opens it, said the words quoted (newuser33: the whole
    label was the speaker). A name with a possessive ("Trump's Plan: …") or a title after it ("CNN President On
    Trump: …", the president speaks) opens no such clause; a headline only (a body sentence handing over with a colon
    is ``colon_intro``'s). Only where the label was taken for a name, the whole label from the actor on ("Turnout is
    the story - Marta Lindqvist: “…”" is Lindqvist's, the name after the dash): a lower-case headline ("Sarah Silverman
    heckles Sanders supporters: '…'") is left to the readers as before (crediting it moved a PolNeAR dev speaker
    head)."""
    t = ctx.text
    if "\n" in t[:lo].strip():
        return None
    start = lo + len(t[lo:colon]) - len(t[lo:colon].lstrip(" -–—"))
    best = None
    for s, e, i in ctx.actors.covering(start, start + 1):
        if s == start and e < colon and ctx.actors.entities[i].type in ("PERSON", "ORG", "MEDIA", "GROUP") and \
                (best is None or e > best[1]):
            best = (s, e, i)
    if best is None or t[best[1]:best[1] + 1] != " ":
        return None
    words = t[best[1]:colon].split()
    if not words or not words[0][:1].isalpha() or words[0].lower().rstrip(".") in TITLES or \
            any(w.endswith(("'s", "’s")) for w in words[:1]):
        return None
    return best


_CAPS_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")
