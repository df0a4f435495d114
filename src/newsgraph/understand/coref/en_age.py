"""Age descriptions in English coreference: "The 56-year-old said …" names by age alone a person the text has
already named (sports and court reporting vary a name so: "Mourinho … The Portuguese boss … The 56-year-old said"),
or names the person in apposition right after it ("The 56-year-old, Jane Roe, said"). Read by ``coref.en.resolve``.

- a name set off right after it: that person;
- a person the text gave that age before ("Luis Ortega, 41," / "41-year-old Luis Ortega"): that person; the same age
  given before to no name ("a 19-year-old was arrested"): nobody named, left as it is; a person given another age is
  never the one;
- else the person the passage is about, as for a pronoun without gender: a subject of the same or one of the two
  sentences before first, else the nearest person named (never one named inside a quotation).
"""
from __future__ import annotations

import bisect
import re

from ..actors import Actors
from .en_lookup import salient_person

_AGE_DESC = re.compile(r"\b[Tt]he\s+(\d{1,3})-year-old\b")
_SENTS_BACK = 2


def resolve_ages(actors: Actors, doc, text: str, quoted: list[tuple[int, int]], is_subject) -> None:
    """Each "The N-year-old" standing alone (no noun after it: not "the 56-year-old manager") becomes a mention of
    the person it names (see the module's doc)."""
    starts = [s.start_char for s in doc.sents]
    for m in _AGE_DESC.finditer(text):
        s, e = m.start(), m.end()
        if actors.covering(s, e) or _noun_after(doc, e) or _in(quoted, s):
            continue
        target = _apposed(actors, text, e)
        if target is None:
            target = _antecedent(actors, text, s, m.group(1), quoted, starts)
        if target is not None:
            actors.add_mention(target, s, e, "desc", is_subject(doc, s))


def _in(quoted, pos: int) -> bool:
    return any(a <= pos < b for a, b in quoted)


def _noun_after(doc, end: int) -> bool:
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or not len(span) or span[-1].i + 1 >= len(doc):
        return False
    nxt = doc[span[-1].i + 1]
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ") and not nxt.is_punct


def _apposed(actors: Actors, text: str, end: int) -> int | None:
    m = re.compile(r",\s+").match(text, end)
    if m is None:
        return None
    return next((i for s, e, i in actors.covering(m.end(), m.end() + 1)
                 if s == m.end() and actors.entities[i].type == "PERSON"), None)


def _ages_before(actors: Actors, text: str, pos: int) -> tuple[dict[int, set[str]], set[str]]:
    """(person -> the ages the text gave them before ``pos``, the ages given before to no named person)."""
    given: dict[int, set[str]] = {}
    for s, e, i in actors.before(pos, limit=400):
        if actors.entities[i].type != "PERSON":
            continue
        after = re.compile(r",\s*(\d{1,3})\b").match(text, e)
        before = re.search(r"\b(\d{1,3})-year-old\s+$", text[max(0, s - 30):s])
        for hit in (after, before):
            if hit is not None:
                given.setdefault(i, set()).add(hit.group(1))
    named = {a for ages in given.values() for a in ages}
    loose = {x.group(1) for x in re.finditer(r"\b(\d{1,3})-year-old\b", text[:pos])} - named
    return given, loose


def _antecedent(actors: Actors, text: str, pos: int, age: str, quoted, starts) -> int | None:
    given, loose = _ages_before(actors, text, pos)
    same = [i for i, ages in given.items() if age in ages]
    if same:
        return same[0] if len(set(same)) == 1 else None
    if age in loose:
        return None  # "a 19-year-old was arrested … The 19-year-old told officers": the unnamed one
    si = bisect.bisect_right(starts, pos) - 1
    return salient_person(actors, pos, lambda s: bisect.bisect_right(starts, s) - 1 >= si - _SENTS_BACK,
                          lambda s, e, i: not _in(quoted, s) and (i not in given or age in given[i]))
