"""Persons a page introduces as the one it interviews or profiles, where the tagger missed the name (English
entities): a first name that is also a word ("Hope", "Will", "Summer", "Grant") or a surname that is one ("Wood",
"Marsh") leaves the name untagged, and the interview's answers then have nobody to speak them (quotes.en_turns).

A name here is two capitalised words (a middle initial allowed) in one of the frames news uses to present a person:

- after an interview cue in a heading line (a line of the title or dek, no full stop at its end): "Meet Hope Wood,
  the nurse …", "Introducing Summer Okafor, our new …", "Five questions for Will Price, …", "In conversation with
  Rose Chase and Grant Marsh", "Q&A with …", "Q&A: Port director Sterling Wood on …";
- with an age set off by commas: "Hope Wood, 34, a nurse at …";
- with a person's role set off by a comma: "Will Price, incoming chief executive of …", "…, our new Chief Product
  Officer" (the nouns appositive_persons reads a person by);
- addressed by the first name in a question: "Q: Will, Northgate has grown …?".

One frame is not enough ("Introducing Summer Savings, our biggest sale", "Meet Grant Park"): the name needs two of
them, or an age beside a known given name. Only where the tagger gave no span; every mention of the full name gets
one."""
from __future__ import annotations

import re
from functools import lru_cache

from ..names import is_given_name
from .en_appos import person_nouns

_WORD = r"[A-Z][a-z][\w’'-]*"
_NAME = r"(" + _WORD + r"(?:[ \t]+[A-Z]\.)?[ \t]+" + _WORD + r")"
# an interview cue of a heading, then up to four words of a role before the name ("Q&A: Port director …")
INTERVIEW_CUE = (r"(?:\bMeet|\bIntroducing|\bQ ?& ?A(?:[ \t]+with|[ \t]*:)|\b[Ii]nterview[ \t]+with|"
                 r"\b[Qq]uestions[ \t]+for|\b[Ii]n[ \t]+conversation[ \t]+with|\b[Cc]onversation[ \t]+with)")
_CUED = re.compile(INTERVIEW_CUE + r"[ \t]+(?:[\w’'&.-]+[ \t]+){0,4}?" + _NAME +
                   r"(?=[ \t]*(?:,|:|—|–|\?|$)|[ \t]+(?:on|about|and|of)\b)", re.M)
_AND_NAME = re.compile(r"[ \t]+and[ \t]+" + _NAME + r"(?=[ \t]*(?:,|:|—|–|$)|[ \t]+(?:on|about)\b)", re.M)
_AGED = re.compile(r"(?:^|(?<=[.!?”\"][ \t])|(?<=\n))" + _NAME + r",[ \t]+\d{1,3},", re.M)
_ROLE_AFTER = r",[ \t]+(?:(?:the|our|a|an|its|their|his|her)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:{nouns})\b"
_VOCATIVE = r"^[ \t]*(?:Q|Question|QUESTION)?[ \t]*[:.]?[ \t]*{first},[^\n]*\?[\"”’]?[ \t]*$"


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in sorted(person_nouns(), key=len, reverse=True))
    return re.compile(_ROLE_AFTER.replace("{nouns}", nouns), re.I)


def heading_cued(text: str, s: int) -> bool:
    """The name at ``s`` follows an interview cue in a heading line ("Meet Hope Wood, …", "Q&A: Port director
    Sterling Wood on …"; the second of "with Rose Chase and Grant Marsh" too)."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    line = text[a:len(text) if b < 0 else b]
    if line.rstrip().endswith(".") and len(line) > 160:
        return False
    return any(m.start(1) == s - a or any(n.start(1) == s - a for n in _AND_NAME.finditer(line, m.end(1)))
               for m in _CUED.finditer(line))


def _headings(text: str) -> list[tuple[int, str]]:
    """(start, name) of the names after an interview cue in a heading line (no full stop at its end)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not line.rstrip().endswith("."):
            for m in _CUED.finditer(line):
                out.append((pos + m.start(1), m.group(1)))
                out += [(pos + n.start(1), n.group(1)) for n in _AND_NAME.finditer(line, m.end(1))
                        if n.start() == m.end(1)]
        pos += len(line) + 1
    return out


def _frames(text: str) -> dict[str, set[str]]:
    """{name: the frames it stands in}."""
    found: dict[str, set[str]] = {}
    for _, name in _headings(text):
        found.setdefault(name, set()).add("heading")
    for m in _AGED.finditer(text):
        found.setdefault(m.group(1), set()).add("age")
    for name, frames in found.items():
        for m in re.finditer(re.escape(name), text):
            if _role_after().match(text, m.end()):
                frames.add("role")
                break
        first = name.split()[0]
        if re.search(_VOCATIVE.replace("{first}", re.escape(first)), text, re.M):
            frames.add("vocative")
    return found


def interviewee_persons(spans: list, text: str) -> list:
    """``spans`` with a PERSON span for every mention of each such name no span covers."""
    if "," not in text:
        return spans
    added = False
    for name, frames in _frames(text).items():
        if not (len(frames) >= 2 or "age" in frames and is_given_name(name.split()[0])):
            continue
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            s, e = m.span()
            if any(a < e and s < b for a, b, _, _ in spans):
                continue  # (the tagger's span stands)
            spans.append([s, e, "PERSON", None])
            added = True
    if added:
        spans.sort(key=lambda sp: (sp[0], -sp[1]))
    return spans
