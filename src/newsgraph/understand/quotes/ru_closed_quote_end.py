"""Reported content that closes on a quotation before a new clause with its own named subject (r35, real pages):
"Петр Соколов сказал журналистам, что «все решено», Иван Орлов - отказался от комментариев." The content is «все
решено»; the clause after the comma is another person's act, not more of the content. Only a person named right
after the comma and followed by a verb (or a dash and a verb) ends the content there: a list of names inside the
content goes on ("сказал, что «Газпром», Роснефть и Лукойл снизят цены": no person; "что «план», Иван Орлов и
другие …": no verb right after the name)."""
from __future__ import annotations

import re

_AFTER_NAME = re.compile(r"\s*(?:[—–-]\s*)?")


def closed_quote_end(q, cs: int, ce: int) -> int:
    """The end of the content text[cs:ce] of the reader ``q`` (``RussianQuotes``): after a closing quote mark when a
    new clause with a person subject follows, else ``ce``."""
    for o, c in sorted(q.pairs):
        if not cs <= o < c < ce - 1:
            continue
        m = re.match(r",\s+", q.text[c + 1:ce])
        if m is None:
            continue
        s = c + 1 + m.end()
        person = next((x for x, a in q.an.mentions_in(s, ce, ("PERSON",)) if x.start == s), None)
        if person is None:
            continue
        v = _AFTER_NAME.match(q.text, person.end).end()
        t = q.an.tok_at_start.get(v)
        if t is not None and t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin":
            return c + 1
    return ce
