"""Speakers that a page's layout gives quotation paragraphs with no attribution of their own (English, round 36,
issue 16: sports round-ups, press-conference write-ups, pages with photo captions between paragraphs).

- A heading line that is only a person's name and their side in brackets ("Gary Megson (Bolton)", "Mikel Arteta
  (Arsenal)": the layout of "what the managers said" round-ups) over a quotation paragraph: the named person's words,
  not the club's (the name nearest the quotation). Only a PERSON the entity reader found spanning the whole name: a
  heading "Team news (updated)" or "Bolton (4-4-2)" names nobody who speaks.
- A lead-in paragraph ending in a colon whose last words are a person's reply ("Asked whether he was disappointed,
  here's Pep's response:", "Arteta's answer:"; the nouns are lang/en/response_nouns.txt) over a quotation paragraph:
  that person's words, a first name alone standing for the one person of the text who has it ("Pep" for Pep
  Guardiola). A question put to someone ("Here's the question put to Pep:") or a document of theirs ("Pep's
  letter:") hands over nothing.
- A quotation paragraph left open (news style: the next paragraph re-opens the quotation) and a photo caption or a
  picture credit the page printed between them ("Border Force officers inspect a dinghy on Monday" / "Twitter/Susan
  Pilcher via Reuters": short lines with no quotation and no sentence end): the quotation goes on in the same
  speaker's voice; the name in the credit line is the photographer's, not a speaker. A quotation closed before the
  caption ("… ago.”") ends its speaker's words: the reader leaves the next one to the other readers.
- A broadcast transcript's turn labelled with a correspondent's name right after the line that hands over to their
  report ("Europe correspondent Mary Gearin reports." / "MARY GEARIN: On the very day jurors …"; the phrases are
  lang/en/report_intros.txt) is the programme's narration, no quote (:func:`reporter_turns`); the people it
  reports are quoted by the other readers. A turn after a line that brings a speaker on without filing a report
  ("The minister Ed Hale spoke to reporters." / "ED HALE: We will …") stays that speaker's.
Each reader takes a quotation only while no reader has given it a speaker (they run before the paragraph readers
of en_paragraphs, which carry the speaker on to the quotation paragraphs after).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import WEntity
from .en_ctx import Context, Found, set_speaker
from .en_paragraphs import _only_quotation, _paragraph, _previous_paragraph

_HEADING = re.compile(r"[ \t]*(?P<name>[^\n()\"“”:]{3,60}?)[ \t]*\([^()\n\"“”]{2,40}\)[ \t]*")
_OWNED = re.compile(r"(?P<name>[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){0,3})[’']s[ \t]+(?P<noun>[a-z]+)[ \t]*:[ \t]*$")
_CAPITALISED = re.compile(r"[A-Z][a-z][\w’'-]*")
_MARKS = "\"“”«»"  # (not an apostrophe: "Javid's" in a caption)
_CLOSING = "\"”’'»"
_SENTENCE_END = ".!?:;…"
_MAX_CAPTIONS = 3  # caption, credit line, and at most one more line of page furniture
_CAPTION_WORDS = 25


def layout_speakers(ctx: Context, found: list[Found]) -> None:
    """Give the quotation paragraphs of ``found`` (in text order) with no speaker the speaker their layout names
    (see the module's note)."""
    for n, q in enumerate(found):
        if q.follows is not None or q.kind != "direct" or not _only_quotation(ctx.text, q):
            continue
        prev = _previous_paragraph(ctx.text, _paragraph(ctx.text, q.start)[0])
        if prev is None:
            continue
        cue = ctx.doc[q.cue_i].idx + 1 if q.cue_i is not None else None
        if q.attr is not None and prev[0] <= q.attr[0] < prev[1] and cue is not None and _response(ctx, q, prev, cue):
            q.origin = "turn"  # "Asked about his comments, here's Pep's response:": the reply's owner, not "his"
            continue
        if q.origin not in ("direct-bare", "direct-cont") or q.speaker is not None or q.speaker_name or q.pronoun:
            continue
        if _headed(ctx, q, prev) or _response(ctx, q, prev) or _after_caption(ctx, q, prev, found[:n]):
            q.origin = "turn"  # (the layout's speaker, as a labelled turn's: no nearer name speaks it, en_rank)


def _headed(ctx: Context, q: Found, prev: tuple[int, int]) -> bool:
    m = _HEADING.fullmatch(ctx.text, *prev)
    if m is None:
        return False
    s, e = m.start("name"), m.end("name")
    hit = next(((hs, he, i) for hs, he, i in ctx.actors.inside(s, e) if hs == s and he >= e - 1
                and ctx.actors.entities[i].type == "PERSON"), None)
    if hit is None:
        hit = _untagged_person(ctx, s, e)
    if hit is None:
        return False
    q.attr = (m.start(), m.end())
    return set_speaker(ctx, q, hit)


def _untagged_person(ctx: Context, s: int, e: int) -> tuple[int, int, int] | None:
    """A heading's name the entity reader left out ("Sean Dyche (Albion)"): two or three capitalised words opening
    with a given name of English-speaking countries, no actor of another kind there, made a PERSON actor."""
    words = ctx.text[s:e].split()
    if not 2 <= len(words) <= 3 or not all(_CAPITALISED.fullmatch(w) for w in words) or \
            not names.given_in_english(words[0]) or ctx.actors.inside(s, e) or ctx.actors.covering(s, e):
        return None
    i = ctx.actors.add_entity(WEntity("PERSON", ctx.text[s:e], gender=names.gender_of(words[0]) or None))
    ctx.actors.add_mention(i, s, e, "name")
    return s, e, i


def _response(ctx: Context, q: Found, prev: tuple[int, int], after: int = 0) -> bool:
    pa, pb = prev
    m = _OWNED.search(ctx.text, max(pa, pb - 120, after), pb)
    if m is None or m.group("noun") not in rules.words("en", "response_nouns"):
        return False
    s, e = m.start("name"), m.end("name")
    hit = next(((hs, he, i) for hs, he, i in ctx.actors.inside(s, e)
                if ctx.actors.entities[i].type in ("PERSON", "ORG") and he >= e - 1), None)
    if hit is None:
        hit = _first_name(ctx, s, e)
    if hit is None:
        return False
    q.attr, q.cue, q.speaker_name, q.pronoun = (m.start(), m.end()), m.group("noun"), None, None
    return set_speaker(ctx, q, hit)


def _first_name(ctx: Context, s: int, e: int) -> tuple[int, int, int] | None:
    """The one person of the text whose first name is the word at [s, e) ("Pep" for Pep Guardiola): a PERSON actor,
    or a full name the text writes ("Hear from Pep Guardiola, …") that the entity reader left out, made an actor."""
    word = ctx.text[s:e]
    people = {i for _, _, i in ctx.actors.inside(0, len(ctx.text)) if ctx.actors.entities[i].type == "PERSON"
              and len(ctx.actors.entities[i].name.split()) > 1 and ctx.actors.entities[i].name.split()[0] == word}
    if people:
        return (s, e, people.pop()) if len(people) == 1 else None
    written = re.finditer(rf"\b{re.escape(word)}[ \t]+[A-Z][a-z][\w’'-]*(?![\w’'-])", ctx.text)
    full = {m.group(0): m.span() for m in written
            if not ctx.actors.inside(*m.span()) and not ctx.actors.covering(*m.span())}
    full = {k: v for k, v in full.items() if not k.endswith(("'s", "’s"))}
    if len(full) != 1:
        return None
    name, (lo, hi) = next(iter(full.items()))
    i = ctx.actors.add_entity(WEntity("PERSON", name))
    ctx.actors.add_mention(i, lo, hi, "name")
    ctx.actors.add_mention(i, s, e, "first")
    return s, e, i


def _after_caption(ctx: Context, q: Found, prev: tuple[int, int], before: list[Found]) -> bool:
    text = ctx.text
    skipped = 0
    while prev is not None and _caption(text, *prev):
        skipped += 1
        if skipped > _MAX_CAPTIONS:
            return False
        prev = _previous_paragraph(text, prev[0])
    if not skipped or prev is None:
        return False
    pa, pb = prev
    inside = [p for p in before if pa <= p.start < pb and p.kind == "direct"]
    if not inside:
        return False
    p = inside[-1]
    if (p.speaker is None and not p.speaker_name) or text[p.end:pb].strip(" \t.,!?…") or \
            text[pa:pb].rstrip()[-1:] in _CLOSING:
        return False  # (a quotation closed before the caption: its speaker's words ended there)
    q.speaker, q.speaker_name, q.speaker_span, q.cue = p.speaker, p.speaker_name, p.speaker_span, p.cue
    q.follows = p
    return True


def _caption(text: str, a: int, b: int) -> bool:
    """A line of page furniture: short, no quotation mark, no sentence end (a photo caption, a picture credit)."""
    line = text[a:b].strip()
    return bool(line) and not any(c in line for c in _MARKS) and line[-1] not in _SENTENCE_END and \
        len(line.split()) <= _CAPTION_WORDS


_INTRO_MAX_WORDS = 14  # a hand-over line is short


def reporter_turns(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` without the labelled turns of a correspondent whose filed report the line before hands over to, nor
    the paragraphs continuing them (see the module's note)."""
    text = ctx.text
    dropped: set[int] = set()
    for q in found:
        if q.origin != "turn" or q.attr is None or q.speaker is None or q.follows is not None:
            continue
        prev = _previous_paragraph(text, text.rfind("\n", 0, q.attr[0]) + 1)
        if prev is None:
            continue
        line = text[prev[0]:prev[1]].strip()
        surname = ctx.actors.entities[q.speaker].name.split()[-1].lower()
        if len(line.split()) <= _INTRO_MAX_WORDS and _report_intro().search(line) and \
                re.search(rf"\b{re.escape(surname)}\b", line.lower()):
            dropped.add(id(q))
    if not dropped:
        return found
    out = []
    for q in found:
        head = q
        while head.follows is not None and id(head) not in dropped:
            head = head.follows
        if id(head) not in dropped:
            out.append(q)
    return out


@lru_cache(maxsize=1)
def _report_intro() -> re.Pattern:
    phrases = sorted(rules.words("en", "report_intros"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) +
                      r")(?:[ \t]+from[ \t]+[^.\n]{1,40})?[ \t]*\.?$")
