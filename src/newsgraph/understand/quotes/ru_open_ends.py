"""Quotations whose closing mark is never written (round 36, rufix36; for ``ru.RussianQuotes.__init__``):

  - Житель Шымкента: «Нам установили камеры, спасибо. Но линии оборвались.⏎⏎Габит Сыздыкбеков, аким: «Мы …
    (a page leaves the closing mark out at the paragraph's end: the quotation ends with its paragraph)
  - Он рассказал, что суд начнется осенью.⏎«Я была в следственном управлении. Общалась со следователем, фотог
    (an excerpt, a paywall or a "read more" cut inside the quotation: its words up to the cut are the quotation)

``marks.quote_pairs`` never pairs a mark across a paragraph's end and ``paragraph_runs`` (ru_forms.py) pairs only a
run that some later paragraph closes, so such a quotation had no pair and no reader saw it: the direct words of a
labelled speaker, or of the one the paragraph before names, went missing. The English side reads them the same way
(``marks.find_quoted``: a closing mark left out at the paragraph's end, ``_cut_at_end``). Only a mark that opens
the paragraph, or opens after a colon or a sentence's end (``ru_runs.run_opening``: a label "Имя, должность: «…",
a lead-in "… . «…"), with no closing mark of its kind after it in the paragraph, and CUT_MIN_WORDS words or more,
is read so: a lone mark inside a sentence («Газпром нефть without its close) is a typo, no quotation; one broken
by a dash attribution («Мы откроем мост в мае, — добавил он.) is the dash readers'.
"""
from __future__ import annotations

import re

from .ru_runs import ATTRIBUTED_IN, run_opening

CUT_MIN_WORDS = 3  # as marks.CUT_MIN_WORDS: fewer words ("«Это") say nothing
_WORD_AFTER = re.compile(r"[\w(]")  # an opening mark stands before a word (not a stray mark before a space)
_CLOSES = "»“”\""


def open_ends(text: str, paras: list[tuple[int, int]], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pairs`` with (opening mark, paragraph end) added for each quotation left open at its paragraph's end (see
    the module); the close index is the paragraph's end, so that text[o + 1:c] is the quotation's words."""
    opened = {o for o, _ in pairs}
    added = []
    for ps, pe in paras:
        k = run_opening(text, ps, pe, opened, pairs)
        if k is None:
            k = _straight_opening(text, ps, pe, pairs)
        if k is None or not _WORD_AFTER.match(text, k + 1) or len(text[k + 1:pe].split()) < CUT_MIN_WORDS:
            continue
        if any(text[x] in _CLOSES and not any(o <= x <= c for o, c in pairs) for x in range(k + 1, pe)):
            continue  # (a close after it, not paired: some other reading of the marks; leave it)
        if ATTRIBUTED_IN.search(text, k, pe):
            continue  # («Открыть движение мы рассчитываем в мае, — добавил он.: the writer's words break it there,
            # the dash readers take it; read to the paragraph's end it would swallow its own attribution)
        added.append((k, pe))
    return sorted(pairs + added) if added else pairs


def _straight_opening(text: str, ps: int, pe: int, pairs: list[tuple[int, int]]) -> int | None:
    """A straight mark opening the paragraph (or right after a label's colon) that is the paragraph's only free
    straight mark: '"Раньше, когда были народные заседатели…' cut or left open."""
    free = [k for k in range(ps, pe) if text[k] == '"' and not any(o <= k <= c for o, c in pairs)]
    if len(free) != 1:
        return None
    k = free[0]
    return k if k == ps or re.search(r":\s*$", text[ps:k]) else None
