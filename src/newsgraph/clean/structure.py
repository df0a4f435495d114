"""Title and subheadings: ``document.paragraphs[].kind`` in {title, subheading, body}.

Plain-text pages: the first line is the title (when it reads like one); a short line without final punctuation
between two body paragraphs is a subheading. When the reader gives a title (HTML <title>/og:title), that title
is the title paragraph, and a first line repeating it is not duplicated.
"""
from __future__ import annotations

import re

TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
HEADING_MAX_WORDS = 16
HEADING_MAX_CHARS = 150

_WORD = re.compile(r"\w+")
_CLOSERS = "\"'”’»)]"
_FINAL = ".!?…;:,"
_LIST_ITEM = re.compile(r"^([-*•·–—]|\d+[.)])\s")


def _last_char(s: str) -> str:
    s = s.rstrip()
    while s and s[-1] in _CLOSERS:
        s = s[:-1].rstrip()
    return s[-1:] if s else ""


def _key(s: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(s))


_SLUG = re.compile(r"[^a-z0-9]+")
_DATED = re.compile(r"^.*?(?:19|20)\d\d[-_]?\d\d[-_]?\d\d[-_]*")
SLUG_MIN_CHARS = 12


def _slug(s: str) -> str:
    return _SLUG.sub("-", s.lower()).strip("-")


def named_by_slug(line: str, source: str | None) -> bool:
    """Whether a file is named after this line: archives and CMSs name a page by its headline's slug, often cut
    ("nyt_2015-11-09_jobs-report-gives-democrats-a-li.txt" for "Jobs report gives Democrats a lift;"), so a first
    line whose slug begins with the file name's (after an outlet and date prefix; at least SLUG_MIN_CHARS and three
    words) is the headline, whatever its case or final mark."""
    base = re.split(r"[\\/]", source or "")[-1]
    base = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", base)
    name = _slug(_DATED.sub("", base))
    if len(name) < SLUG_MIN_CHARS or name.count("-") < 2 or len(_WORD.findall(line)) > TITLE_MAX_WORDS:
        return False
    head = _slug(line)
    if head.startswith(name):
        return True
    bare = [re.sub(r"(^|-)\d+(?=-|$)", "", x).strip("-") for x in (head, name)]  # slugs that drop numbers
    if len(bare[1]) >= SLUG_MIN_CHARS and re.sub("-+", "-", bare[0]).startswith(re.sub("-+", "-", bare[1])):
        return True
    # a headline longer than the line (the file named after the whole title, the line after its first part)
    return head.count("-") >= 2 and len(head) >= SLUG_MIN_CHARS and name.startswith(head + "-")


def looks_like_title(p: str) -> bool:
    """A short first line without final punctuation, or in a headline's case whatever its final mark (archives such
    as PolNeAR end their headlines with a full stop: "Stealth Over Health: Hillary Clinton Was Headed to ER.",
    "NEW HAMPSHIRE PRIMARY // GAME ON;"); a lead sentence in sentence case ending with a full stop is no title."""
    words = _WORD.findall(p)
    if not words or len(words) > TITLE_MAX_WORDS or len(p) > TITLE_MAX_CHARS:
        return False
    return _last_char(p) not in ".,;:" or p.rstrip().endswith("...") or headline_case(p, every=True)


def title_of_line(p: str) -> str:
    """The title a headline line gives: without the semicolon an archive puts between a headline and its subhead
    ("Ready for Trump vs. Clinton?;", "NEW HAMPSHIRE PRIMARY // GAME ON;"); the line itself stays in the text."""
    return p.rstrip().rstrip(";").rstrip() or p


_MINOR = frozenset("a an the of to in on for and but or nor at by with from as is are vs via into over up".split())
HEADLINE_CASE_SHARE = 0.8
HEADLINE_MIN_WORDS = 4


def headline_case(p: str, every: bool = False) -> bool:
    """Title Case or all capitals: at least HEADLINE_CASE_SHARE of the words other than short function words begin
    with a capital (or a digit), over at least HEADLINE_MIN_WORDS of them; with ``every``, all of them (a lede in
    sentence case is full of capitalised names: "President Donald Trump on Tuesday called House Speaker Nancy
    Pelosi a disgrace.")."""
    major = [w for w in re.findall(r"[^\W_][\w'’-]*", p) if w.lower() not in _MINOR]
    if len(major) < HEADLINE_MIN_WORDS:
        return False
    share = 1.0 if every else HEADLINE_CASE_SHARE
    return sum(w[0].isupper() or w[0].isdigit() for w in major) >= share * len(major)


def looks_like_heading(p: str) -> bool:
    words = _WORD.findall(p)
    if not words or len(words) > HEADING_MAX_WORDS or len(p) > HEADING_MAX_CHARS:
        return False
    if _LIST_ITEM.match(p) or _last_char(p) in _FINAL:
        return False
    first = p.lstrip("\"'“«„‘([")[:1]
    return first.isupper() or first.isdigit()


def same_text(a: str, b: str) -> bool:
    """Equal as lower-cased words (whitespace and punctuation do not count)."""
    return _key(a) == _key(b)


HEADLINE_JACCARD = 0.6


def is_headline_of(line: str, title: str) -> bool:
    """The page's own headline line for the reader's title: the same words, or a heading (no final punctuation)
    that shares most of its words with the title ("Sweden drops Assange rape investigation" / "Julian Assange:
    Sweden drops rape investigation"; "X | Site" / "X")."""
    if same_text(line, title):
        return True
    if not looks_like_title(line) or _last_char(line) in _FINAL:
        return False
    a, b = set(_key(line)), set(_key(title))
    if min(len(a), len(b)) < 3:
        return False
    return len(a & b) >= HEADLINE_JACCARD * len(a | b) or a <= b or b <= a


def kinds(paragraphs: list[str], has_title: bool) -> list[str]:
    """The kind of every paragraph; ``has_title``: paragraphs[0] is the title."""
    out = ["body"] * len(paragraphs)
    if has_title and paragraphs:
        out[0] = "title"
    for k in range(1, len(paragraphs) - 1):
        if out[k - 1] == "body" and looks_like_heading(paragraphs[k]) and not looks_like_heading(paragraphs[k + 1]):
            out[k] = "subheading"
    return out
