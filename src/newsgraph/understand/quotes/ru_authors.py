"""Who wrote a letter or an appeal the text reports with no owner named (round 27), as a reader takes it:

- "Жители Шелехова обратились к президенту … . В обращении говорится, что …": a bare document noun (words.tsv
  ``works``, ``statement_nouns``) whose verb of the same root (``document_verbs.tsv``: "обратиться" / "обращение",
  "отчитаться" / "отчет"; not "стать" / "статья") or a verb of issuing it (words.tsv ``issuing_verbs``: "направили
  письмо", "подписали петицию"; not "раскритиковали доклад") stands in a sentence shortly before, with a subject
  in the nominative: that subject, named or as written ("Жители Шелехова").
- "Авторы письма считают, что …", "Авторы обращения также пожаловались …": the authors of such a bare document are
  the same group.
A document with its owner in its phrase ("в письме Минфина", "авторы доклада ВШЭ") is left to the other readers.
"""
from __future__ import annotations

from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from .ru_medium import toks_in

_BACK = 3  # sentences looked back for the writers


def _doc_nouns() -> frozenset[str]:
    return rules.wordset("ru", "works") | rules.wordset("ru", "statement_nouns")


@lru_cache(maxsize=None)
def _root_verbs() -> dict[str, frozenset[str]]:
    """{document noun: the verbs of its root} (``document_verbs.tsv``)."""
    return {r[0]: frozenset(r[1:]) for r in rules.table("ru", "document_verbs")}


def _bare_document(an, q):
    """The bare document noun naming where ``q`` was said ("В обращении говорится", "…, говорится в письме") or who
    said it ("Авторы письма"), and the mention to credit; None when the phrase has an owner."""
    sp = q.speaker
    if sp is not None and sp.entity is not None:
        return None
    if sp is not None and sp.mention is not None:
        words = toks_in(an, sp.mention.start, sp.mention.end)
        if len(words) == 2 and words[0].lemma == "автор" and words[1].lemma in _doc_nouns() and \
                (words[1].feats or {}).get("Case") == "Gen":
            return words[1], sp.mention  # ("Авторы письма")
        return None
    ss, se = an.sentence(q.start)
    clause = [t for t in toks_in(an, ss, max(se, an.sentence(max(q.end - 1, q.start))[1]))
              if not q.start <= t.start < q.end]
    for t in clause:
        prev = an.toks[t.i - 1] if t.i > 0 else None
        nxt = an.toks[t.i + 1] if t.i + 1 < len(an.toks) else None
        if t.pos == "NOUN" and t.lemma in _doc_nouns() and prev is not None and prev.lemma in ("в", "во") and \
                (nxt is None or nxt.pos == "PUNCT" or nxt.pos in ("VERB", "AUX")):
            return t, Mention(prev.start, t.end, an.text[prev.start:t.end])
    return None


def _subject(an, verb) -> Ref | None:
    """The nominative subject of ``verb``: its actor when it names one, else its words as written."""
    subj = next((an.toks[c] for c in verb.children if an.toks[c].dep.startswith("nsubj")), None)
    if subj is None or subj.pos == "PRON" or (subj.feats or {}).get("Case", "Nom") != "Nom":
        return None
    lo, hi = subj.start, subj.end
    for c in subj.children:  # (its genitive and adjectives: "Жители Шелехова", "местные жители")
        d = an.toks[c]
        if d.dep in ("nmod", "amod", "flat:name", "appos") and d.i < verb.i:
            lo, hi = min(lo, d.start), max(hi, d.end)
    named = an.mentions_in(lo, hi, ("PERSON", "ORG", "GPE"))
    if named and named[0][0].start == lo and named[0][0].end >= hi - 1:
        m, a = named[0]
        return an.ref(a, m.start, m.end)
    return Ref(None, an.text[lo:hi], Mention(lo, hi, an.text[lo:hi]))


def _writers(an, lemma: str, k: int) -> Ref | None:
    """The subject of the verb of ``lemma``'s root, or of a verb taking ``lemma`` as its object, in the sentences
    before the ``k``-th, nearest first."""
    for a, b in reversed(an.sents[max(0, k - _BACK):k]):
        for t in toks_in(an, a, b):
            verb = None
            if t.pos == "VERB" and t.lemma in _root_verbs().get(lemma, ()):
                verb = t  # ("обратились" for "обращение")
            elif t.lemma == lemma and t.dep == "obj" and t.head is not None and 0 <= t.head < len(an.toks) and \
                    an.toks[t.head].lemma in rules.wordset("ru", "issuing_verbs"):
                verb = an.toks[t.head]  # ("направили письмо"; not "раскритиковали доклад")
            who = _subject(an, verb) if verb is not None else None
            if who is not None:
                return who
    return None


def document_authors(an, q) -> Ref | None:
    """The writers of the bare document ``q`` is credited to (see the module), or None. A letter's authors after an
    appeal reported bare ("Жители … обратились … . В обращении говорится … . Авторы письма …") are the appeal's."""
    found = _bare_document(an, q)
    if found is None:
        return None
    noun, mention = found
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= q.start < b), 0)
    who = _writers(an, noun.lemma, k)
    for j in range(k - 1, max(-1, k - _BACK - 1), -1):  # (another document named bare just before)
        if who is not None:
            break
        other = next((t for t in toks_in(an, *an.sents[j]) if t.pos == "NOUN" and t.lemma in _doc_nouns() and
                      t.lemma != noun.lemma and t.i > 0 and an.toks[t.i - 1].lemma in ("в", "во", "под")), None)
        who = _writers(an, other.lemma, j) if other is not None else None
    return Ref(who.entity, who.name, mention) if who is not None else None
