"""A transcript's turn label written as the speaker's initials ("KM: The maps miss embers."): an interview that
introduces "Dr. Kavita Mehta" and then labels her answers "KM:" (and often the interviewer's questions with the
interviewer's own initials). The label is the one person of the text, named in full, whose name has those initials;
the byline's writer ("By Gregory Hale", "Interview by …") asks and is no speaker, under the initials or under the
name ("Sandhu: Who are the students?" under "By Priya Sandhu": :func:`writer_label`)."""
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


_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
# the one who asks: the byline's writer, or a person the introduction says interviews someone ("Ledger reporter
# Priya Sandhu spoke with him", "Owen Pratt sat down with Lindqvist", "Maya Roth interviewed her"); not one who
# spoke with us or the outlet ("Frost spoke with us", "Voss spoke with the Ledger", "Senator Ana Ruiz spoke to Fox
# News": the interviewee, en_interviewee): the one spoken with is "him", "her", "them" or a person of the text
_ASKS = re.compile(r"(?P<name>" + _NAME + r")[ \t]+(?:(?:spoke|talked|chatted|sat[ \t]+down)[ \t]+(?:with|to)|"
                   r"interviewed)[ \t]+(?:him|her|them|(?P<other>" + _NAME + r"))\b")


def writer_label(ctx, label: str) -> bool:
    """The turn label ``label`` names the interviewer ("Sandhu:" or "Priya Sandhu:" under "By Priya Sandhu" or after
    "Ledger reporter Priya Sandhu spoke with him"): their turns ask; a label of another surname is someone else's
    turn."""
    last = label.split()[-1].strip(".").lower() if label.split() else ""
    if len(last) < 3:
        return False
    text = ctx.text
    names = [m.group("name").split(",")[0] for m in _BYLINE.finditer(text)] + \
        [m.group("name") for m in _ASKS.finditer(text) if m.group("other") is None or
         ctx.entity_at(m.start("other"), m.end("other"), ("PERSON",)) is not None]
    return any(len(w := n.split()) >= 2 and w[-1].strip(".").lower() == last for n in names)
