"""What a pointer sentence points back at, when it is a quotation (a part of ``RussianQuotes._opener``, quotes/ru.py;
round 31):

  «Мы не получали никаких предложений». Так глава фонда ответил на слухи.              (the quotation: direct)
  «Мы не получали никаких предложений», — написал он в Telegram. Так глава фонда …     (the quotation, without its
                                                                                     own attribution clause)

A pointer back ("Так X ответил на …", "Об этом заявил X") names the speaker of the sentence before; when that
sentence is a quotation followed by its own dash attribution ("— написал он в своем Telegram-канале"), the statement
is the quotation, not the attribution clause with it (one statement, its speaker the one the pointer names). Not: a
sentence that only opens with a quotation and goes on with words of the author ("«Ромашка» закрылась, — сообщили
…" is read the same, the quotation ending where the marks close; a sentence whose quotation is a title and whose
verb is the author's, "«Лента» сообщила о…", keeps the whole sentence: no dash after the marks; a name in marks
opening the quotation, "«Спартак» — лучший клуб страны, — заявил он": the marks must hold words of someone, three
or more, and a verb of saying must follow the dash).
"""
from __future__ import annotations

import re

from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_marks import words_of_someone
from .ru_more import DASH

_DASH_ATTRIBUTION = re.compile(rf"[,.!?…]?\s*(?:[{DASH}]|--)\s*(?=[а-яё])")  # («…», — написал он)


def pointed_quotation(q, cs: int, ce: int) -> tuple[str, int, int]:
    """(kind, start, end) of the content text[cs:ce] a pointer sentence points back at: a quotation filling it
    ("direct", inside the marks), a quotation opening it before a dash attribution ("direct", inside the marks),
    else ("indirect", cs, ce)."""
    body = q.text[cs:ce]
    if body[:1] in OPEN_CLOSE and body.rstrip(".!?…")[-1:] in OPEN_CLOSE.values():
        return "direct", cs + 1, ce - 1
    pair = next(((o, c) for o, c in q.pairs if o == cs and c < ce), None)
    dm = _DASH_ATTRIBUTION.match(q.text, pair[1] + 1, ce) if pair is not None else None
    if dm and q.rr.cue.match(q.text, dm.end()) and len(q.text[pair[0] + 1:pair[1]].split()) >= 3 and \
            words_of_someone(q.text[pair[0] + 1:pair[1]]):  # (review31 #7: not «Спартак» — лучший клуб, — заявил …)
        return "direct", pair[0] + 1, pair[1]
    return "indirect", cs, ce
