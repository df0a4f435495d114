"""Russian quotes of documents and findings put first (a mixin of ``ru.RussianQuotes``, split from ru_more.py):
"По данным ФАО, …", "Согласно расчётам Ньютона, …", "Согласно материалам дела, …"
(``lang/<code>/document_phrases.txt``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from ..entities.ru import _words_rx
from ..entities.ru_phrase import _CASES
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE

_CLAUSE_COMMA = re.compile(r",(?!\d)|(?<!\d),")  # a comma between two digits is a decimal one


class DocumentReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr`` and ``add`` of ``RussianQuotes``."""

    def _noted_in_document(self, ss, se) -> None:
        """ "В докладе отмечается рост числа арестов журналистов", "В письме содержится требование вернуть долг": a
        document (words.tsv ``findings``, ``statement_nouns``, ``speech_nouns``, ``directives``) and a passive of
        noting with its subject after it, a noun in the nominative: that noun's phrase, to the end of its clause,
        is what the document states; its speaker the actor the document's phrase names, else none (r21)."""
        starts = [ss] + [ss + k + 1 for k, ch in enumerate(self.text[ss:se]) if ch == "\n"]  # (or a line of its own
        m = next((x for x in (_NOTED.match(self.text, a, se) for a in starts) if x), None)  # after a glued subhead)
        if m is None:
            return
        docs = rules.wordset("ru", "findings") | rules.wordset("ru", "statement_nouns") | \
            rules.wordset("ru", "speech_nouns") | rules.wordset("ru", "directives")
        head = next((t for t in self.an.toks if m.start("doc") <= t.start < m.end("doc")), None)
        first = self.an.tok_at_start.get(m.end())
        if head is None or self.an._lemma(head) not in docs or first is None or first.pos not in ("NOUN", "ADJ") or \
                (first.feats or {}).get("Case") != "Nom":
            return
        if self.an._lemma(head) in rules.wordset("ru", "application_nouns") and \
                re.match(r"\s+на\s", self.text[head.end:]):
            return  # ("В заявлении на отпуск указывается дата": a form applied with, not a statement; r33)
        end = ss + len(self.text[ss:se].rstrip().rstrip(".!?…"))
        cut = re.search(r";|\s[—–]\s|,\s+(?:а|но|однако)\s", self.text[m.end():end])
        ce = m.end() + cut.start() if cut else end
        if len(self.text[m.end():ce].split()) < 2:
            return
        named = self.an.mentions_in(m.start("doc"), m.end("doc"), ("ORG", "PERSON", "GPE"))
        who = self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else \
            self.org_named_most_before(m.start())  # ("В докладе …" of a body the text is about, ru_wire.py)
        kind = "mixed" if any(ch in self.text[m.end():ce] for ch in OPEN_CLOSE) else "indirect"
        self.add(4.6, kind, m.end(), ce, who, m.group("cue"), self.outlets_in(ss, se, who), (ss, se))

    def _document_phrase(self, ss, se) -> None:
        """ "По сведениям ФАО, цены достигли …", "Согласно расчётам Исаака Ньютона, 2060 год станет …": a document's
        or an organisation's findings at a sentence start (``lang/<code>/document_phrases.txt``), the actor named in
        the phrase the speaker; an outlet named there is a credit, not a speaker (no quote)."""
        rx = _document_phrases(self.rr.lang)
        lead = re.match(r"\s*[А-ЯЁ][а-яё]+\s*,", self.text[ss:se])  # (after an introductory word: "Всего, по …")
        m = rx.match(self.text, ss) or (rx.match(self.text, ss + lead.end()) if lead else None) if rx else None
        if m is None:
            return
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        cm_ = _CLAUSE_COMMA.search(text, m.end(), min(end, m.end() + 80))  # (not a decimal comma: "11,7 процента")
        comma = phrase_end = cm_.start() if cm_ else -1
        participle = comma > 0 and _participle_at(self.an, text, comma + 1, ss)
        if comma > 0 and re.match(r"\s*котор", text[comma + 1:end]) or participle:
            comma = _comma_after(text, comma + 1, end)  # "По опросам, которые проводились …, …", "Согласно докладу,
            # опубликованному агентством Bloomberg, …" (r26: a participle's phrase tells whose it is, not what it says)
        if comma < 0 or len(text[comma + 1:end].split()) < 3:
            return
        end = self.strip_report_tail(comma + 1, end)  # (", сообщает ТАСС" ending the sentence relays it, r27)
        media = self.an.mentions_in(m.end(), comma, ("MEDIA",))
        own = self._outlet_work(m.end(), *media[0]) if media else None
        if participle and media and not own and media[0][0].start > phrase_end:  # ("…, опубликованному агентством
            own = self.an.ref(media[0][1], media[0][0].start, media[0][0].end)  # Bloomberg": the outlet, review2 r26)
        cited = media and not own and self._cited_in_outlet(m.end(), media[0][0].start)
        if media and not own and cited is None:  # ("По данным Интерфакса, …": the outlet's own report, as "According
            if self.rr.cue.search(text, comma + 1, end):  # to Interfax, …" is (PolNeAR, r21); an attribution after
                return  # it is relayed (ru_relays.py: "По данным РБК, X заявил, что …")
            own = self.an.ref(media[0][1], media[0][0].start, media[0][0].end)
        named = self.an.mentions_in(m.end(), comma, ("PERSON", "ORG", "GPE")) if not media else []
        if named and not _view_holder(self.an, m, comma, named[0][0]):
            return  # ("С точки зрения Конституции России, …": a law's view, no one's; review 27b)
        poll = any(t.lemma in rules.wordset("ru", "findings") for t in self.an.toks if ss <= t.start < comma)
        issuer = self._directive_issuer(m.end(), comma) if not named and not poll and \
            m.group(1).lower() == "согласно" else None  # ("По решению суда, его арестовали": a cause, not a report)
        if not named and not poll and issuer is None and not own:
            issuer = self._unowned_document(m, comma)  # ("Согласно заявлению, …": its body named before, r24)
        if not named and not poll and issuer is None and not own:
            issuer = _latin_name(self.an, m, comma)  # ("Согласно comScore, …": a firm the tagger missed, r26)
        if not named and not poll and issuer is None and not own:
            return  # ("По итогам матча, …", "Согласно закону, …": no one's findings)
        # a poll, a study or data with no one named ("По последним опросам, …", "По неподтверждённым данным, …"):
        # its findings, the speaker none, or the words after the noun as written ("По сообщениям врачей": врачей)
        who = own or (self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else cited or issuer)
        if who is None:
            toks = [t for t in self.an.toks if ss <= t.start < phrase_end]
            k = max((i for i, t in enumerate(toks) if t.lemma in rules.wordset("ru", "findings")), default=-1)
            rest = toks[k + 1:] if k >= 0 else []
            if rest and len(rest) <= 6 and rest[0].pos != "ADP" and _may_speak(self.an, rest[0]) and \
                    not self.rr.cue.search(text, rest[0].start, rest[-1].end):  # ("для инвесторов": whom for)
                a_, b_ = rest[0].start, rest[-1].end  # ("По информации издания": the outlet named before)
                who = self.outlet_noun_speaker(a_, b_, ss) or Ref(None, subject_form(rest, text),
                                                                  Mention(a_, b_, text[a_:b_]))
            who = who or self.company_document_owner(ss, phrase_end)  # ("Согласно презентации, …": ru_wire.py)
        kind = "mixed" if any(ch in text[comma + 1:end] for ch in OPEN_CLOSE) else "indirect"
        self.add(1.5, kind, comma + 1, end, who, re.sub(r"\s+", " ", m.group(1)).lower(),
                 self.outlets_in(ss, se, who), (ss, se))

    def _unowned_document(self, m, comma: int) -> Ref | None:
        """ "Согласно заявлению, …", "согласно решению, …", "Согласно статье, …" (r24): a statement, a work or a
        directive after "согласно" with no owner in the phrase (one noun, an adjective before it at most) is the
        organisation the sentence before has for its subject ("Федерация оштрафовала клуб. Согласно заявлению, …"),
        else the one the text names most before it (ru_wire.py ``org_named_most_before``); None when the phrase is
        longer or no organisation is named ("Согласно закону, …" names no document of anyone's)."""
        if m.group(1).lower() != "согласно":
            return None
        toks = [t for t in self.an.toks if m.end() <= t.start < comma]
        docs = rules.wordset("ru", "speech_nouns") | rules.wordset("ru", "works") | rules.wordset("ru", "directives")
        if not toks or len(toks) > 2 or self.an._lemma(toks[-1]) not in docs or len(toks) == 2 and toks[0].pos != "ADJ":
            return None
        directive = self.an._lemma(toks[-1]) in rules.wordset("ru", "directives")
        ps, _ = self.an.sentence(max(0, m.start() - 2))
        for x, a in self.an.mentions_in(ps, m.start(), ("ORG",)):
            subj = next((t for t in self.an.toks if x.start <= t.start < x.end and t.dep.startswith("nsubj")), None)
            if subj is not None and (not directive or self._issued_by_subject(subj)):
                return self.an.ref(a, x.start, x.end)
        return None if directive else self.org_named_most_before(m.start())

    def _issued_by_subject(self, subj) -> bool:
        """A decision, a verdict, an order (words.tsv ``directives``) is the body's the sentence before names for
        subject only when its verb issues something ("Минздрав издал приказ"), not when the body files or sends a
        claim to another, who decides ("подала иск к поставщику", "направила дело в суд"; review2 r24)."""
        verb = self.an.toks[subj.head] if subj.head is not None and subj.head >= 0 else None
        if verb is None or verb.lemma not in rules.wordset("ru", "issuing_verbs"):
            return False
        kids = [self.an.toks[c] for c in verb.children]
        if any(self.an._lemma(k) in rules.wordset("ru", "proposals") for k in kids):
            return False
        return not any(k.rel == "obl" and any(self.an.toks[c].low in ("в", "во", "к") for c in k.children)
                       for k in kids)

    def _outlet_work(self, start: int, mention, actor) -> Ref | None:
        """ "Согласно отчёту Guardian, …", "Согласно докладу Reuters, …": a work of the outlet's own (a report, a
        study, a survey: words.tsv ``works``) speaks with the outlet's voice; the outlet is the speaker, by its name
        (not the phrase in the dative, "отчёту Guardian")."""
        toks = [t for t in self.an.toks if start <= t.start < mention.start]
        nouns = [t for t in toks if t.pos == "NOUN"]
        if len(nouns) != 1 or self.an._lemma(nouns[0]) not in rules.wordset("ru", "works"):
            return None
        return self.an.ref(actor, mention.start, mention.end)


