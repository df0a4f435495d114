"""A spokesman's title whose holder the text names without it (a mixin of ``RussianQuotes``, round 36, ruweb36b):

  Песков рассказал о встрече Владимира Путина с журналистами. Он отметил, что … . Пресс-секретарь пояснил, что …

A title that stands for a person named before resolves to the one introduced with it, else to the last person named
(coref/ru.py ``described_person``). Reports of briefings name the spokesman by surname only and the one he speaks for
in between, often inside what he said ("… общения Владимира Путина с журналистами"), so "Пресс-секретарь" and
"пресс-секретарь российского лидера" went to the president. A spokesman speaks for others: the title (words.tsv
``spokesman_titles``) stands for the one the text has been quoting -- the person speaker of the last attribution
before it -- when the person it resolved to holds no such title, the one quoted holds no other title (``Лавров
заявил … . Пресс-секретарь добавил`` keeps the last named: a minister is no spokesman) and agrees in gender.
"""
from __future__ import annotations

from ...record import Ref
from .. import rules
from .ru_medium import toks_in


class SpokesmanTitles:
    """``spokesman_goes_on`` over ``self.an``, ``self.found`` of ``RussianQuotes``."""

    def spokesman_goes_on(self, start: int, end: int, r: Ref, before_pos: int) -> Ref:
        """``r``, or the person quoted last when [start, end) is a spokesman's title that ``r`` does not hold."""
        titles = rules.wordset("ru", "spokesman_titles")
        head = next((t for t in toks_in(self.an, start, end) if t.pos in ("NOUN", "PROPN")), None)
        if head is None or r.entity is None or self.an._lemma(head) not in titles:
            return r
        actors = {a.id: a for a in self.an.actors if a.type == "PERSON"}
        if r.entity not in actors or _holds(actors[r.entity], titles):
            return r
        prev = [q for _, q in self.found if q.end <= before_pos and q.speaker is not None and
                q.speaker.entity in actors]
        if not prev:
            return r
        b = actors[max(prev, key=lambda q: q.end).speaker.entity]
        a = actors[r.entity]
        if b is a or b.role and not _holds(b, titles) or a.gender and b.gender and a.gender != b.gender:
            return r
        self.an.add_mention(b, r.mention.start, r.mention.end)
        return self.an.ref(b, r.mention.start, r.mention.end)


def _holds(a, titles: frozenset[str]) -> bool:
    """The actor was introduced with one of ``titles`` (its role's first word)."""
    return bool(a.role) and a.role.lower().split()[0] in titles
