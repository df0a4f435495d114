"""The candidate speakers of a quote and their features, for the learned speaker ranker (``en_rank``).

Candidates: the rules' choice (an actor, or a described speaker the rules wrote as words: "a longtime adviser"),
and every actor with a mention in the quote's sentence, its attribution's, and the three sentences before (a pronoun
or role noun resolved by coreference is a mention of its actor), and the previous quote's speaker. One mention
stands for each actor: the one nearest the cue outside the quote (the cue verb's subject first).
"""
from __future__ import annotations

from dataclasses import dataclass

_SUBJ = ("nsubj", "nsubjpass")
BLOCKED = "in-rule-name"  # never taken over the rules' described speaker that names it (it qualifies the speaker)
BEFORE = 3  # sentences before the quote's own where candidates are looked for
_PRON = frozenset("he she they it we i him her them his their its".split())


@dataclass
class Cand:
    feats: dict
    words: list[str]  # the texts that name it (the scorer compares the gold source's head word with them)
    entity: int | None
    span: tuple[int, int] | None
    rule: bool


def _bucket(n: int) -> str:
    for lim in (0, 1, 2, 4, 8, 15, 30):
        if n <= lim:
            return str(lim)
    return "many"


def _root(ctx, s: int, e: int):
    toks = ctx.tokens(s, e)
    if not len(toks):
        return None
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return roots[-1] if roots else toks[-1]


def _window(ctx, q) -> tuple[int, int]:
    """The quote's sentence, its attribution's, and the ``BEFORE`` sentences before."""
    a = min(q.start, q.attr[0]) if q.attr else q.start
    b = max(q.end, q.attr[1]) if q.attr else q.end
    k = _sent_index(ctx, a)
    lo = ctx.sents[max(0, k - BEFORE)][0] if ctx.sents else 0
    return lo, ctx.sent(max(a, b - 1))[1]


def _relation(ctx, tok, cue) -> dict:
    f: dict[str, float] = {}
    if tok is None:
        return f
    f["dep=" + tok.dep_] = 1.0
    if cue is None:
        return f
    verb = cue.head if cue.pos_ == "NOUN" and cue.dep_ == "dobj" else cue
    if tok.head.i == verb.i and tok.dep_ in _SUBJ:
        f["subj"] = 1.0
    elif tok.dep_ in _SUBJ and verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and tok.head.i == verb.head.i:
        f["subj-up"] = 1.0
    elif tok.dep_ == "appos" and tok.head.dep_ in _SUBJ and tok.head.head.i == verb.i:
        f["subj-appos"] = 1.0
    elif tok.dep_ == "compound" and tok.head.dep_ in _SUBJ and tok.head.head.i == verb.i:
        f["subj-compound"] = 1.0
    elif tok.dep_ == "poss" and tok.head.dep_ in _SUBJ and tok.head.head.i == verb.i:
        f["subj-poss"] = 1.0
    elif tok.dep_ == "pobj" and tok.head.head.i == verb.i and tok.head.lower_ == "by":
        f["agent"] = 1.0
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        f["according"] = 1.0
    if tok.head.i == verb.i:
        f["child-dep=" + tok.dep_] = 1.0
    # the path up from the mention to the cue: a relative clause or a prepositional phrase on the way
    t, steps = tok, 0
    while t.head.i != t.i and t.i != verb.i and steps < 12:
        if t.dep_ == "relcl":
            f["in-relcl"] = 1.0
        if t.dep_ in ("pobj", "prep") and t is not tok or t.dep_ == "pobj":
            f["in-pp"] = 1.0
        t, steps = t.head, steps + 1
    if t.i == verb.i:
        f["under-cue"] = 1.0
        f["path=" + _bucket(steps)] = 1.0
    return f


def _mention_kind(ctx, s: int, e: int, i: int) -> str:
    m = ctx.actors.mention(s, e, i)
    if m is not None:
        return m.kind
    return "pronoun" if ctx.text[s:e].lower() in _PRON else "name"