# "В докладе отмечается рост …" (r21): "в" and a document, a passive of noting, then what it notes (a noun phrase,
# the passive's subject after it; "…, что …" and "о …" are read by the cue readers)
_NOTED = re.compile(r"\s*[Вв]о?\s+(?P<doc>[^,.;:!?«»]{2,80}?)\s+(?P<cue>отмечается|подчеркивается|подчёркивается|"
                    r"указывается|констатируется|прогнозируется|упоминается|содержится)\s+(?!(?:о|об|что|в|на|по)\b)")


def _participle_at(an, text: str, pos: int, start: int) -> bool:
    """A full participle opens text[pos:] (after the spaces) agreeing in case with the document's noun before the
    comma (the last noun of text[start:pos]): "Согласно докладу, опубликованному агентством …", "По данным,
    опубликованным …"; not a short one, the predicate of what was said ("По информации полиции, задержаны трое …"),
    nor one standing as a noun that opens what was said, in the nominative ("По данным полиции, задержанный водитель
    находился …", "…, погибший работал …"; review2 r26)."""
    if pos <= 0:
        return False
    t = an.tok_at_start.get(pos + len(text[pos:]) - len(text[pos:].lstrip()))
    feats = (t.feats or {}) if t is not None else {}
    if feats.get("VerbForm") != "Part" or feats.get("Variant") == "Short" or feats.get("Case") in (None, "Nom"):
        return False
    nouns = [n for n in an.toks if start <= n.start and n.end < pos and n.pos in ("NOUN", "PROPN")]
    cases = {_CASES.get((n.feats or {}).get("Case", "")) for n in nouns[:1] + nouns[-1:]} - {None}  # (the document's
    # noun or its source's: "По данным Росстата, опубликованным в пятницу, …", r34)
    if not cases:
        return False
    from ..names import _morph
    word = text[t.start:t.end].lower()
    return _CASES.get(feats["Case"]) in cases or any(p.tag.case in cases for p in _morph().parse(word)
                                                     if p.tag.POS in ("PRTF", "ADJF"))


