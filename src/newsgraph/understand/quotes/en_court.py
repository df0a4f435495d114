"""What a court heard (British and Australian court reporting: "The defendant sent the money abroad, the court heard",
"The court heard that …", "… , an inquest has heard", the headline's "…, court hears"): the evidence or the
submissions put to a court, a jury or an inquest, credited to the body that heard them. The en-attr guidelines
annotate it as an attribution whose source is that body (an agentless statement put on the record), also when the
clause heard reports someone's words ("The defendant told police he had acted in self-defence, the court heard": the
court's attribution of the whole clause beside the defendant's of what he told; review r25 #10: the written gold
records both). The bodies: lang/en/words.tsv hearing_bodies."""
from __future__ import annotations

from .. import rules
from .en_clauses import in_question
from .en_ctx import Context, Found, finite, subject_speaker


def court_heard(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` and an attribution for each clause a hearing body "heard" that no quote found has that cue."""
    doc, added = ctx.doc, []
    bodies = rules.wordset("en", "hearing_bodies")
    taken = {q.cue_i for q in found}
    for tok in doc:
        if tok.lemma_.lower() != "hear" or tok.i in taken or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if subj is None or comp is None or not {subj.lemma_.lower(), subj.lower_} & bodies or any(
                c.dep_ == "neg" for c in tok.children) or _not_stated(ctx, tok, comp):
            continue
        lo = comp.left_edge
        if lo.lower_ == "that" and lo.dep_ == "mark":
            lo = doc[lo.i + 1]
        hi = comp.right_edge
        while hi.i > lo.i and (hi.is_punct and hi.text not in ('"', "”", "’")):
            hi = doc[hi.i - 1]
        a, b = lo.idx, hi.idx + len(hi.text)
        if b - a < 12:
            continue
        text = ctx.text[a:b]
        q = Found(kind="mixed" if any(c in text for c in '"“”') else "indirect", start=a, end=b, text=text,
                  cue=tok.text, origin="heard")
        q.cue_i = tok.i
        q.attr = (subj.left_edge.idx, tok.idx + len(tok.text))
        if subject_speaker(ctx, q, subj):
            added.append(q)
    return sorted(found + added, key=lambda x: x.start) if added else found


def _not_stated(ctx: Context, tok, comp) -> bool:
    """What the body heard is no evidence stated before it (review r25 #10): a question ("Did the jury hear that
    …?", "asked whether the jury heard that …") asks whether it did, and a complement without a finite verb ("heard
    the defendant scream") is a perception of an act, not a statement."""
    if in_question(tok) or ctx.text[slice(*ctx.sent(tok.idx))].rstrip().rstrip('"”’').endswith("?"):
        return True
    return not finite(comp)
