"""A happening's own people: two documents about different people's doings are two stories however many topic words
they share (corpus/stories.py joins by shared words; store/story_rows.py asks this module which members may count).

A report is about someone: the person it names most (its **subject**, ``subject``), named again and again in its
title and lead. Two reports of one happening name each other's subject: the speech and the reactions to it the next
day both keep naming the speaker; the debate recap and the fact-check both name the candidates. Two pieces of one
topic do not: an analysis of the donors who flocked to one candidate's super PAC and a report of the donors uniting
against another candidate share "donors", "million", "money", "backing", and the second candidate is not among the
first piece's people at all, nor the first among the second's. So a placed document is no evidence for a new one
(``other_subjects``) when each one's subject is absent from the other's salient actors (corpus/stories.py
``actor_weights``: the STORY_TOP_ACTORS most mentioned), unless the two centre on one scheduled event
(corpus/story_events.py: a convention's speeches by different speakers, a debate's recap and its fact-checks share
the event, not a subject).
"""
from __future__ import annotations

SUBJECT_TYPES = {"PERSON"}  # a subject is a person: an organisation or a place is the setting of many happenings
SUBJECT_MIN_MENTIONS = 3  # mentions that make a person what a document is about (a name said once is a side remark)


def subject(mentions) -> str | None:
    """The person the document names most (``mentions``: (actor id, type, mentions) of each resolved entity), when
    named at least SUBJECT_MIN_MENTIONS times; None otherwise. A tie goes to the smaller id (the same whatever the
    order of the entities)."""
    counts: dict[str, int] = {}
    for aid, typ, n in mentions:
        if aid and typ in SUBJECT_TYPES:
            counts[aid] = counts.get(aid, 0) + (n or 1)
    if not counts:
        return None
    aid, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return aid if n >= SUBJECT_MIN_MENTIONS else None


def other_subjects(a_subject: str | None, a_actors, b_subject: str | None, b_actors) -> bool:
    """Two documents about different people: each has a subject and neither's subject is among the other's salient
    actors (``a_actors``, ``b_actors``: actor ids). A reaction names the one it answers (the speaker is among the
    reaction's people, whoever the reaction is about); a document without a subject (no person named so often) says
    nothing."""
    return bool(a_subject and b_subject and a_subject not in set(b_actors) and b_subject not in set(a_actors))
