"""A person's second surname the tagger left outside the name (English entities): "President Enrique Peña Nieto
spoke" tagged "President Enrique Peña", where the same article writes "Peña Nieto" as a name of its own. Spanish and
Portuguese names carry two surnames (the father's, then the mother's: "Peña Nieto", "López Obrador", "García
Márquez"), and news writes the pair as the surname; the statistical tagger often ends the full name at the first.
When the capitalised word right after a PERSON span, with the span's last word, is a person's name the same text
tags elsewhere, the word is the name's: the span runs over it (a span the tagger made on the word alone is dropped).
Only on that evidence: "Juan Pérez Monday" or "Mr. Smith Jones" outside such a pair stay as tagged."""
from __future__ import annotations

import re

_NEXT = re.compile(r"[ \t]+([A-Z][\w’'\-]*[a-zà-ÿ])\b")


def second_surnames(spans: list, text: str) -> list:
    """``spans`` ([start, end, label, ...]) with each PERSON span that stops before the second word of a two-word
    surname the text names elsewhere run over that word."""
    pairs = {" ".join(text[s:e].split()[-2:]) for s, e, label, *_ in spans
             if label == "PERSON" and len(text[s:e].split()) >= 2}
    if not pairs:
        return spans
    grown: dict[int, int] = {}  # span index -> its new end
    for i, (s, e, label, *_) in enumerate(spans):
        if label != "PERSON" or not text[s:e].split():
            continue
        m = _NEXT.match(text, e)
        if m and f"{text[s:e].split()[-1]} {m.group(1)}" in pairs:
            grown[i] = m.end(1)
    if not grown:
        return spans
    out = []
    for i, sp in enumerate(spans):
        if i in grown:
            out.append([sp[0], grown[i], *sp[2:]])
        elif not any(sp[0] >= spans[j][1] and sp[1] <= end for j, end in grown.items()):
            out.append(sp)  # (a span on the word alone, inside a grown one, is gone)
    return out
