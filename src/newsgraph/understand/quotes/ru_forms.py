"""Forms of Russian reported speech read by their layout (a mixin of ``ru.RussianQuotes``, round 9):

  - «…», — улыбнулась директор музея Анна Серова.   (any finite verb opening the clause after the dash: the
    punctuation of direct speech says it is the attribution, whatever the verb; ``verb_cue``)
  - Анна Серова выступила на форуме.\n\n«…».          (a paragraph that is one quotation, after a paragraph naming one
    person, or after a quotation of a known speaker: ``_paragraph_quotes``)
  - Интервью с Анной Серовой.\n\n— Вопрос?\n\n— Ответ. (dash-led answer lines of an interview: the interviewee, named
    before the exchange or in an attributed answer; ``ru_interviews._interview``)
  - А. Серова: Ответ на вопрос.                       (a transcript line, a person's name and a colon:
    ``ru_interviews._transcript``)
"""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_colon_quotes import ColonQuotes
from .ru_continued import ContinuedSpeech
from .ru_headline_quotes import HeadlineQuotes
from .ru_title_holders import HeadlineTitles
from .ru_lead_nouns import LeadNounOwners
from .ru_verbless import VerblessQuotes
from .ru_resumed import ResumedQuotes
from .ru_colon_tail import colon_pronoun
from .ru_retold import retold_on
from .ru_runs import ATTRIBUTED_IN, BARE_MIDDLES, attributed_after, bare_middle, run_opening
from .ru_more import _words_of_someone
from .ru_stance import _Cue

DASHES = "—–―"
_DASH_LINE = re.compile(rf"[ \t]*(?:[{DASHES}]|--?)[ \t]+")
_DASH_NEXT = re.compile(rf"\s*[,.!?…]?\s*(?:[{DASHES}]|--|-\s)")  # an attribution after a quotation
_POINTER = re.compile(r"\s+(?:[\w-]+\s+)?об\s+этом(?=[\s,.!?…])", re.IGNORECASE)  # "сообщил (в среду) об этом"
_QUESTION_END = re.compile(r"\?[»“”\"]?\s*$")
_FIRST_CHAR = re.compile(r"[\s«„“\"(—–―-]*(\S)")


def opens_lowercase(text: str, start: int, end: int) -> bool:
    """The words at [start, end) open with a lowercase letter (past spaces, opening marks and dashes): a list item or
    a predicate going on from the line before ("— получила главный приз"), not a speaker's words, which open a
    sentence (r36, diff36ru)."""
    m = _FIRST_CHAR.match(text, start, end)
    return m is not None and m.group(1).islower()


# between a quotation and the next one: its closing mark and one attribution clause ("», — сказал Лыков. ")
_ATTRIBUTION_ONLY = re.compile(r"[»“”\"]\s*[,.!?…]?\s*(?:[—–-]\s*)?[^.!?…«»„“”\"\n]{3,120}[.!?…]\s*$")


