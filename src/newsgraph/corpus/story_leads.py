"""What a document's lead says about the piece (corpus/stories.py reads them): the lead itself (its first
LEAD_WORDS words), an opinion piece (``looks_like_opinion``: it says so, or speaks in the first person outside
quotations; ``opinion_headline``: its headline does), and a digest (``looks_like_digest``: many happenings in one
article: a newsletter, a roundup, a run of separate items)."""
from __future__ import annotations

import re

LEAD_WORDS = 300  # the lead: the first words of the text (the title and the opening paragraphs)


# an opinion piece says so in its title or its first words, or speaks in the first person outside quotations
_OPINION_CUES = re.compile(r"^\s*(?:opinion|editorial|op-ed|commentary|column|letters?(?: to the editor)?|"
                           r"our view|my view|perspective|viewpoint)\b|\b(?:op-ed|editorial board|letters to the "
                           r"editor|columnist)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|you|your|you're|you’re)\b", re.I)
# what other people said, in the quotation styles of real pages: straight and curly double quotes (a long quotation
# too), typewriter doubled single quotes (''racist'', the style of some newspapers' archives), curly single quotes
# (‘mocking’: an apostrophe inside, I’m, is no closing quote), guillemets; and the speaker turns of a transcript or an
# interview ("PENCE: Well, look, I ...", "Q: ...", "A: Because I think ..."): the first person there is the speaker's
_QUOTED = re.compile(r"^[\"“]?(?:[A-Z][A-Z.'’ -]{1,30}[A-Z]|Q|A)\s*:.*$|"
                     r"[\"“„«][^\"“”„«»]{0,1500}[\"”“»]|''.{0,1500}?''|‘[^‘\n]{0,300}’(?!\w)", re.M)
OPINION_FIRST_PERSON = 3  # first-person words outside quotations in the lead that make it a personal piece


def lead_words(text: str, n: int | None = None) -> str:
    """The first ``n`` (LEAD_WORDS) words of the text."""
    n = LEAD_WORDS if n is None else n
    m = None
    for m in re.finditer(r"\S+", text):
        n -= 1
        if n <= 0:
            break
    return text[:m.end()] if m is not None else text


def looks_like_opinion(title: str | None, text: str) -> bool:
    """An opinion piece, an editorial, a letter or a personal column: it says so, or its lead speaks in the first
    person outside quotations."""
    lead = lead_words(text, 250)
    if _OPINION_CUES.search(title or "") or _OPINION_CUES.search(lead[:300]):
        return True
    return len(_FIRST_PERSON.findall(_QUOTED.sub(" ", lead))) >= OPINION_FIRST_PERSON


# a headline in the first person is the writer's ("The Hillary speech we'd like to hear", "My father would have
# loved Trump"); "US" the country is no "us", and a quotation's first person is the speaker's
_HEADLINE_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I'd|I’d|I've|I’ve|[Mm]y|[Ww]e|[Ww]e'd|[Ww]e’d|[Ww]e're|[Ww]e’re|"
                                    r"[Ww]e've|[Ww]e’ve|[Oo]ur|[Uu]s)\b")


# headlines quote in straight single quotes ('meth, we're on it': an apostrophe inside is no closing quote)
_HEADLINE_QUOTE = re.compile(r"(?<!\w)'(?:[^'\n]|'(?=\w)){1,200}'(?!\w)")


_NUMERAL_I = re.compile(r"\b(Phase|War|Title|Class|Stage|Type|Part|Chapter|Act|Level|Category|Division|Grade|Tier|"
                        r"Round|Series|Elizabeth|Charles|George|James|Louis|Edward|Richard|William|Henry)\s+I\b")


def opinion_headline(title: str | None) -> bool:
    """A headline that says it is an opinion ("Opinion | ...", "Column: ...") or speaks in the writer's first
    person outside quotations: no story's title while a report of the story has one."""
    t = title or ""
    own = _NUMERAL_I.sub(r"\1 1", re.sub(r"^([^:]{2,40}):\s.*$", r"\1", t))  # ("Putin: We are ready to talk": a
    # named speaker's words after the colon, no writer's; "Phase I", "World War I": a numeral)
    unquoted = _HEADLINE_QUOTE.sub(" ", _QUOTED.sub(" ", own))
    return bool(_OPINION_CUES.search(t) or _HEADLINE_FIRST_PERSON.search(unquoted))


# a digest (a newsletter, a roundup, "10 things to know", a list of deals) reports many happenings at once: it says so
# in its title, its title dates an edition ("Opening Bell 11.18.19"), or its lead is a run of separate items
_DIGEST_TITLE = re.compile(r"\b(?:round-?up|newsletter|news in brief|top headlines|week in review|"
                           r"(?:daily|weekly|morning|evening|news) (?:brief|briefing|digest|deals|report|update)|"
                           r"(?:best|top) (?:\w+ ){0,4}deals|what you (?:need to|should) know|"
                           r"things (?:\w+ ){0,4}(?:to|you need to|you should) know|"
                           r"(?:top|the) \d+ (?:best|biggest|top|most)?\s*(?:stories|news|deals|things))\b|"
                           r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*▪·]|\d{1,2}[.)])\s+\S")
# a "notebook" (a column of notes) may be notes on one happening ("Convention notebook": the floor, the band); one
# whose notes carry their own short headings ("Another first.", "Lawbreaker?") covers that many happenings
_NOTEBOOK = re.compile(r"\bnotebook\b", re.I)
KICKER_WORDS = 4  # a note's heading: a few words on a line of its own, before a paragraph of a sentence or more
NOTEBOOK_ITEMS = 3  # headed notes that make a notebook a digest
DIGEST_ITEMS = 5  # separate items (bullets of a sentence or more, or headline lines) in the lead that make a digest
DIGEST_ITEM_WORDS = 12  # a bullet this long reports something (a shorter one lists a feature)


def looks_like_digest(title: str | None, text: str) -> bool:
    """A digest: many happenings in one article (a newsletter, a roundup, a list of deals or news items). Its
    similarity to each of them is real, yet it covers none of them: it never joins a story, and no story joins it.
    It says so in its title, or its lead is a run of DIGEST_ITEMS separate items: bullets of a sentence or more, or
    headline lines (short lines without a closing stop, each followed by its own paragraph), or it is a "notebook"
    of NOTEBOOK_ITEMS notes with their own headings."""
    if _DIGEST_TITLE.search(title or ""):
        return True
    paras = [ln.strip() for ln in lead_words(text, 700).split("\n") if ln.strip()]
    bullets = sum(1 for ln in paras if _BULLET.match(ln) and len(ln.split()) >= DIGEST_ITEM_WORDS)
    heads = sum(1 for a, b in zip(paras[1:], paras[2:]) if _headline(a) and not _headline(b)
                and len(b.split()) >= DIGEST_ITEM_WORDS)
    if _NOTEBOOK.search(title or "") and sum(1 for a, b in zip(paras[1:], paras[2:]) if len(
            a.split()) <= KICKER_WORDS and len(b.split()) > 2 * KICKER_WORDS) >= NOTEBOOK_ITEMS:
        return True
    return max(bullets, heads) >= DIGEST_ITEMS


def _headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 20 and not _BULLET.match(line) and line[-1] not in ".!?:;,\"”'’…)]" and \
        sum(w[0].isupper() or w[0].isdigit() for w in words) >= len(words) / 2
