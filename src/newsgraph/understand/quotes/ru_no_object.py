"""What an object-content reader (ru_more.py ``_object_reading``) reads as no content after a cue verb: an object
that only points back to what was said before ("опроверг эту информацию", "такие слухи", "их"; not a possessive
of a noun, r35: "потребовал его освобождения"), and (r29) the
verb's own subject standing after it, as Russian word order lets it ("С Соколовой согласилась сенатор Дарья
Мельникова", "Решение поддержал губернатор"): those words are who speaks, never what was said."""
from __future__ import annotations

import re

from .. import rules

ANAPHORIC_OBJECT = re.compile(r"(?:эт(?:о|у|от|и|а|ого|ой|им|ими|их)|так(?:ую|ие|ое|ой|их)|его|её|ее|их)"
                              r"(?:\s+\w+){0,2}", re.IGNORECASE)

_MODIFIERS = ("amod", "det", "nummod", "compound")
_POSSESSIVES = ("его", "её", "ее", "их")


def _possessive(an, cs: int, ce: int) -> bool:
    """The object opens with a possessive "его", "её", "их" of a noun of its own ("потребовал его освобождения",
    "настаивает на их невиновности", r35): whose it is points back, what was demanded does not; "опроверг их"
    (them), "их полностью" and a possessive of what was said ("опроверг его слова", "их данные") still point back."""
    first = an.tok_at_start.get(cs + len(an.text[cs:ce]) - len(an.text[cs:ce].lstrip()))
    if first is None or first.text.lower() not in _POSSESSIVES or first.head is None or first.head < 0:
        return False
    head = an.toks[first.head]
    said = rules.wordset("ru", "speech_nouns") | rules.wordset("ru", "document_nouns") | \
        rules.wordset("ru", "findings") | rules.wordset("ru", "reported")  # ("опроверг их слова": a pointer still)
    return cs <= head.start < ce and head.pos == "NOUN" and head.i > first.i and head.lemma not in said


def no_object_content(an, cue_start: int, cs: int, ce: int) -> bool:
    """``cs:ce`` after the cue verb at ``cue_start`` is no content: shorter than two words, an object pointing back,
    or opening with the parse's subject of that verb."""
    words = an.text[cs:ce]
    if len(words.split()) < 2 or ANAPHORIC_OBJECT.fullmatch(words.strip()) and not _possessive(an, cs, ce):
        return True
    t = an.tok_at_start.get(cue_start)
    first = an.tok_at_start.get(cs + len(words) - len(words.lstrip()))
    seen = 0
    while first is not None and seen < 4 and first.dep in _MODIFIERS and cs <= an.toks[first.head].start < ce:
        first, seen = an.toks[first.head], seen + 1  # (r34: "опровергла Счетная палата", the subject's adjective
        # first: the subject is the noun it modifies)
    return t is not None and first is not None and first.pos != "PUNCT" and first.head == t.i and \
        first.dep.startswith("nsubj")
