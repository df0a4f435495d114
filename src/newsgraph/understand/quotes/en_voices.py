"""The voice of an organisation as a speaker (who is credited, English): "A spokesperson said" after the organisation
just credited, "An agency spokesperson said" for the agency named before, "the companies said" for the organisations
of a deal named together (every one a speaker, the first the record's ``speaker``). Split from en_roles (round 18):
the descriptions of persons stay there."""
from __future__ import annotations

import re

from .. import rules
from .en_roles import _data


_VOICE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+([a-z]+)")


def organisation_voice(ctx, q, found) -> None:
    """ "A spokesperson said" with no organisation named in it speaks for the organisation the attribution just
    before credited, in the same or the sentence before ("The Lakeside Food Bank said it served 900 families. A
    spokesperson said …"): news names the organisation once and its voice after (``voice_nouns``)."""
    lo, hi = q.speaker_span
    m = _VOICE.fullmatch(ctx.text[lo:hi].strip())
    if m is None:
        _qualified_voice(ctx, q, lo, hi)
    if q.speaker is None:
        _plural_organisations(ctx, q, lo, hi)
    if m is None or q.speaker is not None:
        return
    if m.group(1) not in rules.wordset("en", "voice_nouns"):
        return
    before = [p for p in found if p is not q and p.speaker is not None and p.start < lo
              and ctx.actors.entities[p.speaker].type in ("ORG", "GROUP")]
    if not before:
        return
    p = max(before, key=lambda x: x.start)
    first_sent = ctx.sent(ctx.sent(lo)[0] - 1)[0] if ctx.sent(lo)[0] > 0 else ctx.sent(lo)[0]
    if p.start >= first_sent and not any(r.start > p.start and r.start < lo and r.speaker != p.speaker
                                          for r in found if r is not q):
        q.speaker, q.speaker_name = p.speaker, None


_QUALIFIED = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?([a-z]+)\s+([a-z]+)")
_VOICES_TOO = frozenset({"official", "officials", "executive", "executives", "spokespeople"})


def _qualified_voice(ctx, q, lo: int, hi: int) -> None:
    """ "An agency spokesperson said", "a company spokesman said": the organisation the text named last in the
    same or the sentence before, one whose name holds the noun first ("The Food and Drug Administration has not
    approved … . An agency spokesperson said …" -> the FDA): the noun stands for it as "the agency" would."""
    m = _QUALIFIED.fullmatch(ctx.text[lo:hi].strip())
    _, _, org_nouns = _data("en")
    if m is None or m.group(2) not in rules.wordset("en", "voice_nouns") | _VOICES_TOO or \
            m.group(1) not in org_nouns | {"agency", "department", "ministry", "office", "campaign"}:
        return
    start = ctx.sent(ctx.sent(lo)[0] - 1)[0] if ctx.sent(lo)[0] > 0 else ctx.sent(lo)[0]
    orgs = [(s, i) for s, e, i in ctx.actors.inside(start, lo) if ctx.actors.entities[i].type in ("ORG", "GROUP")]
    if not orgs:
        return
    named = [i for _, i in orgs if m.group(1) in ctx.actors.entities[i].name.lower()]
    if not named and (len({i for _, i in orgs}) != 1 or m.group(1) == "campaign"):
        return  # (review r17: "Exxon was sued by the Sierra Club. A company spokesman said": not the last one named;
        # a campaign is a person's, not the organisation's)
    q.speaker, q.speaker_name = (named[-1] if named else orgs[0][1]), None


_PLURAL_ORGS = re.compile(r"(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?([a-z-]+)")


def _plural_organisations(ctx, q, lo: int, hi: int) -> None:
    """ "the companies said in a joint statement", "both banks said": the organisations of the nearest sentence (this
    one or up to three before it) that names two or more, in the order it names them (news names the parties of a
    deal, then speaks of them together): every one a speaker, the first the record's ``speaker``, as for "Vindman
    and Williams told"."""
    m = _PLURAL_ORGS.fullmatch(ctx.text[lo:hi].strip())
    if m is None:
        return
    noun = m.group(1)
    one = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else ""
    _, _, org_nouns = _data("en")
    if one not in org_nouns:
        return
    a, b = ctx.sent(lo)[0], lo
    for _ in range(4):
        first: dict[int, tuple[int, int]] = {}
        for s, e, i in ctx.actors.inside(a, b):
            ent = ctx.actors.entities[i]
            if ent.type == "ORG" and not set(ent.name.lower().split()) & _institutions():
                first.setdefault(i, (s, e))
        if len(first) >= 2:
            q.speakers = [(i, s, e) for i, (s, e) in sorted(first.items(), key=lambda x: x[1])]
            q.speaker, q.speaker_name = q.speakers[0][0], None
            return
        if a == 0 or any(t.tag_ == "NNS" and t.lemma_.lower() in org_nouns and t.idx < lo and not (lo <= t.idx < hi)
                         for t in ctx.tokens(a, b)):
            return  # ("The talks between the two airlines collapsed. The companies said": the airlines, unnamed)
        a, b = ctx.sent(a - 1)[0], a


def _institutions() -> frozenset[str]:
    return frozenset(rules.words("en", "institution_words"))