class FormReaders(ColonQuotes, ContinuedSpeech, HeadlineQuotes, HeadlineTitles, LeadNounOwners,
                  VerblessQuotes, ResumedQuotes):
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs``, ``self.found`` and ``add``."""

    def verb_cue(self, a_s: int, a_e: int) -> _Cue | None:
        """A finite indicative verb of the third person opening text[a_s:a_e] (after at most one adverb: "— тихо
        добавил он"), in lower case: the verb of an attribution clause set off by a dash after direct speech."""
        toks = []
        for pos in range(a_s, a_e):  # (the first two tokens, found by their start)
            t = self.an.tok_at_start.get(pos)
            if t is not None:
                toks.append(t)
                if len(toks) == 2:
                    break
        for t in toks:
            f = t.feats or {}
            if t.pos == "VERB" and f.get("VerbForm") == "Fin" and f.get("Mood", "Ind") == "Ind" and \
                    f.get("Person", "3") == "3" and t.text[:1].islower():  # ("«Союз» — ТМА.": no verb)
                return _Cue(self.text, t.start, t.end)
            if t.pos != "ADV":
                return None
        return None

    def place_after(self, cue, end: int) -> Ref | None:
        """ "…, сообщили в пресс-службе администрации.": a plural cue without a subject, then "в" and a body (an
        organisation or a state named there, or an institution noun of ``words.tsv`` set ``institutions``) ending
        the clause: the body speaks (as ``place_speaker`` before the cue)."""
        t = self.an.tok_at_start.get(cue.start())
        if t is None or (t.feats or {}).get("Number") != "Plur" or \
                any(self.an.toks[c].dep.startswith("nsubj") for c in t.children):
            return None
        m = re.match(r"\s+(?:[\w-]+\s+)?[Вв]о?\s+([^,.;:«»]{2,60}?)\s*$", self.text[cue.end():end])
        if m is None:
            return None
        ps, pe = cue.end() + m.start(1), cue.end() + m.end(1)
        for mm, a in self.an.mentions_in(ps, pe, ("ORG", "GPE")):
            return self.an.ref(a, mm.start, mm.end)
        inst = rules.wordset("ru", "institutions")
        if any(x.lemma.endswith(tuple(inst)) for x in self.an.toks if ps <= x.start < pe):  # ("в авиакомпании")
            return Ref(None, self.text[ps:pe], Mention(ps, pe, self.text[ps:pe]))
        return None

    def merged_closes(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A quotation ending with a quoted name writes one closing mark for both («Мы поддержим проект «Северный
        поток», — сказал он.): an opening mark left open at the paragraph's end whose paragraph closes a mark of
        the same kind after it pairs with the last such closing mark. The pairs with those added (the pairs inside
        them dropped)."""
        text, added, pos = self.text, [], 0
        lines = text.split("\n")
        for i, line in enumerate(lines):
            stack = []
            for k, ch in enumerate(line):
                if stack and ch == OPEN_CLOSE.get(line[stack[-1]]):
                    stack.pop()
                elif ch in ("«", "„"):
                    stack.append(k)
            if stack:
                o = stack[0]
                c = line.rfind(OPEN_CLOSE[line[o]])
                rest = line[c + 1:] if c > o else ""
                nxt = next((x.lstrip() for x in lines[i + 1:] if x.strip()), "")
                ends = not rest.strip(" .!?…") and nxt[:1] != line[o]  # (else a quotation over paragraphs)
                if c > o and (ends or _DASH_NEXT.match(rest)) and not any(s <= pos + o <= e for s, e in pairs):
                    added.append((pos + o, pos + c))
            pos += len(line) + 1
        if not added:
            return pairs
        return sorted([(o, c) for o, c in pairs if not any(s <= o < e for s, e in added)] + added)

    def paragraph_runs(self, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A quotation running over paragraphs: each paragraph opens with the mark, only the last closes it
        («Первый абзац.\n\n«Второй абзац», — сказал он.). The pairs with such runs as one pair each (the pairs of
        ``marks.quote_pairs`` never cross a paragraph break)."""
        text, opened = self.text, {o for o, _ in pairs}
        paras = self._paragraphs()
        runs, i = [], 0
        while i < len(paras) - 1:
            ps = run_opening(text, *paras[i], opened, pairs)  # (or after the paragraph's lead-in: ru_runs.py, r24)
            if ps is None:
                i += 1
                continue
            mark = text[ps]
            close, end, j, bare = OPEN_CLOSE[mark], None, i + 1, 0
            while j < len(paras) and j <= i + 10:
                qs, qe = paras[j]
                if qs in opened:  # the last paragraph: its own opening mark pairs with the run's close
                    end = next(c for o, c in pairs if o == qs) if not bare else None  # (not after bare middles: a
                    break  # new quotation opens there, the bare paragraphs were narrative, review 28b)
                unpaired = [k for k in range(qs, qe) if text[k] == close and not any(o < k <= c for o, c in pairs)]
                if unpaired:
                    end = unpaired[0]
                    break
                if text[qs] != mark:
                    if bare == BARE_MIDDLES or not bare_middle(text, qs, qe) or ATTRIBUTED_IN.search(text, ps, qs):
                        break
                    bare += 1  # (a middle paragraph without the mark: only with a dash attribution after, r28)
                j += 1
            if end is None or bare and not attributed_after(text, end):
                i += 1
                continue
            runs.append((ps, end))
            i = j + 1
        if not runs:
            return pairs
        kept = [(o, c) for o, c in pairs if not any(s <= o < e for s, e in runs)]
        return sorted(kept + runs)

    def speech_noun_speaker(self, start: int, end: int) -> Ref | None:
        """ "Министр Олег Дунаев сделал заявление: «…»": a clause before a colon holding a noun of what is said
        (``words.tsv`` set ``speech_nouns``) and naming one person outside quotations: that person."""
        nouns = rules.wordset("ru", "speech_nouns")
        if not any(t.lemma in nouns for t in self.an.toks if start <= t.start < end):
            return self._headline_speaker(start, end)
        return self._one_person(start, end) or self.speech_noun_owner(start, end)  # ("Его слова:", ru_lead_nouns.py)

    def _headline_speaker(self, start: int, end: int) -> Ref | None:
        """ "Академик Зуев: «…»" as the text's first line: a title and the surname of the one person of the text with
        that surname, the tagger missing it in the headline."""
        if "\n" in self.text[:start] or not self.text[end:].lstrip(": ").startswith(tuple(OPEN_CLOSE)):
            return None
        words = self.text[start:end].split()
        if not 1 < len(words) <= 4:
            return None
        found = self._headline_name(start + len(self.text[start:end].rstrip()) - len(words[-1]), end)
        return self.an.ref(found[0][1], found[0][0].start, found[0][0].end) if found else None

    def _noun_subject_before(self, cue) -> bool:
        """The cue verb has a noun subject of its own before it (named by no actor: "Прокуратура обвинила …")."""
        t = self.subject_verb(self.an.tok_at_start.get(cue.start()))
        return t is not None and any(self.an.toks[c].dep.startswith("nsubj") and self.an.toks[c].pos == "NOUN" and
                                     self.an.toks[c].start < cue.start() for c in t.children)

    def trailing_source(self, cue, end: int, impersonal: bool) -> tuple[Ref | None, bool]:
        """Who ends a sentence after its content and a cue when no actor is named there: (speaker, accepted).
        An impersonal cue ("…, говорится в сообщении прокуратуры.", "…, отмечается в докладе.") names nobody but an
        organisation in its document; "источник в полиции" is an anonymous source; a short noun phrase in the
        nominative ("…, полагают эксперты.", "…, сообщает пресс-служба ведомства.") is a speaker described."""
        text = self.text
        if impersonal:
            orgs = self.an.mentions_in(cue.end(), end, ("ORG",))
            if orgs:
                return self.an.ref(orgs[0][1], orgs[0][0].start, orgs[0][0].end), True
            owner = self._document_owner(cue.end(), end)  # ("…, говорится в письме ведомства.")
            who = self._described_org(owner) if owner is not None else self._work_owner(cue.end(), end)
            if who is not None:  # (else who says it described after "говорят": "…, об этом говорят исследования", r27)
                return who, True
        if self.rr.anonymous.search(text, cue.end(), end):
            return self.anonymous_source(cue.end(), end), True  # (as written: "источник в полиции", r21)
        phrase = text[cue.end():end].strip()
        if phrase.lower() in ("он", "она", "они"):  # ("Врач считает, что A: B, пояснил он": ru_colon_tail.py, r26)
            who = colon_pronoun(text, self.found, self.an.sentence(cue.start())[0], cue.start(), end)
            return who, who is not None
        toks = [t for t in self.an.toks if cue.end() <= t.start < end]
        lead = next((t for t in toks if t.pos != "ADV"), None) if toks and toks[0].pos == "ADV" else None
        if lead is not None and (lead.pos == "ADJ" or (lead.feats or {}).get("VerbForm") == "Part"):
            toks = toks[toks.index(lead):]  # (an adverb of its participle: "специально проведённые исследования")
        if 1 <= len(phrase.split()) <= 5 and toks and ((toks[0].pos in ("NOUN", "ADJ") or (toks[0].feats or {}).get(
                "VerbForm") == "Part") and (toks[0].feats or {}).get("Case") == "Nom" or
                toks[0].pos == "NUM" and any(t.pos == "NOUN" for t in toks[1:])):
            # (a number of them: "…, рассказали два федеральных чиновника.")
            s = text.index(phrase, cue.end())
            return Ref(None, phrase, Mention(s, s + len(phrase), phrase)), True
        return None, impersonal

    def _document_owner(self, start: int, end: int) -> Ref | None:
        """The body whose document it is, described, not named: "в письме ведомства", "в сообщении перевозчика" (a
        noun in the genitive after the document's noun, with its adjectives), as written."""
        toks = [t for t in self.an.toks if start <= t.start < end]
        gen = lambda t: (t.feats or {}).get("Case") == "Gen"  # noqa: E731
        for i, t in enumerate(toks[:-1]):
            if t.pos == "NOUN" and (not gen(t) or i == 0 or toks[i - 1].pos == "ADP"):  # (the document itself may
                # stand in the genitive: "следует из отчётности компании", r18)
                own = []
                for x in toks[i + 1:i + 4]:
                    if x.pos not in ("NOUN", "ADJ") or not gen(x):
                        break
                    own.append(x)
                if own and own[-1].pos == "NOUN":
                    a, b = own[0].start, own[-1].end
                    return Ref(None, self.text[a:b], Mention(a, b, self.text[a:b]))
                return None
        return None

    def _pointer_back(self, k: int, ss: int, se: int) -> None:
        """ "Задержаны 12 человек. Дунаев сообщил об этом журналистам.": a short sentence whose cue verb points back
        with "об этом" right after it; the sentence before, in the same paragraph, is what was said (as
        ``_opener``'s "Об этом сообщил Дунаев."). Priority 2.5."""
        if k == 0 or len(self.text[ss:se].split()) > 20:  # ("… сообщил об этом журналистам в кулуарах форума в …")
            return
        for cm in self.rr.cue.finditer(self.text, ss, se):
            pm = _POINTER.match(self.text, cm.end())
            if pm is not None:
                break
        else:
            return
        ps, pe = self.an.sents[k - 1]
        if "\n" in self.text[pe:ss] or any(o <= cm.start() < c for o, c in self.pairs):
            return
        speaker = self.speaker_in(ss, se, cm, self.quoted, ss)  # ("Сообщил об этом журналистам глава МВД …")
        if speaker is None:
            return
        cs, ce = ps, ps + len(self.text[ps:pe].rstrip().rstrip(".!?…"))
        body, kind = self.text[cs:ce].strip(), "indirect"
        if body[:1] in OPEN_CLOSE and body[-1:] in OPEN_CLOSE.values():
            kind, cs, ce = "direct", cs + 1, ce - 1
        self.add(2.5, kind, cs, ce, speaker, cm.group(), self.outlets_in(ss, se, speaker), (ps, se))

    def _paragraphs(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for line in self.text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if line.strip():
                out.append((s + len(line) - len(line.lstrip()), s + len(line.rstrip())))
        return out

    def _dash_lines(self):
        """(start, text, priority) of each line, and of the part of a narrative line from a dash after a sentence's
        full stop on ("Он отметил, что …. — Мы довольны, — добавил тренер."); a dash-led line keeps its own going
        on ("— Мы готовы, — сказала она. — Но нужны гарантии.")."""
        pos = 0
        for line in self.text.split("\n"):
            ls, pos = pos, pos + len(line) + 1
            cut = None if re.match(rf"\s*(?:[{DASHES}]|--?\s)", line) else next(
                (m.end() for m in re.finditer(rf"\.\s+(?=[{DASHES}]\s+[А-ЯЁA-Z«])", line)
                 if not any(o <= ls + m.start() < c for o, c in self.pairs)), None)
            yield ls, line if cut is None else line[:cut].rstrip(), 4
            if cut is not None:
                yield ls + cut, line[cut:].rstrip(), 2.3

    def without_adverbs(self, s: int, e: int) -> tuple[int, int]:
        """[s, e) without the adverbs and particles ending it ("в компании также", "в банке тогда")."""
        toks = [t for t in self.an.toks if s <= t.start < e]
        while len(toks) > 1 and toks[-1].pos in ("ADV", "PART", "CCONJ"):
            toks.pop()
            e = toks[-1].end
        return s, e

    def _found_in(self, s: int, e: int) -> list:
        return [q for _, q in self.found if q.start < e and s < q.end]

    def _one_person(self, s: int, e: int):
        """The one person named in text[s:e] outside quotations (a Ref), else None."""
        named = [(m, a) for m, a in self.an.mentions_in(s, e)
                 if not any(o <= m.start < c for o, c in self.pairs)]
        if len({a.id for _, a in named}) != 1:
            return None
        m, a = named[-1]
        return self.an.ref(a, m.start, m.end)

    def _paragraph_quotes(self) -> None:
        """A quotation that is a sentence of its own (opening a sentence, nothing but its end mark after it) with no
        attribution: as a paragraph of its own, the words of the one person the paragraph before names, or of the
        speaker of the quotation ending the paragraph before (a quote going on); inside a paragraph, the words of
        the speaker of the paragraph's last attribution before it, when no one else is named between ("X сказал,
        что … . «…»."). Priority 3.5."""
        paras = self._paragraphs()
        for o, c in self.pairs:
            k = next((i for i, (ps, pe) in enumerate(paras) if ps <= o < pe), None)
            if k is None or self._found_in(o, c + 1) or len(self.text[o + 1:c].split()) < 3 or \
                    not _words_of_someone(self.text[o + 1:c]):
                continue
            ps, pe = paras[k]
            lead, rest = self.text[ps:o].rstrip(), self.text[c + 1:pe]
            if lead[-1:] in "—–―-" and self.resumed_after_attribution(ps, o, c):
                continue  # ("«…», — добавил он, — «…»": ru_resumed.py, r31)
            rest = rest[len(rest) - len(rest.lstrip(".!?…")):]
            if lead and lead[-1] not in ".!?…" or rest and not (rest[0].isspace() and (
                    rest.lstrip()[:1].isupper() or rest.lstrip()[:1] in OPEN_CLOSE)):
                continue
            speaker = None
            if lead:  # inside a paragraph: the last attribution before it goes on
                prev = sorted((q for q in self._found_in(ps, o) if q.end <= o), key=lambda q: q.end)
                if prev and self._goes_on(prev[-1], o, c):
                    continue
                if prev and prev[-1].speaker is not None and not self.an.mentions_in(prev[-1].end, o):
                    speaker = prev[-1].speaker
                elif not prev:  # "Министр Цивилев прокомментировал ситуацию. «…»."
                    speaker = self._speaking_sentence_before(ps, ps + len(lead)) or \
                        self.subject_person_before(ps, ps + len(lead), o, c)  # ("Греф выступил …. «…».", r31)
            elif not rest.strip() and k > 0:
                qs, qe = paras[k - 1]
                prev = sorted(self._found_in(qs, qe), key=lambda q: q.end)
                if prev and self._goes_on(prev[-1], o, c, qe):  # the quotation before, then maybe its attribution
                    continue  # clause, ends the paragraph before: it goes on, one quotation in two pieces
                if prev and prev[-1].speaker is not None and (not self.text[prev[-1].end:qe].strip(" .!?…»“”\",")
                                                             or retold_on(self.an, self.text, prev[-1], qe)):
                    speaker = prev[-1].speaker  # (after indirect speech, a quotation of its own)
                elif not prev and not any(qs <= x < qe for x, _ in self.pairs):
                    speaker = self._one_person(qs, qe)
            if speaker is not None:
                self.add(3.5, "direct", o + 1, c, speaker, None, [], (ps, pe))
        self._colon_quotes(paras)  # (ru_colon_quotes.py: "… — иллюзия: «…».", r26)
        self._headline_quotes(paras)  # (ru_headline_quotes.py: "«…»: Лавров о …", r26)

    def _speaking_sentence_before(self, ps: int, end: int):
        """The one person named in the sentence that ends at ``end`` (in the paragraph opening at ``ps``) when a
        cue verb is in it: a quotation sentence after it is that person's words (a Ref), else None."""
        s0, e0 = self.an.sentence(end - 1)
        s0 = max(s0, ps)
        if self.rr.cue.search(self.text, s0, e0) is None or any(s0 <= o < e0 for o, _ in self.pairs):
            return None
        return self._one_person(s0, e0)

    def _goes_on(self, p, o: int, c: int, upto: int | None = None) -> bool:
        """ "«…», — сказал Лыков. «…».": a quotation right after the attribution sentence of a direct quotation, no
        one else named between, is the same quotation going on (one attribution, its content in two pieces, as the
        dash form "«…, — сказал Лыков. — …»"): ``p`` grows by it. Returns whether it did."""
        upto = o if upto is None else upto
        if p.kind != "direct" or p.speaker is None or not (
                _ATTRIBUTION_ONLY.match(self.text, p.end, upto) or not self.text[p.end:upto].strip(" .!?…»“”\",")):
            return False
        if any(p.speaker.entity is None or a.id != p.speaker.entity for _, a in self.an.mentions_in(p.end, upto)):
            return False
        self._join(p, o, c)
        return True

    def _join(self, p, o: int, c: int) -> None:
        """The quotation text[o + 1:c] is a further piece of the quote ``p``."""
        p.parts = (p.parts or [[p.start, p.end]]) + [[o + 1, c]]
        p.text = f"{p.text} {self.text[o + 1:c].strip()}"
        p.end = c
