"""Quotations in marks and dialogue lines of Russian documents (a part of ``RussianQuotes``, quotes/ru.py):

  - «...», — заявил Путин. / «...» — сказал он, передает ТАСС.   (dash after the quote)
  - Путин заявил журналистам: «...».  /  Песков: «...».           (colon before the quote)
  - — Мы готовы, — сказала Захарова. — Но нужны гарантии.          (dialogue lines)
"""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .ru_layout_names import credited_name, name_case
from .ru_medium import toks_in
from .ru_more import DASH, _subtree_range, _words_of_someone
from .ru_owner_after import OwnerAfterQuote

_DASH_AFTER = re.compile(rf"^\s*([,.!?…]?)\s*(?:[{DASH}]|--|(?<=\s)-(?=\s))\s*")  # ("--": a typed dash)
# an attribution clause ends at the sentence end, a colon, or a long quotation ("в интервью «Известиям»" goes on)
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|\n|:|[«„“](?=[^»“”\n]{30})")
_COMMA_AFTER = re.compile(r"^\s*,\s*")
_TITLED = re.compile(r"называ(?:ется|ются|лся|лась|лось|лись)", re.IGNORECASE)  # ("— так называется книга X")
# after the name before a colon: the topic of the words, maybe after a dash ("Петров — о ремонте моста: «…»", r32)
_TOPIC_AFTER = re.compile(rf"\s*(?:[{DASH}]|--?)?\s*(?:о|об|обо|про)\s+[^:«»„“\"!?.;]{{1,60}}")
_SPACE_AFTER = re.compile(r"[ \t\u00a0]+(?=[а-яё])")
# ("- Да, - сказал он.": a typed dash too; "— Да,—сказал он.": a dash unspaced)
_DIALOGUE_SEP = re.compile(rf"([,.!?…])(?:\s*[{DASH}]\s*|\s+--?\s+)")


