"""A cue verb's infinitive led by a verb of manner or phase (a mixin of ``ru.RussianQuotes``, round 23): "Министр
поспешил заверить, что …", "не преминул напомнить, что …", "продолжает настаивать, что …", "был вынужден признать,
что …", "счел нужным подчеркнуть, что …". The lead verbs are words.tsv ``lead_verbs`` (not plans: "намерен заявить"
says nothing yet); the infinitive is a cue verb by lemma (speech_verbs.txt, object_cues.txt, stance "that" rows).
The two words are one cue for ``_indirect``. Found by the inventory of reported speech (eval/data/ru-attr/
inventory.tsv, class g)."""
from __future__ import annotations

from .. import rules
from .ru_participles import _cue_lemmas
from .ru_governing import structural_cues
from .ru_stance import _Cue, stance_table


class LeadReaders:
    """Readers over ``self.text``, ``self.an`` and ``self.rr`` of ``RussianQuotes``."""

    def cues_in(self, ss: int, se: int) -> list:
        """The cue verbs of ``ss:se`` (``rr.cue``) and the led infinitives of cue verbs, in text order."""
        found = list(self.rr.cue.finditer(self.text, ss, se))
        leads, toks = rules.wordset("ru", "lead_verbs"), self.an.toks
        lemmas = _cue_lemmas(self.rr.lang) | {k for k, v in stance_table(self.rr.lang).items() if v == "that"}
        for t in self.tokens_from(ss):
            if t.start >= se:
                break
            if t.lemma not in leads or t.lemma != "преминуть" and t.i > 0 and toks[t.i - 1].lemma == "не":
                continue  # ("не решился признать": nothing said; "не преминул напомнить": said)
            inf = next((x for x in toks[t.i + 1:t.i + 4] if (x.feats or {}).get("VerbForm") == "Inf"), None)
            if inf is None or inf.lemma not in lemmas or inf.end > se or \
                    any(x.pos in ("PUNCT", "VERB") and x.i != inf.i for x in toks[t.i + 1:inf.i]):
                continue  # (at most a word between: "счел нужным подчеркнуть")
            if not any(m.start() <= inf.start < m.end() for m in found):
                found.append(_Cue(self.text, t.start, inf.end))
        # (r30: words that govern a clause with a person or body subject, whatever their lemma, after the listed
        # ones: a listed cue governing the sentence's clause is read first; ru_governing.py)
        return sorted(found, key=lambda m: m.start()) + structural_cues(self, ss, se, found)
