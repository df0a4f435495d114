"""Where a quotation running over paragraphs opens (r24, for ru_forms.py ``paragraph_runs``): at the paragraph's
start («Первый абзац.\n\n«Второй…», — сказал он.), or after the paragraph's first sentences, the writer's lead-in
before it ("Ученый пояснил, что … . «Мы наблюдаем …\n\nПотепление …», — рассказал он."). r28: a paragraph in the
middle of a run that does not open with the mark again («Первый.\n\nВторой.\n\nТретий», — сказал министр.), when it
holds no quote mark at all and the run's close is followed by its attribution after a dash (``bare_middle``,
``attributed_after``)."""
from __future__ import annotations

import re

from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE

BARE_MIDDLES = 3  # how many paragraphs without the opening mark a run may hold
_MARKS = "«»„“”\"‘’"
_ATTRIBUTED = re.compile(r"[,.!?…]?\s*(?:[—–]|--?)\s+[а-яёa-z]")  # («…», — сказал он)
# a dash attribution inside the run's opening paragraph ("«Мы долго готовились, — сказал Семак."): the quotation is
# broken there, the paragraphs after it without a mark are the writer's (no bare middles; review 28b)
ATTRIBUTED_IN = re.compile(r"[,.!?…]\s*[—–]\s+[а-яё]")
# a quotation opening after a sentence's end, within a paragraph
_AFTER_SENTENCE = re.compile(r"[.!?…]\s+$|:\s*$")


def run_opening(text: str, ps: int, pe: int, opened: set[int], pairs: list[tuple[int, int]]) -> int | None:
    """The opening mark of paragraph text[ps:pe] that no close in the paragraph pairs: the paragraph's first
    character, or a typographic mark after a sentence's end or a colon, the last such, with no unpaired close after
    it; None when there is none."""
    def free(k: int) -> bool:
        return k not in opened and not any(o <= k <= c for o, c in pairs)
    if text[ps] in OPEN_CLOSE and free(ps):
        return ps
    marks = [k for k in range(ps + 1, pe) if text[k] in OPEN_CLOSE and free(k) and
             _AFTER_SENTENCE.search(text, max(ps, k - 3), k)]
    if not marks:
        return None
    k = marks[-1]
    closes = set(OPEN_CLOSE.values())
    return None if any(text[x] in closes and free(x) for x in range(k + 1, pe)) else k


def bare_middle(text: str, ps: int, pe: int) -> bool:
    """A paragraph that may go on a run without the opening mark: it holds no quote mark at all."""
    return pe > ps and not any(ch in _MARKS for ch in text[ps:pe])


def attributed_after(text: str, close: int) -> bool:
    """The run's closing mark at ``close`` is followed by its attribution after a dash ("», — сказал министр")."""
    return _ATTRIBUTED.match(text, close + 1) is not None
