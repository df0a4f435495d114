"""A speaker phrase owned by a pronoun: "Her office said", "his lawyers said", "their campaign said" (English; round
20).

When no one is named for the phrase (no "His lawyer, Sara Kemp," before it, no role that fits one actor), the record
would keep "Her office": a reader cannot tell whose. The possessive pronoun is a mention the coreference already
resolved; the phrase is rewritten with that actor's name, "Lena Varos's office", and stays a description (no entity:
the office is not the president). Only people and organisations own such phrases; a pronoun left open, or an owner
the text describes by the same noun ("Her agent, Carl Stone" … "his agent said"), keeps the words as written.
"""
from __future__ import annotations

import re

from .. import rules
from .en_spk_kin import relative_of

_OWNED = re.compile(r"(?i)^(his|her|their|its)\s+((?:[\w-]+\s+){0,2}[\w-]+)$")
_OWNERS = ("PERSON", "ORG", "GROUP")


def owned_speaker(ctx, q) -> None:
    """Rewrite ``q.speaker_name`` "Her office" as "<owner>'s office" when the pronoun's actor is known."""
    if q.speaker is not None or not q.speaker_name or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    m = _OWNED.match(ctx.text[lo:hi])
    if m is None:
        return
    end = lo + len(m.group(1))
    hit = next(((s, e, i) for s, e, i in ctx.actors.covering(lo, end) if s == lo and e == end), None)
    if hit is None or ctx.actors.entities[hit[2]].type not in _OWNERS:
        return
    kin = relative_of(ctx, hit[2], m.group(2).lower()) if ctx.actors.entities[hit[2]].type == "PERSON" else None
    if kin is not None:  # "Joseph's niece, Sarah Joseph-Kane" … "Her uncle said": Joseph (en_spk_kin)
        ctx.actors.add_mention(kin, lo, hi, "desc")
        q.speaker, q.speaker_name = kin, None
        return
    if _same_kind(ctx, hit[2], m.group(2).split()[-1].lower()):
        return  # "Her agent, Carl Stone, said … . “…,” his agent said": no agent's agent; the pronoun is unsure
    name = ctx.actors.entities[hit[2]].name
    q.speaker_name = f"{name}'s {m.group(2)}"


def _same_kind(ctx, i: int, head: str) -> bool:
    """The owner is itself described by ``head`` ("Her agent, Carl Stone": an agent): its descriptions or the words
    just before one of its names hold the noun."""
    for mention in ctx.actors.entities[i].mentions:
        if mention.kind == "pronoun":
            continue
        before = re.split(r"[.;:!?\n]", ctx.text[max(0, mention.start - 50):mention.start])[-1]
        if head in re.findall(r"[\w-]+", (before + " " + mention.text).lower()):
            return True
    return False


_BARE_BODY = re.compile(r"(?i)^(?:the\s+)?([a-z]+)$")
_NOT_QUALIFIER = frozenset({"the", "a", "an", "but", "and", "or", "when", "after", "before", "as", "if", "while",
                            "state", "local", "federal", "city", "county"})


def qualified_body(ctx, q) -> None:
    """"Milwaukee police said … . … police said in a news release": a bare body of people ("police", "prosecutors",
    "investigators": ``qualified_bodies`` in words.tsv) the text qualified by a place or an owner before keeps that
    qualifier, the one way of naming it the text gave ("Milwaukee police", "Swedish prosecutors"); two different
    qualifiers before it: as written."""
    if q.speaker is not None or not q.speaker_name or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    m = _BARE_BODY.match(ctx.text[lo:hi].strip())
    if m is None or m.group(1).lower() not in rules.wordset("en", "qualified_bodies"):
        _shortened_body(ctx, q)
        return
    noun = m.group(1).lower()
    found = [w for w in re.finditer(r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+" + noun + r"\b",
                                    ctx.text[:lo])
             if w.group(1).split()[0].lower() not in _NOT_QUALIFIER and not w.group(1).isupper()]
    quals = {w.group(1) for w in found}
    if len(quals) == 1 and not _other_place_between(ctx, found[-1].end(), lo, quals):
        q.speaker_name = f"{quals.pop()} {noun}"
    elif not quals:
        _named_body(ctx, q, noun)


