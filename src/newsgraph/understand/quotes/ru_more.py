"""More readers of Russian quotes (a mixin of ``ru.RussianQuotes``): a cue verb whose content is its object or its
"о …" topic (an outlet's own report, "как считает X, …" and the attributions set aside by commas are in
ru_set_aside.py, a quotation interrupted by its attribution in ru_interrupted.py, the speaker phrases of cue verbs in
ru_subjects.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ..doc import subtree
from ..entities.ru import _verb_forms, _words_rx
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_no_object import no_object_content
from .ru_interrupted import DASH  # noqa: F401 (the readers importing it from here; ``_interrupted``: ru32bfix)
from .ru_judging import judged_end
from .ru_stance import outside_marks, stance_table  # (ru_marks.py)
from .ru_marks import words_of_someone as _words_of_someone  # (the readers importing it from here, r23)
from .ru_set_aside import SetAsideReaders, _silent

_COMMENT = re.compile(r"\s*(?:от\s+)?(?:каких-либо\s+|любых\s+|дальнейших\s+)?(?:(?:про)?коммент(?:ари|ирова)|"
                      r"обсуждать\s|(?:раскры(?:ва)?ть|разглаша?ть|сообщ(?:а|и)ть|называть|назвать|уточн(?:я|и)ть)\s)",
                      re.IGNORECASE)  # what a refusal to comment refuses ("обсуждать слухи"); r21: to disclose
# ("отказались раскрывать параметры сделки", "отказывается сообщать что-либо о …", "отказался назвать сумму")
# up to three words between a cue verb and "о …", or up to six when they name its addressee with a name in marks
# ("предупредил ОАО «Белтрансгаз» и правительство Белоруссии о возможном ограничении": r19)
_ABOUT_AFTER = re.compile(r"(?:(?:[^\s,.:;«»]+\s+){0,3}?|"
                          r"(?=[^,.:;]{0,80}«)(?:(?:[^\s,.:;«»]+|«[^«»\n]{1,40}»)\s+){0,6}?)(?:о|об|обо)"
                          r"\s+(?!том\b|тем\b|чем\b|этом\b)", re.IGNORECASE)
_ANSWERED = re.compile(r"\s*на\s+[^\s,.:;«»]+\s+(?:о|об|обо)\s+$", re.IGNORECASE)  # what was answered
_CLAUSE_CUT = re.compile(r",\s+(?:а|но|однако|и|так как|поскольку|потому что|все же|всё же|тем не менее)\W|"
                         r";|\s[—–]\s|:")
_CONTRAST_CUT = re.compile(r",\s+(?:однако|но)\s")
# "связывают надежды с …", "возлагают надежды на …": hopes pinned, no statement (judgement_cues.txt)
_HOPES = re.compile(r"\s*(?:(?:свои|большие|особые|определенные|определённые)\s+)?надежд", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s+(?:в|во|на|по|после|перед|во\s+время)\s+[^,]{0,60}$")
_SO_BEFORE = re.compile(r"(?<!\w)(?:так|такой|такая|такое|такие|таким|такого|такую|такой\s+же)\s*$", re.IGNORECASE)
_IMPERSONAL = re.compile(r"\w+ется|\w+ится")  # a passive report: сообщается, считается, говорится


class MoreReaders(SetAsideReaders):
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs`` and ``add`` of ``RussianQuotes``."""

    def _impersonal(self, cue: str, pointed: bool = False) -> bool:
        """A cue of a report naming nobody: "Сообщается, что …", "Было заявлено, что …", "Говорят, что …"; one
        ``pointed`` back at the sentence before ("Об этом сообщается") not "стало известно" ("Об этом случае стало
        известно лишь в 90-х": a fact became public, no words reported; r25)."""
        cue = cue.lower()
        return (bool(_IMPERSONAL.fullmatch(cue)) or cue in self.rr.impersonal) and not (pointed and "известно" in cue)

    def _object_content(self, ss, se) -> None:
        """ "Гачечиладзе назвал итоги выборов подтасованными", "Amnesty обвиняет США в двойном подходе": a cue verb
        whose content is its object (``lang/<code>/object_cues.txt``), to the end of its clause; the subject before
        it the speaker. A naming verb (``naming_cues.txt``: "Власти назвали протесты «провокацией»") is read the same
        way when words of its predicate are in quote marks (a mixed quote, the content ending with the last
        quotation), or without them when its predicate judges the object (ru_judging.py, r25: "назвала позицию
        деструктивной"). Priority 4.5: any other reading of the passage is kept before it."""
        taken = [(q.start, q.end, q.speaker) for _, q in self.found if ss <= q.start < se]  # its readings so far
        lang = self.rr.lang  # ("refusal": "отказался от комментариев", a refusal to comment, refusal_cues.txt)
        for rx, naming in ((_cue_list(lang, "object_cues"), False), (_cue_list(lang, "naming_cues"), True),
                           (_cue_list(lang, "judgement_cues"), None), (_cue_list(lang, "refusal_cues"), "refusal"),
                           (_cue_list(lang, "threat_cues"), "threat")):  # ("угрожает начать забастовку", r22)
            if rx is not None:
                self._object_reading(rx, naming, ss, se, taken)

    def _object_reading(self, rx: re.Pattern, naming: bool | None, ss, se, taken: list) -> None:
        """Every cue of ``rx`` in the sentence outside the contents already read (``taken``): "Кан осудил визит …,
        назвав его «непростительным оскорблением»" is two readings, the first content ending where the gerund's
        clause begins, the gerund's speaker the first reading's (a gerund has its main verb's subject). ``naming``
        None: a judgement ("считает решение ошибочным", ``judgement_cues.txt``), read only with an object and its
        predicate in the instrumental ("считает деньги" judges nothing)."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for cm in rx.finditer(text, ss, end):
            rel = self.relative_subject(cm.start())  # ("500 человек, которые требовали …": ru_relative.py)
            doc = self.document_relative(cm.start(), ss) if rel is None else None  # ("письмо, в котором просят …")
            if any(o <= cm.start() < c for o, c in self.pairs) or \
                    rel is None and doc is None and re.search(r"котор\w*[^,]*$", text[ss:cm.start()]):
                continue  # (a relative clause, "которые японцы называют …", describes: it states nothing)
            if rel is not None and re.match(r"\s*(?:[,.;:!?]|$)", text[cm.end():end]):
                continue  # ("Рост цен, который прогнозировали, начался": the relative verb has no object of its own;
                # what follows its comma is the main clause, no content, r34)
            if any(a <= cm.start() < b for a, b, _ in taken) or self._lifeless_subject(cm.start()):
                continue  # ("Ситуация требует вмешательства": no one's demand, ru_agents.py)
            cut = outside_marks(_CLAUSE_CUT, text, cm.end(), end, self.pairs)
            cs, ce = cm.end(), self.gerund_phrase_end(cm, ss, cut.start() if cut else end)  # (r31)
            ce = self._coordinated_cut(cs, self._gerund_cut(cs, ce))
            ce = self.strip_report_tail(cs, ce)  # "…, пишет «Коммерсантъ»" credits the outlet
            if naming == "refusal":
                if not _COMMENT.match(text, cs):
                    continue  # ("отказался от участия": a refusal to act says nothing)
            elif naming == "threat":
                first = self.an.tok_at_start.get(cs + len(text[cs:ce]) - len(text[cs:ce].lstrip()))
                if first is None or (first.feats or {}).get("VerbForm") != "Inf" or \
                        not self._animate_subject(cm.start()):
                    continue  # ("Ему грозит штраф": a penalty looming; "Река грозит выйти из берегов": no one's threat)
            elif naming is None:
                if not self._instrumental_predicate(cs, ce) or _HOPES.match(text, cs):
                    continue
            elif naming:
                marked = [c for o, c in self.pairs if cs <= o and c < ce and _words_of_someone(text[o + 1:c])]
                ce = marked[-1] + 1 if marked else judged_end(self.an, text, self.rr.lang, cm.start(), ce)
                if ce is None:
                    continue  # (a name given, a designation or a negated verb, ru_judging.py)
            elif no_object_content(self.an, cm.start(), cs, ce):  # (ru_no_object.py: "опроверг эту информацию",
                continue  # the object points back; "С X согласилась сенатор Y", the subject after the verb, r29)
            before = sorted((t for t in taken if t[1] <= cm.start()), key=lambda t: t[1])
            if before and (self._is_gerund(cm.start()) or re.fullmatch(r",\s+и\s+", text[before[-1][1]:cm.start()])):
                speaker = before[-1][2]
            elif rel is not None:
                speaker = self.relative_antecedent(rel, ss)
            elif doc is not None:
                speaker = self.document_issuer(doc, ss)
            else:
                speaker = self.place_speaker(cm, ss) or \
                    self.speaker_in(ss, self.speaker_region_end(cm, ss, se), cm, self.quoted, cm.start(), True) or \
                    self.subject_phrase(cm, ss)  # ("В Кремле осудили …"; "В Офисе президента отказались":
                # the body, not the president named before)
            if speaker is None:
                continue
            ce = self.source_tail_cut(cs, ce)  # ("признал вину, по данным следствия": ru_constructions.py, r33)
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(4.5, kind, cs, ce, speaker, cm.group(), self.outlets_in(ss, se, speaker), (ss, se))
            taken.append((cs, ce, speaker))

    def _utterance_in(self, start: int, end: int) -> bool:
        """A verb of saying by naming, judging or demanding ("назвала позицию деструктивной", "осудил решение")."""
        return any(rx is not None and rx.search(self.text, start, end) is not None
                   for rx in (_cue_list(self.rr.lang, n) for n in ("object_cues", "naming_cues", "judgement_cues")))

    def _verb_form_at(self, pos: int) -> str | None:
        t = self.an.tok_at_start.get(pos)
        return (t.feats or {}).get("VerbForm") if t is not None else None

    def _yet_to_tell(self, pos: int) -> bool:
        """A perfective future cue ("объявит о присоединении", "расскажет о планах"): not told yet (r19)."""
        t = self.an.tok_at_start.get(pos)
        f = t.feats or {} if t is not None else {}
        return f.get("Aspect") == "Perf" and f.get("Tense") == "Fut" and f.get("VerbForm") == "Fin"

    def _is_gerund(self, pos: int) -> bool:
        return self._verb_form_at(pos) == "Conv"

    def _cut_before_verb(self, cs: int, ce: int, form: str) -> int:
        """The end of a content at the first comma followed by a verb of ``form`` (UD VerbForm), else ``ce``."""
        for m in re.finditer(r",\s*", self.text[cs:ce]):
            if self._verb_form_at(cs + m.end()) == form:
                return cs + m.start()
        return ce

    def _gerund_cut(self, cs: int, ce: int) -> int:
        """The end of a content at a comma that opens a gerund's clause (", назвав …", ", подчеркнув …"): the
        gerund tells what the subject did next, not what the content holds."""
        return self._cut_before_verb(cs, ce, "Conv")

    def _instrumental_predicate(self, cs: int, ce: int) -> bool:
        """An object and its predicate in the instrumental ("решение Клинсмана ошибочным", "Иерусалим неделимым")."""
        toks = [t for t in self.an.toks if cs <= t.start < ce]  # (or a predicate and an infinitive: "необходимым
        # ужесточить закон")
        return len(toks) >= 2 and (any((t.feats or {}).get("Case") == "Ins" and t.pos in ("ADJ", "NOUN", "VERB")
                                       for t in toks[1:]) or (toks[0].feats or {}).get("Case") == "Ins" and
                                   toks[0].pos == "ADJ" and (toks[1].feats or {}).get("VerbForm") == "Inf")

    def _about_object(self, ss, se) -> None:
        """ "Министерство сообщило в субботу об обнаружении диоксина", "ФИФА объявила о выделении гранта": a cue verb
        whose content is what it tells about ("о/об" and a noun, a few words after the verb), to the end of its
        clause; the subject before it the speaker. Priority 4.6 (any other reading of the passage first)."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for cm in self.rr.cue.finditer(text, ss, end):
            am = _ABOUT_AFTER.match(text, cm.end() + 1 if text[cm.end():cm.end() + 1] == " " else cm.end())
            if am is None or any(o <= cm.start() < c for o, c in self.pairs) or self._yet_to_tell(cm.start()) or \
                    self._lifeless_subject(cm.start()) or _ANSWERED.match(am.group()):  # ("Рост цен говорит о
                continue  # перегреве": a sign, ru_agents.py; "ответил на вопрос о …": the question's topic, r24)
            cut = outside_marks(_CLAUSE_CUT, text, am.end(), end, self.pairs)
            cs, ce = am.end(), cut.start() if cut else end
            ce = _manner_cut(self.an.toks, cs, self.strip_report_tail(cs, ce))  # ("о реформе осторожно": how)
            t = self.an.tok_at_start.get(cm.start())
            if len(text[cs:ce].split()) < 2 or re.match(r"(?:себе|нем|нём|ней|них)\b", text[cs:ce], re.IGNORECASE) or \
                    t is not None and stance_table(self.rr.lang).get(t.lemma) == "that" or _silent(self.an, t):
                continue  # ("рассказал о себе": a pronoun topic tells nothing; "думает о будущем", r23)
            speaker = self.speaker_in(ss, cm.start(), cm, self.quoted, cm.start(), prefer_last=True) or \
                self.subject_phrase(cm, ss)
            if speaker is not None or self._impersonal(cm.group()):  # ("никогда не сообщалось о пожарах …")
                kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
                self.add(4.6, kind, cs, ce, speaker, cm.group(), self.outlets_in(ss, se, speaker), (ss, se))
            return


@lru_cache(maxsize=None)
def _cue_list(lang: str, name: str) -> re.Pattern | None:
    """The word list ``lang/<code>/<name>.txt`` as one pattern, with every finite form and gerund of its verbs
    (entities/ru.py ``_verb_forms``); None for a language without it (Ukrainian today)."""
    try:
        return _words_rx(rules.lines(lang, name) + _verb_forms(lang, name))
    except rules.RuleFileError:
        return None


def _manner_cut(toks, cs: int, ce: int) -> int:
    """The topic's end before the adverbs closing it (review34a: "высказывалась о реформе школ осторожно": how she
    spoke, not what about); an adverb after a preposition ("о планах на завтра") is the topic's own."""
    inside = [t for t in toks if cs <= t.start < ce]
    k = len(inside)
    while k > 2 and inside[k - 1].pos == "ADV":
        k -= 1
    if k == len(inside) or inside[k - 1].pos in ("ADP", "PUNCT", "VERB"):  # ("действовать быстро": the verb's)
        return ce
    return inside[k - 1].start + len(inside[k - 1].text)


def _subtree_range(toks, i: int) -> tuple[int, int]:
    sub = subtree(toks, i)
    return sub[0], sub[-1]
