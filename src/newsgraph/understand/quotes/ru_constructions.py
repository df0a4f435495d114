"""Russian indirect-speech constructions the other readers left out (round 33, ru33a, issue 16), found by a checklist
of the grammar's reported-speech constructions (Русская грамматика 1980, косвенная речь and вводные конструкции;
written batch w563-w609 of eval/data/ru-attr), each general, each with a near miss in
tests/understand/test_ru33a_constructions_r33.py:

  - a source phrase ENDING the sentence after its content: "Рубль останется стабильным, по словам аналитиков.",
    "…, по информации мэрии.", "…, согласно данным Росстата." (a phrase of attribution_phrases.txt or
    document_phrases.txt after the last comma, a short source and nothing else; the phrase opening or inserted in a
    sentence is read in ru.py / ru_more.py);
  - a refusal to confirm or deny a clause: "Роспотребнадзор отказался подтвердить, что …", "не стал подтверждать,
    что …" (a verb of refusing, or a negated auxiliary of words.tsv ``declining_auxiliaries``, governing a verb of
    disclosing, confirming or denying of disclosure_cues.txt whose "что" clause follows: what was not confirmed is
    the content, as "не стал отрицать, что" is);
  - the particles of another's speech "мол", "дескать" (words.tsv ``speech_particles``) after a verb and a comma,
    colon or dash: "Подрядчик оправдывался, дескать, асфальт нельзя класть в дождь" (the particle itself means "he
    says", so the verb before it, whatever its lemma, introduces words; its subject speaks);
  - a noun of statement with its owner in the genitive and a "(о том,) что" clause, standing as a subject:
    "Заявление Минфина о том, что бюджет исполнен с профицитом, удивило экономистов", "Слова министра о том, что
    …, успокоили бизнес" (words.tsv ``speech_nouns``, ``claim_nouns``; not a noun that is the object of another
    verb, whose content that verb's reader takes: "опроверг заявление X о том, что …").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import commas, rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from ...record import Ref
from .ru_documents import subject_form
from .ru_more import _subtree_range
from .ru_refusals import disclosure_table
from .ru_stance import _Cue

_CONTRAST = re.compile(r",\s+(?:а|но|однако)\s+", re.IGNORECASE)  # (a clause of its own before a trailing phrase)
_THAT = re.compile(r"\s*,\s*что\s+", re.IGNORECASE)
_OWNER_THAT = re.compile(r"(?P<own>\s+[^,.;:!?«»()]{1,80}?)(?:\s+(?:о|в)\s+том)?\s*,\s*(?P<comp>что|чтобы)\s+",
                         re.IGNORECASE)
_FINITE = ("VERB", "AUX")
# a cue's own complement before its colon that makes it a trait of its subject: "уверен в себе: у него …" is
# self-confidence explained, no belief stated (ru.py ``_indirect``)
SELF_TRAIT = re.compile(r"^\s*в\s+себе\s*$", re.IGNORECASE)
# a colon after a pointing opener's cue and speaker, a clause after it: "Об этом же заявил и X: стороны …"
_COLON_CLAUSE = re.compile(r"[^.!?«»:;\n]{0,80}?:\s+(?![«„“\"—–-])(?=(?:\S+\s+){2}\S)")


def colon_clause_after(text: str, pos: int, se: int):
    """The colon, within 80 characters after ``pos`` in the sentence, that opens a clause of three words or more
    (no quotation, no dash line), else None: "Об этом же заявил и X: стороны согласовали …" says what follows the
    colon, not what the sentence before said (ru.py ``_opener``)."""
    return _COLON_CLAUSE.match(text, pos, se)


# ", по мнению которого …, …": a source phrase with a relative pronoun for its source
_RELATIVE_PHRASE = re.compile(r",\s*(?P<phrase>(?:по|с|на)\s+[а-яё]+(?:\s+[а-яё]+)?)\s+котор(?:ого|ой|ых)\s*,?\s+",
                              re.IGNORECASE)


@lru_cache(maxsize=None)
def _said_phrase(lang: str, phrase: str) -> bool:
    """``phrase`` ("по мнению", "по данным") is one of the source phrases of attribution_phrases.txt or
    document_phrases.txt."""
    rx = _tail_phrases(lang)
    m = rx.fullmatch(phrase) if rx is not None else None
    return m is not None


@lru_cache(maxsize=None)
def _tail_phrases(lang: str) -> re.Pattern | None:
    """The attribution phrases that may END a sentence after a comma: those of attribution_phrases.txt that are no
    "как" clause (", как заявил X" is ru_more ``_trailing``'s), and document_phrases.txt's."""
    try:
        said = [p for p in rules.lines(lang, "attribution_phrases") if not p.lower().startswith("как ")]
        docs = list(rules.lines(lang, "document_phrases"))
    except rules.RuleFileError:
        return None
    words = sorted({p.strip() for p in said + docs if p.strip()}, key=len, reverse=True)
    return re.compile(r"\s*(?P<phrase>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) +
                      r")(?![\w-])", re.IGNORECASE)


def _end(text: str, ss: int, se: int) -> int:
    return ss + len(text[ss:se].rstrip().rstrip(".!?…"))


def _kind(text: str, cs: int, ce: int) -> str:
    return "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"


class ConstructionReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs`` and ``add`` of ``RussianQuotes``."""

    def _constructions(self, ss: int, se: int) -> None:
        if self.rr.lang != "ru":
            return  # (the word tables and lemmas are Russian)
        self._phrase_tail(ss, se)
        self._pointer_colon(ss, se)
        self._refused_claim(ss, se)
        self._particle_report(ss, se)
        self._noun_statement(ss, se)
        self._relative_phrase(ss, se)

    def _sent_toks(self, ss: int, se: int) -> list:
        out = []
        for t in self.tokens_from(ss):
            if t.start >= se:
                break
            out.append(t)
        return out

    def _in_marks(self, pos: int) -> bool:
        return any(o <= pos < c for o, c in self.pairs)

    def _phrase_tail(self, ss: int, se: int) -> None:
        """ "Рубль останется стабильным до конца года, по словам аналитиков.": the content first, then a comma and a
        source phrase with its source (at most eight words, no verb, no comma) ending the sentence. Priority 2.3.
        Narrowed after review r33: a document phrase (document_phrases.txt) that names no data itself ("по итогам",
        "согласно", "по условиям") is a source only when its first noun may hold findings (``_may_hold_data``),
        asked before any speaker is looked for: "…, по итогам встречи Путина и Си", "…, согласно Уставу ООН" cite no
        one; after ", а / , но / , однако" and a clause of its own, the phrase covers that clause only; the source
        described is named in the nominative ("по словам директора": "директор")."""
        rx, text = _tail_phrases(self.rr.lang), self.text
        end = _end(text, ss, se)
        k = commas.rfind(text, ss, end)
        m = rx.match(text, k + 1, end) if rx is not None and k > ss else None
        if m is None or self._in_marks(k) or self.rr.cue.search(text, ss, k):
            return  # (a cue before it: "X заявил, что …, по данным Y" is X's words, read as they stand)
        src = [t for t in self._sent_toks(m.end(), end)]
        if len(src) > 8 or any(t.pos in _FINITE for t in src) or len(text[ss:k].split()) < 3:
            return
        said = " ".join(m.group("phrase").lower().split()) in self._said_phrases()
        if not said and not self._data_phrase(m.start("phrase"), m.end()) and not self._may_hold_data(src):
            return  # (an event, a norm, a timetable: no one's findings)
        first = ss + len(text[ss:k]) - len(text[ss:k].lstrip())
        first = self._after_contrast(first, k)
        if any(o == first for o, _ in self.pairs):
            return  # («…», по словам X.: a quotation, read with its marks)
        pron = self.rr.pronoun_rx.search(m.group("phrase"))
        anonymous = self.rr.anonymous.search(text, m.end(), end) and not self.an.mentions_in(m.end(), end)
        who = self.anonymous_source(m.end(), end) if anonymous else \
            self.speaker_in(m.start("phrase") if pron else m.end(), end, None, self.quoted, ss)
        if who is None and not pron and src and (m.group("phrase").lower() in self._said_phrases() or
                                                 self._may_hold_data(src)):
            who = self._nominative_source(m.end(), end)  # ("…, по словам аналитиков.": the source described; not
            # "…, согласно закону.", "…, по данным за март.": a law or a period holds no one's findings)
        if who is None:
            return
        cue = re.sub(r"\s+", " ", m.group("phrase")).lower()
        self.add(2.3, _kind(text, first, k), first, k, who, cue, self.outlets_in(ss, se, who), (ss, se))

    def source_tail_cut(self, cs: int, ce: int) -> int:
        """The end of a cue's content before a source phrase closing it ("Задержанный признал вину, по данным
        следствия": the investigators report the admission, their phrase is no part of it; review r33): the last
        comma when a phrase of ``_tail_phrases`` and a short verbless source that may hold findings follow it."""
        rx, text = _tail_phrases(self.rr.lang), self.text
        k = commas.rfind(text, cs, ce)
        m = rx.match(text, k + 1, ce) if rx is not None and k > cs else None
        if m is None or self._in_marks(k):
            return ce
        src = self._sent_toks(m.end(), ce)
        if not src or len(src) > 8 or any(t.pos in _FINITE for t in src):
            return ce
        said = " ".join(m.group("phrase").lower().split()) in self._said_phrases()
        return k if said or self._data_phrase(m.start("phrase"), m.end()) or self._may_hold_data(src) else ce

    def _pointer_colon(self, ss: int, se: int) -> None:
        """ "Об этом же в тот день заявил и его коллега Джейхун Байрамов: стороны согласовали …": a sentence opening
        with a pointer ("Об этом", anaphoric_openers.txt) whose cue and speaker a colon and a clause follow; the
        clause is what was said, its speaker named between the cue and the colon. Priority 2. The sentence "Об этом"
        points back to is his too (ru.py ``_opener``, review r33): the colon's clause is a second quote of the same
        speaker; a source phrase opening it ("…: по его словам, решение временное") is no part of what was said."""
        text = self.text
        om = self.rr.opener.match(text[ss:se])
        cm = self.rr.cue.search(text, ss + om.end(), se) if om else None
        colon = colon_clause_after(text, cm.end(), se) if cm else None
        if colon is None or self._in_marks(cm.start()):
            return
        who = self.speaker_in(cm.end(), colon.end(), cm, self.quoted, cm.start()) or \
            self.speaker_in(ss, cm.start(), cm, self.quoted, cm.start(), prefer_last=True)
        cs, ce = colon.end(), _end(text, ss, se)
        am = self.rr.attribution.match(text[cs:ce])  # ("…: по его словам, решение временное")
        cs = cs + am.end() if am and am.end() < ce - cs else cs
        if who is not None:
            self.add(2, _kind(text, cs, ce), cs, ce, who, cm.group(), self.outlets_in(ss, se, who), (ss, se))

    def _relative_phrase(self, ss: int, se: int) -> None:
        """ "Глава Минфина Антон Силуанов, по мнению которого налоги повышать не нужно, выступил на форуме": a source
        phrase whose source is the relative "которого/которой/которых" opens a relative clause; the clause to its
        closing comma is what the antecedent said, thought or reported (ru_relative ``relative_antecedent``).
        Priority 2.3."""
        text = self.text
        end = _end(text, ss, se)
        for m in _RELATIVE_PHRASE.finditer(text, ss, end):
            if self._in_marks(m.start()) or not _said_phrase(self.rr.lang, m.group("phrase")) or \
                    " ".join(m.group("phrase").lower().split()) not in self._said_phrases():
                continue  # (review r33: "по итогам которых", "по условиям которого": an event's, a deal's, no source)
            close = commas.find(text, m.end(), end)
            if close < 0 or len(text[m.end():close].split()) < 2:
                continue
            named = [(x, a) for x, a in self.an.mentions_in(ss, m.start()) if x.end == m.start()]
            who = self.an.ref(named[-1][1], named[-1][0].start, named[-1][0].end) if named else \
                self.relative_antecedent(m.start("phrase"), ss)  # (the name right before the comma first: "Глава
            if who is not None and not self._agrees(who, m.group()):  # Минфина Антон Силуанов, по мнению которого":
                continue  # Силуанов, not Минфин; "которых" no one person, "которой" no man, review r33)
            if who is not None:
                cue = re.sub(r"\s+", " ", m.group("phrase")).lower()
                self.add(2.3, _kind(text, m.end(), close), m.end(), close, who, cue, self.outlets_in(ss, se, who),
                         (ss, se))

    def _data_phrase(self, a: int, b: int) -> bool:
        """The phrase text[a:b] itself names findings ("по данным", "по информации", "согласно данным": a noun of
        words.tsv ``findings``)."""
        return any(t.lemma in rules.wordset(self.rr.lang, "findings") for t in self._sent_toks(a, b))

    def _after_contrast(self, first: int, k: int) -> int:
        """The start of the clause a trailing phrase at ``k`` covers: after the last ", а / , но / , однако" whose
        clause before has a finite verb of its own ("Мэр открыл школу, а занятия начнутся …, по словам директора"),
        else ``first``."""
        last = None
        for c in _CONTRAST.finditer(self.text, first, k):
            last = c
        if last is None or self._in_marks(last.start()) or not any(
                t.pos in _FINITE and (t.feats or {}).get("VerbForm") == "Fin" for t in self._sent_toks(first,
                                                                                                   last.start())):
            return first
        return last.end()

    def _nominative_source(self, a: int, b: int):
        """``_phrase_source`` named in the nominative, as the fronted phrase names it (ru_documents ``subject_form``:
        "по словам директора" -> "директор")."""
        r = self._phrase_source(a, b)
        if r is None or r.entity is not None or r.mention is None:
            return r
        toks = [t for t in self._sent_toks(r.mention.start, r.mention.end)]
        name = subject_form(toks, self.text) if toks else r.name
        return Ref(None, name, r.mention)

    def _agrees(self, who, rel: str) -> bool:
        """The relative of ``rel`` ("которого/которой/которых") agrees with the actor ``who`` stands for."""
        a = next((x for x in self.an.actors if x.id == who.entity), None) if who.entity else None
        if a is None or a.type != "PERSON":
            return True
        low = rel.lower()
        if "которых" in low:
            return False
        return not ("которой" in low and a.gender == "masc" or "которого" in low and a.gender == "fem")

    def _said_phrases(self) -> frozenset:
        return frozenset(" ".join(p.lower().split()) for p in rules.lines(self.rr.lang, "attribution_phrases"))

    def _may_hold_data(self, src: list) -> bool:
        """A document phrase's unnamed source is someone's: its first noun animate ("по данным аналитиков"), an
        institution ("по информации мэрии") or a study, poll or report (words.tsv ``findings``)."""
        noun = next((t for t in src if t.pos == "NOUN"), None)
        return noun is not None and ((noun.feats or {}).get("Animacy") == "Anim" or
                                     noun.lemma in rules.wordset(self.rr.lang, "institutions") or
                                     noun.lemma in rules.wordset(self.rr.lang, "findings"))

    def _refused_claim(self, ss: int, se: int) -> None:
        """ "Роспотребнадзор отказался подтвердить, что в регионах введут масочный режим": a finite verb of refusing
        (disclosure_cues.txt "refuse") or a negated auxiliary (``declining_auxiliaries``: "не стал", "не спешил")
        right before an infinitive of disclosing, confirming or denying, whose "что" clause follows. Priority 2."""
        table, text = disclosure_table(self.rr.lang), self.text
        aux = rules.wordset(self.rr.lang, "declining_auxiliaries")
        asked = rules.wordset(self.rr.lang, "question_disclosures")
        toks = self.an.toks
        for t in self._sent_toks(ss, se):
            if t.pos not in _FINITE or (t.feats or {}).get("VerbForm") != "Fin" or self._in_marks(t.start):
                continue
            negated = t.i > 0 and toks[t.i - 1].low == "не"
            if not (table.get(t.lemma) == "refuse" or negated and t.lemma in aux) or t.i + 1 >= len(toks):
                continue
            x = toks[t.i + 1]
            if (x.feats or {}).get("VerbForm") != "Inf" or table.get(x.lemma) not in ("", "deny") or x.lemma in asked:
                continue  # ("отказался уточнять, что именно …": a question of what is withheld, ru_refusals)
            tail = _THAT.match(text, x.end, se)
            if tail is None:
                continue
            cue = _Cue(text, toks[t.i - 1].start if negated else t.start, x.end)
            who = self.verb_subject_speaker(t, ss) or self.place_speaker(cue, ss)
            if who is None:
                continue
            cs, ce = tail.end(), self.extend(tail.end(), _end(text, ss, se))
            self.add(2, _kind(text, cs, ce), cs, ce, who, cue.group(), self.outlets_in(ss, se, who), (ss, se))
            return

    def _particle_report(self, ss: int, se: int) -> None:
        """ "Подрядчик оправдывался, дескать, асфальт нельзя класть в дождь", "Чиновники отвечали: мол, денег нет":
        a particle of another's speech after a comma, colon or dash, the last finite verb before it with a speaker;
        what follows the particle is what that speaker said. Priority 2.35."""
        text = self.text
        parts = rules.wordset(self.rr.lang, "speech_particles")
        toks = self._sent_toks(ss, se)
        for p in toks:
            if p.low not in parts or p.pos == "NOUN" or self._in_marks(p.start) or \
                    not re.search(r"[,:—–]\s*$", text[ss:p.start]):  # (not "мол", a pier)
                continue
            verbs = [t for t in toks if t.start < p.start and t.pos in _FINITE and
                     (t.feats or {}).get("VerbForm") == "Fin"]
            if not verbs:
                return
            v = verbs[-1]
            if self._denied_verb(v):
                return  # ("их никто не услышал, мол, …": no one spoke; review r33)
            cs = p.end + len(re.match(r"[\s,]*", text[p.end:se]).group())
            ce = self._next_act(v, cs, _end(text, ss, se))
            if len(text[cs:ce].split()) < 2:
                return
            cue = _Cue(text, v.start, v.end)
            who = self.verb_subject_speaker(v, ss) or self.place_speaker(cue, ss)
            if who is not None:
                self.add(2.35, _kind(text, cs, ce), cs, ce, who, v.text, self.outlets_in(ss, se, who), (ss, se))
            return

    def _denied_verb(self, v) -> bool:
        """``v`` is negated ("не услышал") or its subject is a negative pronoun (никто, ничто)."""
        toks = self.an.toks
        return v.i > 0 and toks[v.i - 1].low == "не" or any(
            toks[c].dep.startswith("nsubj") and toks[c].low in ("никто", "ничто") for c in v.children)

    def _next_act(self, v, cs: int, ce: int) -> int:
        """The end of a particle's report before the speaker's next act: ", и / , а" and a finite verb coordinated
        with ``v`` (its own predicate, no subject of its own: "Сосед пожаловался, мол, шумят …, и вызвал полицию")."""
        toks = self.an.toks
        for t in self._sent_toks(cs, ce):
            if t.pos in _FINITE and t.dep == "conj" and t.head == v.i and \
                    not any(toks[c].dep.startswith("nsubj") for c in t.children):
                k = self.text.rfind(",", cs, t.start)
                if k > cs:
                    return k
        return ce

    def _noun_statement(self, ss: int, se: int) -> None:
        """ "Заявление Минфина о том, что бюджет исполнен с профицитом, удивило экономистов": a noun of statement
        standing as a subject (or a verbless line's head), its owner in the genitive right after it, then "(о том,)
        что" and the clause, which ends at the comma before the noun's verb when that verb follows. Priority 2.35."""
        text, toks = self.text, self.an.toks
        demands = rules.wordset(self.rr.lang, "demand_nouns")
        nouns = rules.wordset(self.rr.lang, "speech_nouns") | rules.wordset(self.rr.lang, "claim_nouns") | demands
        for n in self._sent_toks(ss, se):
            if n.pos != "NOUN" or n.lemma not in nouns or self._in_marks(n.start) or \
                    not (n.dep.startswith("nsubj") or n.head == n.i or n.dep == "obj" and toks[n.head].start > n.end):
                continue  # (r34: a fronted object too, "Заявление Минфина о том, что …, опровергла Счетная палата":
                # the statement is the ministry's whoever denies it)
            m = _OWNER_THAT.match(text, n.end, se)
            if m is not None and (m.group("comp").lower() == "чтобы") != (n.lemma in demands):
                continue  # (a demand's "чтобы" clause, a claim's "что": "Просьба жителей, чтобы …")
            own = [t for t in self._sent_toks(n.end, m.end("own"))] if m else []
            span = self._called_to(n, own) if m is None else None
            if span is not None:  # ("Призыв президента к снижению ставок поддержали банкиры")
                own, (cs, ce) = span
            elif not own or (own[0].feats or {}).get("Case") != "Gen" or any(t.pos in _FINITE for t in own):
                continue
            else:
                cs, ce = m.end(), _end(text, ss, se)
            verb = toks[n.head]
            if verb.i != n.i and verb.start > cs and span is None:
                k = commas.rfind(text, cs, verb.start)
                if k < 0:
                    continue
                ce = k
            a, b = own[0].start, own[-1].end
            who = self.speaker_in(a, b, None, self.quoted, n.start)  # (review r33: "Требование закона" no one's,
            if who is None and self._may_hold_data(own) and (span is None or self._titled(own)):  # "призыв граждан"
                who = self._nominative_source(a, b)  # the draft; the owner named in the nominative: "министр")
            if who is None or len(text[cs:ce].split()) < 2:
                continue
            self.add(2.35, _kind(text, cs, ce), cs, ce, who, n.text, self.outlets_in(ss, se, who), (ss, se))
            if n.dep == "obj":  # (the fronted statement is what the verb after it reports, "… опровергла Счетная
                # палата": that reading holds this one and is kept beside it, as a pointer's report is, ru_kept.py)
                self.pointing.update(id(q) for _, q in self.found if q.start <= n.start < q.end and ce <= q.end)
            return

    def _titled(self, own: list) -> bool:
        """The owner's first noun is a title or a person noun (titles.txt, person_nouns.txt) or an institution."""
        noun = next((t for t in own if t.pos == "NOUN"), None)
        return noun is not None and (noun.lemma in rules.words(self.rr.lang, "titles") or
                                     noun.lemma in rules.words(self.rr.lang, "person_nouns") or
                                     noun.lemma in rules.wordset(self.rr.lang, "institutions"))

    def _called_to(self, n, _own) -> tuple[list, tuple[int, int]] | None:
        """A call's owner in the genitive and its "к" phrase ("призыв президента к снижению ставок"): (the owner's
        tokens, the phrase's span after "к"), else None; only a noun whose "к" names what is called for (words.tsv
        ``call_nouns``; not "требование профсоюза к руководству", an addressee)."""
        toks = self.an.toks
        if n.lemma not in rules.wordset(self.rr.lang, "call_nouns"):
            return None
        kids = [toks[c] for c in n.children if c > n.i]
        owner = next((k for k in kids if (k.feats or {}).get("Case") == "Gen" and k.pos in ("NOUN", "PROPN")), None)
        goal = next((k for k in kids if any(toks[g].low == "к" for g in k.children)), None)
        if owner is None or goal is None or goal.i < owner.i:
            return None
        oa, ob = _subtree_range(toks, owner.i)
        ga, gb = _subtree_range(toks, goal.i)
        if ob >= ga:
            return None
        first = next(i for i in range(ga, gb + 1) if toks[i].low == "к")
        return toks[oa:ob + 1], (toks[first + 1].start, toks[gb].end)
