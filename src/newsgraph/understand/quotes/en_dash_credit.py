"""Dash credit lines (English, round 27): a reactions block, an epigraph or a "what they're saying" list gives a
quotation a paragraph of its own and credits it on the next line with a dash and the source ("“Today is a victory
for …”\\n— Sarah Kimball, president of the Missouri National Education Association"; "— Gov. Dale Harmon (R), on
X"; "— The Missouri Attorney General's Office, in a statement"). The quotation is the named source's, the dash its
cue, whoever spoke in the paragraphs before it.

An embedded post's signature ("— Jane Roe (@janeroe) June 29, 2016") is en_posts' (page furniture on a line of its
own), and so is any dash line with a handle; the credited paragraph must be one quotation and nothing else, and the
line a short credit (a name first, then at most a role or a place), not a sentence of the story.

The same credit may stand before the quotation on its line, a vox pop's or a reactions list's layout ("Marisa Coyle,
retired teacher — “Luis. The long bread is better.”"): the line's name speaks the quotation after the dash, whoever
spoke in the paragraphs before (:func:`dash_leads`)."""
from __future__ import annotations

import re

from ..marks import find_quoted
from ..outlets import lookup as _outlet
from .en_ctx import Context, Found, set_speaker
from .en_posts import lines as _lines

_CREDIT = re.compile(r"[ \t]*(?P<dash>[—–―])[ \t]*(?P<name>[A-Z][^\n,(@]{1,80}?)[ \t]*(?:[,(][^\n@]{0,120})?$")
_OPEN, _CLOSE = "“\"‘'", "”\"’'.,!?…"
_TYPES = ("PERSON", "ORG", "GROUP", "GPE", "MEDIA", "NORP")
_LEAD = re.compile(r"[ \t]*(?P<name>[A-Z][^\n,(@—–―“\"]{1,60}?)[ \t]*(?:[,(][^\n@—–―“\"]{0,80})?"
                   r"[ \t]+(?P<dash>[—–―])[ \t]+(?=[“\"‘'])")
MAX_WORDS = 25  # a credit line is short
NAME_WORDS = 8  # a credit's name part ("Gov. Dale Harmon", "The Missouri Attorney General's Office")
_NAME_LOWER = frozenset({"of", "the", "for", "and", "on", "de", "da", "del", "la", "le", "van", "von", "der", "den",
                         "bin", "al", "el", "&"})  # the lowercase words a name may hold


def _name_like(name: str) -> bool:
    """The dash line's name part reads as a name: a few capitalised words (particles and "of the" allowed), no
    number, no lowercase word of a sentence ("— Repave 40 miles of streets", "— Police said no one was hurt")."""
    words = name.split()
    return 0 < len(words) <= NAME_WORDS and all(w[:1].isupper() or w in _NAME_LOWER for w in words)


def _is_outlet(name: str) -> bool:
    """``name`` is a news outlet or a wire of the outlets list ("The Associated Press", "Reuters")."""
    return bool(name) and (_outlet(name) is not None or _outlet(name.removeprefix("The ")) is not None)


