"""Quotes of Russian and Ukrainian documents (the "ru" quotes reader of the language table). Cue verbs,
outlet-crediting verbs, "по словам"-phrases, pronouns and anonymous sources are data files per language
(``lang/<code>/``):

  - «...», — заявил Путин. / «...» — сказал он, передает ТАСС.   (dash after the quote)
  - Путин заявил журналистам: «...».                              (colon before the quote)
  - По словам Пескова, «...».  /  По его словам, ...               (attribution phrase)
  - — Мы готовы, — сказала Захарова. — Но нужны гарантии.          (dialogue lines)
  - Песков заявил, что ...  (indirect; "mixed" when the content holds a «quoted fragment»)

  - Путин поддерживает идею …  /  Еврокомиссия выступала против …  (a stance by lemma, ru_stance.py)

A pronoun speaker ("он", "по её словам") goes on with the last attribution's speaker, else is the last person named
before it outside quotes, agreeing in gender where the morphology tells (ru_speakers.py, coref/ru.py); a described
speaker ("американские власти", "компания", "Нацфронт") is linked to the actor it stands for (ru_speakers.py).
Outlets named in the attribution clause or the quote's sentence ("передает ТАСС", "как сообщает Интерфакс", "по
данным РБК") are its ``reported_by``. Where two readings of a
passage overlap, the one of the first priority is kept (phrase 1, indirect 2, "как считает X, …" 2.2, pointer
back 2.5, quote marks 3, dialogue 4, a cue verb's object ("назвал итоги подтасованными") 4.5, an outlet's own
report 5: "…, сообщает Lenta.ru." / "Как пишет «Коммерсантъ», …" / "РБК сообщил, что …", whose speaker is the
outlet). Quotations in marks and dialogue lines are read in ru_quotation.py.
"""
from __future__ import annotations

import re
from itertools import takewhile

from .. import commas
from ...record import Mention, Quote, Ref
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE, quote_pairs
from .ru_closed_quote_end import closed_quote_end
from .ru_dates import quote_date
from .ru_datelines import dateline_end
from .ru_demands import DemandReaders
from .ru_documents import DocumentReaders, subject_form
from .ru_findings import FindingsReaders
from .ru_forms import FormReaders
from .ru_fronted import FrontedReaders
from .ru_fronted_gerund import FrontedGerunds
from .ru_far_cue import FarCues
from .ru_constructions import SELF_TRAIT as _SELF, ConstructionReaders, colon_clause_after
from .ru_hearsay import HearsayReaders
from .ru_known import learnt_not_reported
from .ru_interviews import InterviewReaders
from .ru_speaker_labels import SpeakerLabels
from .ru_spokesman import SpokesmanTitles
from .ru_announced import AnnouncedRemarks
from .ru_layouts import LayoutReaders
from .ru_relayed_words import RelayedWords
from .ru_marks import quoted_spans, straight_nesting, strip_content
from .ru_kept import kept_quotes, no_lone_they
from .ru_title_holders import title_named_after
from .ru_outlet_credits import credited_outlets
from .ru_open_ends import open_ends
from .ru_more import MoreReaders
from .ru_participles import ParticipleReaders
from .ru_agents import AgentChecks
from .ru_leads import LeadReaders
from .ru_quotation import QuotationReaders
from .ru_questions import QuestionReaders
from .ru_refusals import RefusalReaders
from .ru_relays import RelayReaders
from .ru_relative import RelativeReaders
from .ru_role_heads import RoleAtBody
from .ru_role_of import RoleOfParty
from .ru_local import LocalBodies
from .ru_resolve import SpeakerRefinements
from .ru_speakers import SpeakerLinks
from .ru_speaker_in import NamedSpeakers
from .ru_statements import StatementReaders
from .ru_subjects import SubjectReaders
from .ru_medium import past_medium
from .ru_told import told_source
from .ru_prompts import negated_speaker
from .ru_pointed import pointed_quotation
from .ru_turns import TurnReaders
from .ru_voice import VoiceReaders
from .ru_wire import WireReaders
from .ru_stance import StanceReaders

