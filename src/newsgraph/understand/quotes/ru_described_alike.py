"""A body described by a word of its own name (round 30): "антимонопольный регулятор" after "Федеральная
антимонопольная служба", "оборонное ведомство" after "Министерство обороны", "налоговая служба" after "Федеральная
налоговая служба" -- the description repeats what the name says the body does, so of the organisations named before
it is the one whose name shares that word (by its stem), not the one named most ("Центральный банк", the regulator
the text is about). A word no body's name shares, or one every body's name shares, picks none (ru_speakers.py
``_described_org`` and ru_bodies.py keep their choice). Place adjectives ("-ский": "Российская ассоциация …") and
a kind's noun ("Эксперты компании") are not such words: they say where, or what kind, not what it does."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

_STEM = 5  # letters a word and a name's word share ("антимонопольн-", "оборон-", "налогов-")
_NAME_WORD = re.compile(r"[А-ЯЁа-яё]{5,}")


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Words of a body's kind or level, not of what it does ("Эксперты компании", "в федеральном министерстве",
    "региональное ведомство"; words.tsv ``institutions``, ``body_anaphors``, ``company_anaphors``, org_nouns.txt,
    ``level_adjectives``)."""
    return rules.wordset("ru", "institutions") | rules.wordset("ru", "body_anaphors") | \
        rules.wordset("ru", "company_anaphors") | rules.words("ru", "org_nouns") | \
        rules.wordset("ru", "level_adjectives")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The heads of a body's description ("регулятор", "ведомство", "служба"; no company's: a firm described by its
    trade is no ministry of that trade)."""
    heads = rules.wordset("ru", "institutions") | rules.wordset("ru", "body_anaphors") | rules.words("ru", "org_nouns")
    return heads - rules.wordset("ru", "company_anaphors")


def _stems(words) -> set[str]:
    return {w.lower().replace("ё", "е")[:_STEM] for w in words if len(w) >= _STEM}


def alike(toks, before: list) -> list:
    """The (mention, actor) pairs of ``before`` whose actor's name shares a describing word of the speaker phrase
    ``toks`` (its adjectives: not a place's "-ский", not a level's "федеральный"; a genitive noun is as often a
    place's, "области"); ``before`` itself when none
    or all do (the very list, so a caller can tell)."""
    head = next((t for t in toks if t.pos == "NOUN"), None)
    if head is None or head.lemma not in _body_heads():
        return before  # (review r30 5: "Представитель оборонного предприятия" is a firm's, no ministry's)
    kinds = _kinds()
    words = [t.text for t in toks if t is not head and t.lemma not in kinds and t.pos == "ADJ" and
             not t.lemma.endswith(("ский", "цкий"))]
    own = _stems(words) - (_stems([head.text, head.lemma]) if head is not None else set())
    if not own:
        return before
    fit = [(x, a) for x, a in before if own & _stems(_NAME_WORD.findall(a.name))]
    return fit if fit and len({a.id for _, a in fit}) < len({a.id for _, a in before}) else before
