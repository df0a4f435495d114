"""Credit lines of a round-up: excerpts of other outlets' or writers' texts, each followed by a line that is only
the source's name in brackets ("…Stadia delivers.\\n\\n[ Engadget ]\\n\\nStadia isn't a console. …\\n\\n[ Tom's
Guide ]"), the form of review round-ups and press reviews ("Here's what the critics say:"). The excerpt is the
credited source's words, as a quotation is (the en-attr gold annotates each excerpt as a direct quote, the bracketed
line the cue, the name the source): the prose paragraphs since the previous credit line, the round-up's own
headings aside ("What Does Stadia Offer?", "TL;DR": short lines of capitalised words or with no sentence end).

A round-up credits at least two excerpts so, by at least two different names: one bracketed name alone or
repeated ("[ Advertisement ]", "[Getty Images]" under each photo) is page furniture, and a bracketed stage direction
("[Applause]", "[Laughter]") or photo credit (words.tsv ``stage_directions``) is none either. The round-up's own
introduction ("Here is what the critics say:") and a transcript's turns ("ROE: …") are no excerpt.
A statement inside an excerpt with its own speaker ("Google tells us …") stays its own, and so does what the excerpt
says is said by nobody named ("you've heard predictions that …"); a quotation inside it read with no speaker is the
excerpt's own words and gives way to it."""
from __future__ import annotations

import re

from .. import rules
from .en_ctx import Context, Found, set_speaker
from .en_posts import lines as _lines  # (start, end) of each line

_CREDIT = re.compile(r"[ \t]*\[[ \t]*(?P<name>[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,3})[ \t]*\][ \t]*")
_TYPES = ("PERSON", "ORG", "GROUP", "GPE", "MEDIA")
_NOT_SOURCES = frozenset({"advertisement", "ad", "photo", "video", "image", "update", "editor's note", "sic",
                          "read more", "related"})  # bracketed page furniture and editorial marks
MIN_CREDITS = 2  # different names
_INTRO = re.compile(r"\s*(?:here(?:['’]s|\s+is|\s+are)|this\s+is\s+what|below\s+(?:is|are))\b", re.I)
_TURN = re.compile(r"\s*[A-Z][A-Z.'’ -]{1,40}:\s")  # "ROE: …", "MODERATOR: …"
_HEADING_WORDS = 12  # a heading is short


def _heading(line: str) -> bool:
    """A line of the round-up's own ("What Does Stadia Offer?", "TL;DR"): no sentence end, or short with every
    long word capitalised."""
    s = line.strip()
    if not s.endswith((".", "!", "?", "…", "”", '"', ")")):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", s) if len(w) > 3]
    return len(s.split()) <= _HEADING_WORDS and bool(words) and all(w[0].isupper() for w in words)


def _credit_name(name: str) -> bool:
    """A bracketed name that can credit a source: no page furniture, stage direction nor photo credit."""
    low = name.lower()
    stage = rules.wordset("en", "stage_directions")
    return low not in _NOT_SOURCES and not any(w in stage for w in re.split(r"[\s.]+", low))


def credited_excerpts(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with each excerpt a round-up credits on a line of its own as its source's direct quote."""
    text = ctx.text
    if "[" not in text:
        return found
    lines = list(_lines(text))
    credits = [(n, m) for n, (a, b) in enumerate(lines) if (m := _CREDIT.fullmatch(text, a, b)) is not None
               and _credit_name(m.group("name"))]
    if len({m.group("name").lower() for _, m in credits}) < MIN_CREDITS:
        return found
    added, last = [], -1
    for n, m in credits:
        body = []
        for k in range(n - 1, last, -1):
            a, b = lines[k]
            line = text[a:b]
            if not line.strip():
                continue
            if _heading(line) or line.rstrip().endswith(":") or _INTRO.match(line) or _TURN.match(line):
                break
            body.append((a, b))
        last = n
        if not body:
            continue
        a, b = body[-1][0], body[0][1]
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if len(text[a:b].split()) < 3:
            continue
        q = Found(kind="direct", start=a, end=b, text=text[a:b], cue=text[m.start():m.end()].strip(),
                  origin="credit-line")
        q.attr = (m.start(), m.end())
        if not _source(ctx, q, m):
            continue
        found = [p for p in found if not (a <= p.start < b and p.origin != "clause" and p.speaker is None and
                                          not p.speaker_name)]
        added.append(q)
    return sorted(found + added, key=lambda q: q.start) if added else found


def _source(ctx: Context, q: Found, m: re.Match) -> bool:
    """The credited source: the actor the name is a mention of, else the name as written."""
    s, e = m.span("name")
    hit = next(((hs, he, k) for hs, he, k in ctx.actors.inside(s, e) if ctx.actors.entities[k].type in _TYPES
                and hs == s and he >= e - 1), None)
    if hit is not None:
        return set_speaker(ctx, q, hit)
    q.speaker_name, q.speaker_span = ctx.text[s:e], (s, e)
    return True
