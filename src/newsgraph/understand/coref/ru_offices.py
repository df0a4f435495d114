"""Russian titles tied to a named body or place: "губернатор Свердловской области", "глава ЦБ", "мэр Москвы".

Such a title is a definite description of that body's office holder. It stands for a person named before only when
that person's role names the same body; otherwise it is someone the text has not named (the fallback to "the last
person named" is for bare titles, "— сказал министр").
"""
from __future__ import annotations

import re


def _stems(role: str) -> list[str]:
    from ..names import _morph
    return [_morph().parse(w)[0].normal_form for w in re.findall(r"[\w-]+", role.lower().replace("ё", "е"))]


def _compound_of(word: str, stems: list[str]) -> bool:
    """``word`` is a Russian compound abbreviation of two consecutive role words: "минфин" of "министр финансов",
    "минобороны" of "министерство обороны", "облсуд" of "областной суд"."""
    return any(len(a) >= 3 and len(b) >= 3 and word.startswith(a[:3]) and b[:3] in word[3:]
               for a, b in zip(stems, stems[1:]))


def _initials_of(word: str, stems: list[str]) -> bool:
    """``word`` (upper case) is the initials of a run of role words of three letters or more ("ЦБ" of "Центрального
    банка", "МВД" of "министерства внутренних дел")."""
    letters = [w[0] for w in stems if len(w) > 2]
    w = word.lower()
    return len(w) >= 2 and any("".join(letters[i:i + len(w)]) == w for i in range(len(letters)))


def office_fits(names: list[str], role: str | None) -> bool:
    """A role ("Председатель ЦБ", "министр финансов") names the body or place of a title's capitalised complement
    (``names``, as written: "ЦБ", "Минфина", "Свердловской")."""
    if not role or not names:
        return False
    stems = _stems(role)
    raw = set(re.findall(r"[\w-]+", role.lower().replace("ё", "е")))
    for name in names:
        low = name.lower().replace("ё", "е")
        lemma = _stems(name)[0] if _stems(name) else low
        if low in raw or lemma in stems or any(len(s) >= 5 and lemma[:5] == s[:5] for s in stems):
            return True
        if name.isupper() and _initials_of(name, stems) or _compound_of(lemma, stems):
            return True
    return False
