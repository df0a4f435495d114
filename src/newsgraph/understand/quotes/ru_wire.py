"""Wire-copy chains of Russian reported speech (a mixin of ``ru.RussianQuotes``, r18): long agency and paper texts
go on with a source's words over several sentences ("…, рассказал источник «Ъ». По его словам, …"). When the
source is unnamed, the pronoun of the next "По его словам" stands for that source: the content is kept, its
speaker none, as the first sentence's is."""
from __future__ import annotations

import re
from collections import Counter

from ...record import Ref
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_citing import cites_at


_QUOTING = re.compile(r"\b(?:про)?цитиру\w*|\bпроцитирова\w*", re.IGNORECASE)


class WireReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.found`` of ``RussianQuotes``."""

    def company_document_owner(self, start: int, end: int) -> Ref | None:
        """ "Согласно презентации для инвесторов, …", "по данным отчётности, …": a document only a company issues
        (words.tsv ``company_documents``) with no owner named is the company the text is about: the organisation
        named most often before (in quote marks or outside quotations), the last of them; None when none is."""
        if not any(t.lemma in rules.wordset("ru", "company_documents") for t in self.an.toks if start <= t.start < end):
            return None
        return self.org_named_most_before(start)

    def org_named_most_before(self, start: int) -> Ref | None:
        """The organisation named most often before ``start`` (in quote marks or outside quotations), the last of
        them; None when none is: whose a document is when the text names no owner ("Согласно презентации", "В
        докладе отмечается …")."""
        before = [(x, a) for x, a in self.an.mentions_in(0, start, ("ORG",))
                  if not self._in_words(x.start) or self._name_in_marks(x)]
        if not before:
            return None
        counts = Counter(a.id for _, a in before)
        x, a = before[max(range(len(before)), key=lambda i: (counts[before[i][1].id], i))]
        return self.an.ref(a, x.start, x.end)

    def quoted_by_outlet(self, outlet: Ref | None, region, cs: int, ce: int) -> Ref | None:
        """ "«…», — цитирует агентство Bloomberg главу компании Андрея Белова": an outlet quoting someone (a form of
        "цитировать" outside the content) reports the words of the person it names after the verb, its object;
        that person speaks, the outlet is a credit. None when no person is named there."""
        if outlet is None or outlet.entity is None:
            return None
        for m in _QUOTING.finditer(self.text, region[0], region[1]):
            if cs <= m.start() < ce:
                continue
            stop = self.text.find(".", m.end(), region[1])
            stop = region[1] if stop < 0 else stop
            stop = cs if m.end() <= cs < stop else stop
            people = [(x, a) for x, a in self.an.mentions_in(m.end(), stop, ("PERSON",)) if a.id != outlet.entity]
            if people:
                x, a = people[0]
                return self.an.ref(a, x.start, x.end)
        return None

    def gerund_cue_at(self, start: int, end: int) -> int:
        """Where ", <cue gerund>" starts in text[start:end] ("…, сообщил губернатор, добавив, что …": the trailing
        attribution ends there, the gerund's own "что" is read as a second one), else ``end``."""
        for m in re.finditer(r",\s+", self.text[start:end]):
            t = self.an.tok_at_start.get(start + m.end())
            if t is not None and (t.feats or {}).get("VerbForm") == "Conv" and self.rr.cue.match(self.text, t.start):
                return start + m.start()
        return end

    def gerund_split(self, cs: int, ce: int, speaker: Ref | None, prio: float, region) -> int:
        """ "X заявил, что …, добавив, что …": a cue gerund after a comma inside a content, with its own "что",
        opens a second attribution of the same speaker (wire copy chains them): it is read here, and the first
        content ends before it. So does a finite cue verb joined by "и" with no subject of its own, which shares
        the first one's ("X напомнил, что …, и предупредил, что …" / "…, и предупредил: …", r21). Returns the first
        content's end."""
        for m in re.finditer(r",\s+(?P<and>и\s+)?", self.text[cs:ce]):
            if not m.group("and") and cites_at(self.text, cs + m.end()) and not any(o <= cs + m.end() < c for o, c in
                                                                                     self.pairs):
                return cs + m.start()  # ("…, что …, ссылаясь на письмо ассоциации": whom the reporter cites, r28)
            t = self.an.tok_at_start.get(cs + m.end())
            form = "Fin" if m.group("and") else "Conv"
            if t is None or (t.feats or {}).get("VerbForm") != form or any(
                    o <= t.start < c for o, c in self.pairs) or not self.rr.cue.match(self.text, t.start):
                continue
            that = re.match(r"\s*,\s*(?:что|будто)\s+" if form == "Conv" else r"\s*(?:,\s*(?:что|будто)|:)\s+",
                            self.text[t.end:ce])
            if that is None or len(self.text[t.end + that.end():ce].split()) < 2:
                continue
            s2 = t.end + that.end()
            kind = "mixed" if any(ch in self.text[s2:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(prio, kind, s2, ce, speaker, t.text, self.outlets_in(*region, speaker), region)
            return cs + m.start()
        return ce

    def _purpose_clause(self, cm, tail) -> bool:
        """ "Кафе установили проводной интернет, чтобы продолжать работу": a verb of finding (words.tsv
        ``finding_verbs``: установить, выявить, показать …) states what follows "что", never "чтобы"; a "чтобы"
        after it is the purpose of an act, nothing said. Nor is it a content clause (review 27b) after a verb that
        only tags direct speech (words.tsv ``tag_only_cues``: "— смеется он"; "Девушка улыбается, что бывает …"),
        nor a relative "что", the subject of its own clause, after a verb whose direct object closes
        before the comma ("Банк устанавливает лимит …, что вдвое больше прежнего")."""
        t = self.an.tok_at_start.get(cm.start())
        if t is None:
            return False
        if t.lemma in rules.wordset("ru", "tag_only_cues"):
            return True
        if t.lemma in rules.wordset("ru", "finding_verbs") and tail.group().rstrip().lower().endswith("чтобы"):
            return True
        if tail.group().rstrip().lower().endswith("чтобы") and self._purpose_of_another_verb(t, cm.end() + tail.end()):
            return True  # ("Как было объявлено, премьер прибыл в Бразилиа, чтобы обсудить …": the visit's purpose, r29)
        lo, hi = cm.end() + tail.end("mid"), cm.end() + tail.end()
        what = next((w for w in self.an.toks if lo <= w.start < hi and w.text.lower() == "что"), None)
        return what is not None and what.dep.startswith("nsubj") and _neuter_clause(self.an.toks, what) and \
            any(self.an.toks[c].dep == "obj" and c < what.i for c in t.children)  # (an "obj" "что" is often a
        # misparsed conjunction: "повторил обещание, что больницу откроют")

    def _purpose_of_another_verb(self, cue, after: int) -> bool:
        """The "чтобы" clause opening at ``after`` hangs on a finite verb the parse put between the cue and it, not on
        the cue ("Как сообщалось, делегация прибыла в Минск, чтобы …"); a demand's "чтобы" hangs on the cue itself
        ("потребовал, чтобы …", "призвал власти, чтобы …")."""
        k = next((i for i in range(cue.i + 1, len(self.an.toks)) if self.an.toks[i].start >= after), None)
        verb = next((w for w in self.an.toks[k:k + 12] if w.pos in ("VERB", "AUX")), None) if k is not None else None
        if verb is None or verb.head == verb.i or verb.head == cue.i:
            return False
        head = self.an.toks[verb.head]
        return cue.end <= head.start < after and head.pos == "VERB" and (head.feats or {}).get("VerbForm") == "Fin"

    def unnamed_source_before(self, pos: int) -> bool:
        """Whether the last attribution read in the two sentences before ``pos`` credits an unnamed source
        ("источник", "собеседник агентства", anonymous_sources.txt) and no one else was named since."""
        k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= pos < se), None)
        if not k:
            return False
        lo = self.an.sents[max(k - 2, 0)][0]
        before = [q for _, q in self.found if lo <= q.start < pos]
        if not before:
            return False
        q = max(before, key=lambda q: q.start)
        if q.speaker is not None and q.speaker.entity is not None:
            return False
        qs, qe = self.an.sentence(q.start)[0], self.an.sentence(max(q.end - 1, q.start))[1]
        return bool(self.rr.anonymous.search(self.text, qs, qe)) and \
            not self.an.mentions_in(max(qe, q.end), pos, ("PERSON",))


def _neuter_clause(toks, what) -> bool:
    """A relative "что" is its verb's subject, so the verb agrees with it (neuter, singular, third person: "что
    привело", "что бывает", "что вдвое больше"); a verb of another gender, number or person has a subject of its own
    the text leaves out, and "что" is the conjunction ("дала показания, что слышала ночью крики": she heard)."""
    if what.head is None or not 0 <= what.head < len(toks) or what.head == what.i:
        return True
    feats = toks[what.head].feats or {}
    return feats.get("Gender", "Neut") == "Neut" and feats.get("Number", "Sing") == "Sing" and \
        feats.get("Person", "3") == "3"
