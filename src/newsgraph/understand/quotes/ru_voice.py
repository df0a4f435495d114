"""Readers of the Russian quotes (round 10): the author's own voice in the first person, which is no attribution; a
quotation paragraph that an attribution paragraph after it points back at; an outlet described by its kind
("пишет издание")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import _cue_gender
from .ru_comitative import comitative
from .ru_layout_names import subject_case
from .ru_more import DASH

_FIRST_PERSON = {"я", "мы"}  # the author's own voice outside quotations
# a dash between a dash-led line's words and its attribution, the comma before it left out ("— Да — сказал он.")
_BARE_DASH = re.compile(rf"(?<=[^\s,.!?…])()\s+(?:[{DASH}]|--?)\s+")
_DASH_LED = re.compile(rf"[ \t]*(?:[{DASH}]|--?)[ \t]+")


class VoiceReaders:
    def _author_voice(self, speaker, cue, start: int, cs: int) -> bool:
        """ "Я обещал читателям …", "Мы уже писали, что …": a cue verb whose subject is "я" or "мы" outside
        quotations and dash-led lines is the author's own voice, not an attribution (the words of a speaker quoted
        are read as the quotation that holds them)."""
        first = speaker is not None and speaker.mention is not None and \
            speaker.mention.text.lower() in _FIRST_PERSON and speaker.entity is None
        if not first and cue:
            word = cue.split()[0].lower()
            verbs = [t for t in self.an.toks if start <= t.start < cs and t.text.lower() == word]
            v = self.subject_verb(verbs[-1]) if verbs else None
            first = v is not None and any(self.an.toks[c].dep.startswith("nsubj") and
                                          self.an.toks[c].text.lower() in _FIRST_PERSON for c in v.children)
        if not first:
            return False
        line = self.text.rfind("\n", 0, start) + 1
        return not any(o <= start < c or o <= cs < c for o, c in self.pairs) and \
            not re.match(rf"\s*(?:[{DASH}]|--?)\s", self.text[line:line + 4])

    def _quotation_paragraph_before(self, ss: int) -> tuple[int, int] | None:
        """The paragraph before the one opening at ``ss`` when it is one quotation in marks (its span), else None."""
        line = self.text.rfind("\n", 0, ss) + 1
        if self.text[line:ss].strip():
            return None
        for o, c in self.pairs:
            if c < ss and not self.text[c + 1:ss].strip(" .!?…\n") and "\n" in self.text[c + 1:ss] and \
                    not self.text[self.text.rfind("\n", 0, o) + 1:o].strip():
                return o, c + 1
        return None

    def _lone_sentence_paragraph(self, ps: int, pe: int, ss: int) -> bool:
        """ "Завод построят в Ступине.\n\nОб этом заявил глава концерна.": where a publisher sets each sentence as a
        paragraph, the sentence before a pointer back ("об этом") is the paragraph before. True when the sentence
        ``ps:pe`` is one whole paragraph ending as a sentence does, right before the paragraph opening at ``ss``."""
        line = self.text.rfind("\n", 0, ps) + 1
        return not self.text[line:ps].strip() and not self.text[pe:ss].strip() and \
            self.text.count("\n", pe, ss) <= 2 and \
            re.search(r"[.!?…][»“”\"]?\s*$", self.text[ps:pe]) is not None

    def null_subject(self, cue, start: int, blocked) -> Ref | None:
        """ "И добавил, что …", "Позже уточнил: «…»": a singular finite speech verb with no subject and nothing
        named before it in its clause has the subject of the sentence before, left out: the last person named
        before, agreeing with the verb's gender (a plural "заявили" with no subject is someone unnamed)."""
        if cue is None:
            return None
        t = self.an.tok_at_start.get(cue.start())
        feats = (t.feats or {}) if t is not None else {}
        if t is None or t.pos not in ("VERB", "AUX") or feats.get("VerbForm") != "Fin" or \
                feats.get("Number") != "Sing" or feats.get("Person") in ("1", "2") or \
                t.text.lower().endswith(("ся", "сь")) or any(self.an.toks[c].dep.startswith("nsubj")
                                                            for c in t.children):
            return None
        clause = self.text[start:cue.start()]
        if re.search(r"[,:;«»„“]", clause) or any(w[:1].isupper() for w in clause.split()[1:]):
            return None  # (something before the verb in its clause may be its subject)
        a = self.resolve_pronoun(cue.start(), _cue_gender(cue.group()), blocked)
        if a is None:
            return None
        return Ref(a.id, a.name)  # (no span names it)

    def _bare_dash(self, s: int, e: int):
        """ "— Мы не повысим цены — отметил Лямин.": in a dash-led line without ", —", the first dash that a listed
        cue verb follows right away separates the words from their attribution (a match like _DIALOGUE_SEP's: its
        group 1 empty, at the end of the words)."""
        for m in _BARE_DASH.finditer(self.text, s, e):
            if self.rr.cue.match(self.text, m.end()):
                return m
        return None

    def _after_colon_line(self) -> None:
        """ "Глава района Семен Гаврилов:\n\n— Новую школу построят …": a dash-led line with no attribution right
        after a paragraph ending with a colon is the words of the one it introduces: the subject of its cue verb,
        else the one person named in it. Priority 4.25."""
        paras = self._paragraphs()
        for k in range(1, len(paras)):
            ps, pe = paras[k]
            qs, qe = paras[k - 1]
            dm = _DASH_LED.match(self.text, ps)
            if dm is None or not self.text[qs:qe].rstrip().endswith(":") or self._found_in(ps, pe) or \
                    _DASH_LED.match(self.text, qs) or len(self.text[dm.end():pe].split()) < 3:
                continue
            cms = list(self.rr.cue.finditer(self.text, qs, qe))
            speaker = self.speaker_in(qs, qe, cms[-1], self.quoted, qe, prefer_last=True) if cms else None
            speaker = speaker or self._one_person(qs, qe)
            if speaker is not None and subject_case(self.an, speaker):  # (not "что они думают о реформе мэра X:")
                self.add(4.25, "direct", dm.end(), pe, speaker, cms[-1].group() if cms else None,
                         self.outlets_in(qs, qe, speaker), (qs, pe))
        self._colon_paragraph(paras)  # (the same without a dash: ru_colon_quotes.py, r26)
        self._first_person_run(paras)  # (an unmarked first-person continuation: ru_continued.py, r26)

    def outlet_noun_speaker(self, start: int, end: int, before_pos: int) -> Ref | None:
        """ "«…», — пишет издание", "Агентство отмечает, что …": a noun of an outlet's kind (``outlet_nouns.txt``,
        singular, not the addressee: "рассказали каналу") outside any name stands for the last outlet named before
        ``before_pos``."""
        nouns = _outlet_nouns(self.an.lang)
        for t in self.an.toks:
            if t.start >= end:
                break
            if t.start < start or t.pos != "NOUN" or (t.feats or {}).get("Number") == "Plur" or \
                    (t.feats or {}).get("Case") == "Dat" or \
                    self.an.by_span_overlap(t.start, t.end) or self.an._lemma(t) not in nouns:
                continue
            prev = self.an.toks[t.i - 1] if t.i > 0 else None
            if prev is not None and start < prev.start and prev.lemma in ("данные", "слово", "сообщение", "сведение"):
                continue  # "Полиция, по данным газеты, отметила …": a credit inside the clause, not its speaker
            if prev is not None and start <= prev.start and prev.i > 0 and self.an.toks[prev.i - 1].low == "как" \
                    and self.rr.report.fullmatch(prev.text):
                continue  # "Директор, как пишет издание, заявил …": the aside credits the outlet, r28 (not when the
                # aside itself is read: "как сообщает агентство «Интерфакс»" names its outlet, review 28b)
            if prev is not None and self.an._lemma(prev) in rules.wordset("ru", "speaking_media"):
                continue  # "заявил в эфире телеканала «Россия 24» министр": where it was said (ru_medium.py, r25)
            if prev is not None and self.rr.anonymous.fullmatch(prev.text):
                return None  # "— сказал собеседник агентства": the outlet's unnamed source speaks, not the outlet (r18)
            if comitative(self.an.toks, t):
                continue  # ("Жители в беседе с корреспондентом газеты «X» отметили": whom they spoke with, r29)
            named = self._outlet_named_after(Ref(None, t.text, Mention(t.start, t.end, t.text)))
            if named is not None:  # its name right after it ("газета «Труд»"): that outlet, by its name
                return named
            media = [(m, a) for a in self.an.actors if a.type == "MEDIA" for m in a.mentions if m.end <= before_pos]
            if not media:
                return None
            _, a = max(media, key=lambda x: x[0].start)
            self.an.add_mention(a, t.start, t.end)
            return self.an.ref(a, t.start, t.end)
        return None


@lru_cache(maxsize=None)
def _outlet_nouns(lang: str) -> frozenset[str]:
    try:
        return rules.words(lang, "outlet_nouns")
    except rules.RuleFileError:
        return frozenset()
