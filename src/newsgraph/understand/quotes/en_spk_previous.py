"""A description that goes on from the speaker just named (who is credited, English; round 36): "…, Carly Vance said
Monday. But, the former chief executive of Halcyon added, it is not the way to win"; "“…,” Reid said in an
interview. Reflecting on his years as a trial lawyer, the Senate Democratic leader said, “…”". News varies the name of
the one it is quoting with a description its readers know; the main-clause subject that en_topic.topic_person reads
is not that speaker when the attribution is inverted, set in a parenthesis or opened by a fronted phrase. So a
definite description of a person (a role, a title or a trade; no owner) that speaks in the sentence after an
attribution of a named person, or later in the same sentence, is that person, when no other person is named between
them and the text does not give that person another office or party, nor the role to someone else ("Gov. Ellen Park
said … . The mayor said …" is someone else; so is "Reid said … . Sen. Tom Hale spoke next. The senator said …"). A
description qualified by a body ("The company spokesman said" after another company's spokesman) is left to
en_topic, which asks whose body it is."""
from __future__ import annotations

import re

from .en_roles import _data, _norm
from .en_spk_org import body_nouns
from .en_topic import (_brought_in, _called_so, _described, _given_another, _given_before, _other_office,
                       _other_party, _plural_noun, _relations)

_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"  # (a body after "of": "the former CEO of Halcyon Labs")
_THE = re.compile(rf"[Tt]he\s+((?:[\w.’'-]+\s+){{0,5}}?)([\w-]+)(?:\s+of\s+(?:the\s+)?{_NAME})?$")


def _head(phrase: str, lang: str):
    """The normalised head noun of a definite description of a person, else None."""
    abbr, person_heads, _ = _data(lang)
    m = _THE.fullmatch(phrase)
    if m is None or "’s" in m.group(1) or "'s" in m.group(1):
        return None
    head = _norm([m.group(2)], abbr)[0]
    if set(_norm(m.group(1).split(), abbr)) & body_nouns(lang):
        return None  # "The company spokesman": whose company is en_topic's (organisation_fit), not the last speaker's
    if head in _relations(lang) or not (head in person_heads or _described(head, lang)
                                         or _described(m.group(2).lower(), lang)):
        return None
    return head


def previous_speaker(ctx, q, found, lang: str = "en"):
    """The named person whose attribution the description ``q.speaker_span`` goes on from, as (start, end, entity
    index), else None (see the module)."""
    lo, hi = q.speaker_span
    head = _head(ctx.text[lo:hi].strip(), lang)
    if head is None:
        return None
    abbr, person_heads, _ = _data(lang)
    since = ctx.sent(ctx.sent(lo)[0] - 1)[0] if ctx.sent(lo)[0] > 0 else 0
    before = [p for p in found if p is not q and p.speaker is not None and p.speaker_span
              and since <= p.speaker_span[0] and p.speaker_span[1] <= lo]
    if not before:
        return None
    prev = max(before, key=lambda p: p.speaker_span[1])
    i = prev.speaker
    if ctx.actors.entities[i].type != "PERSON" or _plural_noun(ctx, i):
        return None
    between = ctx.actors.inside(prev.speaker_span[1], lo)
    if any(k != i and ctx.actors.entities[k].type == "PERSON" for _, _, k in between):
        return None  # another person named between: the description may be theirs
    if _brought_in(ctx, head, since, lo) or _other_office(ctx, i, head, abbr, lang) \
            or _other_party(ctx, i, head, abbr, lang) or _given_another(ctx, i, since, lo, head, abbr):
        return None
    if head not in person_heads and not _called_so(ctx, i, head, abbr) and _given_before(ctx, head, lo):
        return None  # a trade the text gave someone else before
    return lo, hi, i
