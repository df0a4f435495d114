"""Statements carried by an active participle (a mixin of ``ru.RussianQuotes``, round 22): "Парламент принял
резолюцию, осуждающую удар по жилому кварталу", "Депутаты направили письмо, требующее отменить реформу", "переселенцы,
считающие, что язык нужно сохранить". The participle is a cue verb (a form of a verb of ``speech_verbs.txt`` or
``object_cues.txt``, by pymorphy2's lemma) that describes the noun before it (the parse: ``acl``); what it governs
(its words after it, to the end of the participle's phrase, or its "что"/"чтобы" clause) is the content. The speaker:
for a document noun (words.tsv works, speech_nouns, statement_nouns, document_nouns) whoever issued it
(ru_relative.py ``document_issuer``), else the actor the noun's phrase names or, for a noun of people, the phrase as
written. A verb that also means offering (words.tsv offer_cues: "предлагающими ему свои услуги") proposes only an
infinitive or a clause ("предлагающее перенести выборы"); a verb of telling (telling_cues) only a clause or a topic
with "о" ("говоривший на условиях анонимности" says how). Read last among the sentence readers (priority 4.6): any
other reading of the passage first."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from ...record import Mention, Ref
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_more import _subtree_range
from .ru_relative import _document_nouns
from ..entities.ru_rules import breadth_lemmas

_THAT = re.compile(r"\s*,?\s*(?:что|чтобы|будто)\s+", re.IGNORECASE)
# a few words of when or where before the clause: "сообщивший накануне, что …", "заявлявший в интервью ТАСС, что …"
_THAT_AFTER = re.compile(r"(?:\s+[^\s,.!?«»:;—–]+){1,4}?\s*,\s*(?:что|чтобы|будто)\s+", re.IGNORECASE)


@lru_cache(maxsize=None)
def _cue_lemmas(lang: str) -> frozenset[str]:
    """The infinitives of the one-word cue verbs the lists give forms of (pymorphy2) and of ``cue_breadth.tsv``."""
    if lang != "ru":
        return frozenset()
    from ..names import _morph
    out: set[str] = set()
    for name in ("speech_verbs", "object_cues"):
        for w in rules.lines(lang, name):
            if " " not in w:
                out.update(p.normal_form for p in _morph().parse(w.lower())[:1] if p.tag.POS in ("VERB", "GRND"))
    return frozenset(out | set(breadth_lemmas(lang)))


def _short(t, toks) -> bool:
    """A short participle without an auxiliary, the main clause's predicate as a finite verb is ("…, ранее
    заявлявший, что …, теперь настроен осторожнее", r27; "будет продлена" counts once, by its "будет")."""
    return (t.feats or {}).get("Variant") == "Short" and not any(toks[c].pos == "AUX" for c in t.children)


