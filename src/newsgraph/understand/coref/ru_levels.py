"""A city's title and a region's are two offices (r30, ru30c, issue 16): "Мэр Тотьмы заявил" after "глава региона
Георгий Филимонов" is not Filimonov, nor "Губернатор сообщил" after "глава города Иван Петров" Petrov. A title of
lang/ru/title_levels.tsv (мэр: город, губернатор: регион) conflicts with a role of a generic head (words.tsv
generic_role_heads) whose next word names the other level by its office_synonyms.tsv group ("глава региона",
"руководитель города"; review30c finding 4). A role naming
its territory by name ("губернатор Вологодской области") or another title ("мэр Тотьмы Вологодской области") is
read by ``office_fits`` and ``other_title`` as before.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .ru_offices import _groups, _lemmas


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, int], frozenset[int]]:
    """title lemma -> its level's group number; the group numbers of all levels."""
    try:
        rows = rules.table("ru", "title_levels")
    except rules.RuleFileError:
        return {}, frozenset()
    groups = _groups("ru")
    out = {r[0]: groups[r[1]] for r in rows if len(r) >= 2 and r[1] in groups}
    return out, frozenset(out.values())


def generic_level(role: str | None) -> int | None:
    """The level group a role names as a generic head of a territory ("глава региона", "руководитель города": the
    head, words.tsv generic_role_heads, then the level word), else None ("мэр Тотьмы Вологодской области",
    "губернатор города Севастополя", "депутат законодательного собрания области", "председатель думы города":
    another title, or no head of that territory; review30c findings 2, 4)."""
    words = _lemmas(role or "")
    if len(words) < 2 or words[0] not in rules.wordset("ru", "generic_role_heads") or \
            words[1] not in rules.wordset("ru", "head_level_words"):  # (no "глава округа", review30c finding 7)
        return None
    level = _groups("ru").get(words[1])
    return level if level in _levels()[1] else None


def level_conflict(lemma: str, role: str | None) -> bool:
    """Does the title ``lemma`` ("мэр") head a territory of another level than the one the role, a generic head's
    ("глава региона"), names?"""
    own, named = _levels()[0].get(lemma), generic_level(role)
    return own is not None and named is not None and own != named


def same_level(lemma: str, role: str | None) -> bool:
    """Does the role, a generic head's ("глава региона"), head the level of territory the title ``lemma``
    ("губернатор") heads?"""
    own = _levels()[0].get(lemma)
    return own is not None and own == generic_level(role)


def level_word(role: str | None) -> str | None:
    """The level word of a generic head's role ("регион" of "глава региона"), else None."""
    words = _lemmas(role or "")
    return words[1] if generic_level(role) is not None else None


@lru_cache(maxsize=1)
def level_names() -> frozenset[str]:
    """The words that name a level itself ("регион", "город": title_levels.tsv's second column): any territory of it."""
    try:
        return frozenset(r[1] for r in rules.table("ru", "title_levels") if len(r) >= 2)
    except rules.RuleFileError:
        return frozenset()
