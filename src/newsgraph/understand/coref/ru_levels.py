"""A city's title and a region's are two offices (r30, ru30c, issue 16): "Мэр Тотьмы заявил" after "глава региона
Георгий Филимонов" is not Filimonov, nor "Губернатор сообщил" after "глава города Иван Петров" Petrov. A title of
lang/ru/title_levels.tsv (мэр: город, губернатор: регион) conflicts with a role whose words name only a territory of
the other level by a word of its office_synonyms.tsv group ("глава региона", "руководитель города"). A role naming
its territory by name ("губернатор Вологодской области") is read by ``office_fits`` and ``other_title`` as before;
a role naming both levels or neither is no conflict.
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


def level_conflict(lemma: str, role: str | None) -> bool:
    """Does the title ``lemma`` ("мэр") head a territory of another level than the one the role ("глава регион", as
    as written or as lemmas) names? Only when the role names exactly one level and it is not the title's."""
    titles, levels = _levels()
    own = titles.get(lemma)
    if own is None or not role:
        return False
    groups = _groups("ru")
    named = {groups[w] for w in _lemmas(role)[1:] if w in groups} & levels
    return len(named) == 1 and own not in named


def same_level(lemma: str, role: str | None) -> bool:
    """Does the role ("глава региона") name the level of territory the title ``lemma`` ("губернатор") heads?"""
    titles, levels = _levels()
    own = titles.get(lemma)
    groups = _groups("ru")
    return own is not None and bool(role) and own in {groups[w] for w in _lemmas(role)[1:] if w in groups}
