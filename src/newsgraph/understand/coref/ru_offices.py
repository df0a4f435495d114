"""Russian titles tied to a body or place: "губернатор Свердловской области", "глава ЦБ", "глава региона".

Such a title is a definite description of that body's office holder. It stands for a person named before only when
that person's role names the same body (the same lemma, a compound short form read in full: org_short_forms.tsv,
initials, or a group of lang/ru/office_synonyms.tsv), else for one named without a role; never for the last person
named whose role names another body (a governor's words credited to a deputy of the Duma named just before).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules


def _lemmas(phrase: str) -> list[str]:
    from ..names import _morph
    return [_morph().parse(w)[0].normal_form.replace("ё", "е")
            for w in re.findall(r"[\w-]+", phrase.lower().replace("ё", "е"))]


@lru_cache(maxsize=2)
def _groups(lang: str) -> dict[str, int]:
    """lemma or lemma phrase -> group number (office_synonyms.tsv)."""
    try:
        rows = rules.table(lang, "office_synonyms")
    except rules.RuleFileError:
        return {}
    return {" ".join(_lemmas(c)): k for k, row in enumerate(rows) for c in row}


def _expanded(words: list[str], lang: str) -> list[str]:
    """Lemmas of ``words`` with compound short forms read in full ("минфин" -> министерство финансов)."""
    short = rules.mapping(lang, "org_short_forms")
    out = []
    for w in words:
        lem = _lemmas(w)[0] if _lemmas(w) else w.lower()
        out.append(lem)
        full = short.get(w.lower()) or short.get(lem)
        if full:
            out += _lemmas(full)
    return out


def _group_ids(lemmas: list[str], lang: str) -> set[int]:
    groups = _groups(lang)
    ids = {groups[x] for x in lemmas if x in groups}
    ids |= {groups[f"{a} {b}"] for a, b in zip(lemmas, lemmas[1:]) if f"{a} {b}" in groups}
    return ids


def _compound_of(word: str, stems: list[str]) -> bool:
    """``word`` is a compound abbreviation of two consecutive role words: "минобороны" of "министр обороны"."""
    return any(len(a) >= 3 and len(b) >= 3 and word.startswith(a[:3]) and b[:3] in word[3:]
               for a, b in zip(stems, stems[1:]))


def _initials_of(word: str, stems: list[str]) -> bool:
    """``word`` (upper case) is the initials of a run of role words ("ЦБ" of "Центрального банка")."""
    letters = [w[0] for w in stems if len(w) > 2]
    w = word.lower()
    return len(w) >= 2 and any("".join(letters[i:i + len(w)]) == w for i in range(len(letters)))


def office_fits(names: list[str], role: str | None, lang: str = "ru", exact: bool = False) -> bool:
    """A role ("Председатель ЦБ", "губернатор Белгородской области") names the body or place of a title's
    complement (``names``, its words as written: "ЦБ", "Минфина", "региона"). ``exact``: only by the same lemmas
    (a generic complement, "региона", fits "губернатор региона", not "регионального министерства")."""
    if not role or not names:
        return False
    stems = _expanded(role.split(), lang)
    comp = _expanded(names, lang)
    if exact:
        return all(c in stems for c in _lemmas(" ".join(names)))
    if _group_ids(comp, lang) & _group_ids(stems, lang):
        return True
    for name, lem in zip(names, comp):
        if lem in stems or any(len(s) >= 5 and lem[:5] == s[:5] for s in stems):
            return True
        if name.isupper() and _initials_of(name, stems) or _compound_of(lem, stems):
            return True
    return False


def names_another_body(role: str | None) -> bool:
    """A role of a title and its body ("депутат Госдумы", "губернатор области"), not a bare title ("министр")."""
    return bool(role) and len(role.split()) >= 2
