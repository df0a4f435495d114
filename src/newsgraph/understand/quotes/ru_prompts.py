"""Prompts of a Russian interview feature and speakers that are no one (round 28, fixNUru; used by
``ru_interviews.InterviewReaders._interview``, ``ru_turns.TurnReaders._plain_interview`` and ``ru.RussianQuotes.add``):

  - Анна Петрова, @anna\\n\\nЧто вас вдохновило на блог?\\n\\n— Ответ.   (the interviewer's question as a plain
    paragraph, the guest's answer dash-led: the question asks as a dash-led one does; r36: or one that opens
    addressing the guest by name and patronymic, "Никита Юрьевич, насколько хорош бюджет?")
  - …\\n\\nЛюбимое блюдо на выходные.\\n\\n— Ответ.   (a feature that puts the same short prompt to each guest: a
    heading with no verb, after the guest has answered, asks the next answer; it is no one's words)
  - "ни дня не сомневалась, что …", "ни один депутат не заявил, что …": a phrase of "ни" (a negated quantity or
    time) is no speaker: no one is said to have spoken there.
"""
from __future__ import annotations

import re

from .ru_forms import _DASH_LINE, _QUESTION_END
from .ru_turns import _ADDRESS  # (an interviewer addresses the guest: "вы", "вас", "ваш…")

_NEGATED = re.compile(r"ни\s", re.IGNORECASE)
# a question that opens addressing the guest by name and patronymic ("Никита Юрьевич, насколько он хорош …?", r36)
NAMED_ADDRESS = re.compile(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)\s*,")
PROMPT_WORDS = 12  # a heading prompt is a short line ("Эксклюзивный рецепт для ужина.")


def negated_speaker(speaker) -> bool:
    """A speaker phrase that opens with the particle "ни" ("ни дня", "ни разу", "ни один из депутатов"): the clause
    is negated over it, it names no one who spoke (no actor behind it)."""
    return speaker is not None and speaker.entity is None and speaker.mention is not None and \
        bool(_NEGATED.match(speaker.mention.text))


class PromptLines:
    """Plain paragraphs that ask a dash-led answer (over ``self.text``, ``self.an``, ``self.pairs``, ``self.found``)."""

    def _plain_prompt(self, paras, k: int, answered: bool) -> bool:
        """Paragraph k, not dash-led, asks the dash-led line right after it (one that credits no one): a short
        question that addresses the guest ("Что вас вдохновило …?"), or, once the guest has answered, a short
        heading with no finite verb and no person named (the feature's repeated prompt). Readings inside it are
        dropped: an interviewer's line is no one's quote."""
        ps, pe = paras[k]
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if nxt is None or not _DASH_LINE.match(self.text, nxt[0]) or not self._unattributed(*nxt) or \
                any(o <= ps < c for o, c in self.pairs):
            return False
        line = self.text[ps:pe]
        if _QUESTION_END.search(line):
            if len(line.split()) > 40 or not (_ADDRESS.search(line) or NAMED_ADDRESS.match(line)):
                return False
        elif not (answered and self._heading_prompt(ps, pe)):
            return False
        self.found = [(p, q) for p, q in self.found if not ps <= q.start < pe]
        return True

    def _heading_prompt(self, ps: int, pe: int) -> bool:
        """A short line with no finite verb and no person named, ending with "." / ":" or no mark."""
        line = self.text[ps:pe].rstrip()
        if len(line.split()) > PROMPT_WORDS or line[-1:] in "!?…" or self.an.mentions_in(ps, pe, ("PERSON",)):
            return False
        return not any((t.feats or {}).get("VerbForm") == "Fin" for t in self.an.toks if ps <= t.start < pe)
