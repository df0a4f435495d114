"""A report that quotes someone "as saying" (round 35, enweb35b; real wire copy): "“…,” the Al-Quds daily reported
quoting the ministry as saying", "the statement reported him as telling the minister on the phone", "Tanjug quoted
Vucic as saying that …". The outlet or the document reports, and the one it quotes said the words: the en-attr
guidelines record both (two attributions of one content, as "Tanjug quoted X as saying" in the written set and
"citing" in en_citing). The reader found the report; this adds the quoted one's attribution, same content, the
reporter kept as its outlet when it is one.

Only "quote", "report" or "cite" (words.tsv quoting_verbs) with an object followed at once by "as" and a speech
verb's -ing form ("as saying", "as telling", "as stating"), in the report's sentence outside any quotation; the report
found (its cue that verb, or the verb under its cue: "reported, quoting X as saying"). "She quoted the poem as
evidence", "reported the car as stolen" name no speech and are left. Where no reader found the report (no "that":
"Reuters cited the minister as saying the port would reopen"), the clause under the -ing verb is the content of both
(r35 fix, enfix35); an outlet's report stays the outlet of the quoted one's attribution."""
from __future__ import annotations

from .. import rules
from .en_ctx import Context, Found, subject_speaker

def _speech_ing(ctx: Context, obj):
    """The "saying" of "OBJ as saying", else None."""
    doc = ctx.doc
    k = obj.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "as":
        return None
    v = doc[k + 1]
    if v.tag_ != "VBG" or v.lemma_.lower() not in rules.words("en", "speech_verbs"):
        return None
    return v


def _report_of(ctx: Context, tok, found: list[Found]) -> Found | None:
    lo, hi = ctx.sent(tok.idx)
    mine = [q for q in found if q.cue_i is not None and lo <= ctx.doc[q.cue_i].idx < hi
            and not q.start <= tok.idx < q.end and q.origin != "quoted-as"]
    up = {tok.i} | {a.i for a in tok.ancestors}
    return next((q for q in mine if q.cue_i in up), None)


def quoted_as(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and, for each report that quotes someone "as saying", that one's attribution of the same content."""
    added: list[Found] = []
    for tok in ctx.doc:
        if tok.lemma_.lower() not in rules.wordset("en", "quoting_verbs") or tok.pos_ != "VERB":
            continue
        if any(f.start <= tok.idx < f.end for f in ctx.view.quoted):
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.i < tok.i or (v := _speech_ing(ctx, obj)) is None:
            continue
        q = _report_of(ctx, tok, found) or _unread_report(ctx, tok, v, found + added)
        if q is None or any(p.start == q.start and p.end == q.end and p.cue_i in (v.i, tok.i) and p is not q
                            for p in found + added):
            continue
        cue = tok if tok.tag_ == "VBG" else v  # "reported, quoting X as saying": "quoting", as en_citing's "citing"
        new = Found(kind=q.kind, start=q.start, end=q.end, text=q.text, cue=cue.text, cue_i=cue.i, origin="quoted-as",
                    parts=list(q.parts), date=q.date)
        new.attr = (obj.left_edge.idx, v.idx + len(v.text))
        if not subject_speaker(ctx, new, obj) or (new.speaker is None and not new.speaker_name):
            continue
        if q.speaker is not None and q.speaker_span is not None and \
                ctx.actors.entities[q.speaker].type == "MEDIA":
            new.outlets = [(q.speaker, *q.speaker_span)]
        added += [q, new] if q.origin == "quoted-as-report" and not new.outlets else [new]  # (an outlet's report
        # found here stays the outlet of the quoted one's words: "Reuters cited the minister as saying …")
    return sorted(found + added, key=lambda x: x.start) if added else found


def _unread_report(ctx: Context, tok, v, found: list[Found]) -> Found | None:
    """The report itself when no reader found it ("Reuters cited the minister as saying the port would reopen", no
    "that": r35 fix, enfix35): the clause under "saying" is the content, the report's subject its speaker."""
    comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if comp is None or subj is None:
        return None
    a, last = comp.left_edge, comp.right_edge
    while last.i > a.i and last.is_punct:
        last = ctx.doc[last.i - 1]
    if a.lower_ == "that":
        a = ctx.doc[a.i + 1]
    lo, hi = a.idx, last.idx + len(last.text)
    if any(f.start < hi and lo < f.end for f in found):
        return None
    q = Found(kind="indirect", start=lo, end=hi, text=ctx.text[lo:hi], cue=tok.text, cue_i=tok.i,
              origin="quoted-as-report")
    q.attr = (subj.left_edge.idx, tok.idx + len(tok.text))
    return q if subject_speaker(ctx, q, subj) and (q.speaker is not None or q.speaker_name) else None