class ParticipleReaders:
    """Readers over ``self.text``, ``self.an``, ``self.pairs`` and ``add`` of ``RussianQuotes``."""

    def _participle_cue(self, ss: int, se: int) -> None:
        text, toks = self.text, self.an.toks
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        lemmas = _cue_lemmas(self.rr.lang)
        for t in self.tokens_from(ss):
            if t.start >= end:
                break
            f = t.feats or {}
            parsed = f.get("VerbForm") == "Part" and f.get("Voice") != "Pass" and t.dep == "acl" and t.head < t.i \
                and t.lemma in lemmas
            h = toks[t.head] if parsed else self._mistagged_participle(t, lemmas)
            if h is None or any(o <= t.start < c for o, c in self.pairs) or self._found_in(t.start, t.end):
                continue
            ce = min(toks[_subtree_range(toks, t.i)[1]].end, end) if parsed else end
            if parsed and _THAT.match(text, t.end, end) and not _THAT.match(text, t.end, ce):
                ce = end  # (r28: the parse hung the participle's "что" clause on the main verb: "Министр, пояснивший,
                #            что бюджет будет исполнен, покинул зал"; the main clause is cut off below)
            that = _THAT.match(text, t.end, ce) or _THAT_AFTER.match(text, t.end, ce)
            if not parsed and not that:
                continue  # (a participle the parse missed is read with its "что" clause only)
            cs = that.end() if that else t.end + len(text[t.end:ce]) - len(text[t.end:ce].lstrip(" ,"))
            fins = [x for x in self.tokens_from(cs) if x.start < ce and ((x.feats or {}).get("VerbForm") == "Fin" or
                                                                         x.pos == "VERB" and _short(x, toks))]
            if len(fins) > (1 if that else 0):  # (the phrase ends before the main clause's verb: "Садоводы,
                cut = text.rfind(",", cs, fins[1 if that else 0].start)  # требующие провести воду, пришли …")
                ce = cut if cut > cs else ce
            ce = cs + len(text[cs:ce].rstrip(" ,;—–-"))
            first = self.an.tok_at_start.get(cs)
            if len(text[cs:ce].split()) < 2 or self._found_in(cs, ce) or first is None or \
                    t.lemma in rules.wordset("ru", "offer_cues") and not that and \
                    (first.feats or {}).get("VerbForm") != "Inf":
                continue  # ("правозащитниками, предлагающими ему свои услуги": an offer, not a proposal)
            if first.low in ("себя", "себе") and not that:
                continue  # ("Люди, считающие себя пострадавшими, могут …": how they see themselves, who they are)
            if t.lemma in rules.wordset("ru", "telling_cues") and not that and \
                    first.low not in ("о", "об", "обо"):
                continue  # ("собеседник, говоривший на условиях анонимности": how he spoke, not what)
            speaker = self._participle_speaker(h, ss, t.start)
            if speaker is None:
                continue
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(4.6, kind, cs, ce, speaker, t.text, self.outlets_in(ss, se, speaker), (ss, se))

    def _mistagged_participle(self, t, lemmas: frozenset[str]):
        """The noun a participle of a cue verb describes when the parse took the participle for something else
        ("Министр Олег Рябов, сказавший накануне, что …": a NOUN root; r23, the inventory's participles): pymorphy2
        reads the word as an active participle of a cue verb, a comma stands before it (and up to two adverbs) and a
        noun or a name before the comma (a name's head word); else None."""
        from ..names import _morph
        toks = self.an.toks
        k = t.i - 1  # (r27: up to two adverbs between the comma and it: "…, ранее заявлявший, что …", "не раз")
        while k > t.i - 3 and k > 0 and (toks[k].pos in ("ADV", "PART") or toks[k].low == "раз"):
            k -= 1
        if k < 1 or toks[k].text != "," or toks[k + 1].low == "никогда":  # ("никогда не заявлявший": never said)
            return None
        p = next((p for p in _morph().parse(t.text.lower()) if p.tag.POS == "PRTF" and "actv" in p.tag), None)
        if p is None or p.normal_form not in lemmas:
            return None
        h = toks[k - 1]
        while h.dep in ("flat:name", "flat", "appos") and h.head < h.i:
            h = toks[h.head]
        return h if h.pos in ("NOUN", "PROPN") else None

    def _participle_speaker(self, h, ss: int, before: int) -> Ref | None:
        """Who speaks through the noun ``h`` a cue participle describes (see the module), else None."""
        if h.pos != "NOUN" and h.pos != "PROPN":
            return None
        if h.lemma in _document_nouns():
            return self.document_issuer(h, ss)
        toks = self.an.toks
        left = [toks[c] for c in h.children if c < h.i and toks[c].dep in ("amod", "det", "nummod")]
        s = min([h.start] + [x.start for x in left])
        e = len(self.text[:before].rstrip(" ,"))
        named = self.an.mentions_in(s, e, ("PERSON", "ORG", "GPE", "MEDIA"))
        if named:
            return self.an.ref(named[0][1], named[0][0].start, named[0][0].end)
        if (h.feats or {}).get("Animacy") != "Anim" or len(self.text[s:e].split()) > 6 or s < ss:
            return None
        return Ref(None, self.text[s:e], Mention(s, e, self.text[s:e]))


def comma_participles(text: str, toks, ct) -> list:
    """The participle clauses set off by a comma after the noun ``ct`` ("Врачи, прооперировавшие и лечащие 52-летнюю
    Иванову, говорят"), as ``[(subtree range, start)]`` like its ``acl`` children: children of ``ct`` after it that
    pymorphy2 reads as a full participle whatever the parse's tag (it took them for a noun and a finite verb, joined
    to the subject as conjuncts), the first right after the comma. Their objects describe the subject, never speak
    for it (r23)."""
    from ..names import _morph
    if not re.match(r"\s*,", text[ct.end:]):
        return []
    out = []
    for x in ct.children:
        t = toks[x]
        if x > ct.i and not t.dep.startswith("acl") and t.dep in ("conj", "amod", "appos", "nmod") and \
                any(p.tag.POS == "PRTF" for p in _morph().parse(t.text.lower())) and \
                (out or re.fullmatch(r"\s*,\s*", text[ct.end:t.start])):
            out.append((_subtree_range(toks, x), t.start))
    return out
