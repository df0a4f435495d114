"""Joint makers of one document (who is credited, English): "a WSJ/NBC News poll found", "the Boston
Globe/Suffolk University poll", "an Ipsos/Reuters survey": two bodies written with a slash between them made the poll
together (news names a poll by its partners this way), so both are its speakers, in the order written; the first is
the record's ``speaker`` (as for "Vindman and Williams told …"). Each partner is the actor the text names by it, else
a new organisation of the record; the tagger's one name for both ("Boston Globe/Suffolk University") stays as it is.
Short parts ("AC/DC", "24/7") are no partners: each must be a capitalised name of three characters or more. Only a
document's makers: the pair must be followed, within the speaker's words, by a noun of a poll, survey or study ("the
Clinton/Kaine campaign said", "a Justice Department/FBI spokesman" are one campaign, one spokesman; review r23)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_ctx import Context, Found

_NAME = r"[A-Z][\w.&'’-]{2,}(?:\s+[A-Z][\w.&'’-]*){0,3}"
_JOINT = re.compile(rf"(?<![\w/])({_NAME})/({_NAME})(?![\w/])")
_TYPES = ("ORG", "MEDIA", "GROUP")
_ARTICLE = re.compile(r"(?:The|An?|This|New)\s+")
_MADE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:poll|polls|survey|surveys|study|studies|report|analysis|tracking|"
                   r"tracker|index)\b", re.IGNORECASE)


def joint_makers(ctx: Context, found: list[Found]) -> None:
    """Every quote whose speaker's words hold "A/B" (two names joined by a slash) gets both as ``speakers``."""
    from ..actors import WEntity
    for q in found:
        if q.speaker_span is None or q.speakers:
            continue
        lo, hi = q.speaker_span
        m = _JOINT.search(ctx.text, lo, hi)
        if m is None or not _MADE.match(ctx.text, m.end(), m.end() + 40):
            continue  # ("the Clinton/Kaine campaign said": one campaign, not Clinton)
        parts = []
        for g in (1, 2):
            a, b = m.start(g), m.end(g)
            if (art := _ARTICLE.match(ctx.text, a, b)) is not None:  # "The WSJ/NBC News poll": not "The WSJ"
                a = art.end()
            name = ctx.text[a:b]
            idx = next((k for k, e in enumerate(ctx.actors.entities) if e.type in _TYPES and e.name == name), None)
            if idx is None:
                hit = [k for s, e, k in ctx.actors.covering(a, b) if (s, e) == (a, b)]
                idx = hit[0] if hit else ctx.actors.add_entity(WEntity("ORG", name))
            ctx.actors.add_mention(idx, a, b, "name")
            parts.append((idx, a, b))
        if parts[0][0] == parts[1][0]:
            continue
        q.speakers = parts
        q.speaker, q.speaker_name = parts[0][0], None
