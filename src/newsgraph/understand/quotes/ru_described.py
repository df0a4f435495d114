"""A person described, not named, in the headline or the lead, whom the text names below (round 26): "Уволенный
главврач саратовской больницы пообещал обжаловать решение суда" over a story that quotes "Виктор Лапин" again and
again; "Супруга «оружейного барона» рассчитывает, что …" over Алла Бут's story. A headline describes the piece's
protagonist before naming them: the speaker is the person the text quotes most (twice at least, more than anyone
else), named only after the description, of the cue's gender (else the described noun's)."""
from __future__ import annotations

import re
from collections import Counter

from ...record import Ref
from ..coref.ru import _cue_gender
from .ru_medium import toks_in

_UNNAMED = {"источник", "собеседник", "представитель", "сотрудник", "житель", "жительница", "очевидец"}


def headline_person(an, q, quotes: list) -> Ref | None:
    """The protagonist for ``q``'s described speaker in the first two lines (see the module), else None."""
    sp = q.speaker
    m = sp.mention if sp is not None else None
    if m is None or sp.entity is not None or \
            len([ln for ln in an.text[:m.start].split("\n") if ln.strip()]) > 2:
        return None  # (the headline or the line under it: a subhead or the lead)
    words = toks_in(an, m.start, m.end)
    head = next((t for t in words if t.pos == "NOUN"), None)
    if head is None or (head.feats or {}).get("Animacy") != "Anim" or \
            (head.feats or {}).get("Number") != "Sing" or head.lemma in _UNNAMED or \
            an.mentions_in(m.start, m.end, ("PERSON",)):
        return None
    people = {a.id: a for a in an.actors if a.type == "PERSON"}
    counts = Counter(p.speaker.entity for p in quotes if p.speaker is not None and p.speaker.entity in people)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    a = people[top[0][0]]
    gender = _cue_gender(q.cue or "") or {"Fem": "fem", "Masc": "masc"}.get((head.feats or {}).get("Gender"))
    if a.first <= m.start or gender not in ("fem", "masc") or a.gender not in (None, gender) or \
            not _said_of(an, a, head.lemma, quotes):
        return None
    return Ref(a.id, a.name, m)


def _said_of(an, a, noun: str, quotes: list) -> bool:
    """Is the headline's noun (or a role it names: "главврач" ~ "главного врача") said of person ``a`` in the text:
    within the four words before one of their mentions ("бывшему директору завода Олегу Сомову"), an apposition
    after it ("Олег Сомов, директор завода,") or the noun naming them as a speaker below ("Тем не менее супруга
    убеждена, что …", resolved to them)? The most-quoted person is not whoever the headline describes
    ("Пенсионерка пожаловалась …" over the official who answers; review2 r26)."""
    def same(lemma: str) -> bool:
        return lemma == noun or min(len(lemma), len(noun)) >= 4 and (noun.endswith(lemma) or lemma.endswith(noun))
    if any(p.speaker is not None and p.speaker.entity == a.id and p.speaker.mention is not None and
           any(same(t.lemma) for t in toks_in(an, p.speaker.mention.start, p.speaker.mention.end)) for p in quotes):
        return True
    stem = re.sub(r"(?:ой|ым|ом|[аеуыя])$", "", a.name.split()[-1]) if a.name.split() else a.name
    kin = [x for b in an.actors if b.type == "PERSON" for x in b.mentions  # (its surname's other actors not yet
           if b.id == a.id or len(stem) >= 4 and any(w.startswith(stem) for w in x.text.split())]  # merged: "Лапина")
    for x in kin:
        before = [t for t in toks_in(an, max(0, x.start - 60), x.start) if "\n" not in an.text[t.start:x.start]]
        after = toks_in(an, x.end, min(len(an.text), x.end + 40))
        near = before[-4:] + (after[1:4] if after and an.text[after[0].start:after[0].end] == "," else [])
        if any(same(t.lemma) for t in near):
            return True
    return False


def headline_group(an, q, quotes: list) -> list[Ref]:
    """Several people described by a plural noun in the headline ("Депутаты предложили индексировать пенсии"), whom
    the text names below as several speakers of one attribution introduced by that noun ("Депутаты Госдумы Андрей
    Исаев и Ярослав Нилов заявили, что …"): those speakers, the headline's mention kept (r33); [] when no attribution
    below names several so, or the noun is singular ("Депутат предложил": one of them, ``headline_person``). Only the
    body's first attribution (the lead the headline sums up), and not when the body names others of that noun before
    it ("Законопроект внесла группа депутатов во главе с Петровым. Депутаты Исаев и Нилов заявили, что запрет не
    поможет": the two oppose the proposal; review r33)."""
    sp = q.speaker
    m = sp.mention if sp is not None else None
    if m is None or sp.entity is not None or \
            len([ln for ln in an.text[:m.start].split("\n") if ln.strip()]) > 1:
        return []  # (the headline only)
    head = next((t for t in toks_in(an, m.start, m.end) if t.pos == "NOUN"), None)
    if head is None or (head.feats or {}).get("Animacy") != "Anim" or (head.feats or {}).get("Number") != "Plur":
        return []
    line_end = an.text.find("\n", m.end) if "\n" in an.text[m.end:] else len(an.text)
    body = next((p for p in quotes if p.start > line_end and p.speaker is not None), None)  # (the lead the headline
    first = body.speakers[0].mention if body is not None and len(body.speakers) > 1 else None  # sums up, review r33)
    if first is None:
        return []
    before = [t for t in toks_in(an, max(0, first.start - 60), first.start) if "\n" not in
              an.text[t.start:first.start]][-4:]  # ("Депутаты Госдумы Андрей Исаев": the noun introduces them)
    earlier = [t for t in toks_in(an, line_end, before[0].start if before else first.start)
               if t.lemma == head.lemma]  # ("группа депутатов во главе с …" before them: others of that noun)
    if any(t.lemma == head.lemma for t in before) and not earlier:
        return [Ref(r.entity, r.name, m) for r in body.speakers]
    return []
