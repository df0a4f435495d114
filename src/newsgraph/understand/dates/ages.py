"""Words of the day set against each other as ages, not days: "Yesterday, America was a land of slavery ... And
tomorrow, it will be a land of religious discrimination" (a preacher's antithesis) tells what a country was and will be
in the past and the future at large; neither is the day before nor the day after the sermon. The mark is the pair: a
word of the day that is the adverb of a clause saying what something IS (a copula with an indefinite noun and its
"of": "was a land of", "will be a nation of"), answered in its own or a neighbouring sentence by another word of the
day of a different day told the same way. One such clause alone keeps its day ("Yesterday, it was a quiet town; the
police came at noon"), and a clause of place or of a deed keeps it too ("Yesterday, the senator was in Iowa. Tomorrow,
he will be in New Hampshire"), as does a predicate without "of" (review32b: "Yesterday, it was a scorcher … Tomorrow,
it will be a washout"; "Yesterday, he was a substitute. Today, he is a starter"). English parse only (spaCy:
``npadvmod``/``advmod`` day word, ``attr`` predicate, the article's ``Definite=Ind``); r32.
"""
from __future__ import annotations

from . import relative

DAY_WORDS = ("day:-1", "day:0", "day:1")


def _day(t, lang: str) -> str | None:
    ms = relative.meanings(t.text, lang)
    return ms[0] if ms and len(ms) == 1 and ms[0] in DAY_WORDS else None


def _tells_what_it_is(t) -> bool:
    """Is the word of the day the adverb of a clause whose predicate is an indefinite noun ("was a land of")?"""
    if t.dep_ not in ("npadvmod", "advmod"):
        return False
    v = t.head
    return any(a.dep_ == "attr" and a.pos_ == "NOUN" and a.ent_type_ not in ("DATE", "TIME") and
               any(d.dep_ == "det" and "Ind" in d.morph.get("Definite") for d in a.children) and
               any(p.dep_ == "prep" and p.lower_ == "of" for p in a.children)
               for a in v.children)


def in_antithesis(doc, start: int, end: int, lang: str) -> bool:
    """Is the word of the day at [start, end) one half of a pair of ages (see the module's text)?"""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    t = span[0]
    mine = _day(t, lang)
    if mine is None or not _tells_what_it_is(t):
        return False
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= t.i < s.end), None)
    if k is None:
        return False
    near = [w for s in sents[max(0, k - 1):k + 2] for w in s if w.i != t.i]
    return any((d := _day(w, lang)) is not None and d != mine and _tells_what_it_is(w) for w in near)