def _quotation_line(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The inside of the line text[a:b] when it is one quotation and nothing else, else None."""
    s = text[a:b].strip()
    if len(s) < 4 or s[0] not in _OPEN or s[-1] not in _CLOSE:
        return None
    inner = s[1:].rstrip(_CLOSE)
    if any(c in inner for c in "“”\""):
        return None
    lo = text.index(s, a) + 1
    return lo, lo + len(inner)


def dash_credits(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with each quotation credited by a dash line given to the source the line names."""
    text = ctx.text
    if not any(d in text for d in "—–―"):
        return found
    spans = [(a, b) for a, b in _lines(text)]
    added = []
    for n, (a, b) in enumerate(spans):
        inside = _quotation_line(text, a, b)
        if inside is None:
            continue
        nxt = next(((c, d) for c, d in spans[n + 1:] if text[c:d].strip()), None)
        if nxt is None or len(text[nxt[0]:nxt[1]].split()) > MAX_WORDS:
            continue
        m = _CREDIT.fullmatch(text, *nxt)
        if m is None:
            continue
        lo, hi = inside
        q = next((p for p in found if p.kind == "direct" and lo <= p.start < hi), None)
        s, e = m.span("name")
        hit = _actor(ctx, s, e)
        if hit is None and not _name_like(text[s:e]):
            continue  # a bullet or a sentence of the story after a dash, no credit line
        tail = text[e:nxt[1]].strip(" \t,()")
        if _is_outlet(tail) or not tail and (_is_outlet(text[s:e]) or hit is not None and
                                             ctx.actors.entities[hit[2]].type == "MEDIA"):
            continue  # a wire's, an outlet's or its reporter's sign-off ("— The Associated Press", "— Tom Lee,
            # Reuters"), no source of the quote above
        if q is None:
            q = Found(kind="direct", start=lo, end=hi, text=text[lo:hi], cue=m.group("dash"), origin="dash-credit")
            added.append(q)
        _give(ctx, q, m, hit, s, e)
    return sorted(found + added, key=lambda q: q.start) if added else found


def _actor(ctx: Context, s: int, e: int):
    """The actor the credit's name part text[s:e] is (after a title: "Gov. Dale Harmon"), not a place inside a
    longer name ("The Missouri Attorney General's Office": the name as written)."""
    return next(((hs, he, k) for hs, he, k in ctx.actors.inside(s, e)
                 if ctx.actors.entities[k].type in _TYPES and hs - s <= 6 and he >= e - 1), None)


def _give(ctx: Context, q: Found, m: re.Match, hit, s: int, e: int) -> None:
    """``q`` is the source's the credit names (its actor ``hit``, else its name as written), the dash its cue."""
    q.cue, q.attr, q.cue_i, q.follows = m.group("dash"), (m.start("dash"), m.end("dash")), None, None
    if hit is not None:
        set_speaker(ctx, q, hit)
        q.speaker_name = None
    else:
        q.speaker, q.speaker_name, q.speaker_span = None, ctx.text[s:e].strip(), (s, e)


_WIRE = re.compile(r"\((?:AP|Reuters|AFP|Bloomberg|CNN|UPI|dpa|Xinhua)\)")


def _dateline(lead: str) -> bool:
    """The text before the dash is a dateline ("LONDON", "KYIV (Reuters)", "WASHINGTON (AP)"), no credit."""
    name = lead.split("(")[0].split(",")[0].strip()
    return bool(_WIRE.search(lead)) or (name.isupper() and len(name) > 1)


def _whole_line(text: str, a: int, b: int) -> bool:
    """text[a:b] is one quotation that closes at the line's end (not "‘…,’ Keir Starmer told the Commons.")."""
    seg = text[a:b].strip()
    got = find_quoted(seg)
    return len(got) == 1 and got[0].start == 0 and got[0].end >= len(seg) - 1  # (a stop may follow the mark)


def dash_leads(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with each quotation that a credit opens on its own line ("Name, role — “…”") given to that name."""
    text = ctx.text
    if not any(d in text for d in "—–―"):
        return found
    added = []
    for a, b in _lines(text):
        m = _LEAD.match(text, a, b)
        if m is None or _quotation_line(text, m.end(), b) is None or not _whole_line(text, m.end(), b):
            continue
        if _dateline(text[m.start("name"):m.start("dash")]):
            continue
        lo, hi = _quotation_line(text, m.end(), b)
        s, e = m.span("name")
        hit = _actor(ctx, s, e)
        if hit is None and not _name_like(text[s:e]) or _is_outlet(text[s:e]):
            continue
        q = next((p for p in found if p.kind == "direct" and lo <= p.start < hi), None)
        if q is None:
            q = Found(kind="direct", start=lo, end=hi, text=text[lo:hi], origin="dash-credit")
            added.append(q)
        _give(ctx, q, m, hit, s, e)
    return sorted(found + added, key=lambda q: q.start) if added else found
