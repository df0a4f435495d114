"""Interview turns run together in one paragraph (round 36, rufix36; for ``ru_interviews.InterviewReaders``):

  Семен Альтман (главный тренер): — Мы играли не хуже. — Почему пенальти бьет Полтавец? — Потому что бьют…
  - Ребята выполнили установку. Этого хватило.- Что скажете о пенальти?     (the next question glued to an answer)

A page that loses the line breaks of a question-and-answer exchange leaves its turns in one paragraph, each opening
with a dash after the sentence end of the turn before. Read as one paragraph, the exchange is one line ending with
"?" (all of it a question, the answers lost with it) or one answer holding the questions. Each such turn is read as
a line of its own. Only a dash after a sentence's end mark and before a capital letter or a quote mark opens a turn,
outside quotations: a dash after a comma or before a lowercase word is the writer's attribution of the same turn
("— Куда вы? — спросил он. — Домой." keeps "— Куда вы? — спросил он." whole) or a dash inside a sentence
("Поживем — увидим").
"""
from __future__ import annotations

import re

_TURN = re.compile(r"(?<=[.!?…])[ \t]*[—–-][ \t]+(?=[А-ЯЁA-Z«\"„“])")


def inline_turns(text: str, paras: list[tuple[int, int]], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``paras`` with each paragraph cut before every dash that opens a further turn in it (see the module); a
    piece starts at its dash (so a dash-line pattern matches it) and ends at the sentence end before the next."""
    out = []
    for ps, pe in paras:
        s = ps
        for m in _TURN.finditer(text, ps, pe):
            d = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
            if any(o < d < c for o, c in pairs):
                continue
            out.append((s, m.start()))
            s = d
        out.append((s, pe))
    return out
