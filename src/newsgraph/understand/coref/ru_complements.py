"""A title's generic complement against a person's role (round 31, ru31c, issue 16): "Гендиректор завода Иван Петров
… Директор школы сказал" -- the director of a school is not the director of a works named before; "Глава района
Андрей Лебедев … Глава региона добавил" -- the head of a region is not the head of a district, but the governor
(lang/ru/title_levels.tsv: губернатор heads a регион) or a "глава области" (office_synonyms.tsv: регион, область,
край … one group). The complement is the common noun in the genitive right after the title ("школы", "региона"); a
role's is the first noun in the genitive after its title ("завода «Прогресс»", "Кимрского района"). Only two kinds of
lang/ru/body_kinds.tsv of different rows are two bodies; one row ("вуза" and "университета") or a word no row holds
("предприятия") may be the same (review31 finding 5).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .ru_levels import _levels
from .ru_offices import _groups, holds_title, office_fits


@lru_cache(maxsize=4096)
def role_complement(role: str | None) -> str | None:
    """The lemma of the first common noun in the genitive after a role's title ("района" of "глава Кимрского
    района", "завода" of "гендиректор завода «Прогресс»"), else None (no complement, or a name: "глава ЦБ")."""
    from ..names import _morph
    words = (role or "").replace("«", " ").replace("»", " ").split()
    for w in words[1:]:
        if not w[:1].islower() or not w.isalpha():
            continue
        p = next((p for p in _morph().parse(w) if p.tag.POS == "NOUN"), None)
        if p is not None and "gent" in p.tag and p.normal_form not in _title_words():
            return p.normal_form.replace("ё", "е")
    return None


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return rules.words("ru", "titles")


def _same_office(a: str, b: str) -> bool:
    groups = _groups("ru")
    return a == b or a in groups and groups.get(a) == groups.get(b)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, int]:
    """lemma -> its row of lang/ru/body_kinds.tsv."""
    try:
        return {w: k for k, row in enumerate(rules.table("ru", "body_kinds")) for w in row}
    except rules.RuleFileError:
        return {}


def other_complement(lemma: str, comp: str, written: str, role: str | None) -> bool:
    """Does a person whose role holds the title ``lemma`` ("директор", "глава") hold it of another body than the
    complement ``comp`` (as lemma; ``written`` as written) names ("школа" against "гендиректор завода")? Only when
    both complements are kinds of lang/ru/body_kinds.tsv of different rows ("вуза" for "университета", "села" for
    "сельского поселения", "медучреждения" for "больницы": one body; review31 finding 5), and the complement is no
    short form of the role's (``office_fits``)."""
    own = role_complement(role)
    kinds = _kinds()
    return own is not None and holds_title(lemma, role) and comp in kinds and own in kinds and \
        kinds[comp] != kinds[own] and not _same_office(comp, own) and not office_fits([written], role)


def complement_fits(comp: str, role: str | None) -> bool:
    """The role's complement names the office ``comp`` names: the same noun or one group ("глава региона" and "глава
    Тверской области")."""
    own = role_complement(role)
    return own is not None and _same_office(comp, own)


def heads_level(lemma: str, comp: str, role: str | None) -> bool:
    """A generic head with a level word ("глава региона": words.tsv generic_role_heads, head_level_words) stands for a
    person whose title heads that level (title_levels.tsv: "губернатор Тверской области" for "глава региона")."""
    if lemma not in rules.wordset("ru", "generic_role_heads") or comp not in rules.wordset("ru", "head_level_words"):
        return False
    words = (role or "").split()
    level = _levels()[0].get(words[0]) if words else None
    return level is not None and level == _groups("ru").get(comp)
