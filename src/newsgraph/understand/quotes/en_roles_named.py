"""A described speaker and the name that goes with it (split from ``en_roles`` in round 36): a description in
apposition before or after a person's name ("The French interior minister, Bernard Cazeneuve, said", "…,” said her
spokesman, Eli Park.") is a mention of that person, and an organisation a country owns keeps the country in its
mention ("China's commerce ministry")."""
from __future__ import annotations

import re

from .en_roles import _ORG_TYPES, _data


def described_speaker(ctx, q) -> None:
    """A description in apposition before a name of the speaker ("A Twitter spokesman, Christopher Abboud, said",
    "The French interior minister, Bernard Cazeneuve, said") is a mention of the speaker: the description names the
    same person, so the record keeps it among the speaker's mentions (kind ``desc``), wherever the name stands; so
    does a description headed by a title or a number ("The Podesta Group's CEO, Kimberley Fritts", "One of his
    advisers, Tad Devine")."""
    if q.speaker is None:
        _named_after(ctx, q)
    if q.speaker is None:
        return
    _owner_in_span(ctx, q)
    for m in list(ctx.actors.entities[q.speaker].mentions):
        if m.kind in ("pronoun", "desc"):
            continue
        toks = list(ctx.tokens(m.start, m.end))
        root = next((t for t in toks if not (m.start <= t.head.idx < m.end) or t.head.i == t.i), None)
        if root is None or root.dep_ != "appos":
            continue
        head, k = root.head, toks[0].i
        if head.i >= k - 1 or head.pos_ not in ("NOUN", "PROPN", "NUM") or ctx.doc[k - 1].text != ",":
            continue
        if head.pos_ != "NOUN" and any(ctx.actors.entities[i].type == "PERSON"
                                       for _, _, i in ctx.actors.covering(head.idx, head.idx + len(head.text))):
            continue  # "Clinton, Sanders said": two people, no description
        if head.pos_ == "PROPN" and ctx.actors.covering(head.idx, head.idx + len(head.text)):
            continue  # "A spokeswoman for St. Brendan's, Alison Marsh": a body's name is no description of her
        last = ctx.doc[k - 2]  # "Lena Ortiz's chief of staff, Ray Munoz": the description ends before the comma
        if last.i != head.i and not head.is_ancestor(last):
            continue
        lo, hi = head.left_edge.idx, last.idx + len(last.text)
        of = head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "for") else None
        if of is not None and of.head.i < of.i and of.head.pos_ in ("NUM", "PRON", "NOUN"):
            lo = of.head.left_edge.idx  # "One of his advisers, Tad Devine,", "A spokesperson for the governor, …"
        if lo < hi and len(ctx.text[lo:hi].split()) <= 8:
            ctx.actors.add_mention(q.speaker, lo, hi, "desc")


_APPOS_AFTER = re.compile(r"\s*,\s*|\s+named\s+")  # "a spokesman, Eli Park"; "a photographer named Ann Roe"
_TITLE_WORD = re.compile(r"([A-Z][a-z]{1,4}\.|[A-Z][a-z]+)\s+(?=[A-Z])")  # "Col. ", "Colonel " before a name
_APPOS_END = re.compile(r"\s*(?:[.,;:!?)”\"]|$|(?:in|on|at|during|to|via)\b)")


def _named_after(ctx, q) -> None:
    """A described speaker named right after, set off by a comma ("…,” said her spokesman, Eli Park.", "said a
    spokesman for the company, Eli Park.") is that person: a description, a comma and a person's name closing the
    clause are an apposition, two mentions of one person. Not a list ("…, Eli Park and Ann Fields")."""
    if not q.speaker_name or not q.speaker_span:
        return
    m = _APPOS_AFTER.match(ctx.text, q.speaker_span[1])
    if m is None or m.end() == q.speaker_span[1]:
        return
    at = m.end()
    person = _data("en")[1]
    for _ in range(2):  # "A spokesman for the command, Col. Tomas Haldane,": the title belongs to the name
        t = _TITLE_WORD.match(ctx.text, at)
        if t is None or not (t.group(1).endswith(".") or t.group(1).lower() in person):
            break
        at = t.end()
    best = None
    for s, e, i in ctx.actors.covering(at, at + 1):
        if m.end() <= s <= at and ctx.actors.entities[i].type == "PERSON" and (best is None or e > best[1]):
            best = (s, e, i)
    if best is None or _APPOS_END.match(ctx.text, best[1]) is None:
        return
    q.speaker, q.speaker_name, q.speaker_span = best[2], None, (best[0], best[1])


_OWNED = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s\s+$")


def _owner_in_span(ctx, q) -> None:
    """An organisation a country owns is named with it: "China's commerce ministry said" -> the speaker's mention is
    the whole phrase, not "commerce ministry" (which ministry, of which country, is what the reader needs)."""
    if not q.speaker_span or ctx.actors.entities[q.speaker].type not in _ORG_TYPES:
        return
    lo, hi = q.speaker_span
    m = _OWNED.search(ctx.text, max(0, lo - 60), lo)
    if m is None or m.end() != lo:
        return
    owner = ctx.entity_at(m.start(1), m.end(1), ("GPE",))
    if owner is not None and owner[0] <= m.start(1) and owner[1] >= m.end(1):
        q.speaker_span = (m.start(1), hi)
