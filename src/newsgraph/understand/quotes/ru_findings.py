"""Findings as the subject of a verb of showing (a mixin of ``ru.RussianQuotes``, round 11): "Исследование ВШЭ
показало, что доходы снизились", "Опрос выявил, что …", "Данные Росстата свидетельствуют о том, что …". A poll, a
study, a report or data (words.tsv set ``findings``) states its findings as a person's speech verb states what was
said; the verbs are words.tsv set ``finding_verbs``. The body named in the subject ("ВШЭ", "Левада-центра") is the
speaker; with none named the speaker is none. "Время показало, что …" (no findings noun) is the author's voice."""
from __future__ import annotations

import re

from .. import commas
from ...record import Mention, Ref
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_more import _subtree_range

# "Из доклада Счетной палаты следует, что …" (r23, the inventory): what a document or a study shows
_FOLLOWS = re.compile(r"\s*(?:[А-ЯЁ][а-яё]+,\s*)?[Ии]з\s+(?P<src>[^,.!?«»\n]{2,90}?)\s+(?:следует|вытекает|явствует)"
                      r"\s*,\s*(?:что|будто)\s+")
# (a few words between: "Опрос показал также, что …", "Исследование выявило, в частности, что …", r23; a colon
# right after the verb: "Опрос показал: …", r25)
_THAT = re.compile(r"(?:\s+[^\s,.!?«»:;—–]+){0,3}?\s*(?:о\s+том\s*)?,\s*(?:(?:в\s+частности|кроме\s+того|"
                   r"в\s+том\s+числе),\s*)?(?:что|будто)\s+|(?:\s+также)?\s*:\s+")


