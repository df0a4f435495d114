"""A quotation resumed in marks of its own after its attribution and a dash (a part of ``RussianQuotes`` through
``FormReaders._paragraph_quotes``, round 31):

  «Дефицита не будет», — добавил министр, — «а резервы сохранятся».
  «Перегрузки — неприятная вещь», говорит Уитсон: — «Но разделение модулей прошло драматично».
  «Мы не видим проблем», — сказал Герстенмайер. — «Русские занимаются этой проблемой».

Older and regional Russian typography closes the marks before the attribution and reopens them after the second
dash, where the standard form runs on unmarked («…, — добавил министр, — …»). The second quotation is the same
statement going on: the quote read before grows by it (one attribution, its content in two pieces, as
ru_forms.py ``_join`` does for a quotation sentence after "— сказал X."). Not: a second quotation after an
attribution that names someone else ("— сказал X, — «…», — ответил Y": its own attribution reads it first), nor
after a clause of the author's with a verb that is no attribution of the quote before (the attribution clause must be
the one between the two quotations, up to 120 characters, with no sentence of its own).
"""
from __future__ import annotations

import re

_BETWEEN = re.compile(r"[»“”\"]\s*[,.!?…]?\s*(?:[—–-]\s*)?[^.!?…«»„“”\"\n]{3,120}?[,.:]\s*[—–―-]\s*$")


class ResumedQuotes:
    """Readers over ``self.text``, ``self.an``, ``self.found`` and ``_join``."""

    def resumed_after_attribution(self, ps: int, o: int, c: int) -> bool:
        """The quotation text[o + 1:c] resumes the direct quote whose attribution ends right before it ("», —
        добавил министр, — «"): that quote grows by it. Returns whether one did."""
        prev = sorted((q for q in self._found_in(ps, o) if q.end <= o), key=lambda q: q.end)
        if not prev:
            return False
        p = prev[-1]
        if p.kind != "direct" or p.speaker is None or p.cue is None or not _BETWEEN.match(self.text, p.end, o) or \
                p.cue not in self.text[p.end:o].lower():
            return False
        if any(p.speaker.entity is None or a.id != p.speaker.entity for _, a in self.an.mentions_in(p.end, o)):
            return False  # (someone else named between)
        self._join(p, o, c)
        return True
