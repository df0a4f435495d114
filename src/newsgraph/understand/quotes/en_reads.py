"""'"…," read the letter': a quotation whose cue is "read" with a written thing for its subject is that thing's words
(a letter, a statement, a sign, a banner, a post: the artifacts a statement's maker issues, en_heads.ARTIFACTS, and
the things that carry words in public, ``written_carriers`` in words.tsv). "Read" is no speech verb elsewhere ("she
read the letter aloud", "read more"): only next to the quotation, right after its comma in the inverted order
('…," read the sign'), at the end of the attribution in the plain order ('…," a sign held by a supporter read') or
before the colon or comma that hands over to it ('The banner read: "…"'), and only with such a noun for its subject.

Its source is the written thing, or the writer a clause of the noun names ('the note he left on her car', 'a letter
signed by 40 nurses', 'a message from her husband, Daniel Hale'), never a person the noun's other words mention
('a note found on her car' is not her words)."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .en_ctx import Context, Found, set_speaker, subject_speaker
from .en_heads import ARTIFACTS, ISSUE_VERBS

READ = ("read", "reads")
_OPENERS = (",", "“", "”", '"', "'", "’")  # marks before the words of an attribution after a quotation
# verbs by which a writer makes or sends a written thing, besides those that issue a statement (en_heads)
_WRITES = ISSUE_VERBS | frozenset("leave text tweet email e-mail scrawl type draft author".split())


@lru_cache(maxsize=1)
def _carriers() -> frozenset:
    return ARTIFACTS | rules.wordset("en", "written_carriers")


def written_thing(word: str) -> bool:
    """``word`` (lower-case) names a thing that carries written words: a letter, a sign, a text message."""
    return word in _carriers() or word.endswith("s") and word[:-1] in _carriers()


def _carrier(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in _carriers() or t.lower_ in _carriers())


def _noun(toks):
    """The written thing opening ``toks`` ("the letter", "a hand-painted sign", "the text message": the last noun of
    its compound, and the first word of its phrase), or None when the first noun after its determiner and modifiers
    is no written thing."""
    for k, t in enumerate(toks[:4]):
        if t.pos_ in ("NOUN", "PROPN"):
            if not _carrier(t):
                return None
            while k + 1 < len(toks) and toks[k + 1].pos_ == "NOUN" and toks[k + 1].i == toks[k].i + 1:
                k += 1
            return toks[0], toks[k]
        if t.pos_ not in ("DET", "ADJ", "PRON", "NUM") and t.dep_ not in ("amod", "compound", "poss", "det"):
            return None
    return None


def _words(ctx: Context, start: int, end: int) -> list:
    return [t for t in ctx.tokens(start, end) if not (t.is_punct or t.is_space)]


def read_cue(ctx: Context, start: int, end: int):
    """The token "read" opening the attribution at ``start`` ('…," read the letter the group mailed') when its
    subject after it is a written thing; None otherwise."""
    toks = _words(ctx, start, end)
    if not toks or toks[0].lower_ not in READ or toks[0].pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    return toks[0] if _noun(toks[1:]) is not None else None


def read_at_end(ctx: Context, start: int, end: int):
    """The word "read" closing the attribution [start, end) in the plain order ('…," a sign held by a supporter
    read.', 'The banner read:'), a written thing opening it (the tagger often takes that "read" for a noun: no tag
    is asked); None otherwise."""
    toks = _words(ctx, start, end)
    if len(toks) < 2 or len(toks) > 12 or toks[-1].lower_ not in READ or _noun(toks[:-1]) is None:
        return None
    return toks[-1]


def _writer(noun):
    """The writer a clause of the written thing ``noun`` names: the subject of a relative clause of writing or
    sending ('the note he left'), the agent of a participle ('a letter signed by 40 nurses'); None otherwise."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in _WRITES:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("that", "which", "who", "it"):
                return subj
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _WRITES:
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
    for t in noun.doc[noun.i + 1:noun.i + 4]:  # the relative clause the parse hung elsewhere: "a tweet Hale posted"
        if t.pos_ not in ("PROPN", "PRON"):
            return None
        if t.dep_ == "nsubj" and t.head.i > t.i and t.head.lemma_.lower() in _WRITES:
            return t
    return None


def read_speaker(ctx: Context, cue, q: Found) -> bool:
    """The source of the quotation whose cue is "read" ``cue`` (``read_cue`` or ``read_at_end``): the writer named
    (``_writer``), a named maker after "from", else the written thing as written, its clauses left out ('the text
    message he sent her on the night …', 'a statement from his office' -> 'the text message', 'a statement': the
    phrase up to its noun)."""
    after = _words(ctx, cue.idx + len(cue.text), ctx.sent(cue.idx)[1])
    phrase = _noun(after) if after and after[0].i == cue.i + 1 else None  # '…," read the letter'
    if phrase is None:  # '…," a sign held by a supporter read', 'The banner read:'
        words = _words(ctx, ctx.sent(cue.idx)[0], cue.idx)
        first = max((k for k, t in enumerate(words) if t.i > 0 and ctx.doc[t.i - 1].text in _OPENERS), default=0)
        phrase = _noun(words[first:])
    if phrase is None:
        return False
    first, noun = phrase
    writer = _writer(noun)
    if writer is not None and not _unnamed_pronoun(ctx, writer, q.start) and subject_speaker(ctx, q, writer):
        return True
    # "a message from her husband, Daniel Hale", "a statement from Sen. Ruiz" (the parse may hang "from" on "read")
    froms = list(noun.children) + [c for c in cue.children if c.i > noun.i]
    for c in froms:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                for n in [p] + [a for a in p.children if a.dep_ == "appos"]:
                    hit = ctx.entity_at(n.idx, n.idx + len(n.text.rstrip(".")), ("PERSON", "ORG"))  # "Corp."
                    if hit is not None:
                        return set_speaker(ctx, q, hit)
    a, b = first.idx, noun.idx + len(noun.text)
    q.speaker_name, q.speaker_span = ctx.text[a:b], (a, b)
    return True


def _unnamed_pronoun(ctx: Context, writer, pos: int) -> bool:
    """The writer is a pronoun and no person is named before the quotation (a feature lede's cataphora: '"Stay
    strong," read the last text message she sent her mother. Maria Lopez, 19, …'): no one to resolve it to yet, the
    written thing is the source (review r24)."""
    return writer.pos_ == "PRON" and not any(
        ent.type == "PERSON" and any(m.start < pos for m in ent.mentions) for ent in ctx.actors.entities)
