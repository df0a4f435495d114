"""Roles of Russian and Ukrainian persons read next to their names: a title before the name ("пресс-секретарь
президента России Дмитрий Песков"), after it ("Дмитрий Песков, пресс-секретарь президента"), and an office sought
rather than held ("кандидат в президенты Белоруссии"). A mixin of ``ru.RuActors``: it reads the actors' tokens,
natasha's analyses and lemmas (``toks``, ``nat_at``, ``_lemma``, ``rr.titles``)."""
from __future__ import annotations

import re

from ...record import Mention
from .. import rules
from ..coref.ru import person_nouns
from ..coref.ru_offices import deputy_of, written_out_titles
from .ru_names import verb_form

_NAME_MARKS = frozenset("«»„“\"")
_ACTING = re.compile(r"(?:^|(?<=[\s(]))[Ии]\.\s?о\.\s*$")  # "и. о." (исполняющий обязанности) before a title


class RuRoles:
    """Role reading over ``RuActors``' state."""

    def _is_title_word(self, nat) -> bool:
        tok = self.tok_at_start.get(nat.start)
        if tok is None:
            return False
        lem = self._lemma(tok)
        return lem in self.rr.titles or lem in person_nouns() or any(
            p in self.rr.titles for p in lem.split("-"))  # "премьер-министр", "экс-президент"

    def _title_at(self, j: int) -> int | None:
        """If a title starts at or ends on token j, the index of its first token (two-word titles included)."""
        if j < 0:
            return None
        lem = self._lemma(self.toks[j])
        if j > 0 and (f"{self._lemma(self.toks[j - 1])} {lem}" in self.rr.titles or
                      f"{self._lemma(self.toks[j - 1])} {lem}" in written_out_titles()):
            return j - 1  # ("художественный руководитель": the title a short form names, title_short_forms.tsv, r30)
        return j if lem in self.rr.titles or deputy_of(lem) in self.rr.titles else None

    def _role_before(self, m: Mention) -> str | None:
        t0 = self.tok_at_start.get(m.start)
        if t0 is None:
            return None
        best, reach = None, 7
        j = t0.i - 1
        while j >= 0 and t0.i - j <= reach:
            t = self.toks[j]
            k = self._title_at(j)
            if best is None and reach == 7 and t.text.lower() in ("по", "при") and j > 0 and \
                    self.toks[j - 1].pos in ("NOUN", "PROPN", "ADJ"):
                reach, j = 12, j - 1  # (r21) a title's complement with "по"/"при" ("заместитель губернатора по
                continue  # вопросам безопасности", "начальник ГУ МЧС России по Томской области"): the title is before
            if t.text in _NAME_MARKS and best is None:
                reach, j = reach + 1, j - 1  # (r31) a body's name in quote marks inside the role ("Генеральный
                continue  # директор завода «Кимрские краны» Павел Соколов"): the title is before it
            if t.pos not in ("NOUN", "PROPN", "ADJ") or self._person_at(t.start) or \
                    k is None and verb_form(t.text, self.lang):
                break  # (a verb the tagger took for a noun ends the role as a verb does)
            feats = getattr(self.nat_at.get((t.start, t.end)), "feats", None) or {}
            if k is not None and best is not None and feats.get("Number") == "Plur":
                break  # ("кабинета министров глава …": a plural title before the nearer one names a body's members)
            best = (k, j) if k is not None else best
            j -= 1
        if best is None:
            return None
        k, head = best
        if head == t0.i - 1 and self._held_for(self.toks[head], t0):
            return None
        title = " ".join(self._lemma(self.toks[x]) for x in range(k, head + 1))
        if _ACTING.search(self.text, max(0, self.toks[k].start - 8), self.toks[k].start):
            title = f"исполнять обязанность {title}"  # ("И. о. мэра Олег Клемешов", then "Исполняющий обязанности
            # отметил": the abbreviation the role walk stops at, its dots; rufix35)
        tail = self.text[self.toks[head].end:m.start].strip() if head + 1 < t0.i else ""
        into = self._running_for(k)
        if into:  # "кандидату в президенты Белоруссии": the office sought, not held
            title = f"{into} {self.text[self.toks[k - 1].start:self.toks[head].end]}"
        return f"{title} {tail}".strip()

    def _held_for(self, title, name) -> bool:
        """A role held for another person (words.tsv ``person_roles``) in the nominative with a name in the genitive
        after it ("Пресс-секретарь Путина уточнил", "Помощник Путина добавил"): the name is whose the role is, so
        the role is not the name's bearer's (his press secretary is someone else, r33). Not "Пресс-секретарь
        Дмитрий Песков" (a name in the nominative: his own), nor "адвоката Морозова", both genitive (ambiguous:
        quotes/ru_role_of.py reads the text)."""
        case = [(getattr(self.nat_at.get((t.start, t.end)), "feats", None) or {}).get("Case") for t in (title, name)]
        return self._lemma(title) in rules.wordset("ru", "person_roles") and case[1] == "Gen" and case[0] != "Gen"

    def _running_for(self, k: int) -> str | None:
        """The lemma of the noun before "в" + a plural title in the accusative ("кандидат в президенты", "кандидатом
        в депутаты", "кандидат у президенти"): the person seeks the office, does not hold it."""
        if k < 2 or self.toks[k - 1].text.lower() not in ("в", "во", "у") or self.toks[k - 2].pos != "NOUN":
            return None
        feats = getattr(self.nat_at.get((self.toks[k].start, self.toks[k].end)), "feats", None) or {}
        if feats.get("Number") != "Plur":
            return None
        return self._lemma(self.toks[k - 2])

    def _role_after(self, m: Mention) -> str | None:
        after = self.text[m.end:m.end + 3]
        if not after.startswith(", "):
            return None
        t = self.tok_at_start.get(m.end + 2)
        if t is None:
            return None
        k = self._title_at(t.i)
        if k != t.i:
            return None
        j = t.i + 1
        while j < len(self.toks) and self.toks[j].pos in ("NOUN", "PROPN", "ADJ") and j - t.i < 6:
            j += 1
        if j < len(self.toks) and self.toks[j].text not in (",", ".", "—", ")"):
            return None
        tail = self.text[t.end:self.toks[j - 1].end].strip() if j - 1 > t.i else ""
        return f"{self._lemma(t)} {tail}".strip()

