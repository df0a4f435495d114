"""Reported content that closes on a quotation before a new clause with its own named subject (r35, real pages):
"Петр Соколов сказал журналистам, что «все решено», Иван Орлов - отказался от комментариев." The content is «все
решено»; the clause after the comma is another person's act, not more of the content. Only a person named right
after the comma (after lower-case title words at most: "глава района Иван Орлов") or a body ("Минфин"), followed by
a verb (or a dash and a verb), ends the content there, and only after a quotation that opens the content (rufix35):
a quotation inside it goes on ("что деньги ушли «на счета в Латвии», Иван Орлов знал об этом"), as does a list of
names ("сказал, что «Газпром», Роснефть и Лукойл снизят цены": no verb right after the name)."""
from __future__ import annotations

import re

_AFTER_NAME = re.compile(r"\s*(?:[—–-]\s*)?")


def closed_quote_end(q, cs: int, ce: int) -> int:
    """The end of the content text[cs:ce] of the reader ``q`` (``RussianQuotes``): after a closing quote mark when a
    new clause with a subject of its own follows, else ``ce``. The quotation must open the content: one inside it
    goes on ("что деньги ушли «на счета в Латвии», Иван Орлов знал об этом": both facts reported; rufix35)."""
    for o, c in sorted(q.pairs):
        if not cs <= o < c < ce - 1 or q.text[cs:o].strip():
            continue
        m = re.match(r",\s+", q.text[c + 1:ce])
        if m is None:
            continue
        subj = _subject(q, c + 1 + m.end(), ce)
        if subj is None:
            continue
        v = _AFTER_NAME.match(q.text, subj.end).end()
        t = q.an.tok_at_start.get(v)
        while t is not None and t.pos in ("ADV", "PART") and t.i + 1 < len(q.an.toks):
            t = q.an.toks[t.i + 1]  # ("Минфин пока не комментирует")
        if t is not None and t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin":
            return c + 1
    return ce


def _subject(q, s: int, ce: int):
    """The mention of a person (after lower-case title words at most: "глава района Иван Орлов") or of a body
    ("Минфин") that opens text[s:ce], else None (rufix35)."""
    for x, a in q.an.mentions_in(s, ce, ("PERSON", "ORG")):
        if x.start == s:
            return x
        between = [t for t in q.tokens_from(s) if t.start < x.start]
        if a.type == "PERSON" and len(between) <= 3 and all(t.pos in ("NOUN", "ADJ") and t.text.islower()
                                                             for t in between):
            return x
        return None
    return None
