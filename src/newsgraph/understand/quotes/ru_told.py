""""Об этом ТАСС рассказали в пресс-службе министерства", "Об этом сообщил РИА Новости источник в правительстве"
(r24): an outlet the words were told to, next to the cue of a pointer sentence, is no speaker; who told it is the
body, the source or the person after it."""
from __future__ import annotations

import re

from ...record import Ref
from .ru_stance import _Cue

_BODY_AFTER = re.compile(r"\s*[Вв]о?\s+([^,.;:«»]{2,60}?)\s*$")


def told_source(quotes, speaker: Ref | None, cue, end: int, prio: float) -> tuple[Ref | None, float]:
    """``speaker`` unless it is an outlet (a MEDIA actor) standing right before the cue or right after it with
    more words after it up to ``end`` (the sentence's end), the outlet told: then the body after "в" (ru_subjects
    ``body_at``), the anonymous source, the actor named or the short nominative phrase after the outlet and the cue
    (ru_forms ``trailing_source``), with a speaker's priority 2.5; ``speaker`` and ``prio`` when there is none of
    them. ``quotes`` is the ``RussianQuotes``."""
    if speaker is None or speaker.entity is None or speaker.mention is None:
        return speaker, prio
    actor = next((a for a in quotes.an.actors if a.id == speaker.entity), None)
    text, m = quotes.text, speaker.mention
    end = len(text[:end].rstrip().rstrip(".!?…"))
    if actor is None or actor.type != "MEDIA":
        return speaker, prio
    close = m.end + len(text[m.end:end]) - len(text[m.end:end].lstrip("»\"”"))
    before = m.end <= cue.start() and not text[close:cue.start()].strip()
    after = cue.end() <= m.start and not text[cue.end():m.start].strip(" «\"„“") and text[close:end].strip()
    if not (before or after):
        return speaker, prio
    start = max(cue.end(), close)
    body = _BODY_AFTER.match(text, start, end)
    who = quotes.body_at(body.start(1), body.end(1)) if body else None
    if who is None and quotes.rr.anonymous.search(text, start, end):
        who = quotes.anonymous_source(start, end)
    if who is None:
        named = [(x, a) for x, a in quotes.an.mentions_in(start, end, ("PERSON", "ORG"))]
        who = quotes.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else \
            quotes.trailing_source(_Cue(text, start, start), end, False)[0]
    return (who, 2.5) if who is not None else (speaker, prio)