_CONTRAST = re.compile(r",\s+(?:а|но|тогда как|в то время как|однако)\s+")  # "…, а Y заявляет, что …"
_ABOUT_HOW = re.compile(r"(?P<mid>\s+о\s+том)\s*,\s+как\s+", re.IGNORECASE)  # "рассказал о том, как можно …"
# "Петров уверен: компания справится с кризисом.": what was said after a colon, without quote marks
# an outlet's credit opening a sentence: "Как передала радиостанция «Маяк», …" (its outlet read by outlets_in)
_AS_RELAYED = re.compile(r"\s*Как\s+[^,.!?\n]{2,60},\s*")
_COLON_TAIL = re.compile(r"(?P<mid>[^.!?«»:;,\n]{0,40}?):\s+(?=[^\s«„“\"—–-])")


class RussianQuotes(QuotationReaders, MoreReaders, SubjectReaders, StanceReaders, SpeakerLinks, FormReaders,
                    InterviewReaders, LayoutReaders, RelayedWords,
                    VoiceReaders, FindingsReaders, RefusalReaders, TurnReaders, HearsayReaders, DemandReaders,
                    StatementReaders, RelativeReaders, WireReaders, DocumentReaders, RelayReaders,
                    SpeakerRefinements, LocalBodies, FrontedReaders, ParticipleReaders, QuestionReaders,
                    AgentChecks, LeadReaders, RoleOfParty, RoleAtBody, FrontedGerunds, ConstructionReaders,
                    NamedSpeakers, FarCues, SpeakerLabels, SpokesmanTitles, AnnouncedRemarks):
    """The quotes of one document over its actor set (entities/ru.py ``RuActors``) and its dates."""

    def __init__(self, an, dates=()):
        self.an, self.text, self.rr = an, an.text, an.rr
        self.dates = [d for d in dates if d.value]
        pairs = straight_nesting(self.text, quote_pairs(self.text))
        self.pairs = self.paragraph_runs(self.merged_closes([(o, c) for o, c in pairs if c - o > 1]))
        self.pairs = open_ends(self.text, self._paragraphs(), self.pairs)  # (a closing mark never written, r36)
        self.quoted = quoted_spans(self.text, self.pairs, self.rr.cue)  # (without the author's words)
        self.found: list[tuple[float, Quote]] = []  # (priority, quote)
        self.pointing: set[int] = set()  # (the ids of the pointer sentences' reports: ru_kept.py)

    def read(self) -> list[Quote]:
        for k, (ss, se) in enumerate(self.an.sents):  # 1. indirect speech and "по словам" phrases
            sent = self.text[ss:se]
            am = self.rr.attribution.match(sent)
            if am:
                self._phrase(am, ss, se, sent)
            elif not self._opener(k, ss, se, sent):
                self._indirect(ss, se, sent)
                self._pointer_back(k, ss, se)
            self._as_said(ss, se)
            self._inserted(ss, se)
            self._trailing(ss, se)
            self._about_that(ss, se)
            self._document_phrase(ss, se)
            self._noted_in_document(ss, se)  # (ru_documents.py: "В докладе отмечается рост …", r21)
            self._findings(ss, se)
            self._object_content(ss, se)
            self._about_object(ss, se)
            self._stance(ss, se)
            self._refusal(ss, se)
            self._outlet_report(ss, se)
            self._hearsay(ss, se)  # (ru_hearsay.py: "X обвиняются в том, что …", "возник слух о …")
            self._demand_phrase(ss, se)  # (ru_demands.py: "вышли с требованием отставки …")
            self._made_statement(ss, se)  # (ru_statements.py: "приняли обращение к премьеру о …")
            self._participle_cue(ss, se)  # (ru_participles.py: "приняли резолюцию, осуждающую …", r22)
            self._constructions(ss, se)  # (ru_constructions.py: "…, по словам X.", "отказался подтвердить, что", r33)
        for o, c in self.pairs:  # 2. quotations in quote marks, attribution after (dash) or before (colon)
            self._quotation(o, c)
        self._dialogue()  # 3. dialogue lines
        self._paragraph_quotes()  # 4. layouts: a quotation paragraph, interview answers, transcript lines
        self._interview()
        self._plain_interview()  # (ru_turns.py: the same without dashes)
        self._after_colon_line()
        self._transcript()
        self._announced_remarks()  # (ru_announced.py: "Тренер провел пресс-конференцию.\n– …", r36)
        self._speaker_labels()  # (ru_speaker_labels.py: "Name, role: …", "Name (role)\n— …", r36)
        self._layouts()  # (ru_layouts.py: credit lines, bracketed sources, listed quotations, r32)
        self._credit_openers()
        self._gerund_speakers()
        self._refine_speakers()  # (ru_resolve.py: what the whole text tells of a speaker, r20)
        for ss, se in self.an.sents:
            self._reputed(ss, se)  # ("Бумаги Facebook считаются привлекательными": ru_findings.py)
        return self.relays(self._kept())  # (an outlet's report of a quote: ru_relays.py)

    def add(self, prio, kind, cs, ce, speaker, cue, reported, region, text_override=None):
        text = self.text
        cs, ce = strip_content(text, cs, ce)
        if ce <= cs or negated_speaker(speaker) or self._author_voice(speaker, cue, region[0], cs):
            return  # ("ни дня не сомневалась": no one, ru_prompts.py)
        if speaker is not None and speaker.entity is None and speaker.mention is not None and \
                speaker.mention.text.lower().startswith("котор"):  # (ru_relative.py: "фермерами, которые заявили")
            speaker = self.relative_antecedent(speaker.mention.start, region[0])
        if speaker is not None and speaker.entity is None and speaker.mention is not None and \
                speaker.mention.text.lower() in rules.wordset("ru", "latter"):  # (ru_relative.py: "Последняя
            speaker = self.latter_antecedent(speaker.mention.start)  # обвиняет …": the actor named last)
            alone = True  # (one of a pair named before, never the pair: review r22)
        else:
            alone = False
        speaker, reported = self._cited_source(speaker, list(reported), region, cs, ce)
        speaker = self._without_parenthetical(speaker) if speaker is not None else \
            self.document_speaker(region, cs, ce)  # ("В послании подчеркивается": who issued it, ru_relative.py)
        speaker = self._short_form_speaker(speaker)
        q = Quote("", kind, text_override if text_override is not None else text[cs:ce], speaker=speaker,
                  cue=cue.lower() if cue else None, reported_by=reported, start=cs, end=ce)
        q.date = quote_date(self.an, text, self.dates, region, (cs, ce), cue)  # (ru_dates.py: attach.py's rule)
        q.speakers = [speaker] if alone and speaker is not None else self.conjoined(speaker)
        self.found.append((prio, q))

    def _without_parenthetical(self, speaker):
        """A speaker as written without a parenthetical the parse hung on it ("Аналитики при этом не исключают",
        "Эксперты, в свою очередь, считают": words.tsv ``parentheticals``, r22)."""
        if speaker is None or speaker.entity is not None or speaker.mention is None:
            return speaker
        m = speaker.mention
        low = m.text.lower().rstrip(" ,")
        for p in rules.wordset("ru", "parentheticals"):
            if low.endswith(" " + p) and len(low) > len(p) + 1:
                e = m.start + len(m.text[:len(low) - len(p)].rstrip(" ,"))
                return Ref(None, self.text[m.start:e], Mention(m.start, e, self.text[m.start:e]))
        return speaker

    def extend(self, cs, ce):
        """The end of reported content that opens a quotation closing in a later sentence: that sentence's end."""
        text = self.text
        for o, c in self.pairs:
            if cs <= o < ce < c:
                s_end = self.an.sentence(c)[1]
                tail = text[c + 1:s_end] if s_end > c else ""
                return c + 1 + len(tail.rstrip(" .!?…\n"))
        return ce

    def _phrase(self, am, ss, se, sent) -> None:
        """ "По словам Пескова, ..." at a sentence start."""
        grp = "who" if am.group("who") else "phrase"  # "По его словам, ...": the pronoun is in the phrase
        who_s, who_e = past_medium(self.an, self.text, ss + am.start(grp), ss + am.end(grp)), ss + am.end(grp)
        cs, ce = ss + am.end(), ss + len(sent.rstrip().rstrip(".!?…"))
        k = commas.rfind(self.text, who_e, cs)  # ("Как рассказал источник, знакомый с …, …": who he is, not what said)
        cs = self.participle_phrase_end(k, ce) + 1 if k >= 0 and self.participle_phrase_end(k, ce) != k else cs
        if grp == "who":  # (r34: "По словам губернатора области, секретаря генсовета Алексея Дюмина, …")
            who_e, cs = self.apposed_holder(who_s, who_e, cs, ce)
        body = self.text[cs:ce].strip()
        cue = re.sub(r"\s+", " ", am.group("phrase"))
        anonymous = self.rr.anonymous.search(self.text, who_s, who_e) and not self.an.mentions_in(who_s, who_e)
        speaker = self.anonymous_source(who_s, who_e) if anonymous else \
            self.speaker_in(who_s, who_e, None, self.quoted, ss)  # (an unnamed source as written, r21)
        if speaker is None and not anonymous and grp == "who":
            speaker = self.an.surname_form(who_s, who_e)  # "По словам Кулебы": a case the tagger did not take
        if speaker is None and not anonymous and grp != "who" and self.unnamed_source_before(ss):
            anonymous = True  # ("…, рассказал источник «Ъ». По его словам, …": ru_wire.py)
        if speaker is None and not anonymous and grp == "who" and 1 <= len(am.group("who").split()) <= 6:
            toks = [t for t in self.an.toks if who_s <= t.start < who_e]  # "По словам министра, …": a speaker
            # described, no one named before, named in the nominative ("министр"; ru_documents.subject_form)
            speaker = Ref(None, subject_form(toks, self.text) if toks else am.group("who").strip(),
                          Mention(who_s, who_e, self.text[who_s:who_e]))
        if speaker is not None or anonymous:
            first = cs + len(self.text[cs:ce]) - len(self.text[cs:ce].lstrip())
            pair = next(((o, c) for o, c in self.pairs if o == first), None)
            direct = pair is not None and not self.text[pair[1] + 1:self.an.sentence(pair[1])[1]].strip(" .!?…")
            if direct:  # "По словам Пескова, «...»." -- the quotation may run over several sentences
                cs, ce = pair[0] + 1, pair[1]
            else:
                ce = self._second_attribution(cs, self.strip_report_tail(cs, self.extend(cs, ce)), se)  # ("…, однако
                # эксперт признал, что …": a second attribution ends the content; "…, передает ТАСС" credits, r24)
            body = self.text[cs:ce]
            se2 = max(se, self.an.sentence(ce)[1])
            kind = "direct" if direct else ("mixed" if any(ch in body for ch in OPEN_CLOSE) else "indirect")
            self.add(1, kind, cs, ce, speaker, cue, self.outlets_in(ss, se2, speaker), (ss, se2))

    def _opener(self, k_sent, ss, se, sent) -> bool:
        """ "Об этом заявил Лавров.": the sentence before, in the same paragraph, is what he said."""
        om = self.rr.opener.match(sent) if not any(o < ss < c for o, c in self.pairs) else None  # (r28: "«… . Так
        # было и прежде», — сказал он": a sentence inside a quotation points back at nothing; the quotation is read)
        cm = self.rr.cue.search(self.text, ss + om.end(), min(se, ss + om.end() + 80)) if om else None
        said = [t.lemma for t in self.an.toks if om and ss <= t.start < ss + om.end()]
        if om and cm is None and set(said) & rules.wordset("ru", "speech_nouns"):
            cm = self.verb_cue(ss + om.end(), se)  # "Такое заявление сделал Лавров.": the noun says it
        elif om and cm is None and set(said) & rules.wordset("ru", "pointer_nouns"):
            cm = self.verb_cue(ss + om.end(), se)  # "Такие данные приводит Росстат." (r21): what was reported, with a
            t = self.an.tok_at_start.get(cm.start()) if cm else None  # verb of reporting it (not "проверили")
            cm = cm if t is not None and t.lemma in rules.wordset("ru", "pointer_verbs") else None
        if om and cm is None:  # "Об этом свидетельствуют данные ГИБДД." (r21): a verb of showing (finding_verbs):
            cm = self.verb_cue(ss + om.end(), se)  # findings point back
            t = self.an.tok_at_start.get(cm.start()) if cm else None
            cm = cm if t is not None and t.lemma in rules.wordset("ru", "finding_verbs") else None
        colon = colon_clause_after(self.text, cm.end(), se) if cm else None  # ("Об этом заявил X: …": the sentence
        # pointed to is his, and so is the colon's clause, read by ru_constructions ``_pointer_colon``; review r33)
        if cm and k_sent > 0:
            ps, pe_ = self.an.sents[k_sent - 1]
            para = self._quotation_paragraph_before(ss)
            if para is not None:  # "«…».\n\nТак ответил Лямин.": a quotation paragraph before it
                ps, pe_ = para
            if "\n" not in self.text[pe_:ss] or para is not None or self._lone_sentence_paragraph(ps, pe_, ss):
                upto = self.text.rfind(":", ss, colon.end()) if colon else se
                speaker = self.speaker_in(ss, upto, cm, self.quoted, ss)
                prio = 2.5
                if speaker is None:  # "Об этом сообщает «Интерфакс».": the outlet's own report, below any other
                    outlets = self.outlets_in(ss, se, None)  # reading of the sentence before
                    speaker, prio = (outlets[0], 5) if outlets else (None, prio)
                speaker, prio = told_source(self, speaker, cm, se, prio)  # ("Об этом ТАСС сообщили в …": ru_told.py)
                end, accepted = ss + len(sent.rstrip().rstrip(".!?…")), False
                if speaker is None and not self._found_in(ps, pe_):  # (a report of an attribution read there: none)
                    speaker = self.place_after(cm, end)  # "Об этом сообщили в пресс-службе судов.", "… сообщила
                    # пресс-служба прокуратуры.", "Об этом рассказали три источника": as a trailing attribution's
                    speaker, accepted = (speaker, True) if speaker else self.trailing_source(cm, end, False)
                if speaker is not None or accepted or self._impersonal(cm.group(), True):  # ("Об этом сообщается …")
                    cs, ce = ps, ps + len(self.text[ps:pe_].rstrip().rstrip(".!?…"))
                    kind, cs, ce = pointed_quotation(self, cs, ce)  # («…», — написал он. Так X ответил: ru_pointed.py)
                    credit = _AS_RELAYED.match(self.text, cs, ce)  # ("Как передала радиостанция «Маяк», …")
                    relayed = self.outlets_in(cs, credit.end(), speaker) if credit else []
                    cs = credit.end() if relayed else cs
                    self.relay_back(ps, pe_, ss, se, speaker)  # (ru_relays.py: "Об этом он заявил …, передает ТАСС.")
                    n = len(self.found)
                    self.add(prio, kind, cs, ce, speaker, cm.group(), relayed + self.outlets_in(ss, se, speaker),
                             (ps, se))
                    self.pointing.update(id(q) for _, q in self.found[n:])  # (beside what it reports: ru_kept.py)
                    return True
        return False

    def _indirect(self, ss, se, sent) -> None:
        """ "Песков заявил, что ...": the first cue verb that governs a "что" clause."""
        for cm in self.cues_in(ss, se):  # (with "поспешил заверить": ru_leads.py)
            tail = self.rr.indirect_tail.match(self.text[cm.end():se]) or _ABOUT_HOW.match(self.text[cm.end():se]) \
                or self._colon_tail(cm, se) or self._question_tail(cm, se)  # (ru_questions.py)
            if not tail or tail.group("mid").count(",") > 1 or self.rr.cue.search(tail.group("mid")) or \
                    _SELF.search(tail.group("mid")) or \
                    self.own_clause_between(cm.end(), cm.end() + tail.end("mid")):  # (r34: ", и выяснилось, что")
                tail = self.far_tail(cm, se)  # (r34: "сказал журналистам, комментируя …, в том числе …, что":
                # across insertions only; ru_far_cue.py)
                if tail is None or _SELF.search(tail.group("mid")):
                    continue  # (a later cue verb is the one that governs "что": "Как сообщает X, Y сказал, что")
            if any(o <= cm.start() < c for o, c in self.pairs) or self.cue_in_question(cm, ss) or \
                    self.question_put(cm, tail):
                continue  # a cue verb inside a quotation, or in the question asked ("На вопрос, как он считает, …")
            if self._purpose_clause(cm, tail) or learnt_not_reported(self.an, cm, dateline_end(self.text, ss) or ss):
                continue
            cs = cm.end() + tail.end()
            ce = ss + len(sent.rstrip().rstrip(".!?…"))
            clause_start = dateline_end(self.text, ss) or ss  # (a lead's dateline is no subject)
            who_e = cm.end() + tail.end("mid")
            anonymous = self.rr.anonymous.search(self.text, clause_start, who_e) and \
                not self.an.mentions_in(clause_start, who_e)
            doc = self.document_relative(cm.start(), clause_start)  # ("распространила пресс-релиз, в котором
            issuer = self.document_issuer(doc, ss) if doc is not None else None  # сообщается, что …": ru_relative.py)
            issuer = issuer or self.relative_clause_speaker(cm, clause_start)  # (r34: "жителей, которые сказали, что")
            speaker = issuer or (self.anonymous_source(clause_start, who_e) if anonymous else self.place_speaker(
                cm, clause_start) or
                self.speaker_in(clause_start, who_e, cm, self.quoted, cm.start(), prefer_last=True))  # ("В Офисе
            # президента заявили": the body speaks, not the president named before)
            if self._impersonal(cm.group()) and self.subject_of_another_verb(speaker, cm.start()):
                speaker = None  # ("когда Маленченко … позвонил, было подтверждено, что": ru_agents.py, r34)
            if speaker is None and not anonymous and self._impersonal(cm.group()) and (
                    self._has_subject(cm) or "известно" in cm.group() and "," in tail.group("mid")):
                continue  # a passive with its own subject ("Мероприятие ожидается в мае, …, что"), a fact made known
                # before another clause's "что" ("Об этом стало известно в 90-х, так как всё, что …", r25): no report
            if speaker is None and not anonymous:
                speaker = self.subject_phrase(cm, clause_start) or self.nominative_opening(cm, clause_start) or \
                    self.outlet_as_subject(cm, clause_start)  # ("РБК пишет, что …": ru_relays.py)
            if speaker is None and not anonymous:
                speaker = self.place_speaker(cm, clause_start)  # "В Кремле заявили, что …"
            if speaker is None and not anonymous and self.told_before(cm, clause_start):  # (rufix35: "Нам сообщили
                speaker = self.place_after(cm, who_e) or self.described_after(cm, who_e)  # в пресс-службе губернатора,
                # что", "Жильцам заявили представители управы, что": the body or those named after the verb speak)
            if speaker is None and not anonymous and not self._impersonal(cm.group()) and \
                    not self.told_before(cm, clause_start):  # ("Министру сообщили, что …": to one named, r24)
                continue  # ("Сообщается, что …": a report without a source named is kept, its speaker none)
            prio = 2
            if speaker is not None and speaker.entity and \
                    next(a for a in self.an.actors if a.id == speaker.entity).type == "MEDIA":
                prio = 5  # "РБК сообщил, что ...": the outlet's own report, taken when nobody else is credited
            ce = self.extend(cs, ce)
            se2 = max(se, self.an.sentence(ce)[1])  # the content may close a quotation in a later sentence
            ce = self.strip_report_tail(cs, ce)
            ce = self._second_attribution(cs, ce, se)
            ce = self._same_subject_attribution(cs, ce, se, speaker, cm, prio)
            ce = self.participle_end(cm, cs, ce)
            ce = self._before_quotation(cs, ce)
            ce = closed_quote_end(self, cs, ce)  # ("что «…», Иван Орлов - отказался": ru_closed_quote_end.py)
            ce = self.gerund_split(cs, ce, speaker, prio, (ss, se2))  # ("…, добавив, что …": ru_wire.py)
            body = self.text[cs:ce]
            kind = "mixed" if any(ch in body for ch in OPEN_CLOSE) else "indirect"
            self.add(prio, kind, cs, ce, speaker, cm.group(), self.outlets_in(ss, se2, speaker), (ss, se2))
            lead = self.lead_gerund_end(self.an.tok_at_start.get(cm.start()))
            if lead is not None and ce <= lead < se:  # (r28: "Сообщив, что …, директор добавил, что …": the main
                self._indirect(lead + 1, se, self.text[lead + 1:se])  # clause's own statement is read too)
            return

    def _has_subject(self, cm) -> bool:
        """A reflexive passive cue with its own subject before it ("Мероприятие ожидается …"), not "Эксперты
        говорят"."""
        t = self.an.tok_at_start.get(cm.start())
        return t is not None and t.text.lower().endswith(("ся", "сь")) and not _deponent(t.text) and \
            any(self.an.toks[c].dep.startswith("nsubj") and c < t.i for c in t.children)

    def _colon_tail(self, cm, se):
        """ "Жители заявили: …": the words after a colon close to the cue, not after an infinitive a cue of feeling
        governs ("Жители боятся выходить на улицу: всё затоплено": the colon explains the fear; r35, a real regional
        page; words.tsv attitude_cues). After a cue of urging or promising the clause is content ("призвал сохранять
        спокойствие: ситуация под контролем", rufix35)."""
        m = _COLON_TAIL.match(self.text[cm.end():se])
        feeling = rules.wordset("ru", "attitude_cues")
        if m and any(t.lemma in feeling for t in takewhile(lambda t: t.start < cm.end(), self.tokens_from(
                cm.start()))) and any((t.feats or {}).get("VerbForm") == "Inf" for t in
                     takewhile(lambda t: t.start < cm.end() + m.end("mid"), self.tokens_from(cm.end()))):
            return None
        return m

    def _second_attribution(self, cs, ce, se) -> int:
        """ "X считает, что …, а Y заявляет, что …": a contrasting clause with its own cue verb and "что" is a second
        attribution (read as one), and the first content ends before it. Returns the first content's end."""
        for m in _CONTRAST.finditer(self.text, cs, ce):
            if any(o <= m.start() < c for o, c in self.pairs):
                continue
            cm = self.rr.cue.search(self.text, m.end(), min(ce, m.end() + 80))
            if cm is None or not self.rr.indirect_tail.match(self.text[cm.end():se]) or \
                    re.search(r"\b(?:что|чтобы)\b", self.text[m.end():cm.start()]):
                continue
            n = len(self.found)
            self._indirect(m.end(), se, self.text[m.end():se])
            if len(self.found) > n:
                return m.start()
        return ce

    def _credit_openers(self) -> None:
        """ "Об этом сообщает ТАСС." after a paragraph's quotes: the outlet is credited for those quotes."""
        for ss, se in self.an.sents:
            om = self.rr.opener.match(self.text[ss:se])
            if not om or self.an.mentions_in(ss, se):
                continue
            rm = self.rr.report.search(self.text, ss + om.end(), se)
            if not rm:
                continue
            credited = self.outlets_in(rm.end(), se, None)
            if not credited:
                continue
            para_start = self.text.rfind("\n", 0, ss) + 1
            for _, q in self.found:
                if para_start <= q.start and q.end <= ss:
                    have = {r.entity for r in q.reported_by}
                    q.reported_by.extend(r for r in credited if r.entity not in have)

    def _kept(self) -> list[Quote]:
        found = title_named_after(self.an, self.found, self.pointing)  # (ru_title_holders.py, r30)
        return kept_quotes(no_lone_they(self.an, found), self.pointing)  # (ru_kept.py)

    def outlets_in(self, start: int, end: int, speaker: Ref | None) -> list[Ref]:
        return credited_outlets(self, start, end, speaker)  # (named, or by an outlet noun after a credit: r28)

    def strip_report_tail(self, cs: int, ce: int) -> int:
        """The end of reported content without a trailing ", сообщает РБК" / ", передает ТАСС"."""
        for m in re.finditer(r",\s*(?:[—–-]\s+)?(?:как\s+|що\s+)?", self.text[cs:ce]):  # (", — пишет X")
            rest_s = cs + m.end()
            rm = self.rr.report.match(self.text, rest_s, ce)
            if rm and self.an.mentions_in(rm.end(), ce, types=("MEDIA",)):
                return cs + m.start()
        return ce


def _deponent(word: str) -> bool:
    """A reflexive verb with no verb without "-ся" (сомневаться, опасаться, надеяться: pymorphy2 knows no
    "сомневать"): never a passive, its subject the one who doubts or fears ("Директор сомневается, что …", r21)."""
    from ..names import _morph
    lemma = _morph().parse(word.lower())[0].normal_form
    return lemma.endswith(("ся", "сь")) and not _morph().word_is_known(lemma[:-2])


def read(an, dates=()) -> list[Quote]:
    """The quotes of a Russian or Ukrainian document whose actors are ``an``."""
    return RussianQuotes(an, dates).read()
