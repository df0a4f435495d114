"""What the English quote readers share: the working quote (``Found``), the reading context over the document view
(``Context``: sentences, tokens by offset, the actor covering a span) and how a speaker is set from an actor mention or
a grammatical subject."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import rules
from ..actors import Actors
from ..entities.en_lexicon import LANG, lexicon

FIRST_PERSON = rules.wordset("en", "first_person")
SUBJ_SKIP = rules.wordset("en", "subj_skip")
ATTR_AFTER = re.compile(r"\s*[,.!?]?\s*(?:[—–-]{1,2}\s*)?")
CUT_TRAIL = re.compile(r",?\s+(?:according\s+to|as\s+(?:reported|cited|quoted)\s+by|reported\s+by|citing|"
                        r"(?:he|she|they|it)\s+(?:said|added|noted|stressed|emphasized|told)\b)")
FINITE = {"VBD", "VBZ", "VBP", "MD"}


@lru_cache(maxsize=4)
def _lex(lang: str = LANG):
    return (rules.words(lang, "speech_verbs"), rules.words(lang, "title_cues"))


@dataclass
class Found:
    kind: str
    start: int
    end: int
    text: str
    speaker: int | None = None  # entity index
    speaker_name: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    outlets: list[tuple[int, int, int]] = field(default_factory=list)  # (entity idx, start, end)
    date: str | None = None
    attr: tuple[int, int] | None = None  # the attribution clause
    follows: "Found | None" = None  # the quote whose speech this one continues (no attribution of its own)
    pronoun: str | None = None  # the attribution's pronoun coreference left unresolved ("it said")
    parts: list[tuple[int, int]] = field(default_factory=list)  # the pieces of a quote split by its attribution
    cue_i: int | None = None  # the cue's token
    origin: str = ""  # how it was found: direct | direct-cont | direct-bare | indirect | according | clause
    feats: dict = field(default_factory=dict)  # what the learned decision weighs (en_learn.features)
    speakers: list[tuple[int, int, int]] = field(default_factory=list)  # (entity, start, end) of every speaker named


class Context:
    def __init__(self, view, text: str, actors: Actors, dates, lang: str):
        self.view = view
        self.doc, self.text, self.actors, self.dates = view.spacy, text, actors, list(dates or [])
        self.verbs, self.title_cues = _lex(lang)
        self.lex = lexicon(lang)
        self.sents = view.sentences  # cut again at line breaks (a subheading is never part of the next sentence)
        self.sent_starts = [a for a, _ in self.sents]
        self.tok_starts = view.starts()

    def sent(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sents[max(0, k)]

    def token_at(self, pos: int):
        k = bisect.bisect_right(self.tok_starts, pos) - 1
        return self.doc[max(0, k)]

    def tokens(self, start: int, end: int):
        lo = bisect.bisect_left(self.tok_starts, start)
        hi = bisect.bisect_left(self.tok_starts, end)
        return self.doc[lo:hi]

    def entity_at(self, start: int, end: int, types=None) -> tuple[int, int, int] | None:
        for s, e, i in self.actors.covering(start, end):
            if types is None or self.actors.entities[i].type in types:
                return s, e, i
        return None


def set_speaker(ctx: Context, q: Found, hit) -> bool:
    s, e, i = hit
    # the widest mention of the same entity at this place (the titled name)
    for s2, e2, i2 in ctx.actors.covering(s, e):
        if i2 == i and (e2 - s2) > (e - s):
            s, e = s2, e2
    q.speaker, q.speaker_span = i, (s, e)
    return True


def subject_speaker(ctx: Context, q: Found, subj) -> bool:
    if subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
    if hit is not None:
        return set_speaker(ctx, q, hit)
    if subj.lower_ in ("it", "there", "this", "that", "what", "which", "who"):
        return False
    if subj.pos_ == "PRON":
        q.pronoun = subj.lower_
        return True  # unresolved pronoun: no named speaker (yet: see _pronoun_speakers)
    # a name in apposition to a descriptive subject: "The group that owns her music, Big Machine, says"
    for ch in subj.children:
        if ch.dep_ == "appos":
            hit = ctx.entity_at(ch.idx, ch.idx + len(ch.text))
            if hit is not None and ctx.actors.entities[hit[2]].type in ("PERSON", "ORG", "GROUP", "GPE"):
                return set_speaker(ctx, q, hit)
    # a name inside the subject phrase: "study co-author Anezina Solomonidou", "Lt. Matt Harris, police spokesman"
    named = [h for h in ctx.actors.inside(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
             if ctx.actors.entities[h[2]].type == "PERSON"]
    if named and subj.pos_ in ("NOUN", "PROPN"):
        return set_speaker(ctx, q, named[0])
    lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
    # a descriptive subject: "the ministry", "officials", "a spokesman for the Kremlin"; a relative clause or a
    # participle after it is no part of the name ("A spokesperson who did not wish to be named")
    for ch in subj.children:
        if ch.i < subj.i:
            continue
        if ch.dep_ in ("prep", "cc", "conj", "compound", "nummod", "amod") and not any(
                g.dep_ in ("relcl", "acl") for g in ch.subtree):
            hi = max(hi, ch.right_edge.idx + len(ch.right_edge.text))
        else:
            break
    phrase = ctx.text[lo:hi]
    cut = phrase.find(",")
    if cut > 0:  # "The statement, which was obtained by Variety," -> "The statement"
        phrase, hi = phrase[:cut], lo + cut
    phrase = phrase.strip()
    if phrase and len(phrase.split()) <= 8:
        q.speaker_name, q.speaker_span = phrase, (lo, hi)
        return True
    return False


def conjoined(ctx: Context, q: Found) -> None:
    """Several speakers named together ("Vindman and Williams told …", "Volker and Morrison said"): every conjunct
    of the speaker's mention that is an actor, in text order; the first becomes the speaker."""
    if q.speaker is None or q.speaker_span is None:
        return
    s, e = q.speaker_span
    toks = list(ctx.tokens(s, e))
    root = next((t for t in toks if not (s <= t.head.idx < e) or t.head is t), None)
    if root is None:
        return
    hits = []
    for t in sorted([root, *root.conjuncts], key=lambda t: t.i):
        hit = ctx.entity_at(t.idx, t.idx + len(t.text))
        if hit is not None and all(h[2] != hit[2] for h in hits):
            hits.append(hit)
    if len(hits) < 2 or all(h[2] != q.speaker for h in hits):
        return
    q.speakers = [(i, a, b) for a, b, i in hits]
    first = hits[0]
    if first[2] != q.speaker:
        set_speaker(ctx, q, first)
