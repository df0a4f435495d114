"""Speaker labels with a role (a mixin of ``ru.RussianQuotes``, round 36, ruweb36b):

  Иван Орлов, главный тренер «Волги»: — Ответ.          (a press conference's label and its words on one line)
  Иван Орлов (главный тренер «Волги»)\\n\\n— Ответ.       (the label alone on its line, the answer dash-led below)
  Иван Орлов, главный тренер «Волги»:\\n\\n«Ответ».       (the label ending its paragraph, a quotation below)

Post-match press conferences, briefings and street polls print each speaker as a label -- a person's name with the
role in apposition after a comma or in brackets -- before the words, instead of a cue verb. The role between the
name and the colon kept ``_transcript`` ("Name: …") and ``_after_colon_line`` (a cue's colon line) from reading them.
A label is a paragraph that opens with a person's name (a dash or initials may stand before it) and goes on with
nothing but that role (no finite verb, no other person, at most a dozen words); its words are the rest of the line
after its colon, else the next paragraph when that is dash-led or a quotation, and they must hold a finite verb (a
profile line "Иван Орлов (32 года): нападающий" says nothing). A line's words end where an inline dash turn begins
(". — Вопрос? — …": the next turn is the interviewer's). The words open a sentence: a line that opens lowercase goes
on from the name as its predicate or is a listing ("Анна Белова (школа № 12)\\n— получила главный приз",
"Дмитрий Орехов, пианист: концерт состоится в субботу"; diff36ru). Not a label: a line whose role clause has a
verb of its own ("Иван Орлов, который возглавил клуб летом:") or where a reading was already found (a cue verb
there); a question.
Priority 4.3, as transcript lines.
"""
from __future__ import annotations

import re

from .ru_forms import _DASH_LINE, _QUESTION_END, opens_lowercase
from .ru_interviews import _LABEL_LEAD
from .ru_medium import toks_in

# the role after the name: in brackets, or after a comma up to the colon
_ROLE = re.compile(r"[ \t]*(?:\((?P<par>[^()\n:]{2,90})\)[ \t]*(?P<colon>:)?|,(?P<app>[^()\n:]{2,90}):)[ \t]*")
_INLINE_TURN = re.compile(r"(?<=[.!?…])[ \t]+[—–-][ \t]+")  # ". — Почему …?": the next turn of the line
_LEAD_DASH = re.compile(r"(?:(?:[—–―]|--?)[ \t]+)?")
ROLE_WORDS = 12


class SpeakerLabels:
    """Readers over ``self.text``, ``self.an``, ``self.pairs``, ``self.found`` and ``add`` of ``RussianQuotes``."""

    def _speaker_labels(self) -> None:
        """The words after a speaker label with a role (see the module)."""
        paras = self._paragraphs()
        for k, (ps, pe) in enumerate(paras):
            label = self._label(ps, pe)
            if label is None:
                continue
            m, a, after = label
            if after < pe:  # the words on the label's own line
                cs, ce = self._label_words(after, pe)
            elif k + 1 < len(paras):  # the label alone: the next paragraph, dash-led or a quotation
                cs, ce = self._next_words(*paras[k + 1])
            else:
                continue
            if cs is None or ce - cs < 2 or self._found_in(ps, ce) or opens_lowercase(self.text, cs, ce) or \
                    not any((t.feats or {}).get("VerbForm") == "Fin" for t in toks_in(self.an, cs, ce)):
                continue
            self.add(4.3, "direct", cs, ce, self.an.ref(a, m.start, m.end), None, [], (ps, ce))

    def _label(self, ps: int, pe: int):
        """(mention, actor, end of the label) when paragraph [ps, pe) opens with a person's label with a role."""
        named = [(m, a) for m, a in self.an.mentions_in(ps, min(pe, ps + 60))
                 if not any(o <= m.start < c for o, c in self.pairs)]
        if not named:
            return None
        m, a = named[0]
        lead = self.text[ps:m.start].strip()
        if lead and not _LABEL_LEAD.fullmatch(lead):
            return None
        rm = _ROLE.match(self.text, m.end, pe)
        if rm is None:
            return None
        role_s, role_e = rm.span("par") if rm.group("par") else rm.span("app")
        after = rm.end()
        if rm.group("par") and not rm.group("colon") and after < pe:
            return None  # (a comma's role ends at its colon; a bracketed one without it ends the paragraph)
        if len(self.text[role_s:role_e].split()) > ROLE_WORDS or \
                any(x.start >= role_s for x, _ in named[1:] if x.start < role_e) or \
                any((t.feats or {}).get("VerbForm") == "Fin" for t in toks_in(self.an, role_s, role_e)):
            return None  # (a clause, not a role: "Иван Орлов, который возглавил клуб летом:")
        return m, a, after

    def _label_words(self, s: int, pe: int) -> tuple[int | None, int]:
        """The words after a label's colon on its line: a quotation's inside, else the line up to an inline turn."""
        s += len(_LEAD_DASH.match(self.text, s).group())
        pair = next(((o, c) for o, c in self.pairs if o == s), None)
        if pair is not None:
            return pair[0] + 1, pair[1]
        turn = _INLINE_TURN.search(self.text, s, pe)
        return s, turn.start() if turn else pe

    def _next_words(self, ns: int, ne: int) -> tuple[int | None, int]:
        """The paragraph after a label alone: its words when it is dash-led (not a question) or a quotation."""
        dm = _DASH_LINE.match(self.text, ns)
        if dm is not None:
            if _QUESTION_END.search(self.text[ns:ne]):
                return None, ne
            return self._label_words(ns, ne)
        pair = next(((o, c) for o, c in self.pairs if o == ns and c <= ne), None)
        return (pair[0] + 1, pair[1]) if pair is not None else (None, ne)
