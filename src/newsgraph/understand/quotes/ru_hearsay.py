"""Accusations and rumours whose author the text does not name (a mixin of ``ru.RussianQuotes``, round 17):
"Чиновники обвиняются в том, что брали взятки", "Депутату предъявлено обвинение в том, что он …", "Возник слух о
возможной отставке министра", "Ходят слухи, что …", "Министру прочат скорую отставку".
The subject of a passive accusation is the accused, never the speaker; an accusation noun's speaker is the active
verb's subject when it has one ("Прокуратура предъявила ему обвинение в том, что …"), else none; a rumour's is none.
The ru-attr guidelines count accusations and passive reports (PolNeAR: attributions with no source in the text).
Round 22: a proposal or an instruction put in the passive with no agent ("На заседании было предложено перенести
выборы", "Участникам предлагалось принести свечи", "Было признано целесообразным усилить контроль", "Губернатору
поручено доложить"): the guidelines count calls and instructions, the passive names no one. A report that arrives
or appears from no one named ("В полицию поступила информация о том, что …", "Поступают сообщения о перебоях …",
"Появились сведения, что …", "получил известие о том, что …"): a passive report, as "Сообщается, что".
Lemma sets in words.tsv: accused_passives, accusation_nouns, rumour_nouns, hearsay_verbs, agentless_directives,
arrived_reports, report_arrivals, report_receipts."""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import commas
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE

