"""Which of the Russian readings are kept (``ru.RussianQuotes._kept``, moved here in r28): the first-priority quote
where two overlap, none nested in a longer quotation in quote marks. r28: a pointer sentence's report of the sentence
before ("В Минске считают, что …. Об этом заявил замминистра X.", ru.py ``_opener``) is kept beside another speaker's
attribution read inside that sentence: X reports that attribution, as an outlet relays one (the ru-attr gold's
convention: two attributions, the pointer's content the whole sentence)."""
from __future__ import annotations

from ...record import Quote


def kept_quotes(found: list[tuple[float, Quote]], pointing: set[int]) -> list[Quote]:
    """The quotes kept of ``found`` ((priority, quote)), numbered in text order; ``pointing``: the ids of the
    pointer sentences' reports."""
    kept: list[Quote] = []
    direct = [q for _, q in found if q.kind == "direct"]  # (an attribution nested in a quotation: none)
    for _, q in sorted(found, key=lambda x: (x[0], x[1].start)):
        if q.kind != "direct" and any(d.start <= q.start and q.end <= d.end and d.end - d.start > q.end - q.start
                                      for d in direct):
            continue
        clash = [k for k in kept if q.start < k.end and k.start < q.end]
        if clash and not (id(q) in pointing and all(_reports(q, k) for k in clash)):
            continue
        kept.append(q)
    kept.sort(key=lambda q: q.start)
    for k, q in enumerate(kept, 1):
        q.id = f"q{k}"
    return kept


def _reports(q: Quote, k: Quote) -> bool:
    """``q`` holds all of ``k`` and more, and its speaker is another's, not an outlet credited by ``k`` (whose relay
    ru_relays.py makes: "…. Об этом сообщает «Интерфакс».")."""
    if not (q.start <= k.start and k.end <= q.end and q.end - q.start > k.end - k.start):
        return False
    a, b = q.speaker, k.speaker
    if a is None or b is None or a.entity is not None and any(r.entity == a.entity for r in k.reported_by):
        return False
    return a.entity != b.entity if a.entity is not None and b.entity is not None else a.name != b.name


_THEY = frozenset({"они", "их", "ими", "им", "ними", "них"})


def no_lone_they(an, found: list[tuple[float, Quote]]) -> list[tuple[float, Quote]]:
    """Without the readings whose speaker is a plural pronoun ("Они заявили", "по их словам") that every resolver
    left on ONE person ("Ольга Смирнова прокомментировала слова Петрова. Они заявили …"): "они" needs a plural
    antecedent (a pair, a body, a group described), and a wrong speaker is worse than none (r35)."""
    persons = {a.id for a in an.actors if a.type == "PERSON"}
    return [(p, q) for p, q in found if not (
        q.speaker is not None and q.speaker.mention is not None and q.speaker.mention.text.lower() in _THEY
        and q.speaker.entity in persons and len({s.entity for s in q.speakers or []}) < 2)]
