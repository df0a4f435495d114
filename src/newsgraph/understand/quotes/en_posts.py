"""Embedded posts: a paragraph that ends in a post's signature is its author's statement.

A post quoted in running text, its signature on the same line as its words ("No promise was ever made.
https://t.co/x — Jane Roe (@janeroe) June 29, 2016", what a text's <tweet> markup leaves, clean/posts.py): the words
are the author's, as much as any "…," Roe said (PolNeAR annotates such posts so: the name of the signature the source,
the dash the cue, the words without their links the content). The speaker is the actor the signature names (an
entity of the text, else the name as written, else the handle); the content is the paragraph before the dash, its
trailing links and picture addresses aside. A reader that took the post's words for something else without a
speaker gives way to it; a statement inside the post with its own speaker ("Trump says …") stays its own.
An embed block, the signature on a line of its own after the words (what the HTML reader makes of a page's
embedded tweet), is page furniture and no quote: the project's whole-page gold says so (eval/data/en-attr README,
"page furniture: embedded tweets signed only '— Name (@handle) date'"), and so does the written case of a caption
and a signature between two paragraphs of a statement.
"""
from __future__ import annotations

import re

from .en_ctx import Context, Found, set_speaker

# the signature: a dash, a name (or none), the handle in brackets, the day ("June 29, 2016" / "29 June 2016"; a
# writer's sign-off, "— Jane Roe (@janeroe)" at an article's end, has none)
_SIGNATURE = re.compile(r"[ \t]+(?P<dash>[—–―]|-{1,2})[ \t]*(?P<name>[^\n—–―()@]{0,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)"
                        r"[ \t]*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})[ \t.]*$")
_LINKS = re.compile(r"(?:[ \t]+(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+))+[ \t]*$")
_TYPES = ("PERSON", "ORG", "GROUP", "GPE", "MEDIA", "NORP")


def lines(text: str):
    """(start, end) of each line of ``text`` (a line break ends it)."""
    a = 0
    for line in text.split("\n"):
        yield a, a + len(line)
        a += len(line) + 1


def _author(ctx: Context, q: Found, m: re.Match) -> None:
    s, e = m.span("name")
    if s < e and ctx.text[s:e].strip():
        hit = next(((hs, he, k) for hs, he, k in ctx.actors.inside(s, e)
                    if ctx.actors.entities[k].type in _TYPES and hs == s and he >= e - 1), None)
        if hit is not None:
            set_speaker(ctx, q, hit)
            return
        q.speaker_name, q.speaker_span = ctx.text[s:e], (s, e)
        return
    s, e = m.start("handle") - 1, m.end("handle")  # no name given: the handle is who the page shows
    q.speaker_name, q.speaker_span = ctx.text[s:e], (s, e)


def embedded_posts(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with every signed post the text embeds as its author's quote (see the module's note)."""
    text = ctx.text
    if "(@" not in text:
        return found
    added = []
    for a, b in lines(text):
        m = _SIGNATURE.search(text, a, b)
        if m is None:
            continue
        end = m.start()
        lk = _LINKS.search(text, a, end)
        if lk is not None and lk.end() == end:
            end = lk.start()
        while end > a and text[end - 1] in " \t":
            end -= 1
        if len(text[a:end].split()) < 2:
            continue  # a signature with no words before it
        inside = [q for q in found if a <= q.start < b]
        if any((q.speaker is not None or q.speaker_name) and q.end - q.start > (end - a) / 2 for q in inside):
            continue  # the words carry their own attribution, read already
        found = [q for q in found if not (q in inside and q.speaker is None and not q.speaker_name)]
        q = Found(kind="direct", start=a, end=end, text=text[a:end], cue=m.group("dash"), origin="post")
        q.attr = (m.start("dash"), m.end())
        _author(ctx, q, m)
        added.append(q)
    return sorted(found + added, key=lambda q: q.start) if added else found
