"""Which earlier actor an English description names (coref, split from ``en`` in round 23): the last organisation
or outlet whose name holds the noun ("the agency" after "... Agency"), the last public body "the agency" means with
no outlet between ("the Consumer Product Safety Commission ... The agency said": ``agency_name_words``), the one an
anaphor has in apposition ("The company, Cradlewell Inc. of Edina, said"), the most recent of several candidates and
the last of a type."""
from __future__ import annotations

import re

from .. import rules
from ..actors import Actors

ORG_TYPES = ("ORG", "GROUP")


def _apposed_org(actors: Actors, text: str, end: int) -> int | None:
    """The organisation named in apposition right after an anaphor ending at ``end`` ("The company, Cradlewell Inc.
    of Edina, Minn., said"): the noun and the name are one phrase, so the name is what the noun means."""
    m = re.compile(r",\s+").match(text, end)
    if m is None:
        return None
    return next((i for s, e, i in actors.covering(m.end(), m.end() + 1)
                 if s == m.end() and actors.entities[i].type in ORG_TYPES), None)


def _last_named(actors: Actors, pos: int, noun: str, text: str = "") -> int | None:
    """The last organisation or outlet whose own name contains ``noun`` ("the agency" -> "... Agency"), or that the
    text introduced with ``noun`` as its descriptor ("ratings agency S&P Global Ratings ... The agency said")."""
    for s, e, i in actors.before(pos, limit=200):
        ent = actors.entities[i]
        if ent.type in ("ORG", "MEDIA", "GROUP") and (noun in ent.name.lower() or _described(text, s, noun)):
            return i
    return None


def _described(text: str, start: int, noun: str) -> bool:
    """The mention at ``start`` follows ``noun`` as its descriptor ("ratings agency S&P", "research firm IDC") or in
    apposition ("Sorvia's state news agency, SNA,")."""
    return bool(text) and re.search(rf"\b{re.escape(noun)},?\s+$", text[max(0, start - 40):start], re.I) is not None


def _most_recent(actors: Actors, cands: list[int], pos: int) -> int | None:
    if not cands:
        return None
    cs = set(cands)
    for s, e, i in actors.before(pos, limit=400):
        if i in cs:
            return i
    return None


AGENCY_WINDOW = 1500  # characters back to the public body "the agency" names


def _last_body(actors: Actors, pos: int, lang: str) -> int | None:
    """ "the agency" with no outlet and no "… Agency" named before: the last public body whose own name is made of a
    word such bodies are named by ("the U.S. Consumer Product Safety Commission … The agency said", "the Federal
    Mediation and Conciliation Service … The agency said": ``agency_name_words`` in words.tsv); none: nothing."""
    words = rules.wordset(lang, "agency_name_words")
    for s, e, i in actors.before(pos, limit=200):
        if s < pos - AGENCY_WINDOW:
            break
        ent = actors.entities[i]
        if ent.type == "MEDIA":
            return None  # (a news agency named after it: "…, Reuters reported. The agency said": either may be meant)
        if ent.type in ORG_TYPES and set(re.findall(r"[a-z]+", ent.name.lower())) & words:
            return i
    return None


def _last_of_type(actors: Actors, pos: int, types: tuple[str, ...], head: str | None = None) -> int | None:
    for s, e, i in actors.before(pos, limit=200):
        ent = actors.entities[i]
        if ent.type in types and (head is None or head in ent.name.lower()):
            return i
    if head is not None:  # "the group": the last coalition-like group (not "26 countries")
        for s, e, i in actors.before(pos, limit=200):
            ent = actors.entities[i]
            if ent.type == "GROUP" and not ent.name[:1].isdigit():
                return i
    return None


def rivals(actors: Actors, text: str, idx: set[int], lang: str) -> set[int]:
    """Of the organisations ``idx``, those the text brought in as another's competitor ("Rival Hollis Motors",
    "its competitor Bell Farms": ``rival_words``): "the company" after one still means the one the passage is about."""
    words = rules.wordset(lang, "rival_words")
    out = set()
    for i in idx:
        for m in actors.entities[i].mentions:
            before = re.search(r"(\w+)\s+$", text[max(0, m.start - 30):m.start])
            if before is not None and before.group(1).lower() in words:
                out.add(i)
                break
    return out


def salient_person(actors: Actors, pos: int, in_window, keep) -> int | None:
    """The person a passage is about at ``pos``, for a reference that agrees with anyone: of the persons mentioned
    before it within the window (``in_window(start)``) that ``keep(start, end, index)`` allows, the nearest subject,
    else the nearest mention (never the reference's own)."""
    found = None
    for s, e, i in actors.before(pos, limit=80):
        if not in_window(s):
            break
        if s <= pos < e or actors.entities[i].type != "PERSON" or not keep(s, e, i):
            continue
        m = actors.mention(s, e, i)
        if m is not None and m.subject:
            return i
        if found is None:
            found = i
    return found


def apposed_subject(doc, char: int) -> bool:
    """The name at ``char`` is set beside the subject noun of its clause ("Dubai's flagship carrier Gulf Wings
    finalized a deal …"): the sentence is about it as much as if it were the subject,
    so "the airline" after it is that organisation, not one named later as a product's maker ("to buy 30 Boeing
    jets"; round 29)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "NOUN"