_IN_THAT = re.compile(r"(?:\s+[^\s,.;:!?«»]+){0,3}?\s+в\s+том\s*,\s*(?:что|будто)\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MAKES = frozenset({"предъявить", "предъявлять", "выдвинуть", "выдвигать", "высказать", "высказывать", "озвучить"})
# what a directive put in the passive asks, an infinitive after it ("признано целесообразным усилить …": its judgement
# first, the content from there)
_BEFORE_INF = re.compile(r"\s+(?:(?:целесообразным|необходимым|нужным|возможным)\s+)?", re.IGNORECASE)
_ABOUT_THAT = re.compile(r"\s*(?:о|об)\s+том\s*,\s*(?:что|будто)\s+", re.IGNORECASE)
_ABOUT = re.compile(r"\s*(?:,\s*(?:что|будто)\s+|(?:о|об|обо)\s+(?!том\b|тем\b|чем\b|этом\b))", re.IGNORECASE)


class HearsayReaders:
    def tokens_from(self, pos: int) -> list:
        """The document's tokens from the first that starts at or after ``pos`` (a slice; the starts kept once)."""
        starts = getattr(self, "_tok_starts", None)
        if starts is None:
            starts = self._tok_starts = [t.start for t in self.an.toks]
        return self.an.toks[bisect_left(starts, pos):]

    def _hearsay(self, ss: int, se: int) -> None:
        """Priority 4.7: any other reading of the passage first."""
        text, toks = self.text, self.an.toks
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        passives, nouns, rumours, hearsay, directives, arrived, arrivals = (rules.wordset("ru", n) for n in (
            "accused_passives", "accusation_nouns", "rumour_nouns", "hearsay_verbs", "agentless_directives",
            "arrived_reports", "report_arrivals"))
        receipts = rules.wordset("ru", "report_receipts")
        for t in self.tokens_from(ss):  # (the sentence's tokens only: review r17 found every sentence looping over
            if t.start >= end:  # all the text's: quadratic on a long text)
                break
            if any(o <= t.start < c for o, c in self.pairs):
                continue
            speaker, tail = None, None
            if t.lemma in passives and t.pos in ("VERB", "AUX"):
                tail = _IN_THAT.match(text, t.end, end)
            elif t.lemma in nouns and t.pos == "NOUN":
                tail = _IN_THAT.match(text, t.end, end)
                head = toks[t.head] if t.head != t.i else None
                subj = [c for c in head.children if toks[c].dep == "nsubj" and c != t.i] if head is not None else []
                if tail and subj and (self.rr.cue.fullmatch(head.text) or head.lemma in _MAKES):
                    speaker = self.verb_subject_speaker(head, ss)  # (ru_statements.py)
                    if speaker is None:
                        continue  # (an accuser the text describes but the readers cannot name: no guess)
                # (another verb's subject is no accuser: "Обвинение в том, что …, суд отклонил": review r17)
            elif t.lemma in rumours and t.pos == "NOUN" and t.dep.startswith("nsubj"):
                tail = _ABOUT.match(text, t.end, end)  # "Возник слух о …", "Ходят слухи, что …"
            elif t.lemma in arrived and t.pos == "NOUN" and (t.dep.startswith("nsubj") and toks[t.head].lemma in
                                                             arrivals or t.dep == "obj" and toks[t.head].lemma in
                                                             receipts) and not any(toks[c].dep == "nmod" and c > t.i and
                                                              (toks[c].feats or {}).get("Case") == "Gen"
                                                              for c in t.children):
                tail = _ABOUT_THAT.match(text, t.end, end) or _ABOUT.match(text, t.end, end)  # "Поступила
                # информация о том, что …", "появились сообщения,
                # что …" (r22): a report come from no one named; not "сообщения ведомства" (its source named)
            elif t.lemma in directives and self._agentless_passive(t) and not self._found_in(t.start, end):
                tail = _BEFORE_INF.match(text, t.end, end)  # "было предложено перенести выборы", "Жителям
                inf = self.an.tok_at_start.get(tail.end()) if tail else None  # рекомендуется не выходить из дома"
                tail = tail if inf is not None and (inf.feats or {}).get("VerbForm") == "Inf" else None
            elif t.lemma in hearsay and t.pos == "VERB" and \
                    not any(toks[c].dep.startswith("nsubj") for c in t.children):
                tail = _ABOUT.match(text, t.end, end) or _SPACE.match(text, t.end, end)  # "прочат отставку"
            if tail is None:
                continue
            cs = tail.end()
            ce = self._coordinated_cut(cs, end)
            if t.lemma in nouns and t.pos == "NOUN" and t.head != t.i and cs < toks[t.head].start < ce:
                cut = commas.rfind(text, cs, toks[t.head].start)  # the clause ends before the verb the noun depends on
                ce = cut if cut > cs else ce  # ("Подозрения в том, что завод загрязняет реку, жители высказывали")
            fin = None if re.search(r"(?:что|будто)\s+$", tail.group()) else next(
                (x for x in toks if cs < x.start < ce and x.pos == "VERB" and (x.feats or {}).get("VerbForm") == "Fin"),
                None)  # (an object ends before a finite verb: a glued headline's before the lead's, "… прочат
            if fin is not None:  # отставку Эксперты считают …", the verb's subject before it the lead's too)
                subj = [toks[c].start for c in fin.children if toks[c].dep.startswith("nsubj") and cs < toks[c].start]
                ce = min(subj + [fin.start])
            ce = cs + len(text[cs:ce].rstrip(" ,"))
            if len(text[cs:ce].split()) < 2:
                continue
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(4.7, kind, cs, ce, speaker, t.text, self.outlets_in(ss, se, speaker), (ss, se))
            return

    def _agentless_passive(self, t) -> bool:
        """A verb of proposing or instructing in the passive with no agent ("было предложено", "предлагалось",
        "рекомендуется", "признано"), not a subject's own act ("Минфин предложил", "Ему было предложено министром")."""
        f = t.feats or {}
        passive = f.get("Voice") == "Pass" or t.text.lower().endswith(("ся", "сь"))
        toks = self.an.toks
        return passive and not any(toks[c].dep in ("nsubj", "obl:agent") or
                                   (toks[c].feats or {}).get("Case") == "Ins" and toks[c].pos in ("NOUN", "PROPN")
                                   for c in t.children)  # (an agent in the instrumental, however the parse hangs it)