def _shortened_body(ctx, q) -> None:
    """"The Inner Mongolia health commission reported … . The health commission said": a definite description of an
    organisation (its last word a body noun, en_spk_org.body_nouns) that the text wrote before, word for word, after
    the name of a place or an owner keeps that name, when one name was so written (two: as written)."""
    from .en_spk_org import body_nouns
    lo, hi = q.speaker_span
    m = _DESCRIBED_BODY.match(ctx.text[lo:hi].strip())
    if m is None or m.group(1).split()[-1] not in body_nouns("en"):
        return
    phrase = m.group(1)
    quals = {qual for w in re.finditer(_QUALIFIER + re.escape(phrase) + r"\b", ctx.text[:lo])
             if w.group(1).split()[0].lower() not in _NOT_QUALIFIER and (qual := _qualifier(ctx, w))}
    if len(quals) == 1:
        q.speaker_name = f"{quals.pop()} {phrase}"


def _qualifier(ctx, w: re.Match) -> str | None:
    """The name that qualifies the description: a possessive ("China's foreign ministry"), or an actor the entity
    reader found ending there ("Inner Mongolia"); capitalised words that are none ("On Monday health ministry staff":
    a sentence opening) qualify nothing (review r26 #7)."""
    s, e = w.span(1)
    if w.group(1).endswith(("'s", "’s")) or ctx.text[e:e + 2] in ("'s", "’s"):
        return w.group(1)
    hit = next((hs for hs, he, _ in ctx.actors.inside(s, e) if he == e), None)
    if hit is None:  # (a place the actor layer keeps no mention of: the tagger's own entity)
        toks = list(ctx.tokens(s, e))
        k = len(toks)
        while k > 0 and toks[k - 1].ent_type_ in _NAME_TYPES:
            k -= 1
        hit = toks[k].idx if k < len(toks) else None
    return ctx.text[hit:e] if hit is not None else None


_NAME_TYPES = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"})


# a qualifier the text wrote before the same words: "(the) Inner Mongolia health commission", "China's foreign ministry"
_QUALIFIER = r"\b(?:[Tt]he\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?:[’']s)?\s+"
# "the health commission", "the foreign ministry": lower-case words ending in a body noun
_DESCRIBED_BODY = re.compile(r"^[Tt]he\s+((?:[a-z-]+\s+){1,2}[a-z-]+)$")


def _named_body(ctx, q, noun: str) -> None:
    """"The Alden Falls Police Department said … . Police said": a bare body the text named before as one
    organisation holding the word ("… Police Department", "… State Police") is that organisation, when it is the
    only one so named before it (a second force named before: as written)."""
    lo = q.speaker_span[0]
    fits = {i for i, e in enumerate(ctx.actors.entities) if e.type in ("ORG", "GROUP") and e.mentions
            and min(m.start for m in e.mentions) < lo and noun in e.name.lower().split()}
    if len(fits) != 1:
        return
    i = fits.pop()
    first = min(m.end for m in ctx.actors.entities[i].mentions)
    if not _other_place_between(ctx, first, lo, {ctx.actors.entities[i].name}):
        q.speaker, q.speaker_name = i, None


def _other_place_between(ctx, a: int, b: int, quals: set[str]) -> bool:
    """Does the text name a place other than the qualifier between the qualified body and the bare one ("Milwaukee
    police arrested … In Chicago, … Police said": Chicago's police, not Milwaukee's; review r20)?"""
    words = {w for qual in quals for w in qual.lower().split()}
    for e in getattr(ctx.actors, "entities", ()):
        if e.type not in ("GPE", "LOC"):
            continue
        for m in e.mentions:
            if a <= m.start < b and not set(m.text.lower().split()) & words:
                return True
    return False
