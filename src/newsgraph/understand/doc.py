"""The document view: what the parse says about one document, built once by ``understand.parse`` and handed to
every later component as ``scratch.doc`` (a :class:`DocView`).

- ``spacy``: the spaCy Doc (English and the languages read with the English models), or None. spaCy's own tokens
  are the English token view (offsets ``idx``, ``lemma_``, ``pos_``, ``tag_``, ``dep_``, ``head``, ``morph``):
  wrapping them in Python objects would cost more than all our rules together, so columns are read with
  :meth:`starts` / :meth:`where` and tokens are touched only where a rule looks.
- ``natasha``: natasha's Doc (Russian models; Russian and Ukrainian documents), or None. Its tokens are flattened
  once into :class:`Tok` (``tokens``): offsets, lemma (Russian only), POS, dependency relation, head and children as
  token indices, morphological features.
- ``segments``: sentences cut again at line breaks (a title never shares a parse with the paragraph after it), as
  token index ranges, and ``seg`` the segment of every token; ``sentences``: the same cut as character spans.
- ``quoted``: the quotations of the text (marks, content, continued paragraphs), found once by the quote-mark
  scanner (``marks.find_quoted``).

The mention index (which actor covers this span) is ``scratch.actors`` (``actors.Actors``) while entities are being
made, and the record's entities after that.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable


def norm(s: str) -> str:
    """A word as rule files key it: stripped, lower case, ё as е."""
    return s.strip().lower().replace("ё", "е")


class Tok:
    """A natasha token: index, text, character offsets, lemma, POS, relation, head and children (token indices),
    features; ``nat`` is natasha's own token."""
    __slots__ = ("i", "text", "low", "start", "end", "lemma", "pos", "rel", "head", "children", "feats", "nat")

    def __init__(self, i, nat, lemma, head):
        self.i = i
        self.nat = nat
        self.text = nat.text
        self.low = norm(nat.text)
        self.start = nat.start
        self.end = nat.stop
        self.lemma = lemma
        self.pos = nat.pos or ""
        self.rel = (nat.rel or "").lower()
        self.head = head
        self.children: list[int] = []
        self.feats = nat.feats or {}

    @property
    def dep(self) -> str:
        return self.rel

    @property
    def plural(self) -> bool:
        return self.feats.get("Number") == "Plur"

    ent = ""  # natasha's NER is read as spans (DocView.natasha.spans), not per token

    def __repr__(self):
        return f"Tok({self.i}, {self.text!r}, {self.lemma}, {self.pos}, {self.rel}->{self.head})"


def natasha_tokens(doc, text: str, morph_vocab=None):
    """natasha's tokens flattened: (tokens, segment id of each token, segment bounds [(first, end)]). Sentences are
    cut again at line breaks; a head across a cut, and the token that closes a head cycle (natasha can return one),
    become roots. With ``morph_vocab`` every token is lemmatised (Russian); without, the lemma is the word."""
    toks: list[Tok] = []
    sent_of: list[int] = []
    for si, sent in enumerate(doc.sents):
        base = len(toks)
        ids = {t.id: base + k for k, t in enumerate(sent.tokens)}
        for k, t in enumerate(sent.tokens):
            if getattr(t, "lemma", None) is None and morph_vocab is not None:
                try:
                    t.lemmatize(morph_vocab)
                except Exception:  # noqa: BLE001 - a token the lemmatiser cannot handle keeps its form
                    t.lemma = None
            toks.append(Tok(base + k, t, norm(t.lemma or t.text), ids.get(t.head_id, base + k)))
            sent_of.append(si)
    bounds: list[tuple[int, int]] = []
    start = 0
    for j in range(1, len(toks)):
        if sent_of[j] != sent_of[j - 1] or "\n" in text[toks[j - 1].end:toks[j].start]:
            bounds.append((start, j))
            start = j
    if toks:
        bounds.append((start, len(toks)))
    seg = _segment_ids(len(toks), bounds)
    for t in toks:
        if seg[t.head] != seg[t.i]:
            t.head = t.i
            t.rel = "root"
    _break_cycles(toks)
    for t in toks:
        if t.head != t.i:
            toks[t.head].children.append(t.i)
    return toks, seg, bounds


def _segment_ids(n: int, bounds) -> list[int]:
    seg = [0] * n
    for sid, (a, b) in enumerate(bounds):
        for j in range(a, b):
            seg[j] = sid
    return seg


