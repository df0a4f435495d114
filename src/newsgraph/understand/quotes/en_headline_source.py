"""Wire headlines that name their source without a clause (round 35, enweb35b; real web pages of world news):

- the source AFTER the content, set off by a colon or a dash: "Nine dead after air strikes: Gaza health ministry",
  "Turkey is working to reach a truce in Idlib: foreign minister", "Toll rises to 65 - Health Ministry" (Reuters, AFP
  and the outlets that carry them write a headline so); the parse reads the source as an appended noun phrase and no
  cue governs the content;
- "SOURCE says CONTENT" whose content has no verb ("Hamas-run ministry says over 200 dead in strikes", "Germany,
  France say truce in Aleppo key to talks"): headlinese drops the copula, so the parse finds no clause to report.

Only a line of the page's lead (the lines before its first body paragraph: a line of 15 words or more ending with a
full stop), standing alone, without a sentence-final stop, of at most 25 words, that no found quote overlaps. The
trailing source is one to four words after the LAST colon or spaced dash of the line; its last word is a person's
title or role, an organisation anaphor or a noun of ``headline_source_heads.txt`` ("ministry", "officials",
"police"), or the words are a person or an organisation the tagger named; never an outlet (a page title's site
name: "… - BBC News"). A topic label BEFORE a colon ("Ukraine:
Russia shells Kyiv", "Live: …") is not read: it names what the story is about as often as who speaks. The speaker
stays the written description ("foreign minister"), resolved later as any headline role (en_roles_lead)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .en_ctx import Context, Found
from .en_roles import person_words

_SAYS = re.compile(r"(?P<src>[^\s:][^:\n]{0,60}?)[ \t]+(?P<cue>says|say|warns|warn|claims|claim)"
                   r"[ \t]+(?P<content>\S.*)")
_SEP = re.compile(r"[ \t]*(?::|[ \t][-–—])[ \t]+")
_KICKER = re.compile(r"[A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,2}:[ \t]+")  # a label of one to three words: "Live:"
_BODY_WORDS = 15
_MAX_WORDS = 25
_PERSON_ORG = ("PERSON", "ORG", "GROUP")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(rules.words("en", "headline_source_heads")) | person_words("en") | \
        frozenset(rules.words("en", "org_anaphors"))


def _lead_lines(text: str):
    """(start, end) of each line of the page's lead, up to its first body paragraph."""
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        s = line.strip()
        if len(s.split()) >= _BODY_WORDS and s[-1:] in ".!?\"”’":
            return
        if s:
            yield a + len(line) - len(line.lstrip()), a + len(line.rstrip())


def sourced(ctx: Context, a: int, b: int, sa: int, sb: int, cue: str, origin: str, parts=()) -> Found:
    """A found attribution of the content [a, b) to the source written at [sa, sb): the entity the tagger found
    there, else the words as written (resolved later as any description). Also en_relay_tail's."""
    text = ctx.text[a:b]
    q = Found(kind="mixed" if any(c in text for c in '"“”') else "indirect", start=a, end=b, text=text, cue=cue,
              origin=origin, parts=list(parts))
    hit = ctx.entity_at(sa, sb)
    if hit is not None and hit[0] >= sa and hit[1] <= sb:
        q.speaker, q.speaker_span = hit[2], (hit[0], hit[1])
    else:
        q.speaker_name, q.speaker_span = ctx.text[sa:sb], (sa, sb)
    return q


def _new(ctx: Context, a: int, b: int, sa: int, sb: int, cue: str) -> Found:
    q = sourced(ctx, a, b, sa, sb, cue, "headline-source")
    q.attr = (min(sa, a), max(sb, b)) if cue != ":" else (sa, sb)
    return q


def _trailing(ctx: Context, a: int, b: int) -> Found | None:
    line = ctx.text[a:b]
    seps = list(_SEP.finditer(line))
    if not seps:
        return None
    m = seps[-1]
    src = line[m.end():].strip()
    words = src.split()
    content = line[:m.start()].rstrip()
    if not 1 <= len(words) <= 4 or len(content.split()) < 3 or not src[:1].isalpha():
        return None
    sa = a + m.end()
    sb = sa + len(src)
    head = words[-1].lower().strip("'’")
    if ctx.entity_at(sa, sb, ("MEDIA",)) is not None or words[-1] == "News":
        return None  # a page title's site name, "Jury begins deliberating - BBC News": no source of the content
    hit = ctx.entity_at(sa, sb, _PERSON_ORG)
    tagged = hit is not None and hit[0] <= sa and hit[1] >= sb and _named_again(ctx, sa, sb, b)
    if head not in _heads() and not tagged:
        return None
    if head not in _role_heads() and len(words) > 1 and all(w[:1].isupper() for w in words) and \
            not _named_again(ctx, sa, sb, b):
        return None  # a name by an organisation's noun, "- Premier League": the page's section unless named below
    k = _KICKER.match(content) if len(seps) > 1 else None  # "Live: Storm Darragh hits Wales - police" (r35 fix)
    start = a + (k.end() if k is not None else 0)
    return _new(ctx, start, a + len(content), sa, sb, line[m.start():m.end()].strip())


def _named_again(ctx: Context, sa: int, sb: int, b: int) -> bool:
    """The name after the dash comes again below the headline, as written or as an actor's mention (r35 fix): else
    it is the page's section ("Arsenal beat Chelsea 2-1 to go top - Premier League"), as "- BBC News" is its site."""
    if ctx.text.lower().find(ctx.text[sa:sb].lower(), b) >= 0:
        return True
    return any(m.start >= b for _, _, i in ctx.actors.inside(sa, sb) for m in ctx.actors.entities[i].mentions)


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """The heads that say a source by themselves, a ministry or a role ("- Health Ministry", "- foreign minister")."""
    return frozenset(rules.words("en", "headline_source_heads")) | person_words("en")


def _verbless(ctx: Context, a: int, b: int) -> Found | None:
    m = _SAYS.fullmatch(ctx.text[a:b])
    if m is None or len(m.group("content").split()) < 3 or len(m.group("src").split()) > 6:
        return None
    first = m.group("src").split()[0].lower().strip("'’")
    said = m.group("content").split()[0].lower().strip(",")
    if first in rules.wordset("en", "headline_topic_openers") or said in rules.wordset("en", "headline_not_said"):
        return None  # "What the polls say about …" names a topic, "Fans say goodbye to …" an act (r35 fix)
    toks = ctx.tokens(a + m.start("content"), b)
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in toks):
        return None  # a content with a verb of its own: the clause readers' (they found it or left it on purpose)
    return _new(ctx, a + m.start("content"), b, a + m.start("src"), a + m.end("src"), m.group("cue"))


def headline_sources(ctx: Context, found: list[Found]) -> list[Found]:
    """Add the attributions of the lead's headline lines (see the module)."""
    added = []
    for a, b in _lead_lines(ctx.text):
        line = ctx.text[a:b]
        if line[-1:] in ".!?\"”" or len(line.split()) > _MAX_WORDS:
            continue
        if any(q.start < b and a < q.end for q in found):
            continue
        q = _trailing(ctx, a, b) or _verbless(ctx, a, b)
        if q is not None:
            added.append(q)
    return sorted(found + added, key=lambda x: x.start) if added else found
