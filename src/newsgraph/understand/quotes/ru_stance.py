"""Stances of Russian quotes (a mixin of ``ru.RussianQuotes``): a verb of support, denial or expressed feeling whose
content follows it without "что", found by lemma (``lang/<code>/stance_cues.tsv``): "Путин поддерживает идею
переезда", "Еврокомиссия выступала против этой сделки", "Президент выразил надежду на то, что …"; and where a
content ends before the subject's next act ("осудил решение и призвал …")."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import commas
from ...record import Mention, Ref
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_marks import outside_marks

_CUT = re.compile(r",\s+(?:а|но|однако|и|так как|поскольку|потому что|все же|всё же|хотя|при котором|при этом)\s|"
                  r";|\s[—–]\s|:")
# an object that points back at what was said before ("отвергают подобный шаг", "подтвердил эту информацию"): the
# content is elsewhere
_POINTING = {"этот", "такой", "подобный", "тот", "он", "она", "они", "оно", "всё", "все", "это"}
_THAT = re.compile(r"\s*(?:на\s+то\s*,\s*|в\s+том\s*,\s*|,\s*)?(?:что|чтобы)\s+", re.IGNORECASE)  # ("сожаление, что")


class _Cue:
    """A cue found by lemma, shaped as the ``re.Match`` the readers take (start, end, group)."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._s, self._e = text, start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, *_) -> str:
        return self._text[self._s:self._e]


@lru_cache(maxsize=None)
def stance_table(lang: str) -> dict[str, str]:
    """LEMMA -> object | for | on | noun (``stance_cues.tsv``); {} for a language without it."""
    try:
        return rules.mapping(lang, "stance_cues")
    except rules.RuleFileError:
        return {}


@lru_cache(maxsize=None)
def second_frames(lang: str) -> dict[str, str]:
    """LEMMA -> gen | in | on: a verb's frame besides its stance_cues.tsv one (``stance_frames.tsv``, r28)."""
    try:
        return rules.mapping(lang, "stance_frames")
    except rules.RuleFileError:
        return {}


class StanceReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs`` and ``add`` of ``RussianQuotes``."""

    def _stance(self, ss, se) -> None:
        """Every stance verb of the sentence (a finite verb or a gerund) outside quotations and outside the contents
        read before in it; the content from where the table says to the end of its clause; the subject the speaker.
        Priority 4.5, as a cue verb's object."""
        table, second = stance_table(self.rr.lang), second_frames(self.rr.lang)
        if not table:
            return
        text, toks = self.text, self.an.toks
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        idx = [t.i for t in toks if ss <= t.start < end]
        for k, i in enumerate(idx):
            t = toks[i]
            mode = table.get(t.lemma)
            if mode not in ("object", "for", "on", "express") and t.lemma not in second or \
                    t.pos not in ("VERB", "AUX") or (t.feats or {}).get("VerbForm") not in ("Fin", "Conv"):
                continue
            if any(o <= t.start < c for o, c in self.pairs) or self._inside_found(t.start):
                continue
            if any(toks[c].dep == "obj" and c < i for c in t.children):
                continue  # the object stands before the verb ("Инициативу … не одобряют эксперты")
            if any(toks[c].lemma == "никто" for c in t.children):
                continue  # ("Никто в правительстве не сомневается в успехе": nobody holds it, review 28b)
            nxt = [toks[j] for j in idx[k + 1:k + 5]]
            direct = mode not in ("object", "for", "on", "express")  # (a "that" verb's own frame is read elsewhere:
            cs = None if direct else self._stance_start(mode, nxt, table)  # its second frame at once, review 28b)
            if cs is None and t.lemma in second:  # (r28: "опасается роста цен" besides "опасается, что …")
                mode = second[t.lemma]
                cs = self._stance_start(mode, nxt, table)
            if cs is None and mode == "for":
                self._fronted_stance(t, ss, end)  # ("Против запрета выступил ряд депутатов")
                continue
            if cs is None or mode == "object" and (self._vote(t, nxt, ss) or self._marked(t, nxt) or
                                                   self._fault(t, nxt) or _product(t, nxt)):
                continue
            cut = outside_marks(_CUT, text, cs, end, self.pairs)
            ce = cut.start() if cut else end
            if text[ce:ce + 1] == ":" and t.lemma in rules.wordset("ru", "noting_verbs"):
                continue  # ("подчеркнул позицию правительства: «…»": what follows the colon is said)
            ce = self._coordinated_cut(cs, self._gerund_cut(cs, ce))
            ce = self.source_tail_cut(cs, self.strip_report_tail(cs, ce))  # ("признал вину, по данным следствия":
            # the source's phrase is no part of what was admitted, ru_constructions.py, review r33)
            if len(text[cs:ce].split()) < 2:
                continue
            neg = k > 0 and toks[idx[k - 1]].low == "не"
            label_s = toks[idx[k - 1]].start if neg else t.start
            cm = _Cue(text, t.start, t.end)
            speaker = self.place_speaker(cm, ss) or \
                self.speaker_in(ss, t.start, cm, self.quoted, t.start, prefer_last=True) or \
                self.subject_phrase(cm, ss)  # (r21: "В банке подтвердили получение заявки": the body, as for a cue)
            if speaker is None:
                continue
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            # ("выступал против того, чтобы …": the side taken is part of the cue, as the gold marks it, so that a
            # reader of "того, чтобы завод закрыли" sees whether it was for or against)
            label_e = nxt[0].end if mode == "for" else t.end
            if mode == "express":  # ("высказал сомнения", "выразил в этой связи надежду": what is expressed is part
                label_e = next((x.end for x in nxt[:3] if x.end <= cs and table.get(x.lemma) == "noun"), label_e)
                # of the cue, as the gold marks it; the content alone reads as if he said "в правильности …", r29)
            self.add(4.5, kind, cs, ce, speaker, re.sub(r"\s+", " ", text[label_s:label_e]),
                     self.outlets_in(ss, se, speaker), (ss, se))

    def _fronted_stance(self, t, ss: int, end: int) -> None:
        """ "Против законопроекта выступила фракция КПРФ", "За отставку мэра высказались депутаты": the stance put
        first, "за"/"против" and what it is about opening the clause right before the verb, the subject after it the
        speaker (the parse's subject of the verb, as written, or an actor named there)."""
        text, toks = self.text, self.an.toks
        m = re.search(r"(?:^|[,;:]\s*|\s[—–]\s*)(?:[Зз]а|[Пп]ротив)\s+(?P<what>[^,.;:!?«»()]{2,80}?)\s*$",
                      text[ss:t.start])
        if m is None or any(x.pos in ("VERB", "AUX") for x in toks if ss + m.start("what") <= x.start < t.start):
            return
        cs, ce = ss + m.start("what"), ss + m.end("what")
        head = next((x for x in toks if cs <= x.start < ce and x.pos in ("NOUN", "PROPN", "PRON")), None)
        if head is None or head.pos != "NOUN" or (head.feats or {}).get("Animacy") == "Anim" or \
                head.lemma in rules.wordset("ru", "rivals"):
            return  # (whom, not what: "Против него выступил …", "Против сборной Чехии выступит …")
        subj = next((toks[c] for c in t.children if toks[c].dep.startswith("nsubj") and c > t.i), None)
        if subj is None:
            return
        from .ru_more import _subtree_range  # (ru_more.py imports this module)
        cut = outside_marks(_CUT, text, t.end, end, self.pairs)
        a, b = _subtree_range(toks, subj.i)
        b = max((j for j in range(a, b + 1) if toks[j].end <= (cut.start() if cut else end)), default=a)
        s0, e0 = toks[a].start, toks[b].end
        e0 = s0 + len(text[s0:e0].split(",")[0].rstrip())  # (not a participle's clause: "ряд лидеров,
        # аргументировавших …")
        if s0 < t.end:
            return
        cm = _Cue(text, t.start, t.end)
        speaker = self.speaker_in(s0, e0, cm, self.quoted, t.start) or \
            Ref(None, text[s0:e0], Mention(s0, e0, text[s0:e0]))
        kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
        side = text[ss + m.start():cs].strip(" ,;:—–").lower()  # ("против": the side taken, as above)
        self.add(4.5, kind, cs, ce, speaker, f"{t.text} {side}", self.outlets_in(ss, end, speaker), (ss, end))

    def _vote(self, verb, nxt: list, ss: int) -> bool:
        """ "Госдума одобрила законопроект", "Правительство поддержало поправки": a legislature or a government
        (words.tsv sets legislatures, voting_bodies) taking a bill, a budget or another instrument it votes (set
        enactments) acts; that is no stance (a person's "поддержал законопроект" is one)."""
        noun = next((t for t in nxt if t.pos in ("NOUN", "PROPN")), None)
        if noun is None or noun.lemma not in rules.wordset("ru", "enactments"):
            return False
        bodies = rules.wordset("ru", "legislatures") | rules.wordset("ru", "voting_bodies")
        return any(t.lemma in bodies for t in self.an.toks if ss <= t.start < verb.start)

    def _fault(self, verb, nxt: list) -> bool:
        """ "допустил ошибку", "допустили нарушения": a fault committed (words.tsv set committed_faults), or a person
        admitted ("допустили кандидата к выборам"), not a possibility allowed ("допустил пересмотр бюджета"), r21."""
        if verb.lemma not in ("допустить", "допускать"):
            return False
        noun = next((t for t in nxt if t.pos in ("NOUN", "PROPN")), None)
        return noun is None or (noun.feats or {}).get("Animacy") == "Anim" or noun.lemma.replace("ё", "е") in {
            w.replace("ё", "е") for w in rules.wordset("ru", "committed_faults")}

    def _marked(self, verb, nxt: list) -> bool:
        """ "Отметили юбилей школы", "отметили сотрудников грамотами": a verb of noting (stance_cues.tsv r17 rows)
        whose object is a date or an act (words.tsv set acts_marked) or a person celebrates or rewards; says nothing."""
        if verb.lemma not in ("отметить", "отмечать"):
            return False
        noun = next((t for t in nxt if t.pos in ("NOUN", "PROPN")), None)
        return noun is None or noun.pos == "PROPN" or (noun.feats or {}).get("Animacy") == "Anim" or \
            noun.lemma in rules.wordset("ru", "acts_marked") or noun.lemma.endswith("летие")  # ("80-летие Победы")

    def _stance_start(self, mode: str, nxt: list, table: dict) -> int | None:
        """Where the content of a stance verb starts, given the tokens after it; None when it has none."""
        if not nxt:
            return None
        first = nxt[0]
        if mode == "object":  # (not the subject after the verb: "Инициативу … не одобряют многие эксперты")
            ok = first.pos in ("NOUN", "ADJ", "DET", "NUM", "PROPN") and (first.feats or {}).get("Case") == "Acc" \
                and not first.dep.startswith("nsubj") and first.lemma not in _POINTING
            return first.start if ok else None
        if mode == "for":
            return nxt[1].start if first.low in ("за", "против") and len(nxt) > 1 and nxt[1].text != "," else None
        if mode in ("gen", "gen-act"):  # (r28: "опасается роста цен"; not "того, что …", read as a clause)
            ok = first.pos in ("NOUN", "ADJ", "DET", "NUM") and (first.feats or {}).get("Case") == "Gen" and \
                not first.dep.startswith("nsubj") and first.lemma not in _POINTING
            noun = next((x for x in nxt if x.pos == "NOUN"), None)  # ("gen-act": an act of others sought, "добивается
            ok = ok and (mode == "gen" or noun is not None and noun.lemma in rules.wordset("ru", "sought_acts"))
            # отставки мэра"; not a win or a medal, "добивается третьей победы подряд", review 28b)
            return first.start if ok else None
        if mode == "in":  # (r28: "сомневается в успехе переговоров"; "в том, что …" is a clause, read elsewhere)
            ok = first.low in ("в", "во") and len(nxt) > 1 and nxt[1].pos in ("NOUN", "ADJ", "DET", "NUM") and \
                nxt[1].lemma not in _POINTING
            return nxt[1].start if ok else None
        if mode == "on":  # (whom it was told may come first: "пожаловался журналистам на …", r24)
            if first.low != "на" and (first.feats or {}).get("Case") == "Dat" and first.pos in ("NOUN", "PRON"):
                nxt = nxt[1:]
            return nxt[1].start if nxt[0].low == "на" and len(nxt) > 1 and nxt[1].pos in ("NOUN", "ADJ") else None
        for t in nxt[:3]:  # "выразил (в этой связи) надежду"
            if t.pos == "NOUN" and table.get(t.lemma) == "noun":
                m = _THAT.match(self.text, t.end)
                return m.end() if m else t.end
            if t.text in ",.;:":
                break
        return None

    def _coordinated_cut(self, cs: int, ce: int) -> int:
        """The end of a content before "и" and a finite verb: the subject's next act ("назвал итоги подтасованными и
        призвал сторонников …"), not what the content holds."""
        for m in re.finditer(r"\s+и\s+(?:не\s+)?", self.text[cs:ce]):  # ("… и не выходят в море", review 28b)
            t = self.an.tok_at_start.get(cs + m.end())
            if t is not None and t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin":
                return cs + m.start()
        return ce

    def nominative_opening(self, cue, start: int) -> Ref | None:
        """The clause's opening noun phrase in the nominative, when the parse gave the cue no subject and no verb
        stands between them ("Супруга «оружейного барона» рассчитывает, что …"): the speaker as written."""
        t = self.an.tok_at_start.get(cue.start())
        if t is None or any(self.an.toks[c].dep.startswith("nsubj") for c in t.children):
            return None
        toks = [x for x in self.an.toks if start <= x.start < cue.start()]
        while toks and toks[0].pos in ("PUNCT", "CCONJ", "ADV", "PART"):  # ("Однако арабы …")
            toks = toks[1:]
        if not toks or not _nominative_noun(toks[0]) or any(x.pos in ("VERB", "AUX") for x in toks) or len(toks) > 8:
            return None
        k = next((i for i, x in enumerate(toks) if x.pos in ("ADV", "PART", "CCONJ", "SCONJ") or x.text == ","),
                 len(toks))
        s, e = toks[0].start, toks[k - 1].end  # the noun's phrase, without the adverbs before the cue
        return Ref(None, self.text[s:e], Mention(s, e, self.text[s:e]))

    def participle_phrase_end(self, comma: int, end: int) -> int:
        """The comma after a participle's phrase that opens right after ``comma`` (", знакомый с ходом переговоров,"
        describes who speaks, it is no part of what is said), else ``comma``."""
        if comma < 0:
            return comma
        nxt = next((x for x in self.an.toks if x.start > comma), None)
        describer = nxt is not None and nxt.lemma in rules.wordset("ru", "source_describers")  # (r21: whatever the
        # tagger made of it, "знакомого" tagged a noun: words.tsv source_describers)
        if nxt is None or nxt.start >= end or not ((nxt.feats or {}).get("VerbForm") == "Part" or nxt.pos == "ADJ" or
                                                   describer) or self.an.toks[nxt.head].start > comma and not describer:
            return comma  # (only a phrase describing a word before the comma: "источник, знакомый с …")
        after = commas.find(self.text, nxt.end, end)
        return after if after > 0 else comma

    def shared_subject_verb(self, t):
        """The verb whose subject cue token ``t`` (with none of its own) shares: the verb a gerund hangs on, the first
        of two joined verbs (``joined_verb``), or the main verb of the noun a relative clause describes ("Президент
        выступил с обращением, в котором заявил, что …"); else None. An impersonal report ("сообщалось",
        "подчёркивалось", "отмечается": ``_impersonal``) shares none: it names nobody ("Начало акции было намечено на
        19 часов; подчёркивалось, что …": the plan's subject is no speaker)."""
        toks = self.an.toks
        if self._impersonal(t.text):
            return None
        if (t.feats or {}).get("VerbForm") == "Conv" or t.dep == "conj" and t.head < t.i and self.joined_verb(t):
            return toks[t.head]
        h = toks[t.head]
        if t.dep == "advcl" and h.pos == "VERB" and t.head < t.i and self._reason_clause(t, h):
            return h  # ("Правозащитники выступают против, поскольку считают, что …": r19)
        if t.dep.startswith("acl") and h.pos == "NOUN" and h.head != h.i and toks[h.head].pos == "VERB" and \
                h.head < t.i and re.search(r"\bкотор", self.text[h.end:t.start]):
            return toks[h.head]
        return None

    def _reason_clause(self, t, h) -> bool:
        """Cue token ``t`` heads a clause of reason, concession or time hanging on verb ``h`` ("…, поскольку считают,
        что …", "…, так как уверены, что …"; ``words.tsv`` set ``reason_marks``) and agrees with it in number: a
        finite verb there with no subject of its own has the main verb's."""
        marks = rules.wordset("ru", "reason_marks")
        toks = self.an.toks
        return any(toks[c].dep == "mark" and toks[c].lemma in marks for c in t.children) and \
            (t.feats or {}).get("Number") == (h.feats or {}).get("Number") is not None

    def joined_verb(self, t) -> bool:
        """The cue token ``t`` joined to the verb before it, sharing its subject: no person in the nominative
        between them outside quote marks (that is the second verb's own subject the parse left unattached: "Чебан
        объявил о победе, однако кандидат Лилиан Каруш назвал …")."""
        h = self.an.toks[t.head]
        return h.pos == "VERB" and not any(x.pos in ("NOUN", "PROPN") and (x.feats or {}).get("Case") == "Nom" and
                   (x.feats or {}).get("Animacy") == "Anim" and not any(o <= x.start < c for o, c in self.pairs)
                   for x in self.an.toks[h.i + 1:t.i])

    def _inside_found(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for _, q in self.found)


