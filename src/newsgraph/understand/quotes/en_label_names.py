"""A transcript's turn label written as the speaker's initials ("KM: The maps miss embers."): an interview that
introduces "Dr. Kavita Mehta" and then labels her answers "KM:" (and often the interviewer's questions with the
interviewer's own initials). The label is the one person of the text, named in full, whose name has those initials;
the byline's writer ("By Gregory Hale", "Interview by …") asks and is no speaker, under the initials or under the
name ("Sandhu: Who are the students?" under "By Priya Sandhu": :func:`interviewer_surnames`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
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
_OBJECT = r"(?:him|her|them)\b"


@lru_cache(maxsize=1)
def _asks() -> re.Pattern:
    """The one who asks, as an introduction says it: the writer's role, the name, then speaking with a pronoun
    ("Ledger reporter Priya Sandhu spoke with him", lang/en/interviewer_nouns.txt), or the name interviewing someone
    ("Maya Roth interviewed her"). Not "X spoke with / sat down with / talked to Y" with Y named: the subject is as
    often the interviewee ("Trump sat down with Fox News anchor Bret Baier", "Voss spoke with The Associated Press";
    review31b #1)."""
    nouns = "|".join(re.escape(w) for w in sorted(rules.words("en", "interviewer_nouns"), key=len, reverse=True))
    return re.compile(r"\b(?i:" + nouns + r")[ \t]+(?P<name>" + _NAME + r")[ \t]+(?:spoke|talked|chatted|"
                      r"sat[ \t]+down)[ \t]+(?:with|to)[ \t]+" + _OBJECT + r"|(?P<name2>" + _NAME +
                      r")[ \t]+interviewed[ \t]+" + _OBJECT)


def interviewer_surnames(text: str) -> frozenset[str]:
    """The surnames (lower case) of the page's interviewer: the byline's writer ("By Priya Sandhu") and the one the
    introduction says asks (:func:`_asks`). Their labelled turns ask (en_turns); read once per text."""
    names = [m.group("name").split(",")[0] for m in _BYLINE.finditer(text)] + \
        [m.group("name") or m.group("name2") for m in _asks().finditer(text)]
    return frozenset(w[-1].strip(".").lower() for n in names if len(w := n.split()) >= 2 and len(w[-1]) >= 3)
