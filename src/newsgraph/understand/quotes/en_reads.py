"""'"…," read the letter': a quotation whose inverted cue is "read" with a written thing after it is that thing's
words (a letter, a statement, a sign, a banner, a post: the artifacts a statement's maker issues, en_heads.ARTIFACTS,
and the things that carry words in public, ``written_carriers`` in words.tsv). "Read" is no speech verb elsewhere
("she read the letter aloud", "read more"): only right after the quotation's comma, in the inverted order, and only
with such a noun for its subject."""
from __future__ import annotations

from .. import rules
from .en_ctx import Context
from .en_heads import ARTIFACTS

_READ = ("read", "reads")


def read_cue(ctx: Context, start: int, end: int):
    """The token "read" opening the attribution at ``start`` ('…," read the letter the group mailed') when its
    subject after it is a written thing; None otherwise."""
    toks = [t for t in ctx.tokens(start, end) if not (t.is_punct or t.is_space)]
    if not toks or toks[0].lower_ not in _READ or toks[0].pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    carriers = ARTIFACTS | rules.wordset("en", "written_carriers")
    for t in toks[1:5]:  # the noun after its determiner and modifiers: "the letter", "a hand-painted sign"
        if t.pos_ in ("NOUN", "PROPN"):
            return toks[0] if t.lemma_.lower() in carriers or t.lower_ in carriers else None
        if t.pos_ not in ("DET", "ADJ", "PRON", "NUM") and t.dep_ not in ("amod", "compound", "poss", "det"):
            return None
    return None