def _break_cycles(toks: list[Tok]) -> None:
    """The token that closes a head cycle (a -> b -> a) becomes a root."""
    rooted: set[int] = set()  # tokens whose head chain is known to reach a root
    for t in toks:
        seen = [t.i]
        j = t.i
        while toks[j].head != j and j not in rooted:
            nxt = toks[j].head
            if nxt in seen:
                toks[j].head = j
                toks[j].rel = "root"
                break
            seen.append(nxt)
            j = nxt
        rooted.update(seen)


def subtree(toks: list, i: int) -> list[int]:
    """The sorted token indices of the subtree of token ``i`` (tokens with ``children`` as indices)."""
    out, stack, seen = [], [i], {i}
    while stack:
        j = stack.pop()
        out.append(j)
        for c in toks[j].children:
            if c not in seen:
                seen.add(c)
                stack.append(c)
    return sorted(out)


def spacy_segments(doc) -> list[tuple[int, int]]:
    """spaCy's sentences cut again at line breaks, as token ranges (a token holding a newline ends a segment and
    belongs to none)."""
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for t in sent:
            if "\n" in t.text and t.i > start:
                bounds.append((start, t.i))
                start = t.i + 1
        if start < sent.end:
            bounds.append((start, sent.end))
    return bounds


_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


class DocView:
    """The document view of one text (see the module docstring)."""

    def __init__(self, text: str, row, spacy=None, natasha=None, morph_vocab=None):
        self.text = text
        self.row = row  # the document language's row of the language table (languages.Language)
        self.lang = row.code
        self.spacy = spacy
        self.natasha = natasha
        self._morph_vocab = morph_vocab

    # -- natasha ------------------------------------------------------------------------------------------------------
    @cached_property
    def _natasha(self):
        return natasha_tokens(self.natasha, self.text, self._morph_vocab)

    @property
    def tokens(self) -> list[Tok]:
        return self._natasha[0] if self.natasha is not None else []

    # -- segments and sentences ---------------------------------------------------------------------------------------
    @cached_property
    def segments(self) -> list[tuple[int, int]]:
        if self.spacy is not None:
            return spacy_segments(self.spacy)
        return self._natasha[2] if self.natasha is not None else []

    @cached_property
    def seg(self) -> list[int]:
        """The segment of every token (a newline token: the segment before it, or 0)."""
        if self.natasha is not None and self.spacy is None:
            return self._natasha[1]
        n = len(self.spacy) if self.spacy is not None else 0
        return _segment_ids(n, self.segments)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentences cut at line breaks, as character spans without the surrounding white space."""
        if self.spacy is not None:
            bounds = []
            text = self.text
            for s in self.spacy.sents:
                a, b = s.start_char, s.end_char
                for m in _LINE_BREAKS.finditer(text[a:b]):
                    if m.start() > 0:
                        bounds.append((a, a + m.start()))
                    a = a + m.end()
                if a < b:
                    bounds.append((a, b))
            return [(a, b) for a, b in bounds if text[a:b].strip()]
        if self.natasha is not None:
            out = []
            for sent in self.natasha.sents:
                a = sent.start
                for line in self.text[sent.start:sent.stop].split("\n"):
                    if line.strip():
                        out.append((a, a + len(line)))
                    a += len(line) + 1
            return out
        return []

    # -- quotations ---------------------------------------------------------------------------------------------------
    @cached_property
    def quoted(self):
        from .marks import find_quoted
        return find_quoted(self.text, whole=True)

    # -- spaCy columns ------------------------------------------------------------------------------------------------
    @cached_property
    def _starts(self) -> list[int]:
        doc = self.spacy
        return doc.to_array("IDX").tolist() if doc is not None and len(doc) else []

    def starts(self) -> list[int]:
        """Character offset of every spaCy token."""
        return self._starts

    def where(self, attr: str, values: Iterable[str]) -> list[int]:
        """Indices of the spaCy tokens whose ``attr`` (``"LOWER"``, ``"DEP"``, ``"ORTH"``...) is one of ``values``."""
        doc = self.spacy
        if doc is None or not len(doc):
            return []
        strings = doc.vocab.strings
        wanted = {strings.add(v) for v in values}
        col = doc.to_array(attr)
        return [i for i, h in enumerate(col.tolist()) if h in wanted]
