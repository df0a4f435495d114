"""A title standing for one of two holders of it, the former and the present one (round 30): "Бывший губернатор
области Дмитрий Миронов обещал …. Губернатор признал …" -- the bare title (or one with "нынешний") is the present
holder named before, not the former one the text named last; "Бывший губернатор добавил" is the former one. A holder
is former when a word of words.tsv ``former_markers`` ("бывший", "экс-", "прежний") stands in the title before one of
their names ("бывший губернатор области Дмитрий Миронов", "экс-губернатор Миронов"); the description is former when
such a word stands right before its title. One holder only, or all of one kind: the choice as it was."""
from __future__ import annotations

from functools import lru_cache

from .. import rules


@lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    return rules.wordset("ru", "former_markers")


def _former_word(an, tok) -> bool:
    lem = an._lemma(tok)
    return lem in _markers() or any(lem.startswith(p + "-") for p in _markers())


def described_former(an, i: int) -> bool:
    """Does the title at token ``i`` describe a former holder ("Бывший губернатор", "экс-губернатор")?"""
    if _former_word(an, an.toks[i]):
        return True
    k = i - 1
    while k >= 0 and i - k <= 2 and an.toks[k].pos == "ADJ":
        if _former_word(an, an.toks[k]):
            return True
        k -= 1
    return False


def named_former(an, a) -> bool:
    """Was the person ``a`` introduced as a former holder: a marker in the title run before one of their names."""
    for m in a.mentions:
        t0 = an.tok_at_start.get(m.start)
        k = t0.i - 1 if t0 is not None else -1
        while k >= 0 and t0.i - k <= 7 and an.toks[k].pos in ("NOUN", "PROPN", "ADJ"):
            if _former_word(an, an.toks[k]):
                return True
            k -= 1
    return False


def by_tenure(an, i: int, with_role: list) -> list:
    """Of the (mention, actor) holders ``with_role`` of the title at token ``i``, those of its tenure (former or
    present) when both kinds are there; else ``with_role`` as given."""
    if len({id(a) for _, a in with_role}) < 2:
        return with_role
    former = described_former(an, i)
    kept = [x for x in with_role if named_former(an, x[1]) == former]
    return kept or with_role