def _latin_name(an, m, comma: int) -> Ref | None:
    """ "Согласно comScore, …", "Согласно Gartner, …" (r26): a name in Latin script alone after "согласно" (one or two
    words) is a firm's, an institute's or an outlet's the entity tagger did not take (a lowercase brand, a rare name):
    what follows is its report, the name as written its speaker. Not a Cyrillic word ("Согласно закону",
    "Согласно Конституции": a law or a rule, no one's report)."""
    if m.group(1).lower() != "согласно":
        return None
    words = an.text[m.end():comma].split()
    if not 1 <= len(words) <= 2 or not all(_LATIN_WORD.fullmatch(w) for w in words):
        return None
    a = m.end() + len(an.text[m.end():comma]) - len(an.text[m.end():comma].lstrip())
    b = a + len(an.text[a:comma].rstrip())
    if _ACRONYM.fullmatch(an.text[a:b]) and not any(x.text == an.text[a:b] for x, _ in
                                                    an.mentions_in(0, len(an.text), ("ORG", "MEDIA"))):
        return None  # ("Согласно GDPR, …", "согласно ISO, …": a law's or a standard's acronym, no body the text
        # names elsewhere; review2 r26)
    return Ref(None, an.text[a:b], Mention(a, b, an.text[a:b]))


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.'-]*")
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _view_holder(an, m, comma: int, first) -> bool:
    """A point of view ("с точки зрения", "на взгляд") is held by the first noun after the phrase, its genitive
    head: a name (``first``, the first actor named) or a living being or a body ("С точки зрения аналитиков банка
    «Восток»"), not a law or a thing holding a name ("С точки зрения Конституции России")."""
    if not re.sub(r"\s+", " ", m.group(1)).lower().startswith(("с точки", "на взгляд")):
        return True
    head = next((t for t in an.toks if m.end() <= t.start < comma and t.pos not in ("PUNCT", "ADJ", "DET")), None)
    if head is None or first.start <= head.start < first.end:
        return True
    return head.pos not in ("NOUN", "PROPN") or _animate_or_body(an, head)


