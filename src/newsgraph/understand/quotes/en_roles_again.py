"""A source spoken of again (split from ``en_roles`` in round 36): an unnamed source's later mention ("One of them
said", "the senator said") keeps the first wording, and a short form of an organisation's full name ("Channel Link"
after "Channel Link Ferries") is that organisation."""
from __future__ import annotations

import re

from .. import rules
from .en_roles import _data


_PARTITIVE = re.compile(r"(?:[Oo]ne|[Ee]ither|[Nn]either|[Aa]nother)\s+of\s+(?:them|those|these)")
_DEFINITE = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+([a-z-]+)")
_INDEFINITE = ("one ", "a ", "an ", "another ")
_AGAIN_WINDOW = 2500  # characters before a bare role in which its unnamed source may be (ten short paragraphs)


def unnamed_again(ctx, q, found) -> bool:
    """An unnamed source spoken of again keeps its wording: "Two Reality Studios employees said … . One of them
    said …" is one of those employees; "One Republican senator said … . '…,' the senator said" is that senator, not
    a senator the text names elsewhere; "Niger's health minister told state television … . The minister said …" is
    that minister. The source of an attribution at most three sentences before (no named speaker, a wording of its
    own): plural for "one of them", of the same head noun and brought in by an indefinite for "the senator". Failing
    that, a bare definite role ("the minister"; no go-between such as a spokesman) is the nearest unnamed source
    within a few paragraphs whose wording of three words or more ends in that role (round 27's unnamed_role_again,
    merged here in round 28). True when it named the source so."""
    lo, hi = q.speaker_span
    phrase = ctx.text[lo:hi].strip()
    part, defn = _PARTITIVE.fullmatch(phrase), _DEFINITE.fullmatch(phrase)
    if part is None and defn is None:
        return False
    start = ctx.sent(lo)[0]
    for _ in range(3):
        start = ctx.sent(start - 1)[0] if start > 0 else start
    unnamed = sorted((p for p in found if p is not q and p.speaker is None and p.speaker_name and p.speaker_span
                      and p.speaker_span[0] < lo), key=lambda x: -x.speaker_span[0])
    if unnamed and unnamed[0].speaker_span[0] >= start:
        name = unnamed[0].speaker_name.strip()
        words = name.lower().split()
        if part is not None and words and words[-1].endswith("s") and not words[-1].endswith("ss"):
            q.speaker_name = f"{part.group(0).split()[0].lower()} of {name[:1].lower()}{name[1:]}"
            return True
        if defn is not None and len(words) > 1 and words[-1] == defn.group(1) and name.lower().startswith(_INDEFINITE):
            q.speaker_name = name
            return True
    head = defn.group(1) if defn is not None and phrase[:4].lower() == "the " else None
    if head is None or head not in _data("en")[1] or head in rules.wordset("en", "go_between_roles"):
        return False
    for p in unnamed:
        if lo - _AGAIN_WINDOW <= p.speaker_span[1] <= lo:
            words = ctx.text[p.speaker_span[0]:p.speaker_span[1]].split()
            if len(words) > 2 and words[-1].lower() == head:
                q.speaker_name = p.speaker_name
                return True
    return False


def short_name(ctx, q) -> None:
    """A speaker written as a name no actor covers that is the leading words of exactly one organisation's full name
    ("Channel Link said" after "Channel Link Ferries"; the tagger missed the short form): that organisation, as
    entities.en_actors.short_forms joins the short forms it does see."""
    lo, hi = q.speaker_span
    words = ctx.text[lo:hi].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or ctx.actors.covering(lo, hi):
        return
    fits = [i for i, ent in enumerate(ctx.actors.entities) if ent.type in ("ORG", "GROUP") and ent.mentions
            and len(ent.name.split()) > len(words) and ent.name.split()[:len(words)] == words
            and min(m.start for m in ent.mentions) < lo]
    if len(fits) == 1:
        ctx.actors.add_mention(fits[0], lo, hi, "name")
        q.speaker, q.speaker_name = fits[0], None
