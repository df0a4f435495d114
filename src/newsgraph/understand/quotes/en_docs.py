"""A document named again ("The report says …", "the study found …") speaks for the one who made it, named where the
document was first mentioned: "The Government Accountability Office released a report on Tuesday. The report
concluded that …" -> the GAO; "According to a report in the Argus Leader, … The report says …" -> the Argus Leader.
A definite description repeats a referent the text introduced before (the given/new contract of definite noun
phrases); its author is read off that introduction by syntax: the subject of a verb of making public whose object
it is (``document_verbs``), a possessor ("the GAO's report"), a noun before it ("a Pentagon report"), or the object
of "by"/"from"/"of" after it (of "in"/"on": an outlet only, "a report in the Argus Leader"). The nouns and verbs are
data: ``document_nouns`` and ``document_verbs`` of lang/en/words.tsv. No introduction, or no author in it: the
description stays as written."""
from __future__ import annotations

import re

from .. import rules

_DEF = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?([a-z]+)$")
_BACK = 1500  # characters before the description in which its introduction may stand (a few paragraphs)
_AUTHORS = ("PERSON", "ORG", "GROUP", "MEDIA", "GPE")


def _nouns() -> frozenset[str]:
    return rules.wordset("en", "document_nouns")


def _verbs() -> frozenset[str]:
    return rules.wordset("en", "document_verbs")


def document_speaker(ctx, q, found) -> None:
    """A speaker described as a document named again ("The report says") becomes the one who made it (the span
    stays), or, when no actor is named as its maker, the speaker of the quote its introduction spoke ("According to a
    report in the Argus Leader of Sioux Falls, …" … "The report says …": the same report, the same name)."""
    lo, hi = q.speaker_span
    intro = _introduction(ctx, lo, hi)
    if intro is None:
        return
    hit = _author(ctx, intro)
    if hit is not None:
        q.speaker, q.speaker_name = hit[2], None
        return
    prev = next((p for p in found if p is not q and p.speaker_span and p.speaker_name
                 and p.speaker_span[0] <= intro.idx < p.speaker_span[1]), None)
    if prev is not None and prev.speaker_span[1] <= lo:
        q.speaker, q.speaker_name = prev.speaker, prev.speaker_name


def _introduction(ctx, lo: int, hi: int):
    """The token that introduced the document the description ``text[lo:hi]`` names again: the nearest earlier
    noun of its head word (a few paragraphs back at most), else None."""
    m = _DEF.fullmatch(ctx.text[lo:hi].strip())
    if m is None or m.group(1) not in _nouns():
        return None
    noun = m.group(1)
    for tok in reversed(list(ctx.tokens(max(0, lo - _BACK), lo))):
        if (tok.lemma_.lower() == noun or tok.lower_ == noun) and tok.pos_ == "NOUN":
            return tok
    return None


def _actor(ctx, tok, types=_AUTHORS):
    """The actor a token names (it or a noun before it: "the Argus Leader"), else None: not its owner ("the State
    Department's inspector general" is no name of the State Department)."""
    for t in (tok, *[c for c in tok.children if c.dep_ == "compound"]):
        hit = ctx.entity_at(t.idx, t.idx + len(t.text), types)
        if hit is not None and ctx.token_at(hit[0]).pos_ != "PRON":
            return hit
    return None


def _author(ctx, tok):
    for c in tok.children:  # "the GAO's report", "a Pentagon report"
        if c.dep_ in ("poss", "compound") and c.i < tok.i:
            hit = _actor(ctx, c)  # (the owner of a document is its author)
            if hit is not None:
                return hit
    for c in tok.children:  # "a report by the GAO", "a report in the Argus Leader"
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        media_only = c.lower_ in ("in", "on")
        if c.lower_ not in ("by", "from", "of", "in", "on"):
            continue
        for g in c.children:
            if g.dep_ == "pobj":
                hit = _actor(ctx, g, ("MEDIA",) if media_only else _AUTHORS)
                if hit is not None:
                    return hit
    v = tok.head  # "The GAO released a report": the subject of a verb of making public
    if tok.dep_ in ("dobj", "nsubjpass") and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _verbs():
        if tok.dep_ == "dobj":
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        else:
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None:
            return _actor(ctx, subj)
    return None