@lru_cache(maxsize=20_000)
def _can_be_nominative_noun(word: str) -> bool:
    from ..names import _morph
    parses = _morph().parse(word)  # its likeliest reading a noun ("ранее" is an adverb), one of them nominative
    return parses[0].tag.POS == "NOUN" and any(p.tag.POS == "NOUN" and "nomn" in p.tag.grammemes for p in parses)


def _nominative_noun(t) -> bool:
    """A common noun in the nominative; a capitalised one opening a sentence that the tagger took for a name
    ("Губернатор", "Супруга") is asked of pymorphy2's analyses of the word in lower case."""
    if t.pos == "NOUN" and (t.feats or {}).get("Case") == "Nom":
        return True
    return t.pos in ("NOUN", "PROPN") and t.text[:1].isupper() and t.text[1:].islower() and \
        _can_be_nominative_noun(t.text.lower())  # (not an abbreviation: "РБК")


def _product(verb, nxt: list) -> bool:
    """ "Компания анонсировала новый iPhone": a launch announced (a product), not an act or a plan announced
    ("анонсировал запуск новой линии": words.tsv set announced_acts), review 28b."""
    if verb.lemma not in ("анонсировать",):
        return False
    noun = next((t for t in nxt if t.pos in ("NOUN", "PROPN")), None)
    return noun is None or noun.lemma not in rules.wordset("ru", "announced_acts")