class FindingsReaders:
    def _directive_issuer(self, start: int, end: int) -> Ref | None:
        """ "Согласно распоряжению правительства, …", "По приказу министра обороны, …": a directive (words.tsv set
        ``directives``) states what its issuer ordered; the issuer, a noun phrase in the genitive after it, is the
        source, as written. A directive with no issuer ("Согласно закону, …", "По приказу, …") is no one's."""
        toks = [t for t in self.an.toks if start <= t.start < end]
        if len(toks) < 2 or len(toks) > 6 or toks[0].lemma not in rules.wordset("ru", "directives") or \
                toks[1].pos not in ("NOUN", "PROPN", "ADJ") or (toks[1].feats or {}).get("Case") != "Gen" or \
                any(t.pos in ("VERB", "AUX", "PRON") for t in toks):
            return None
        bodies = rules.wordset("ru", "institutions") | rules.words("ru", "titles") | rules.words("ru", "person_nouns")
        if not any(t.lemma in bodies for t in toks[1:]):
            return None  # ("Согласно определению понятия …", "согласно решению задачи": a definition, a solution)
        a, b = toks[1].start, toks[-1].end
        return Ref(None, self.text[a:b], Mention(a, b, self.text[a:b]))

    def _as_found(self, ss: int, se: int, verbs, nouns) -> bool:
        """ "Как показал опрос Gallup, опубликованный в среду, 57% американцев …": "как", a verb of showing and its
        findings noun phrase (a participle's clause after it is part of it), then after the comma what was found,
        to the sentence end. Priority 2.2, as "Как сообщил X, …"."""
        text, toks = self.text, self.an.toks
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for lm in re.finditer(r"(?:^|,)\s*как\s+", text[ss:end], re.IGNORECASE):
            t = self.an.tok_at_start.get(ss + lm.end())
            comma = commas.find(text, ss + lm.end(), end)
            if t is None or t.lemma not in verbs or comma < 0 or any(o <= t.start < c for o, c in self.pairs):
                continue
            phrase = [x for x in toks if t.end <= x.start < comma]
            if not phrase or phrase[0].lemma not in nouns and not any(x.lemma in nouns for x in phrase[:3]):
                continue
            nxt = next((x for x in toks if x.start > comma), None)
            if nxt is not None and (nxt.feats or {}).get("VerbForm") == "Part":  # ", опубликованный в среду,"
                comma = commas.find(text, nxt.end, end)
                if comma < 0:
                    continue
            if len(text[comma + 1:end].split()) < 3 or self.rr.cue.search(text, comma + 1, end):
                continue
            named = self.an.mentions_in(t.end, phrase[-1].end, ("ORG", "PERSON", "GPE"))
            who = self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else None
            kind = "mixed" if any(ch in text[comma + 1:end] for ch in OPEN_CLOSE) else "indirect"
            self.add(2.2, kind, comma + 1, end, who, "как " + t.text, self.outlets_in(ss, se, who), (ss, se))
            return True
        return False

    def _reputed(self, ss: int, se: int) -> None:
        """ "Бумаги Facebook считаются весьма привлекательными", "Он по праву считается родоначальником жанра": a
        passive report of an opinion held (as "Считается, что …"), its content the subject and the predicate in the
        instrumental; no one named. Priority 4.6, read after every other reader, in sentences none of them took."""
        toks = self.an.toks
        for t in toks:
            if t.start < ss or t.start >= se or t.lemma != "считаться" or (t.feats or {}).get("VerbForm") != "Fin" \
                    or any(o <= t.start < c for o, c in self.pairs):
                continue
            subj = [c for c in t.children if toks[c].dep.startswith("nsubj") and c < t.i]
            pred = [c for c in t.children if c > t.i and (toks[c].feats or {}).get("Case") == "Ins" and
                    (toks[c].pos in ("ADJ", "NOUN", "NUM") or (toks[c].feats or {}).get("VerbForm") == "Part")]
            # (a participle too: "Эти заключенные считаются отрезанными от внешнего мира", r19)
            if len(subj) != 1 or not pred or toks[subj[0]].pos == "PRON":
                continue
            cs = toks[_subtree_range(toks, subj[0])[0]].start
            ce = toks[_subtree_range(toks, pred[0])[1]].end
            if ce > se or len(self.text[cs:ce].split()) < 3 or self._found_in(ss, se):
                continue  # (read last: a sentence of someone's words, a transcript line, is theirs)
            self.add(4.6, "indirect", cs, ce, None, t.text, [], (ss, se))

    def _findings(self, ss: int, se: int) -> None:
        text, toks = self.text, self.an.toks
        verbs = rules.wordset("ru", "finding_verbs")
        nouns = rules.wordset("ru", "findings")
        if self._as_found(ss, se, verbs, nouns) or self._follows_from(ss, se, nouns) or \
                self._found_after(ss, se, verbs, nouns):
            return
        for t in toks:
            if t.start < ss or t.start >= se or t.lemma not in verbs or t.pos not in ("VERB", "AUX"):
                continue
            if any(o <= t.start < c for o, c in self.pairs):
                continue
            subj = [c for c in t.children if toks[c].dep.startswith("nsubj") and toks[c].lemma in nouns]
            tail = _THAT.match(text, t.end, se)
            if not subj or tail is None:
                continue
            a_, b_ = _subtree_range(toks, subj[0])
            s_s, s_e = toks[a_].start, toks[b_].end
            if s_e > t.start:
                continue
            named = self.an.mentions_in(s_s, s_e, ("ORG", "PERSON", "GPE"))
            who = self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else None
            cs = tail.end()
            ce = self.extend(cs, ss + len(text[ss:se].rstrip().rstrip(".!?…")))
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(2, kind, cs, ce, who, t.text, self.outlets_in(s_s, s_e, who), (ss, se))
            return

    def _follows_from(self, ss: int, se: int, nouns) -> bool:
        """ "Из доклада Счетной палаты следует, что …": a document, a study or data (document nouns, ``findings``)
        after "из"; the actor named in it speaks, else whoever issued the document, else none."""
        from .ru_relative import _document_nouns
        m = _FOLLOWS.match(self.text, ss, se)
        if m is None:
            return False
        head = next((t for t in self.tokens_from(m.start("src")) if t.start < m.end("src")), None)
        if head is None or head.lemma not in nouns and head.lemma not in _document_nouns():
            return False  # ("Из этого следует, что …": the author's inference)
        named = self.an.mentions_in(m.start("src"), m.end("src"), ("ORG", "PERSON", "GPE", "MEDIA"))
        who = self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else \
            self.document_issuer(head, ss) if head.lemma in _document_nouns() else None
        cs = m.end()
        ce = self.extend(cs, ss + len(self.text[ss:se].rstrip().rstrip(".!?…")))
        kind = "mixed" if any(ch in self.text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
        verb = re.search(r"(?:следует|вытекает|явствует)", self.text[m.end("src"):m.end()]).group()
        self.add(2, kind, cs, ce, who, verb, self.outlets_in(ss, se, who), (ss, se))
        return True

    def _found_after(self, ss: int, se: int, verbs, nouns) -> bool:
        """ "Больше половины россиян не доверяют отзывам, показал опрос ВЦИОМ.", "…, выявило исследование": what
        was found, then after a comma a finite verb of showing and its findings noun phrase to the sentence's end
        (a headline's too, with no full stop; r25). The body named in the phrase speaks, else none. Priority 2."""
        text = self.text
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        toks = [t for t in self.tokens_from(ss)[:se - ss] if t.start < end]  # (the sentence's: no more tokens)
        for t in toks:
            if not ss < t.start < end or t.lemma not in verbs or (t.feats or {}).get("VerbForm") != "Fin" or \
                    not text[ss:t.start].rstrip().endswith(",") or any(o <= t.start < c for o, c in self.pairs):
                continue
            phrase = [x for x in toks if t.end <= x.start < end]
            head = next((x for x in phrase[:3] if x.lemma in nouns or x.text.lower() in nouns), None)
            if head is None or (head.feats or {}).get("Case") not in ("Nom", "Acc", None) or \
                    len(phrase) > 10 or any(x.pos in ("VERB", "AUX") for x in phrase):
                continue
            named = self.an.mentions_in(t.end, end, ("ORG", "PERSON", "GPE"))
            if not _finds(t, head, phrase, bool(named), [x for x in toks if x.start < t.start]):
                continue
            cs = ss + len(text[ss:se]) - len(text[ss:se].lstrip())
            ce = len(text[:t.start].rstrip().rstrip(","))
            if len(text[cs:ce].split()) < 3 or self.rr.cue.search(text, cs, ce):
                continue
            who = self.an.ref(named[0][1], named[0][0].start, named[0][0].end) if named else None
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(2, kind, cs, ce, who, t.text, self.outlets_in(t.end, end, who), (ss, se))
            return True
        return False


def _agrees(verb, noun) -> bool:
    """Does a finite verb agree with a noun as its subject (number; gender in the past singular)?"""
    vf, nf = verb.feats or {}, noun.feats or {}
    if vf.get("Number") and nf.get("Number") and vf["Number"] != nf["Number"]:
        return False
    return not (vf.get("Number") == "Sing" and vf.get("Gender") and nf.get("Gender") and vf["Gender"] != nf["Gender"])


def _finds(verb, head, phrase, named: bool, before) -> bool:
    """Is the findings noun ``head`` after "…, <verb>" the verb's subject ("…, показал опрос ВЦИОМ"), not its
    object in a series of acts ("Следователи вскрыли сейф, обнаружили материалы дела") or before the real subject
    ("…, подтвердил информацию источник в правительстве")? The parser's subject; else, as inanimate nouns read as
    either case ("показали данные Росстата", "выявило исследование"), a verb that agrees with the noun and either a
    body named after it or no subject before (``before``, the sentence's tokens up to the verb) that the verb could
    share (one who acts: a person, a name, an institution; not "Число туристов выросло, выявило исследование");
    never with another common noun in the nominative (a subject of its own) after the noun (r25 review)."""
    if any(x is not head and x.pos == "NOUN" and x.i > head.i and (x.feats or {}).get("Case") == "Nom"
           for x in phrase):
        return False
    if head.head == verb.i and head.dep.startswith("nsubj"):
        return True
    shared = any(x.dep.startswith("nsubj") and (x.feats or {}).get("Case") == "Nom" and _agrees(verb, x) and
                 ((x.feats or {}).get("Animacy") == "Anim" or x.pos == "PROPN" or
                  x.lemma in rules.wordset("ru", "institutions")) for x in before)
    return _agrees(verb, head) and (named or not shared)
