"""An outlet's name in quote marks written in the genitive after its reporter ("корреспондент «Вестей»", "корреспондент
«Волжской коммуны»", "спецкор «Спорт-Экспресса»"): the name in the nominative, as the outlet calls itself ("Вести",
"Волжская коммуна", "Спорт-Экспресс"). The head noun (the first word pymorphy2 reads as a noun in the genitive) and
the adjectives before it go to the nominative of the head's number and gender; the words after the head (a genitive
complement, "«Эха Москвы»") and anything pymorphy2 cannot read that way stay as written (entities/ru_outlets.py,
r30)."""
from __future__ import annotations

import re

from ..name_keys import _morph

_WORD = re.compile(r"(?:[А-ЯЁа-яё]+-)*([А-ЯЁа-яё]+)")  # (a compound inflects its last part: "Спорт-Экспресса")
_NAMES = frozenset({"Name", "Surn", "Patr"})


def _genitive(word: str, pos: tuple[str, ...]):
    """pymorphy2's reading of ``word`` as a genitive of ``pos`` (a common noun: no person's name, "Тверской")."""
    return next((p for p in _morph().parse(word.lower()) if p.tag.POS in pos and p.tag.case == "gent" and
                 not _NAMES & p.tag.grammemes), None)


def _noun(word: str):
    """The genitive of a noun that is no adjective's form too ("Московского" is an adjective's)."""
    return None if _genitive(word, ("ADJF", "PRTF")) is not None else _genitive(word, ("NOUN",))


def _like(model: str, word: str) -> str:
    return word.upper() if model.isupper() and len(model) > 1 else \
        word[:1].upper() + word[1:] if model[:1].isupper() else word


def outlet_nominative(name: str) -> str:
    """``name`` (the text inside the marks, in the genitive) in the nominative; unchanged when its words are no
    adjectives and a noun in the genitive (a Latin name, "РБК", "Baza")."""
    words = list(_WORD.finditer(name))
    if any(m.group().lower() in ("и", "или") for m in words):
        return name  # two nouns in a row ("«Аргументов и фактов»"): left as written
    head = next((k for k, m in enumerate(words) if _noun(m.group(1)) is not None), None)
    if head is None or not all(_genitive(m.group(1), ("ADJF", "PRTF")) is not None for m in words[:head]):
        return name
    noun = _noun(words[head].group(1))
    nom = noun.inflect({"nomn"})
    if nom is None:
        return name
    agree = {"nomn", "plur"} if noun.tag.number == "plur" else {"nomn", nom.tag.gender or noun.tag.gender}
    forms = []
    for m in words[:head]:
        adj = _genitive(m.group(1), ("ADJF", "PRTF")).inflect(agree)
        if adj is None:
            return name
        forms.append((m, adj.word))
    forms.append((words[head], nom.word))
    out, at = [], 0
    for m, w in forms:
        out.append(name[at:m.start(1)] + _like(m.group(1), w))
        at = m.end(1)
    return "".join(out) + name[at:]
