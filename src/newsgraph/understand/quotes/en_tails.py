"""Attributions the clause readers miss at the edges of a sentence or a page:

- a second attribution swallowed by the first's content: "suggested the state might step in, though a spokesman for
  the governor said there were no such plans", "A poll found X, while a survey by Y found Z": a concessive or
  contrastive clause (``contrast_openers``) whose own subject speaks is an attribution of its own, and the first
  content ends before it;
- a headline with a trailing cue ("Mill to close in June, sources say", "Walking tied to lower risk, study finds"):
  a first line with no sentence-final stop, the content before the comma;
- a finding set in the middle of its sentence ("Prices rose 4%, state data shows, the most since 2019"): a source
  between commas with a finding verb, the content the sentence around it.
The cue verbs are the speech verbs and the finding verbs of ``finding_sources.tsv``."""
from __future__ import annotations

import copy
import re
from functools import lru_cache

from .. import rules
from .en_complement import adjunct_clause, closing_concession
from .en_ctx import Context, Found, subject_speaker
from .en_objects import pointed_to
from .en_rec import word_sets


@lru_cache(maxsize=1)
def _finding_forms() -> tuple[str, ...]:
    lemmas = word_sets("finding_sources").get("verb", frozenset())
    forms = {f for v in lemmas for f in (v, v + "s", v + "d" if v.endswith("e") else v + "ed")} | {"found", "shown"}
    return tuple(sorted(forms, key=len, reverse=True))


def _kind(text: str) -> str:
    return "mixed" if any(c in text for c in '"“”«»') else "indirect"


def _speech_lemma(v) -> bool:
    lem = v.lemma_.lower()
    return lem in rules.words("en", "speech_verbs") or lem in word_sets("finding_sources").get("verb", frozenset())


def _overlaps(found: list[Found], a: int, b: int) -> bool:
    return any(q.start < b and a < q.end for q in found)


def _found(ctx: Context, a: int, b: int, cue: str, origin: str, parts=None) -> Found:
    while b > a and ctx.text[b - 1] in " .,;":
        b -= 1
    text = ctx.text[a:b] if not parts else " ".join(ctx.text[x:y] for x, y in parts)
    q = Found(kind=_kind(text), start=a, end=b, text=text, cue=cue, origin=origin)
    if parts:
        q.parts = list(parts)
    return q


def second_attribution(ctx: Context, found: list[Found]) -> list[Found]:
    """Split a content at a contrastive clause whose own subject speaks (see the module)."""
    openers = rules.wordset("en", "contrast_openers")
    added = []
    for q in found:
        if q.kind == "direct" or q.parts:
            continue
        for tok in ctx.tokens(q.start, q.end):
            if tok.lower_ not in openers or tok.i == 0 or ctx.doc[tok.i - 1].text != ",":
                continue
            v = tok.head if tok.dep_ in ("mark", "cc") else None
            if v is None or not (q.start <= v.idx < q.end) or not _speech_lemma(v):
                continue
            if q.cue_i is not None and v.head.i != q.cue_i and v.head.head.i != q.cue_i and \
                    not closing_concession(v, tok, q.end):
                continue  # a contrast inside what is said ("said that A, whereas B acknowledged C"): the speaker's
            if any(o.cue_i == v.i for o in found):  # taken already as a report nested in q (en_learn.nested_report)
                end = ctx.doc[tok.i - 1].idx
                q.end, q.text, q.kind = end, ctx.text[q.start:end], _kind(ctx.text[q.start:end])
                break
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i > tok.i), None)
            comp = next((c for c in v.children if c.dep_ in ("ccomp", "dobj") and c.i > v.i), None) or \
                adjunct_clause(v)  # "conceded in an interview that …" (en_complement)
            if subj is None or comp is None:
                continue
            a = comp.left_edge.idx
            if comp.left_edge.lower_ == "that":
                a = ctx.doc[comp.left_edge.i + 1].idx
            new = _found(ctx, a, q.end, v.text, "indirect")
            new.cue_i, new.attr = v.i, (subj.left_edge.idx, v.idx + len(v.text))
            if not subject_speaker(ctx, new, subj):
                continue
            end = ctx.doc[tok.i - 1].idx
            q.end, q.text, q.kind = end, ctx.text[q.start:end], _kind(ctx.text[q.start:end])
            added.append(new)
            break
    return sorted(found + added, key=lambda x: x.start)


_WRITER = ("i", "we", "us", "my", "our", "me")


def writer_aside(ctx: Context, found: list[Found]) -> list[Found]:
    """Cut a reported content before a concessive or contrastive clause (``contrast_openers`` after a comma) in which
    the writer speaks in the first person outside any quotation ("The report claims the screen will stay the same
    size, although given the source, we would not be surprised …"): reported speech shifts its speaker's "we" to
    "they", so a "we" or "I" there is the writer's comment on what was said, no part of it. Not a quote whose own
    speaker is first person (an interview's "I said …") nor a direct quote."""
    openers = rules.wordset("en", "contrast_openers")
    marks = [(f.start, f.end) for f in ctx.view.quoted]
    for q in found:
        if q.kind == "direct" or q.parts or (q.pronoun or "").lower() in _WRITER:
            continue
        toks = list(ctx.tokens(q.start, q.end))
        for k, tok in enumerate(toks):
            if k == 0 or tok.lower_ not in openers or toks[k - 1].text != ",":
                continue
            if any(t.lower_ in _WRITER and t.pos_ in ("PRON", "DET") and not any(a <= t.idx < b for a, b in marks)
                   for t in toks[k + 1:]):
                end = toks[k - 1].idx
                q.end, q.text, q.kind = end, ctx.text[q.start:end], _kind(ctx.text[q.start:end])
                break
    return found


