"""The outlet a news item appeared in, when the tagger typed no outlet there: "according to a report in The
Information", "a story in the Sunday Times said". A report, an article or an interview "in" a proper name is printed
or aired by it: the name is a publication (lang/en/words.tsv published_items), the report's maker (en_docs), whether
the tagger saw no entity there or typed an organisation. Round 26 (enspk26)."""
from __future__ import annotations

from .. import rules

# entity types of the tagger that are never a publication ("a report in Texas", "a story in May")
# (the tagger types a paper's name as anything else: "the Sunday Times" EVENT, "The Information" ORG)
_NOT_OUTLETS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "PERSON", "CARDINAL", "ORDINAL"})


def untagged_publication(ctx, tok):
    """(start, end, entity) of the publication named after "in" by news item ``tok``, else None; an entity is added
    (MEDIA) when no actor is there."""
    from ..actors import WEntity
    if tok.lemma_.lower() not in rules.wordset("en", "published_items"):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != tok.i + 1:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.pos_ == "PROPN" or pobj.pos_ == "NOUN" and pobj.text[:1].isupper()):
            return None
        words = [t for t in ctx.doc[pobj.left_edge.i:pobj.i + 1] if not (t.dep_ == "det" and t.lower_ == "the"
                                                                          and t.text.islower())]
        if not words or not all(t.text[:1].isupper() and t.ent_type_ not in _NOT_OUTLETS for t in words) or \
                any(t.pos_ not in ("PROPN", "DET", "NOUN") for t in words):
            return None
        lo, hi = words[0].idx, pobj.idx + len(pobj.text)
        have = [h for h in ctx.actors.covering(lo, hi) + ctx.actors.inside(lo, hi)
                if ctx.actors.entities[h[2]].type in ("MEDIA", "ORG")]
        if have:
            return have[0]
        if ctx.actors.covering(lo, hi) or ctx.actors.inside(lo, hi):
            return None
        i = ctx.actors.add_entity(WEntity("MEDIA", ctx.text[lo:hi]))
        ctx.actors.add_mention(i, lo, hi, "name")
        return lo, hi, i
    return None
