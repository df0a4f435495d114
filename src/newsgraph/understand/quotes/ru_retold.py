"""A quotation paragraph after a paragraph that retells the same person's words (round 36, rufix36; for
``ru_forms.FormReaders._paragraph_quotes``):

  Адвокат Тамара Сидоренко рассказывает, что адвокаты инструктируют подзащитных. Подсказывают, о чем говорить.
  Однако в итоге обвиняемый сам пишет себе текст.⏎⏎"Раньше, когда были народные заседатели…"

The indirect speech ends the first sentence, the writer goes on retelling her in sentences that name no one, and the
quotation paragraph after them is hers: the last attribution of the paragraph before goes on (as when the quotation
follows its indirect speech directly). A sentence naming someone else after it ("Петров с ним не согласен.") or a
long stretch of narrative (more than RETOLD_WORDS words) breaks the chain.
"""
from __future__ import annotations

RETOLD_WORDS = 60  # the retelling after the attribution: a few sentences, not a narrative


def retold_on(an, text: str, q, end: int) -> bool:
    """The words after the reading ``q`` up to ``end`` (its paragraph's end) retell it: ``q`` is indirect or mixed
    speech with a speaker, at most RETOLD_WORDS words follow, and they name no one (no person, no organisation)."""
    if q.kind not in ("indirect", "mixed") or q.speaker is None or q.speaker.entity is None:
        return False
    after = text[q.end:end]
    return len(after.split()) <= RETOLD_WORDS and not an.mentions_in(q.end, end)