class QuotationReaders(OwnerAfterQuote):
    """Quotations in quote marks with their attribution after or before them, and dialogue lines (mixin of
    ``RussianQuotes``)."""

    def _quotation(self, o, c) -> None:
        """A quotation in marks: the attribution after it ("», — заявил Путин") or before it ("заявил:", "Песков:")."""
        cs, ce = o + 1, c
        if self._interrupted(o, c) or (cs, ce) in self.an.named_outlet_spans or any(
                m.start == cs and m.end == ce for m, _ in self.an.mentions_in(cs, ce, ("MEDIA", "ORG"))):
            return  # (an outlet's name in quote marks: "Другой канал, «Политика 71», сообщает"; an outlet or a
            # company named in marks anywhere: "Аналитики, с которыми поговорил «Коммерсантъ», уверены …", r16)
        ps = self.text.rfind("\n", 0, o) + 1
        pe = self.text.find("\n", c)
        pe = len(self.text) if pe < 0 else pe
        dm = _DASH_AFTER.match(self.text[c + 1:pe]) or _COMMA_AFTER.match(self.text[c + 1:pe])
        if dm and dm.re is _COMMA_AFTER and not self.rr.cue.match(self.text, c + 1 + dm.end()):
            dm = None  # "», говорит Гернстермайер.": without a dash only a cue verb right after the comma
        if dm is None and self.text[c - 1] in ".!?…":  # "…профессионализм...» заявил Кадыров.": the comma and
            bm = _SPACE_AFTER.match(self.text[c + 1:pe])  # dash left out after a quotation ending as a sentence
            dm = bm if bm and self.rr.cue.match(self.text, c + 1 + bm.end()) else None
        if dm and dm.re is _COMMA_AFTER and re.search(r"\w\s*$", self.text[max(self.an.sentence(o)[0], ps):o]):
            dm = None  # ("…, чей спектакль получил «Золотую маску», рассказала …": a title a verb before takes, the
            # comma ending its clause; words said open their sentence, r23)
        a_s = c + 1 + dm.end() if dm else None
        if a_s is None and not self.text[c + 1:pe].strip(" ,"):
            a_s, pe = self._attribution_after_break(c, pe)
        if a_s is not None:
            em = _CLAUSE_END.search(self.text, a_s, pe)
            a_e = em.start() if em else pe
            cm = self.rr.cue.search(self.text, a_s, a_e)
            if cm is None and dm is not None and dm.re is _DASH_AFTER:  # «…», — улыбнулась она.: any verb
                vc = self.verb_cue(a_s, a_e)  # opening the clause after the dash, when it has a speaker
                if vc is not None and self.speaker_in(a_s, a_e, vc, self.quoted, o) is not None:
                    cm = vc
            if cm and (_TITLED.fullmatch(cm.group()) or self.text_named_before(a_s, cm.start())):
                return  # («…» — так называется книга X; «…» — этот лозунг жители написали: no one's words, r31)
            if cm and cm.start() - a_s <= 60:  # ("», — сообщили в прокуратуре Самары.": the body speaks)
                speaker = self.speaker_in(a_s, a_e, cm, self.quoted, o) or self.place_after(cm, a_e) or \
                    (self.trailing_source(cm, a_e, True)[0] if self._impersonal(cm.group()) else None) or \
                    self.described_after(cm, a_e)
                reported = self.outlets_in(a_s, a_e, speaker)
                if speaker is not None or (dm is None or dm.re is not _SPACE_AFTER) and \
                        not re.search(r":\s*$", self.text[max(self.an.sentence(o)[0], ps):o]):
                    self.add(3, "direct", cs, ce, speaker, cm.group(), reported, (self.an.sentence(o)[0], a_e))
                    return
                # («…», сообщает Лента.ру. / «…», — и добавил, что …: the speaker is the one the colon before
                # introduces)
            ref = self.owner_after_quote(a_s, a_e) if dm is not None and dm.re is _DASH_AFTER else None
            if ref is not None:  # («…», — таков ответ министра …: ru_owner_after.py, r31)
                self.add(3, "direct", cs, ce, ref, None, self.outlets_in(a_s, a_e, ref), (self.an.sentence(o)[0], a_e))
                return
        ss, _ = self.an.sentence(o)
        ss = max(ss, ps)
        before = self.text[ss:o]
        colon = re.search(r":\s*$", before)
        bare = None if colon else re.search(r"(?:^|[\s,])(" + self.rr.cue.pattern + r")\s*$", before, re.IGNORECASE)
        if bare is not None and self._is_gerund(ss + bare.start(1)) and _words_of_someone(self.text[o + 1:c]):
            # ", сказав «…»": the quotation is the gerund's object
            cm = re.compile(self.rr.cue.pattern, re.IGNORECASE).match(self.text, ss + bare.start(1))
            speaker = self.speaker_in(ss, cm.start(), cm, self.quoted, o, prefer_last=True)
            if speaker is not None:
                after_end = min(self.an.sentence(c)[1] if self.an.sentence(c)[1] > c else pe, pe)
                self.add(3, "direct", cs, ce, speaker, cm.group(), self.outlets_in(ss, cm.start(), speaker),
                         (ss, after_end))
                return
        if colon:
            clause_end = ss + colon.start()
            cms = list(self.rr.cue.finditer(self.text, ss, clause_end))
            after_end = min(self.an.sentence(c)[1] if self.an.sentence(c)[1] > c else pe, pe)
            if cms:
                cm = cms[-1]
                speaker = self.speaker_in(ss, clause_end, cm, self.quoted, o, prefer_last=True) or \
                    self.subject_phrase(cm, ss)  # "Президент Франции заявил: «…»": a speaker described
                reported = self.outlets_in(ss, clause_end, speaker) + self.outlets_in(c, after_end, speaker)
                self.add(3, "direct", cs, ce, speaker, cm.group(), reported, (ss, after_end))
                return
            # "Песков: «...»" -- a name and a colon, no verb
            named = self.an.mentions_in(ss, clause_end, types=("PERSON", "ORG"))
            ref = self.headline_title_holder(ss, clause_end)  # ("Главный тренер «Урала»: «…»", ru_title_holders.py)
            # "Песков — о встрече с Байденом: «…»": the first name a topic follows, in the nominative (not
            # "Письмо Дмитрию Пескову — о …", "Песня Аллы Пугачевой о любви": ru_layout_names.py)
            topic = next(((m, a) for m, a in named if _TOPIC_AFTER.fullmatch(self.text, m.end, clause_end) and
                          credited_name(self.an, ss, m) and
                          not any(t.pos in ("VERB", "AUX") for t in toks_in(self.an, m.end, clause_end))), None)
            if ref is not None:
                pass
            elif named and (topic or not self.text[named[-1][0].end:clause_end].strip()):
                m, a = topic or named[-1]
                ref = self.an.ref(a, m.start, m.end)
            elif not self.text[ss:clause_end].strip().count(" "):  # one word before the colon: "Песков: «...»"
                lead = len(self.text[ss:clause_end]) - len(self.text[ss:clause_end].lstrip())
                t = self.an.tok_at_start.get(ss + lead)
                ref = self.an.unnamed_person(t.i) if t is not None else None
            if ref is None:  # "Сам Белов оказался более дипломатичным: «…»": a person the subject before the colon
                ref = self._person_subject(ss, clause_end) or self.speech_noun_speaker(ss, clause_end) or \
                    self._headline_holder(ss, clause_end, None, self.quoted)  # ("Министр … области: «…»", r21)
            lead = ss + len(self.text[ss:clause_end]) - len(self.text[ss:clause_end].lstrip())
            if ref is None and named and named[0][0].start == lead and named[0][1].type == "PERSON":
                m, a = named[0]  # "Алексей Клименко, член совета, называет …: «…»": the person the clause opens with
                ref = self.an.ref(a, m.start, m.end)
            if ref is not None and ref.entity is not None and ref.mention is not None and \
                    name_case(self.an, ref.mention.start, ref.mention.end) == "Dat":
                ref = None  # (the addressee: "Обращение Олегу Зуеву о ремонте школы: «…»", ru32bfix)
            if ref is not None:
                self.add(3, "direct", cs, ce, ref, None, self.outlets_in(c, after_end, None), (ss, after_end))

    def _attribution_after_break(self, c, pe) -> tuple[int | None, int]:
        """«…»\n\nзаявил Кадыров.: a paragraph break inside the sentence; the next paragraph opens in lower case with
        the cue verb. Returns (its start, its paragraph's end), else (None, pe)."""
        m = re.compile(r"\s*\n\s*(?=[а-яёa-z])").match(self.text, pe)
        if m is None or not self.rr.cue.match(self.text, m.end()):
            return None, pe
        end = self.text.find("\n", m.end())
        return m.end(), len(self.text) if end < 0 else end

    def _dialogue(self) -> None:
        """ "— Мы готовы, — сказала Захарова. — Но нужны гарантии." A line, or a part of a paragraph opening with a
        dash after a sentence's end ("Он отметил, что …. — Мы довольны, — добавил тренер."; priority 2.3, before a
        trailing reading of its last sentence)."""
        lines = list(self._dash_lines())
        while lines:
            ls, line, prio = lines.pop(0)
            lm = re.match(rf"\s*(?:[{DASH}]\s*|--?\s+)", line)
            if not lm:
                continue
            s1 = ls + lm.end()
            sep = _DIALOGUE_SEP.search(self.text, s1, ls + len(line))
            sep = self._bare_dash(s1, sep.start() if sep else ls + len(line)) or sep  # (the first one)
            if not sep:
                continue
            e1 = sep.start(1) + (1 if sep.group(1) in "!?…" else 0)
            a_s = sep.end()
            sep2 = _DIALOGUE_SEP.search(self.text, a_s, ls + len(line))
            a_e = sep2.start(1) if sep2 else ls + len(line.rstrip().rstrip("."))
            cm = self.rr.cue.search(self.text, a_s, a_e)
            loose = cm is None  # "— Да, — улыбнулась она.": any verb opening the clause after the dash
            cm = cm or self.verb_cue(a_s, a_e)
            if not cm or cm.start() - a_s > 40:
                continue
            speaker = self.speaker_in(a_s, a_e, cm, self.quoted + [(s1, e1)], s1)
            if speaker is None and loose:
                continue
            content = self.text[s1:e1]
            end = e1
            if sep2 and self._next_turn(sep2.end(), ls + len(line.rstrip())):
                lines.insert(0, (sep2.end(1), self.text[sep2.end(1):ls + len(line)], prio))  # ("— A? — спросил X.
                sep2 = None  # — B, — ответил Y.": B is Y's turn, not more of X's words; r35, real Kazakh pages)
            if sep2:
                s2, e2 = sep2.end(), ls + len(line.rstrip())
                joint = ". " if sep2.group(1) == "." and self.text[e1 - 1] not in "!?…" else " "
                content = f"{self.text[s1:e1]}{joint}{self.text[s2:e2]}"
                end = e2
            self.add(prio, "direct", s1, end, speaker, cm.group(), self.outlets_in(a_s, a_e, speaker),
                     (ls, ls + len(line)), text_override=content.strip())

    def _next_turn(self, s: int, e: int) -> bool:
        """Do the words from ``s`` carry a dash attribution of their own ("…, — ответил мэр …", "…? — спросил …"):
        another speaker's turn in a dialogue written as one paragraph, not the same speaker going on? Not a dash
        inside the words ("Трубу заменят — до зимы"): a cue verb, or a finite verb (``verb_cue``: "— кивнул он")
        with its subject right after it, right after the dash. Not "— Мы обещали, — значит, сделаем." (a verb with
        no subject after it: the same speaker going on; rufix35)."""
        sep = _DIALOGUE_SEP.search(self.text, s, e)
        if sep is None:
            return False
        nxt = _DIALOGUE_SEP.search(self.text, sep.end(), e)
        if self.rr.cue.match(self.text, sep.end()):
            return True
        v = self.verb_cue(sep.end(), nxt.start() if nxt else e)
        t = self.an.tok_at_start.get(v.start()) if v is not None else None
        subj = self.an.toks[t.i + 1] if t is not None and t.i + 1 < len(self.an.toks) else None
        return subj is not None and (subj.pos == "PROPN" or subj.pos in ("NOUN", "PRON") and
                                     (subj.feats or {}).get("Case") == "Nom")

    def described_after(self, cm, end: int) -> Ref | None:
        """A person described, not named, as the subject right after the cue ("«…», — говорит женщина.", "—
        уточнил собеседник агентства"), as written (up to six words), when no reading names anyone: the speaker a
        later pronoun goes on with ("Она добавила, что …", r22)."""
        t = self.an.tok_at_start.get(cm.start())
        subj = next((self.an.toks[c] for c in (t.children if t is not None else ()) if c > t.i and
                     self.an.toks[c].dep == "nsubj"), None)
        if subj is None or subj.pos != "NOUN" or (subj.feats or {}).get("Animacy") != "Anim" or \
                subj.end > end or self.an.mentions_in(subj.start, end, ("PERSON", "ORG", "MEDIA")):
            return None  # (a place in the phrase names no one: "— написала жительница улицы Лесной", r26)
        a, b = _subtree_range(self.an.toks, subj.i)
        stop = next((t for t in self.an.toks[subj.i + 1:b + 1] if t.pos in ("ADP", "PUNCT", "VERB")), None)
        e = min(stop.start if stop is not None else self.an.toks[b].end, end)  # (not "на встрече с избирателями")
        e = subj.start + len(self.text[subj.start:e].rstrip(" ,.;"))
        phrase = self.text[subj.start:e]
        if len(phrase.split()) > 6 or self.rr.anonymous.search(self.text, subj.start, e):
            return None  # (an unnamed source, "собеседник агентства", is read by ru_voice.py / ru_wire.py)
        return Ref(None, phrase, Mention(subj.start, e, phrase))