def _may_speak(an, tok) -> bool:
    """The word after a document's noun can be who issued it ("По сообщениям врачей", "По данным полиции",
    "согласно отчёту Минфина"): a name (capitalised), a living being, or an institution's or an outlet's noun
    (words.tsv ``institutions``, ``body_anaphors``, ``outlet_nouns.txt``); not a thing or a proceeding ("Согласно
    материалам дела": a case file speaks for no one, the report is agentless)."""
    word = an.text[tok.start:tok.end]
    return word[:1].isupper() or tok.pos != "NOUN" or _animate_or_body(an, tok)


def _animate_or_body(an, tok) -> bool:
    """A living being or an institution's or an outlet's noun (see ``_may_speak``)."""
    word = an.text[tok.start:tok.end]
    lemma = an._lemma(tok)
    if lemma in rules.wordset("ru", "institutions") or lemma in rules.wordset("ru", "body_anaphors") or \
            lemma in rules.words("ru", "outlet_nouns"):  # ("По информации издания": the outlet named before)
        return True
    from ..names import _morph
    parses = [p for p in _morph().parse(word.lower()) if p.tag.POS == "NOUN"]
    return not parses or any("anim" in p.tag.grammemes for p in parses)


def subject_form(toks, text: str) -> str:
    """The issuer after a document's noun as a speaker is named: in the nominative ("По сообщениям докторов":
    "доктора"; "местных жителей": "местные жители"), the head noun keeping its number and the adjectives before it
    agreeing (entities/ru_phrase.py ``org_nominative``); what follows the head stays as written."""
    from ..entities.ru_phrase import _CASES, org_nominative
    from ..name_keys import _morph
    a, b = toks[0].start, toks[-1].end
    written = text[a:b]
    if len(toks) > 1:
        return org_nominative([t.nat for t in toks], text, a, written)[1]
    t = toks[0]
    case, plural = _CASES.get(t.feats.get("Case", "")), t.feats.get("Number") == "Plur"
    if t.pos != "NOUN" or case in (None, "nomn") or written[:1].isupper():
        return written
    p = next((p for p in _morph().parse(written.lower()) if p.tag.POS == "NOUN" and p.tag.case == case and
              (p.tag.number == "plur") == plural), None)
    form = p.inflect({"nomn"}) if p is not None else None
    return form.word if form is not None else written


def _comma_after(text: str, start: int, end: int) -> int:
    """The first comma in text[start:end] outside parentheses, else -1."""
    depth = 0
    for i in range(start, end):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth <= 0:
            return i
    return -1


# (r27) one or two adjectives in the dative before a listed "по" noun, as the list writes a few ("по предварительным
# данным"): "по неофициальной информации", "по последним сведениям", "по самым скромным оценкам"; not a possessive
# ("по нашим данным" is the author's own voice)
_ADJ_GAP = r"(?:\s+(?!(?:наш|ваш|мо[еий]|тво|сво)[а-яё]*\s)[а-яё]+(?:ым|им|ой|ей|ому|ему)){1,2}\s+"


@lru_cache(maxsize=None)
def _document_phrases(lang: str) -> re.Pattern | None:
    try:
        lines = rules.lines(lang, "document_phrases")
    except rules.RuleFileError:  # a language without the list (Ukrainian today)
        return None
    nouns = sorted({w.split()[1] for w in lines if len(w.split()) == 2 and w.lower().startswith("по ")}, key=len,
                   reverse=True)
    gap = r"|(?<![\w-])по" + _ADJ_GAP + "(?:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])" if nouns else ""
    return re.compile(r"\s*(" + _words_rx(lines).pattern + gap + ")", re.IGNORECASE)
