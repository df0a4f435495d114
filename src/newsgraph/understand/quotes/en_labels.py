"""A transcript's turn label is nobody's subject (r24). In an interview written as "Q: … A: …" or "NAME: …", the
parser often takes the label for the subject of the first verb of its line ("Q: The governor, Roy Cooper, has said
the state …" reads "said" as a clause of "Q"; "Q: Your own staff have said …" gives "said" two subjects). The label
names the turn's speaker (en_turns); a statement the turn reports is its own subject's: the subject after the colon,
or nobody when the parse gave none."""
from __future__ import annotations

from ..marks import QUOTE_CHARS

_SUBJ = ("nsubj", "nsubjpass")


def is_label(ctx, tok) -> bool:
    """``tok`` is a turn label: a word in capitals ("Q", "A", "WALLACE") or a name ("Sandhu", "Priya Sandhu": an
    interview's turns labelled with names, r31) that opens its line, a colon right after."""
    if not (tok.text.isupper() or tok.text[:1].isupper() and tok.text.isalpha()) or tok.i + 1 >= len(ctx.doc) or \
            ctx.doc[tok.i + 1].text != ":":
        return False
    line = ctx.text.rfind("\n", 0, tok.idx) + 1
    before = ctx.text[line:tok.idx].strip(" \t" + QUOTE_CHARS).split()
    return not before or tok.text[:1].isupper() and not tok.text.isupper() and len(before) <= 2 and \
        all(w[:1].isupper() and w.rstrip(".").isalpha() for w in before)


def past_label(ctx, subj, cue):
    """The subject to read for ``cue`` when the parse gave it the label ``subj``: the cue's own subject after the
    colon, else None (``subj`` itself when it is no label)."""
    if not is_label(ctx, subj):
        return subj
    if cue is None:
        return None
    return next((c for c in cue.children if c.dep_ in _SUBJ and c.i > subj.i + 1), None)
