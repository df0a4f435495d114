"""Russian attributions set aside in a sentence (a mixin of ``ru.RussianQuotes``, split from ru_more.py by topic in
round 36): "Как считает X, …" (``_as_said``), an outlet's own report "…, сообщает Lenta.ru." (``_outlet_report``),
the attribution ending a sentence after a comma "…, отметил X." (``_trailing``) and one inserted between commas
"Такой переход, считает X, повысит …" (``_inserted``), with the cuts and sources they share."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import commas, rules
from ...record import Mention, Ref
from ..entities.ru import _words_rx
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_asides import (addressed_body, adverbs_end, after_in, as_cue, body_said_in, clause_opened,
                        described_words, long_participle, subject_lead, told_body)
from .ru_citing import CITING as _CITING, cites_at  # ("со ссылкой на", "ссылаясь на", r28)
from .ru_colon_tail import colon_tail_start
from .ru_documents import _document_phrases
from .ru_interrupted import DASH, InterruptedQuotes
from .ru_stance import outside_marks
from .ru_medium import medium_owner, spoken_in

_CONTRAST_CUT = re.compile(r",\s+(?:однако|но)\s")
_WHERE_AFTER = re.compile(r"\s+(?:в|во|на|по|после|перед|во\s+время)\s+[^,]{0,60}$")
_SO_BEFORE = re.compile(r"(?<!\w)(?:так|такой|такая|такое|такие|таким|такого|такую|такой\s+же)\s*$", re.IGNORECASE)


class SetAsideReaders(InterruptedQuotes):
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs`` and ``add`` of ``RussianQuotes``; the
    ``_impersonal`` and ``_utterance_in`` they call are ru_more.py ``MoreReaders``'s (its subclass)."""

    def _as_said(self, ss, se) -> None:
        """ "Как считает эксперт, …" / "Кроме того, как заявил Песков, …": "как", a cue verb and who says it, then
        after the comma what is said (to the sentence end)."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for lm in re.finditer(r"(?:^|,)\s*как\s+(?P<was>был[оиа]?\s+)?", text[ss:end], re.IGNORECASE):
            cm = self.rr.cue.match(text, adverbs_end(text, ss + lm.end()))  # ("Как было заявлено …": nobody named)
            if cm and subject_lead(self.an, ss, ss + lm.start()):
                continue  # ("Новый терминал, как сообщил губернатор, откроется в мае": the insertion, ``_inserted``)
            comma = commas.find(text, cm.end(), min(end, cm.end() + 80)) if cm else -1
            comma = self.participle_phrase_end(comma, end)  # ("Как рассказал источник, знакомый с …, …")
            if comma < 0 or any(o <= cm.start() < c for o, c in self.pairs):
                continue
            media = [self.an.ref(a, m.start, m.end) for m, a in self.an.mentions_in(cm.end(), comma, ("MEDIA",))
                     if not spoken_in(self.an, text, m, a, cm)]  # ("Как заявил в эфире «Россия 24» министр", r25)
            told = told_body(text, media[0].mention.end, comma) if media else None  # ("Как сообщили «РИА Новости» в
            who = self.body_at(*told) if told else None  # компании, …": the body said it, the outlet was told, r22)
            told = None if who else addressed_body(self.an, text, cm, comma)  # ("Как пояснили в ведомстве агентству
            who = who or (self.body_at(*told) if told else None)  # «Интерфакс», …", r25)
            if who is None and media:  # ("Как рассказали источники в … «Интерфаксу», …"; "Как пишет X со ссылкой на
                who = self.cited_source(media[0], cm, comma)  # источник в …, …": the source, ru_relays.py, r27)
            who = who or self.speaker_in(cm.end(), comma, cm, self.quoted, cm.start()) or (media or [None])[0]
            if (who is None or who.mention is None) and self.names_document(cm.end(), comma):  # ("Как следует из
                who = self.document_speaker((cm.end(), comma), comma, comma)  # текста приговора": its issuer or the
                # words as written, not someone named before, r22)
            phrase = text[cm.end():comma].strip()  # ("Как сообщается, …" names nobody, r23; "Как говорится": a saying)
            nobody = (lm.group("was") is not None or not phrase and cm.group()[:5].lower() != "говор") and \
                self._impersonal(cm.group())
            if who is None and not nobody and 1 <= len(phrase.split()) <= described_words(phrase) and \
                    phrase.lower() not in self.rr.pronouns:
                s = text.index(phrase, cm.end())
                bm = re.match(r"во?\s+", phrase, re.IGNORECASE)  # ("в пресс-службе металлурга": the body; "на
                who = medium_owner(self.an, text, s, s + len(phrase)) or (self.body_at(s + bm.end(), s + len(
                    phrase)) if bm else None) or Ref(None, phrase, Mention(s, s + len(phrase), phrase))  # сайте X": X)
            if who is None and not nobody or len(text[comma + 1:end].split()) < 3 or \
                    self._nested_attribution(comma + 1, end):
                continue  # ("Как сообщает Интерфакс, Оверчук сказал, что …": his words, the outlet reports them)
            kind = "mixed" if any(ch in text[comma + 1:end] for ch in OPEN_CLOSE) else "indirect"
            self.add(2.2, kind, comma + 1, end, who, cm.group(), self.outlets_in(ss, se, who), (ss, se))
            return

    def _nested_attribution(self, cs: int, ce: int) -> bool:
        """Whether text[cs:ce] holds an attribution of its own: a cue verb with what it governs ("Оверчук сказал,
        что …", "заявил: «…»"), words in quote marks, or a reading already made there. A cue verb with a plain
        object ("суд счел смягчающими обстоятельствами наличие детей", r22) says what the document says."""
        nested = self.rr.cue.search(self.text, cs, ce)
        if nested is None:
            return False
        rest = self.text[nested.end():ce]
        return bool(self._found_in(cs, ce) or any(ch in self.text[cs:ce] for ch in OPEN_CLOSE) or
                    self.rr.indirect_tail.match(rest) or re.match(r"[^.!?,]{0,40}:", rest) or
                    self.rr.cue.search(self.text, nested.end(), ce))

    def _outlet_report(self, ss, se) -> None:
        """An outlet's own report, the sentence its statement: "…, сообщает Lenta.ru." (the report verb and who
        reports ending the sentence after a comma) or "Как пишет «Коммерсантъ», …" (before the first comma). Lowest
        priority: a speaker's attribution in the same sentence keeps the outlet as its ``reported_by``."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        lead = re.match(r"\s*(?:как|об\s+этом)\s+", text[ss:end], re.IGNORECASE)
        rm = self.rr.report.match(text, ss + lead.end(), end) if lead else None
        comma = commas.find(text, rm.end(), min(end, rm.end() + 80)) if rm else -1
        if rm and comma > 0:
            cs, ce, region = comma + 1, end, (rm.end(), comma)
        else:
            for m in re.finditer(r",\s*(?:как\s+)?", text[ss:end]):
                rm = self.rr.report.match(text, ss + m.end(), end)
                tail = text[rm.end():end] if rm else ","
                cite = _CITING.search(tail)  # ("пишет издание «…» со ссылкой на источники …", ", ссылаясь на …": the
                short = tail[:cite.start()].rstrip(", ") if cite else tail  # cited source is a second name, not the
                if rm and "," not in short and len(short.split()) <= 8:  # reporter's; the verb and reporter end it)
                    cs, ce, region = ss, ss + m.start(), (rm.end(), rm.end() + cite.start() if cite else end)
                    break
            else:
                return
        who = self._reporter(*region)
        if who is None or len(text[cs:ce].split()) < 3 or any(o <= rm.start() < c for o, c in self.pairs) or \
                any(not self._impersonal(x.group()) and not _silent(self.an, self.an.tok_at_start.get(x.start()))
                    for x in self.rr.cue.finditer(text, cs, ce)) or self._utterance_in(cs, ce):
            return  # (the outlet reports someone's words: they are read where they stand, the outlet a credit;
            # what a person did, reported by the outlet alone, is the outlet's report)
        kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
        self.add(5, kind, cs, ce, who, rm.group(), [], (ss, se))

    def _trailing(self, ss, se) -> None:
        """What was said first, the attribution ending the sentence after a comma: "Выступления экологов не повлияли
        на отставку, отметил Минченко." (a finite cue verb, then its speaker, nothing else but a few words). An
        outlet there is its own report (``_outlet_report``); a speaker must be named. Priority 2.4."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        if re.match(rf"\s*(?:[{DASH}]|--?\s)", text[text.rfind("\n", 0, ss) + 1:ss + 3]):
            return  # a dialogue line ("— Да, — сказал он."), read by ``_dialogue``
        # (", — сообщила Набиуллина": a dash too; "…, об этом сообщил Дунаев.", "… — об этом сообщил X", r25: a pointer)
        for m in re.finditer(rf"(?:,\s*(?:(?:[{DASH}]|--?(?=\s))\s*)?|\s+[{DASH}]\s+(?=об\s+этом\s))(?:об\s+этом\s+|"
                             r"(?P<as>как\s+))?", text[ss:end]):
            a_s = ss + m.end()  # (r24: "…, как считают аналитики." too, not "так, как говорил тренер": a manner)
            if m.group().strip(", ") and (any(ss <= c < a_s for _, c in self.pairs) or text[ss + m.start() - 1] in
                                          "»“”\"" or m.group("as") and _SO_BEFORE.search(text, ss, ss + m.start())):
                continue  # «…», — сказал он.: a quotation's attribution (``_quotation``)
            cm = self.rr.cue.match(text, a_s)
            t = self.an.tok_at_start.get(a_s)
            if cm is None or t is None or (t.feats or {}).get("VerbForm") != "Fin" and t.pos != "ADJ":  # (уверен: r23)
                continue
            end = self._credit_cut(cm.end(), end)  # ("…, сообщили в пресс-службе суда, передает ТАСС.")
            end = self._describing_cut(cm.end(), end)  # ("…, говорится в приговоре, который огласил суд.")
            end = self.gerund_cue_at(cm.end(), end)  # ("…, сообщил X, добавив, что …": ru_wire.py)
            tail = text[cm.end():end]
            named = any(x.end == end or _WHERE_AFTER.match(text, x.end, end) for x, _ in
                        self.an.mentions_in(cm.end(), end))  # (a long title, a name; then where, r20: "…, сообщила
            # официальный представитель компании Су Лин на пресс-конференции в Будапеште.")
            long_ok = named or self._impersonal(cm.group())  # (r21: "…, говорится в исследовании <an institute's
            # long name>": a document and whose it is)
            if "," in tail or len(tail.split()) > (14 if long_ok else 8) or any(o <= a_s < c for o, c in self.pairs) \
                    or len(text[ss:ss + m.start()].split()) < 2:  # ("Пострадавших нет, сообщили в МЧС.", r23)
                continue
            impersonal = self._impersonal(cm.group())  # ("…, говорится в сообщении прокуратуры.")
            who = None if impersonal else \
                self.speaker_in(cm.end(), end, cm, self.quoted, cm.start()) or self.place_after(cm, end)
            if who is None:
                who, accepted = self.trailing_source(cm, end, impersonal)  # (ru_forms: nobody, anonymous, described)
                if not accepted:
                    return
            elif who.mention is not None and who.entity and cm.end() <= who.mention.start < end and \
                    next(a for a in self.an.actors if a.id == who.entity).type == "MEDIA":
                who = self._cited_in_outlet(cm.end(), who.mention.start)  # ("…, пояснил источник «Ъ»": the
                if who is None:  # outlet's source speaks, the outlet credited; "…, сообщает ТАСС": its own report)
                    return
            elif who.mention is None or not cm.end() <= who.mention.start < end:
                return
            cs, ce = ss, ss + m.start()
            cs = colon_tail_start(text, self.found, self.pairs, cs, ce, self.rr.cue)  # (what a colon opens)
            first = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
            if any(o == first and c >= ce - 1 for o, c in self.pairs):
                return  # «…», говорит Петров.: a quotation, read with its marks (``_quotation``)
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(2.4, kind, cs, ce, who, cm.group(), self.outlets_in(ss, se, who), (ss, se))
            return

    def _describing_cut(self, start: int, end: int) -> int:
        """The end of a trailing attribution before a comma that opens a clause describing its source or document
        (a relative "который"/"чей" or a participle's phrase: "…, говорится в докладе, подготовленном ВШЭ",
        "…, сказал министр, выступая …" is not one): what the clause adds tells who or what, not what was said."""
        k = commas.find(self.text, start, end)
        if k < 0:
            return end
        t = next((x for x in self.an.toks if x.start > k), None)
        if t is not None and t.start < end and (re.match(r"(?:котор|чь?[еиья])", t.low) and t.lemma in (
                "который", "чей") or long_participle(t) or
                t.lemma in rules.wordset("ru", "source_describers")):  # ("…, сказал источник, знакомый с …", r18)
            return k
        return end

    def _cited_in_outlet(self, start: int, media_start: int) -> Ref | None:
        """ "По данным источника «РБК» в правоохранительных органах, …": a source of the outlet's (a noun before the
        outlet's name that is no outlet noun: "источника", "собеседника") speaks, the outlet credited; the phrase as
        written up to the comma. None when the outlet itself leads the phrase ("По данным агентства Bloomberg")."""
        from .ru_voice import _outlet_nouns
        toks = [t for t in self.an.toks if start <= t.start < media_start]
        if not toks or toks[0].pos != "NOUN" or self.an._lemma(toks[0]) in _outlet_nouns(self.an.lang):
            return None
        comma = commas.find(self.text, media_start)
        a, b = toks[0].start, comma if comma > 0 else media_start
        return Ref(None, self.text[a:b].strip(), Mention(a, a + len(self.text[a:b].strip()), self.text[a:b].strip()))

    def _describes_before(self, at: int, end: int) -> bool:
        """Does the text after the comma at ``at`` open with a word describing the noun before it (an adjective or a
        participle: "источник, знакомый с ходом переговоров, …", "чиновник, пожелавший остаться неизвестным")? Then
        the insertion runs on past that comma (review r20)."""
        first = next((t for t in self.an.toks if at < t.start < end), None)
        return first is not None and (first.pos == "ADJ" or long_participle(first))

    def _phrase_source(self, start: int, end: int, case: str | None = None) -> Ref | None:
        """The source of an inserted "по данным …" / "по словам …" that names no actor, as written: a noun phrase
        of up to six words opening with a noun or its adjective ("министерства", "немецких страховщиков"); with
        ``case``, its first noun in that case (the subject of an inverted cue: "подчеркнул министр")."""
        toks = [t for t in self.an.toks if start <= t.start < end]
        if not toks or len(toks) > 6 or toks[0].pos not in ("NOUN", "ADJ") or \
                not any(t.pos == "NOUN" for t in toks) or any(t.pos in ("VERB", "AUX", "PRON") for t in toks):
            return None
        if case is not None and (next(t for t in toks if t.pos == "NOUN").feats or {}).get("Case") != case:
            return None
        a, b = toks[0].start, toks[-1].end
        return Ref(None, self.text[a:b], Mention(a, b, self.text[a:b]))

    def _credit_cut(self, start: int, end: int) -> int:
        """The end of a trailing attribution before an outlet's credit closing the sentence: "…, сообщили в
        пресс-службе суда, передает ТАСС." (the outlet reports the whole attribution: a report verb and up to five
        words after the last comma); else ``end``."""
        comma = commas.rfind(self.text, start, end)
        if comma < 0:
            return end
        after = self.text[comma + 1:end]
        rm = self.rr.report.match(self.text, comma + 1 + len(after) - len(after.lstrip()))
        if rm is None or not 1 <= len(self.text[rm.end():end].split()) <= 5 or "," in self.text[rm.end():end]:
            return end
        return comma

    def _inserted(self, ss, se) -> None:
        """An attribution inserted between commas inside what it reports: "Такой переход, считает вице-губернатор
        Шемелев, повысит …", "Их первой жертвой, по словам президента, станет …", "Между тем, пишет «Коммерсантъ»,
        канал …". The content is the sentence without the insertion (without a short opener such as "Между тем");
        an outlet's insertion is its own report (priority 5, as "…, сообщает Lenta.ru."), a speaker's 2.3."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for m in re.finditer(r",\s*", text[ss:end]):
            c1, a_s = ss + m.start(), ss + m.end()
            cm = self.rr.cue.match(text, a_s) or self.rr.report.match(text, a_s) or _phrases(self.rr.lang).match(
                text, a_s) or _inserted_document(self.rr.lang, text, a_s) or as_cue(self.rr.cue, text, a_s)
            c2 = commas.find(text, cm.end(), min(end, cm.end() + 80)) if cm else -1
            c2 = self.speaker_phrase_end(cm.end(), end) if cm and c2 < 0 else c2  # (r34: a long titled speaker)
            lead = text[ss:c1]
            known = " ".join(lead.lower().split()) in rules.wordset("ru", "openers")  # ("Но, по словам …")
            least = 2 if cm and (cm.re is _phrases(self.rr.lang) or subject_lead(self.an, ss, c1)) else 3  # (r21:
            # "…, по его словам, риски сохраняются"; r29: a subject's predicate, "Решение, сообщил X, принято сразу")
            if c2 < 0 or c1 - ss < 3 and not known or any(o <= a_s < c for o, c in self.pairs) or \
                    self.rr.cue.search(text, cm.end(), c2) or len(text[c2 + 1:end].split()) < least:
                continue
            if cm.re is self.rr.cue and c2 == self._credit_cut(cm.end(), end):
                continue  # ("…, отмечает Ракитин, пишет «Российская газета»": an outlet's credit after a trailing
                # attribution goes on no content; the trailing attribution is read by ``_trailing``, r21)
            trailing = cm.re is self.rr.cue and c2 == self._describing_cut(cm.end(), end) or cites_at(text, c2 + 1)
            # (r21: "…, уточняет CNN, чьи слова …", "…, сообщает издание, знакомых с …": a clause describing the source
            # ends it, what was said is all before the insertion; r28: so does whom it cites, "…, ссылаясь на Y")
            opener = known or \
                clause_opened(lead)  # ("…, и, по данным Y, Z": Z only; "…, где, по словам X, Z": Z, ru_asides.py)
            outlet = self.rr.report.match(text, a_s) is not None and self.outlets_in(cm.end(), c2, None)  # (r28)
            lo = cm.start() if self.rr.pronoun_rx.search(cm.group()) else cm.end()  # "по его словам": the pronoun
            who = self._reporter(cm.end(), c2) if outlet else \
                self.speaker_in(lo, c2, cm if cm.re is self.rr.cue else None, self.quoted, cm.start())
            if who is None and not outlet and cm.re is not self.rr.cue and \
                    re.match(r"(?:по|согласно)\s", cm.group(), re.IGNORECASE):
                who = self._phrase_source(cm.end(), c2)  # ("Кроме того, по данным министерства, …")
                cut = who is not None and outside_marks(_CONTRAST_CUT, text, c2 + 1, end, self.pairs)
                end = cut.start() if cut else end  # (", однако не следует забывать …": the writer's again)
            elif who is None and cm.re is self.rr.cue and not outlet and any(
                    (t.feats or {}).get("VerbForm") == "Fin" for t in self.an.toks if c2 < t.start < end) and \
                    not self._describes_before(c2, end):
                who = self._phrase_source(cm.end(), c2, case="Nom") or body_said_in(self, cm.end(), c2)  # (the
                # inverted cue's subject naming no actor, or "в" a body, r29; the rest a clause going on, not a phrase
                # describing the speaker: "…, поясняет источник, знакомый с …")
            if who is None or who.mention is None or not lo <= who.mention.start < c2 or \
                    cm.re is self.rr.cue and self.oblique(who.mention) and not after_in(text, who.mention.start):
                continue  # (named inside the insertion; "X, бежавший …, рассказал о том, как …" is none; an
                # inverted cue's speaker is its subject, "…, рассказала обозревателю «Северного края» …" none, r23)
            tail = self.strip_report_tail(c2 + 1, end)  # (an outlet's credit ending the sentence relays: r27)
            end = c1 if trailing and not opener else tail
            cs, body = (c2 + 1, text[c2 + 1:end].strip()) if opener else \
                (ss, (lead.strip() + " " + text[c2 + 1:end].strip()).strip())
            if outlet and (any(not self._impersonal(x.group()) for x in self.rr.cue.finditer(body)) or
                           self._person_subject(c2 + 1, end)):
                return  # the outlet reports someone's words or deeds: they are read where they stand (an
                # impersonal "ранее сообщалось о …" inside is nobody's words)
            kind = "mixed" if any(ch in body for ch in OPEN_CLOSE) else "indirect"
            self.add(5 if outlet else 2.3, kind, cs, end, who, re.sub(r"\s+", " ", cm.group()),
                     [] if outlet else self.outlets_in(ss, se, who), (ss, se), text_override=body)
            if not opener and not trailing:
                self.found[-1][1].parts = [[ss, c1], [c2 + 1, end]]
            return


@lru_cache(maxsize=None)
def _phrases(lang: str) -> re.Pattern:
    """The attribution phrases ("по словам", "по мнению") anywhere in a sentence."""
    return _words_rx(rules.lines(lang, "attribution_phrases"))


def _inserted_document(lang: str, text: str, pos: int):
    """A document phrase ("согласно распоряжению", "по данным") at ``pos``, inserted between commas."""
    rx = _document_phrases(lang)
    return rx.match(text, pos) if rx is not None and not text[pos:pos + 1].isspace() else None


def _silent(an, t) -> bool:
    """ "Зеленский пока не высказывался о документе" (r34): a verb of taking the floor (words.tsv ``floor_verbs``:
    высказаться, выступить) negated says that nothing was said about the topic, not what was: no content of its own,
    and no one's words inside an outlet's report of the sentence."""
    return t is not None and t.i > 0 and an.toks[t.i - 1].low == "не" and t.lemma in rules.wordset("ru", "floor_verbs")
