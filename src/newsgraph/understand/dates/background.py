"""A year told as background does not anchor a narrative (round 31, Russian): a year in a participle's phrase
("инициатива, впервые озвученной в 2009 году": a fact about the noun, as English "Founded in 2008, the charity ...") or
in a sentence that reminds the reader of an old fact ("Sun, напомним, приобрела MySQL в 2008 году":
``background_words``) tells of the thing, not of where the story is: a later "8 февраля" or "в конце декабря" is read
against the publication, not in that year. Russian and Ukrainian (natasha's parse); English has
``attachment.tells_the_clause`` on spaCy's."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import settings
from .tense_natasha import MAX_STEPS

_SENTENCE_MARKS = re.compile(r"[.!?\n]")


@lru_cache(maxsize=None)
def _words(lang: str):
    words = settings(lang).get("background_words", "")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I) if words else None


def told_as_background(view, text: str, start: int, end: int, lang: str) -> bool:
    """Is the date at [start, end) told as background (see the module docstring)?"""
    words = _words(lang)
    if words is not None:
        a = max((m.end() for m in _SENTENCE_MARKS.finditer(text, max(0, start - 300), start)), default=0)
        b = _SENTENCE_MARKS.search(text, end)
        if words.search(text, a, b.start() if b else len(text)):
            return True
    toks = getattr(view, "tokens", None) if getattr(view, "natasha", None) is not None else None
    if not toks:
        return False
    inside = [t for t in toks if t.start < end and start < t.end]
    if not inside:
        return False
    ids = {t.i for t in inside}
    t = next((x for x in inside if x.head not in ids or x.head == x.i), inside[0])
    for _ in range(MAX_STEPS):
        if t.i not in ids and t.pos in ("VERB", "AUX"):
            return (t.feats or {}).get("VerbForm") == "Part"
        if t.head == t.i:
            return False
        t = toks[t.head]
    return False
