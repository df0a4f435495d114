"""A one-word PERSON span that is a thing the text names with "the": "the Convertible", "the Outback", "the Ranger"
(a car model, a product, a vessel). English personal names take no article, so a common English word (WordNet's,
``names.is_word`` with nouns) that the text writes only after "the", never in a fuller name, and that stands as a
noun phrase of its own (not a noun's modifier: "the Bush administration" names Bush) is no person."""
from __future__ import annotations

import re

from ..names import is_given_name, is_word, plural_after_the

_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"([A-Z0-9][\w’'-]*)\s+$")  # a capitalised word or a code right before


def the_thing(doc, text: str, s: int, e: int) -> bool:
    word = text[s:e]
    if " " in word or not re.fullmatch(r"[A-Z][a-z]{2,}", word) or is_given_name(word) or \
            not is_word(word, nouns=True) or plural_after_the(text, s, word):
        return False  # (a plural, "the Browns": a team or a family, names.plural_after_the)
    if not _THE.search(text, max(0, s - 5), s):
        return False  # (this mention is no "the X": "Governor Hall")
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text):
        if _THE.search(text, max(0, m.start() - 5), m.start()):
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or is_given_name(before.group(1)):
            return False  # ("Baker said", "Tom Baker"): a person's name somewhere
        # (the end of a longer name that no given name opens: "the 2021 RX300 Convertible", a model's full name)
    tok = next((t for t in doc if t.idx == s), None)
    return tok is not None and tok.dep_ != "compound" and tok.dep_ != "poss"