def pointing_claims(ctx: Context, found: list[Found]) -> list[Found]:
    """'X said A, pointing to B': the participle of "point to" on the cue is a second claim of the same speaker, what
    it cites as evidence (en_objects.pointed_to), and the first content ends before its comma."""
    added = []
    for q in found:
        if q.kind == "direct" or q.parts or q.cue_i is None:
            continue
        for tok in ctx.tokens(q.start, q.end):
            # (on the cue, or on the content's verb where the parser puts it: "said A had X, pointing to B")
            if tok.lower_ != "pointing" or q.cue_i not in (tok.head.i, tok.head.head.i) or tok.dep_ != "advcl" or \
                    tok.i == 0 or ctx.doc[tok.i - 1].text != ",":
                continue
            span = pointed_to(tok, ctx.sent(tok.idx)[1])
            if span is None or not (q.start < span[0] and span[1] <= q.end + 1):
                continue
            new = copy.copy(q)
            new.start, new.end, new.text = span[0], span[1], ctx.text[span[0]:span[1]]
            new.kind, new.cue, new.cue_i, new.feats = _kind(new.text), tok.text, tok.i, dict(q.feats)
            new.outlets, new.speakers = list(q.outlets), list(q.speakers)
            end = ctx.doc[tok.i - 1].idx
            q.end, q.text, q.kind = end, ctx.text[q.start:end], _kind(ctx.text[q.start:end])
            added.append(new)
            break
    return sorted(found + added, key=lambda x: x.start)


def _headline_re():
    forms = "|".join(_finding_forms() + ("say", "says", "warn", "warns", "claim", "claims"))
    return re.compile(r"(?P<content>[^\n]{12,}?),[ \t]+(?P<src>(?:[\w'’.-]+[ \t]+){0,3}?[\w'’.-]+)[ \t]+(?P<cue>"
                      + forms + r")[ \t]*$")


def headline(ctx: Context, found: list[Found]) -> list[Found]:
    """The page's first line, a headline with a trailing cue (no stop at its end): its attribution."""
    text = ctx.text
    lo = len(text) - len(text.lstrip())
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].rstrip()
    if not line or line[-1] in ".!?\"”" or len(line.split()) > 25:
        return found
    m = _headline_re().fullmatch(line)
    if m is None or _overlaps(found, lo, lo + len(line)):
        return found
    a, b = lo + m.start("src"), lo + m.end("src")
    q = _found(ctx, lo + m.start("content"), lo + m.end("content"), m.group("cue"), "headline")
    q.attr = (a, lo + m.end("cue"))
    hit = ctx.entity_at(a, b)
    if hit is not None and hit[0] >= a and hit[1] <= b:
        q.speaker, q.speaker_span = hit[2], (hit[0], hit[1])
    else:
        q.speaker_name, q.speaker_span = text[a:b], (a, b)
    return sorted(found + [q], key=lambda x: x.start)


def finding_named_later(ctx: Context, q: Found, found: list[Found]) -> None:
    """A headline's "study" / "poll" is the first finding document whose maker the story names as a source (once
    every other speaker is resolved)."""
    if not q.speaker_name or not q.speaker_span or "\n" in ctx.text[:q.speaker_span[0]].strip():
        return
    kinds = rules.wordset("en", "finding_documents")
    if q.speaker_name.split()[-1].lower() not in kinds:
        return
    for p in found:
        if p.speaker is None or not p.speaker_span or p.start <= q.end:
            continue
        src = ctx.text[p.speaker_span[0]:p.speaker_span[1]].lower().split()
        attr = ctx.text[p.attr[0]:p.attr[1]].lower().split() if p.attr else []
        if set(src + attr) & kinds:
            q.speaker, q.speaker_name = p.speaker, None
            return


def _mid_re():
    forms = "|".join(_finding_forms())
    return re.compile(r",[ \t]+(?P<src>(?:[\w'’.-]+[ \t]+){0,3}?(?:data|figures|estimates|[A-Z][\w.'’-]*))[ \t]+"
                      r"(?P<cue>" + forms + r"),[ \t]+")


def mid_findings(ctx: Context, found: list[Found]) -> list[Found]:
    """A finding whose source and cue stand between commas in the middle of its sentence (see the module)."""
    added = []
    for s, e in ctx.sents:
        for m in _mid_re().finditer(ctx.text, s, e):
            if _overlaps(found + added, s, e) or m.start() - s < 12:
                continue
            a, b = m.start("src"), m.end("src")
            src = ctx.text[a:b]
            if src.split()[0][:1].islower() and src.split()[0].lower() not in ("the", "a", "an"):
                continue
            q = _found(ctx, s, e, m.group("cue"), "mid", parts=[(s, m.start()), (m.end(), e)])
            q.parts = [(x, y) for x, y in q.parts if y > x]
            tail = q.parts[-1]
            y = tail[1]
            while y > tail[0] and ctx.text[y - 1] in " .\n":
                y -= 1
            q.parts[-1] = (tail[0], y)
            q.end, q.text = y, " ".join(ctx.text[x:z] for x, z in q.parts)
            q.attr = (a, m.end("cue"))
            hit = next(((hs, he, i) for hs, he, i in ctx.actors.inside(a, b)), None)
            if hit is not None:
                q.speaker, q.speaker_span = hit[2], (hit[0], hit[1])
            else:
                q.speaker_name, q.speaker_span = src, (a, b)
            added.append(q)
    return sorted(found + added, key=lambda x: x.start)
