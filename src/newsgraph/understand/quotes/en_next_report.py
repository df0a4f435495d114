"""A participle set off by a comma after a speech verb that reports a clause of its own ("The mill will close, a
company official said, adding that 200 jobs would go", "…, Reyes said on Monday, noting that …"): the sayer's next
report, so a reader looking past the first cue for the "that" it governs stops there, and the first cue keeps the
clause before it (round 30, en30a: on PolNeAR train the clause before such a cue is the gold content of "said" and
the "that" clause is the content of the participle; we had given the participle's clause to "said" and lost the
first). A participle that governs no clause ("said, citing a memo, that …") or is no verb of speech ("…, hoping
that …") is an aside and is passed over."""
from __future__ import annotations

from .en_ctx import Context, _lex, set_off


def next_report(ctx: Context, tok) -> bool:
    """``tok`` is a present participle of a verb of speech (lang/en speech verbs and cues) set off by a comma (or
    dash) that governs a clause of its own ("…, hoping that the vote would pass, that …": a hope, no report)."""
    if tok.tag_ != "VBG" or not set_off(ctx, tok):
        return False
    cues = _lex()[0]
    if tok.lower_ not in cues and tok.lemma_.lower() not in cues:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children)