def candidates(ctx, q, prev: tuple | None) -> list[Cand]:
    """The candidate speakers of quote ``q`` (a ``Found``); ``prev``: (entity, span) of the previous quote's speaker
    as the rules chose it."""
    cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
    lo, hi = _window(ctx, q)
    anchor = cue.idx if cue is not None else (q.attr[0] if q.attr else q.start)
    parts = q.parts or [(q.start, q.end)]
    qs, qe = _sent_index(ctx, min(q.start, anchor)), _sent_index(ctx, anchor)
    lemma = cue.lemma_.lower() if cue is not None else "-"
    origin = q.origin or q.kind
    if q.speaker is not None:
        rk = "E"
    elif q.speaker_name:
        rk = "NAME"
    elif q.pronoun:
        rk = "PRON"
    else:
        rk = "NONE"
    base = {"o=" + origin: 1.0, "rk=" + rk: 1.0, "c=" + lemma: 1.0}
    per: dict[int, list[tuple[int, int]]] = {}
    for s, e, i in ctx.actors.inside(lo, hi):
        per.setdefault(i, []).append((s, e))
    if q.speaker is not None and q.speaker not in per and q.speaker_span:
        per[q.speaker] = [q.speaker_span]
    prev_speaker, prev_span = prev or (None, None)
    if prev_speaker is not None and prev_speaker not in per and prev_span:
        per[prev_speaker] = [prev_span]
    out: list[Cand] = []
    for i, spans in per.items():
        ent = ctx.actors.entities[i]
        if ent.type == "MEDIA" and i != q.speaker:
            continue
        outside = [sp for sp in spans if not any(a <= sp[0] < b for a, b in parts)]
        pool = outside or spans
        rels = [(sp, _relation(ctx, _root(ctx, *sp), cue)) for sp in pool]
        subj = [x for x in rels if "subj" in x[1] or "according" in x[1] or "agent" in x[1]]
        sp, rel = (subj or sorted(rels, key=lambda x: abs(x[0][0] - anchor)))[0]
        if i == q.speaker and q.speaker_span and not subj:
            sp, rel = q.speaker_span, _relation(ctx, _root(ctx, *q.speaker_span), cue)
        f = dict(base)
        f.update(rel)
        kind = _mention_kind(ctx, sp[0], sp[1], i)
        toks = ctx.tokens(min(sp[0], anchor), max(sp[0], anchor))
        side = "before" if sp[0] < anchor else "after"
        f["_d"] = float(len(toks) if side == "after" else -len(toks))  # (for ``relative``, never a weight)
        f["side=" + side] = 1.0
        f["dist=" + _bucket(len(toks))] = 1.0
        f[f"dist={_bucket(len(toks))}|side={side}"] = 1.0
        f["sent=" + str(max(-3, _sent_index(ctx, sp[0]) - qe))] = 1.0
        if not outside:
            f["in-quote"] = 1.0
        elif len(outside) < len(spans):
            f["also-in-quote"] = 1.0
        f["type=" + ent.type] = 1.0
        f["kind=" + kind] = 1.0
        f[f"type={ent.type}|kind={kind}"] = 1.0
        f["n=" + _bucket(len(spans))] = 1.0
        f["ndoc=" + _bucket(len(ent.mentions))] = 1.0
        if any(_mention_kind(ctx, m.start, m.end, i) in ("name", "titled") for m in ent.mentions):
            f["named"] = 1.0
        if ent.role:
            f["has-role"] = 1.0
        if i == q.speaker:
            f["rule"] = 1.0
        if i != q.speaker and q.speaker_span and any(
                q.speaker_span[0] <= mm.start and mm.end <= q.speaker_span[1] for mm in ent.mentions):
            # named inside the rules' speaker, described or named: "a Homeland Security official", "the Obama
            # administration", "the Clinton campaign" speak for a body, not for the person they name
            f[BLOCKED] = 1.0
        if i != q.speaker and _only_quoted(ctx, ent, q.end):
            f[BLOCKED] = 1.0  # named only inside quotation marks: what someone's words mention, not one who speaks
        if prev_speaker is not None and i == prev_speaker:
            f["prev"] = 1.0
        if _sent_index(ctx, sp[0]) < qs:
            f["before-quote-sent"] = 1.0
        words = [ent.name, ctx.text[sp[0]:sp[1]]] + [m.text for m in ent.mentions]
        out.append(Cand(f, words, i, sp, i == q.speaker))
    if q.speaker is None and q.speaker_name:
        f = dict(base)
        f["rule"] = f["rulename"] = 1.0
        span = q.speaker_span
        first = q.speaker_name.split()[0]
        f["name-cap" if first[:1].isupper() else "name-lower"] = 1.0
        if first.lower() in ("a", "an", "the", "some", "many", "most", "one", "two", "several", "any"):
            f["name-det"] = 1.0
        f["name-len=" + _bucket(len(q.speaker_name.split()))] = 1.0
        if span:
            f.update(_relation(ctx, _root(ctx, *span), cue))
            f["side=" + ("before" if span[0] < anchor else "after")] = 1.0
            f["sent=" + str(max(-3, _sent_index(ctx, span[0]) - qe))] = 1.0
            if any(a <= span[0] < b for a, b in parts):
                f["in-quote"] = 1.0
        words = [q.speaker_name] + ([ctx.text[span[0]:span[1]]] if span else [])
        out.append(Cand(f, words, None, span, True))
    return out


def relative(feats: list[dict]) -> list[dict]:
    """Each candidate's features with those that compare it with the quote's other candidates: the nearest to the
    cue (or the quote), the nearest before it, the nearest person, the only person."""
    out = [{k: v for k, v in f.items() if not k.startswith("_")} for f in feats]
    near = [(abs(f["_d"]), n) for n, f in enumerate(feats) if "_d" in f and "in-quote" not in f]
    if near:
        out[min(near)[1]]["nearest"] = 1.0
    before = [(-f["_d"], n) for n, f in enumerate(feats) if f.get("_d", 1.0) <= 0 and "in-quote" not in f]
    if before:
        out[min(before)[1]]["nearest-before"] = 1.0
    persons = [(abs(f["_d"]), n) for n, f in enumerate(feats) if "type=PERSON" in f and "_d" in f]
    if persons:
        out[min(persons)[1]]["nearest-person"] = 1.0
        if len(persons) == 1:
            out[persons[0][1]]["only-person"] = 1.0
    subj = [n for n, f in enumerate(feats) if "subj" in f]
    if len(subj) == 1:
        out[subj[0]]["only-subj"] = 1.0
    for f in out:
        f["ncand=" + _bucket(len(feats))] = 1.0
    return out


def _sent_index(ctx, pos: int) -> int:
    import bisect
    return bisect.bisect_right(ctx.sent_starts, pos) - 1


def _only_quoted(ctx, ent, end: int) -> bool:
    """Every mention of ``ent`` before ``end`` lies inside a quotation: an actor the text names only in someone's
    quoted words ('one sign read, "Trust in the Force, but always buckle up." Another advised, "…"': the Force never
    speaks; newuser34) is what words are about, never a speaker the ranker may choose. Near miss: a name quoted and
    also named in the narration ('"Ask Ruiz," he said. Ruiz declined to comment') stays a candidate."""
    quoted = [(m.start, m.end) for m in ctx.view.quoted]
    before = [m for m in ent.mentions if m.start < end]
    return bool(before) and all(any(a <= m.start < b for a, b in quoted) for m in before)
