"""A transcript's turn label written as the speaker's initials ("KM: The maps miss embers."): an interview that
introduces "Dr. Kavita Mehta" and then labels her answers "KM:" (and often the interviewer's questions with the
interviewer's own initials). The label is the one person of the text, named in full, whose name has those initials;
the byline's writer ("By Gregory Hale", "Interview by …") asks and is no speaker."""
from __future__ import annotations

import re

from .en_ctx import ROLE_HEADS

_INITIALS = re.compile(r"[A-Z]{2,3}")
_BYLINE = re.compile(r"^[ \t]*(?:[Bb]y|[Ii]nterview(?:ed)? by|[Cc]onducted by)[ \t]+(?P<name>[^\n]{3,60})$", re.M)
_TITLES = frozenset(w for t in ROLE_HEADS for w in t.split()) | {"dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov"}


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower().strip(".") not in _TITLES]
    return "".join(w[0] for w in words if w[:1].isupper())


def initials_person(ctx, label: str) -> int | None:
    """The entity of the one person of the text, named with two words or more, whose initials the label is (the
    byline's writer excepted); None when none or several."""
    if not _INITIALS.fullmatch(label) or label in ("AM", "PM"):  # a live blog's "9:45 PM:", no person's initials
        return None
    writers = {_initials(m.group("name").split(",")[0]) for m in _BYLINE.finditer(ctx.text)}
    if label in writers:
        return None  # the interviewer's own initials: the questions
    hits = {i for i, ent in enumerate(ctx.actors.entities) if ent.type == "PERSON" and ent.mentions
            and len(ent.name.split()) > 1 and _initials(ent.name) == label}
    return hits.pop() if len(hits) == 1 else None
