"""Every inflected form of a Russian word, for full-text search. A Russian analyst types the form in their head
("Путина", "Песковым", "переговоров"), and a text holds others ("Путин", "Пескову", "переговоры"): the search
index keeps the words as written, so a query word is widened to all the forms of every dictionary reading
pymorphy2 gives it (its lexemes), joined by OR. Words pymorphy2 does not know (names it would only guess, other
languages) and words written as prefixes (``Путин*``) are searched as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

MAX_FORMS = 120  # a verb has some 60 forms, a word with several readings more; a query stays small
_CYRILLIC = re.compile(r"[а-яё]+")


@lru_cache(maxsize=4096)
def forms(word: str) -> tuple[str, ...]:
    """The lower-case forms a query word stands for (itself first)."""
    w = word.lower()
    if not _CYRILLIC.fullmatch(w):
        return (w,)
    from .name_keys import _morph
    out = [w]  # the forms of the likeliest reading first, then of the others (a cut keeps the likeliest)
    for p in _morph().parse(w):
        if p.is_known:
            out += [x.word for x in p.lexeme]
    out += [f.replace("ё", "е") for f in out]
    return tuple(dict.fromkeys(out))[:MAX_FORMS]
