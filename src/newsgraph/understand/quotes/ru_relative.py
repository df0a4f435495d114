"""A speaker in a relative clause (a mixin of ``ru.RussianQuotes``, round 17): "Губернатор встретился с фермерами,
которые заявили, что …", "… 500 человек, которые требовали отставки губернатора". The relative pronoun that is the
cue verb's subject stands for the noun phrase before its comma that agrees with it in number (the parse often hangs
the clause elsewhere): that phrase, or the actor it names, is the speaker. PolNeAR and the ru-attr guidelines count
statements in relative clauses; a clause whose pronoun is the object ("которое японцы называют …") describes."""
from __future__ import annotations

import re

from .. import rules
from ...record import Mention, Ref
from ..coref.ru import _kinship
from .ru_more import _subtree_range

_RELATIVE = re.compile(r",\s*(котор\w+)\s", re.IGNORECASE)
# "…обращение, в котором требуют …", "…письмо, где говорится …": a clause of what a document holds (r22)
_IN_WHICH = re.compile(r"(?P<comma>,)\s*(?:(?:в|во)\s+котор(?:ом|ой|ых)|где)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


class RelativeReaders:
    def relative_subject(self, cue_start: int) -> int | None:
        """The start of the relative pronoun that is the subject of the cue verb at ``cue_start``, else None."""
        t = self.an.tok_at_start.get(cue_start)
        if t is None:
            return None
        nxt = self.an.toks[t.i + 1] if t.i + 1 < len(self.an.toks) else None
        if nxt is not None and nxt.pos in ("NOUN", "PROPN") and \
                (nxt.feats or {}).get("Case") not in ("Gen", "Acc", "Ins", "Loc"):  # (a dative: often a mis-tagged
            # nominative, "который предрекал проповедник-евангелист"; an object is rarely a dative after a cue)
            return None  # a subject after the verb: the pronoun is its object ("Конец света, который предрекал
            # проповедник …" describes the end of the world)
        for c in t.children:
            ct = self.an.toks[c]
            if ct.dep.startswith("nsubj") and ct.lemma == "который" and ct.start < t.start:
                return ct.start
        return None

    def relative_antecedent(self, rel_start: int, floor: int) -> Ref | None:
        """The noun phrase before the comma that opens the relative clause at ``rel_start``, agreeing with the
        pronoun in number (``floor``: not before it), as an actor named there or as written."""
        toks = self.an.toks
        rel = self.an.tok_at_start.get(rel_start)
        if rel is None or rel.i < 2 or toks[rel.i - 1].text != ",":
            return None
        number = (rel.feats or {}).get("Number")
        k = rel.i - 2
        while k >= 0 and toks[k].start >= floor and toks[k].pos not in ("NOUN", "PROPN"):
            k -= 1
        # a genitive that qualifies the noun before it ("участники акции, которые …") leaves the head, and so does a
        # name in apposition to it, in any case ("с жителями поселка Ивановка, которые …": rufix34, review34a)
        while k > 0 and toks[k].start >= floor and ((toks[k].feats or {}).get("Case") == "Gen" or
                                                    toks[k].pos == "PROPN" and toks[k - 1].pos == "NOUN") and \
                toks[k - 1].pos in ("NOUN", "PROPN") and (toks[k].feats or {}).get("Number") != number:
            k -= 1
        if k < 0 or toks[k].start < floor or toks[k].pos not in ("NOUN", "PROPN") or \
                number and (toks[k].feats or {}).get("Number") not in (number, None):
            return None
        k = self._role_of_owner(k, rel, floor)
        j = k
        while j - 1 >= 0 and toks[j - 1].start >= floor and toks[j - 1].pos in ("ADJ", "NUM", "DET", "PROPN"):
            j -= 1
        s, e = toks[j].start, toks[rel.i - 2].end
        for m, a in self.an.mentions_in(s, e, ("PERSON", "ORG", "GPE", "MEDIA")):
            if m.start <= toks[k].start < m.end:
                return self.an.ref(a, m.start, m.end)  # (r34: the head's name, not a genitive after it: "жителей
                # Новосибирска, которые …" are the residents, not the city)
        return Ref(None, self.text[s:e], Mention(s, e, self.text[s:e]))

    def _role_of_owner(self, k: int, rel, floor: int) -> int:
        """The head ``k`` of a relative's antecedent, or, when it is a genitive owner after a role or a relative
        agreeing with the pronoun ("Сын министра Ивана Петрова, который заявил": words.tsv ``person_roles``,
        kinship_words.txt), that role: the son speaks, not the minister (rufix34, review34a)."""
        toks, h = self.an.toks, k
        while h > 0 and toks[h].start >= floor and (toks[h].feats or {}).get("Case") == "Gen" and \
                toks[h - 1].pos in ("NOUN", "PROPN", "ADJ") and toks[h - 1].start >= floor:
            h -= 1
        head, want = toks[h], rel.feats or {}
        role = head.lemma in rules.wordset("ru", "person_roles") or head.text.lower() in _kinship()
        agree = all((head.feats or {}).get(x) in (want.get(x), None) for x in ("Number", "Gender")
                    if want.get(x) and not (x == "Gender" and want.get("Number") == "Plur"))
        return h if h < k and head.pos == "NOUN" and role and agree else k

    def latter_antecedent(self, start: int) -> Ref | None:
        """ "Последняя обвиняет …" (``words.tsv`` set ``latter``): "the latter" stands for the last actor named
        before it in its sentence or the one before, agreeing in gender when both say one (the name's own words or
        the noun it is in apposition to: "компанией «Альфа»"); None when there is none (no speaker, never the word
        itself)."""
        toks, t = self.an.toks, self.an.tok_at_start.get(start)
        if t is None:
            return None
        ss = self.an.sentence(start)[0]
        floor = max((s for s, e in self.an.sents if e <= ss), default=ss)  # (the sentence before)
        gender = None if t.plural else (t.feats or {}).get("Gender")
        for m, a in sorted(self.an.mentions_in(floor, start, ("PERSON", "ORG", "GPE", "MEDIA")),
                           key=lambda x: -x[0].start):
            words = [x for x in toks if m.start <= x.start < m.end]
            heads = [toks[x.head] for x in words if x.dep == "appos" and x.head != x.i and toks[x.head].pos == "NOUN"]
            words = heads or words  # (the noun a name stands beside says its gender: "компанией «Альфа»")
            genders = {(x.feats or {}).get("Gender") for x in words if x.pos in ("NOUN", "PROPN")} - {None}
            if gender is None or not genders or gender in genders:
                return self.an.ref(a, m.start, m.end)
        return None
    def document_relative(self, cue_start: int, ss: int):
        """The document noun whose relative clause "в котором"/"где" the cue at ``cue_start`` stands in ("Жители
        собирают подписи под обращением к губернатору, в котором требуют восстановить рейс"): the clause says what
        the document holds, the one who wrote or sent it speaks (``document_issuer``). None elsewhere (a clause of a
        place, "в городе, где говорят …", describes)."""
        m = _IN_WHICH.search(self.text, ss, cue_start)
        if m is None:
            return None
        docs = _document_nouns()
        before = [t for t in self.an.toks if ss <= t.start and t.end <= m.start("comma")][-5:]
        return next((t for t in reversed(before) if t.pos == "NOUN" and t.lemma in docs), None)

    def document_speaker(self, region: tuple[int, int], cs: int, ce: int) -> Ref | None:
        """The issuer of a document the attribution clause names by its noun alone, outside the content text[cs:ce]
        ("В послании подчеркивается, что …", "«…», — говорится в обращении", "в документе говорится о …"), when
        an earlier sentence introduced it with its issuer ("Губернатор выступил с ежегодным посланием", "учителя
        направили ему открытое обращение"): the same noun before, or any document noun before for "документ"."""
        docs = _document_nouns()
        toks = [t for t in self.an.toks if region[0] <= t.start < region[1] and not cs <= t.start < ce]
        noun = next((t for t in toks if t.pos == "NOUN" and t.lemma in docs and
                     (t.feats or {}).get("Case") in ("Loc", "Gen")), None)
        if noun is None:
            return None
        generic = noun.lemma in rules.wordset("ru", "generic_documents")
        before = [t for t in self.an.toks if t.end <= region[0] and t.pos == "NOUN" and
                  (t.lemma == noun.lemma or generic and t.lemma in docs and t.lemma != noun.lemma)]
        for t in reversed(before):  # (the nearest mention that tells its issuer: "выступил с посланием")
            issuer = self.document_issuer(t, self.an.sentence(t.start)[0])
            if issuer is not None:
                return issuer
        return None

    def names_document(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a document by its noun ("текста приговора", "в послании")."""
        docs = _document_nouns()
        return any(t.pos == "NOUN" and t.lemma in docs for t in self.an.toks if start <= t.start < end)

    def document_issuer(self, noun, ss: int) -> Ref | None:
        """Who issued the document ``noun`` names: its genitive owner ("заявление министерства"), else the subject of
        the verb it hangs on ("Профсоюз направил письмо", "Жители собирают подписи под обращением")."""
        toks = self.an.toks
        for c in noun.children:
            if toks[c].dep == "nmod" and (toks[c].feats or {}).get("Case") == "Gen" and c > noun.i:
                a, b = _subtree_range(toks, c)
                named = self.an.mentions_in(toks[a].start, toks[b].end, ("PERSON", "ORG", "GPE", "MEDIA"))
                if named:
                    return self.an.ref(named[0][1], named[0][0].start, named[0][0].end)
        k, seen = noun.head, 0
        while 0 <= k < len(toks) and k != noun.i and seen < 3:
            h = toks[k]
            if h.pos in ("VERB", "AUX"):  # (not the document itself: "Выступление длилось полтора часа")
                if h.lemma not in rules.wordset("ru", "issuing_verbs"):
                    return None  # ("Минфин раскритиковал доклад": the critic reacts to it, the authors wrote it)
                subj = next((c for c in h.children if toks[c].dep == "nsubj"), None)
                if subj is None or subj == noun.i:  # ("Соглашение было подписано между X и Y": its parties, r23)
                    return _signed_by(self, h)
                return self.verb_subject_speaker(h, ss)
            if h.head == k:
                return None
            k, seen = h.head, seen + 1
        return None


def _signed_by(self, verb) -> Ref | None:
    """The first party named after "между" or as the agent of a passive verb of issuing ("было подписано между
    Росатомом и …", "подписано Росатомом"), else None (r23)."""
    toks = self.an.toks
    for c in verb.children:
        x = toks[c]
        if x.dep == "obl:agent" or x.dep == "obl" and any(toks[g].lemma == "между" for g in x.children):
            a, b = _subtree_range(toks, c)
            named = self.an.mentions_in(toks[a].start, toks[b].end, ("PERSON", "ORG", "GPE"))
            if named:
                return self.an.ref(named[0][1], named[0][0].start, named[0][0].end)
    return None


def _document_nouns() -> frozenset[str]:
    return rules.wordset("ru", "works") | rules.wordset("ru", "speech_nouns") | \
        rules.wordset("ru", "statement_nouns") | rules.wordset("ru", "document_nouns")
