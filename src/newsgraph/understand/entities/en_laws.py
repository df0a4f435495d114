"""A law named after its sponsors ("Dodd-Frank", "McCain-Feingold", "Glass-Steagall"): two capitalised names joined by
a hyphen, which the tagger often reads as a person. The document itself says it is a law when it writes the name
before a law noun anywhere ("the Dodd-Frank law", "the McCain-Feingold bill": lang/en/words.tsv law_nouns); every
span of that name in the document is then no actor, the bare ones too ("repeal Dodd-Frank")."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

_PAIR = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


@lru_cache(maxsize=1)
def _law_nouns() -> re.Pattern:
    nouns = sorted(rules.wordset("en", "law_nouns"), key=len, reverse=True)
    # (a qualifier may stand between: "the Dodd-Frank financial reform law", "McCain-Feingold campaign finance law")
    return re.compile(r"\s+(?:(?:financial|campaign|finance|reform|Wall Street)\s+){0,2}(?:"
                      + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


def sponsors_law(text: str, s: int, e: int) -> bool:
    """Whether the span ``text[s:e]`` is a hyphenated pair of names the document writes before a law noun."""
    name = text[s:e]
    if not _PAIR.fullmatch(name):
        return False
    after = _law_nouns()
    return any(after.match(text, m.end()) for m in re.finditer(re.escape(name), text))
