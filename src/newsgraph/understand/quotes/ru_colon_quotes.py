"""A quotation after a colon whose clause names nobody (a part of ``RussianQuotes`` through ``FormReaders``, round 26):

  «…», — говорит Сагдеев.\n\nПоэтому эти планы — иллюзия: «…».   (the speaker quoted last goes on)

News prints a writer's own lead-in ("Вывод однозначен:", "Планы — иллюзия:") before the next quotation of the person
the text is quoting: a quotation ending its sentence after a colon, the clause before the colon with no cue verb and
nobody named in it, is the words of the speaker of the last direct quotation before it -- in its own paragraph or
ending the paragraph before -- when no one else is named between. Priority 3.5, as a quotation paragraph going on.

  Губернатор написал в Telegram-канале:\n\nНочью над городом сбиты два беспилотника.   (a post or a statement as
                                                                                       printed, without marks)

A paragraph ending with a cue verb's clause and a colon, its speaker named there, introduces the next paragraph as
what was said (posts and statements reprinted as they are): a paragraph that opens a sentence with a capital letter,
not a dash line (ru_voice.py ``_after_colon_line``) nor a quotation. Priority 4.3.

Not (review2 #6, #11): a lead-in naming another sayer by a description ("Его оппонент настроен иначе: «…»", a
nominative animate noun) or a text no one speaks ("лозунг: «…»", "Статья 3 закона сформулирована так:", words.tsv
text_nouns, document_nouns, statement_nouns); a cue whose object is questions or letters ("ответила на вопросы
читателей:", words.tsv asked_nouns) or a paragraph that is a question.
"""
from __future__ import annotations

import re

from .. import rules
from .ru_marks import words_of_someone
from .ru_medium import toks_in

_WHO = ("PERSON", "ORG", "MEDIA")  # who may speak (a place named in the lead-in is no speaker)
_TAIL = re.compile(r"[»“”’\"]?\s*[,.!?…]?\s*(?:[—–-]\s*)?[^.!?…«»„“”\"\n]{0,120}[.!?…]?\s*$")  # an attribution tail


_OPENS = re.compile(r"\s*[A-ZА-ЯЁ]")


class ColonQuotes:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs``, ``self.found`` and ``add``."""

    def _colon_quotes(self, paras) -> None:
        for o, c in self.pairs:
            k = next((i for i, (ps, pe) in enumerate(paras) if ps <= o < pe), None)
            if k is None or self._found_in(o, c + 1) or len(self.text[o + 1:c].split()) < 4 or \
                    not words_of_someone(self.text[o + 1:c]):
                continue
            ps, pe = paras[k]
            if self.text[c + 1:pe].strip(" .!?…"):
                continue  # (the quotation ends its paragraph)
            ss = max(self.an.sentence(o)[0], ps)
            lead = self.text[ss:o].rstrip()
            if not lead.endswith(":") or self.rr.cue.search(lead) or self.an.mentions_in(ss, o, _WHO) or \
                    any(ss <= x < o for x, _ in self.pairs):
                continue  # (a cue or a name before the colon: the colon reading of ru_quotation.py)
            if self._other_sayer(ss, o):
                continue
            prev = sorted((q for q in self._found_in(ps, ss) if q.end <= ss), key=lambda q: q.end)
            upto = ss
            if not prev and k > 0 and ss == ps:
                qs, qe = paras[k - 1]
                prev = sorted(self._found_in(qs, qe), key=lambda q: q.end)
                upto = qe
                if prev and not _TAIL.match(self.text, prev[-1].end, qe):
                    continue
            if not prev or prev[-1].kind != "direct" or prev[-1].speaker is None:
                continue
            p = prev[-1]
            if any(p.speaker.entity is None or a.id != p.speaker.entity
                   for _, a in self.an.mentions_in(p.end, upto, _WHO)):
                continue  # (someone else named between)
            self.add(3.5, "direct", o + 1, c, p.speaker, None, [], (ss, pe))

    def _colon_paragraph(self, paras) -> None:
        for k in range(1, len(paras)):
            ps, pe = paras[k]
            qs, qe = paras[k - 1]
            lead = self.text[qs:qe].rstrip()
            if not lead.endswith(":") or not _OPENS.match(self.text, ps) or self._found_in(ps, pe) or \
                    len(self.text[ps:pe].split()) < 4 or any(ps <= o < pe for o, _ in self.pairs) or \
                    self.text[ps:pe].rstrip()[-1:] not in ".!?…":
                continue
            ss = max(self.an.sentence(qe - 1)[0], qs)
            cms = list(self.rr.cue.finditer(self.text, ss, qe))
            if not cms or self.text[cms[-1].end():qe].count(",") or not words_of_someone(self.text[ps:pe]):
                continue  # (the cue governs the colon: "заявил в эфире:", not "…, заявил он, перечислив:")
            if self.text[ps:pe].rstrip().endswith("?") or \
                    any(t.lemma in rules.wordset("ru", "asked_nouns") for t in toks_in(self.an, cms[-1].end(), qe)):
                continue  # (the readers' questions or letters it answers, not its words)
            speaker = self.speaker_in(ss, qe, cms[-1], self.quoted, qe, prefer_last=True)
            if speaker is not None:
                end = ps + len(self.text[ps:pe].rstrip())
                self.add(4.3, "direct", ps, end, speaker, cms[-1].group(), self.outlets_in(ss, qe, speaker), (ss, pe))

    def _other_sayer(self, s: int, e: int) -> bool:
        """The lead-in [s, e) names another sayer by a description ("Его оппонент настроен иначе:", a nominative
        animate noun) or a text no one speaks ("лозунг:", "Статья 3 закона …:")."""
        texts = rules.wordset("ru", "text_nouns") | rules.wordset("ru", "document_nouns") | \
            rules.wordset("ru", "statement_nouns")
        for t in toks_in(self.an, s, e):
            feats = t.feats or {}
            if t.pos in ("NOUN", "PROPN") and (t.lemma in texts or
                                               feats.get("Animacy") == "Anim" and feats.get("Case") == "Nom"):
                return True
        return False
