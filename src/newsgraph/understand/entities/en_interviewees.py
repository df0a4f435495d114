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
them, or an age beside a known given name. Every mention of the full name gets a PERSON span, in place of the
tagger's spans inside it ("Summer Okafor" tagged ORG, "Sterling" alone of "Will Sterling"); a span of the tagger
running past the name stands."""
from __future__ import annotations

import re
from functools import lru_cache

from ..name_keys import strip_titles
from ..names import is_given_name
from .en_appos import person_nouns

_WORD = r"[A-Z][a-z][\w’'-]*"
_NAME = r"(" + _WORD + r"(?:[ \t]+[A-Z]\.)?[ \t]+" + _WORD + r")"
_CUED_WORDS = r"(" + _WORD + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _WORD + r"){1,2})"  # a heading's name may have three
# an interview cue of a heading; the name follows within a few words (a role may stand between: "Q&A: Port director
# Sterling Wood on …", "Introducing our new CTO, Summer Okafor"), the cue may end in a colon ("Introducing: …")
INTERVIEW_CUE = (r"(?:\bMeet(?:ing)?|\b[Ii]ntroduc(?:ing|es?)|\b(?:Please[ \t]+)?[Ww]elcom(?:e|es|ing)|"
                 r"\bSay[ \t]+hello[ \t]+to|\bGet[ \t]+to[ \t]+know|\bQ ?& ?A(?:[ \t]+with|[ \t]*:)|"
                 r"\b[Ii]nterview[ \t]+with|\b[Qq]uestions[ \t]+for|\b[Ii]n[ \t]+conversation[ \t]+with|"
                 r"\b[Cc]onversation[ \t]+with)")
_CUE = re.compile(INTERVIEW_CUE + r"[ \t]*[:,—–]?[ \t]+")
_CUED_NAME = re.compile(_CUED_WORDS + r"(?=[ \t]*(?:,|:|—|–|\||\(|\?|!|\.?$)|[ \t]+-[ \t]|"
                        r"[ \t]+(?:on|about|and|of|as|at|from|to|who|in)\b)")
_CUE_REACH = 60  # characters from the cue to the name
# words between the cue and the name that make the name a topic, not the one presented: "Q&A with a historian on Tom
# Reed", "Questions for the woman who wrote the book on …", "the man behind …" (review r29)
_TOPIC_GAP = re.compile(r"\b(?:on|about|of|over|behind|against|from|by|who|whom|whose|that|which)\b", re.I)
_HEADING_CHARS = 160
# the tagger's types a heading cue and a role alone never turn into a PERSON ("Get to know Grand Rapids, …", "Apple
# introduces Vision Pro, …"; review r29): an ORG stays retypable, the tagger's usual type of a name it does not know
_NOT_RETYPED = frozenset({"GPE", "LOC", "FAC", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART", "NORP", "LANGUAGE"})
_AND_NAME = re.compile(r"[ \t]+and[ \t]+" + _NAME + r"(?=[ \t]*(?:,|:|—|–|$)|[ \t]+(?:on|about)\b)", re.M)
_AGE = re.compile(r",[ \t]+\d{1,3},(?![ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*[ \t]+\d)")
# ", 34,": found first, the name then looked for before it (speed); not a score line's figure, where another name
# and its figure follow ("Hope Springs, 12, Cedar Falls 9"; review r29)
_NAME_BEFORE_AGE = re.compile(r"(?:^|(?<=[.!?”\"][ \t]))" + _NAME + r"$", re.M)  # opening a line or a sentence
_ROLE_AFTER = (r",[ \t]+(?:(?:the|our|a|an|its|their|his|her)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:{nouns})"
               r"(?=[ \t]*(?:[,;:.—–(]|$)|[ \t]+(?:of|at|for|in|with|and|to)\b)")
# the role noun heads the appositive: a comma, "of/at/for …" or the line's end follows it ("Will Price, incoming chief
# executive of …"), not a verb (", the governor said": the role is the next clause's subject) nor the noun it
# modifies ("the champion team", "the senator's first bill", "the city the president calls home"; review r29)
_VOCATIVE = (r"^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*[:.](?:[ \t]*{first}[ \t]+[–—][ \t]|[^\n]*?(?:\b{first},|"
             r",[ \t]*{first}\b(?![ \t]+[A-Z])))|{first},[^\n]*\?[\"”’]?[ \t]*$)")
# a question calls the person by the first name: after its label, the name set off by a comma ("Q: Will, tell us …",
# "Q: Welcome aboard, Summer."; not ", Will Greaves, said" of another person named in full) or by a dash right after
# the label ("Q: Will – tell us …"; r29, lead), or an unlabelled question opening with it ("Hope, what made you …?")
# a question opening by calling someone, up to the comma after the call ("Q: Mr. Reed, why …?", "Senator Cole, will
# you …?"): a title and a surname when the project's titles (name_keys.strip_titles) leave the surname alone
_QUESTION_CALL = re.compile(r"^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*[:.][ \t]*)?(?P<call>[A-Z][\w.’'-]*[ \t]+"
                            r"[A-Z][\w’'-]*),", re.M)
_ADDRESSED_FIRST = re.compile(r"^[ \t]*(?:Q|Question|QUESTION)[ \t]*[:.][ \t]*(?P<first>[A-Z][a-z][\w’'-]*)"
                              r"(?:,|[ \t]+[–—][ \t])", re.M)


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in sorted(person_nouns(), key=len, reverse=True))
    return re.compile(_ROLE_AFTER.replace("{nouns}", nouns), re.I)


def _cued_names(line: str) -> list[tuple[int, str]]:
    """(offset, name) of the names after an interview cue in ``line``: the first name within reach of each cue that
    holds no word of a role or a title ("Chief Technology Officer" is none), and one joined to it by "and"."""
    out = []
    for c in _CUE.finditer(line):
        for m in _CUED_NAME.finditer(line, c.end(), min(len(line), c.end() + _CUE_REACH + 40)):
            if m.start() > c.end() + _CUE_REACH:
                break
            if any(w.lower().strip(".") in person_nouns() for w in m.group(1).split()):
                continue
            if _TOPIC_GAP.search(line, c.end(), m.start(1)):
                break
            out.append((m.start(1), m.group(1)))
            n = _AND_NAME.match(line, m.end(1))
            if n is not None:
                out.append((n.start(1), n.group(1)))
            break
    return out


def _heading(line: str) -> bool:
    """A title or a dek: a short line with no full stop at its end (a body sentence has one, however short: "In an
    interview with Morning Edition, the governor said …"; review r29)."""
    return bool(line.strip()) and len(line) <= _HEADING_CHARS and not line.rstrip().rstrip("\"”’").endswith(".")


def heading_cued(text: str, s: int) -> bool:
    """The name at ``s`` follows an interview cue in a heading line ("Meet Hope Wood, …", "Q&A: Port director
    Sterling Wood on …"; the second of "with Rose Chase and Grant Marsh" too)."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    line = text[a:len(text) if b < 0 else b]
    return _heading(line) and any(k == s - a for k, _ in _cued_names(line))


def _headings(text: str) -> list[tuple[int, str]]:
    """(start, name) of the names after an interview cue in a heading line."""
    out: list[tuple[int, str]] = []
    if _CUE.search(text) is None:
        return out
    pos = 0
    for line in text.split("\n"):
        if _heading(line):
            out += [(pos + k, name) for k, name in _cued_names(line)]
        pos += len(line) + 1
    return out


def _frames(text: str) -> dict[str, set[str]]:
    """{name: the frames it stands in}."""
    found: dict[str, set[str]] = {}
    for _, name in _headings(text):
        found.setdefault(name, set()).add("heading")
    for a in _AGE.finditer(text):
        m = _NAME_BEFORE_AGE.search(text, max(0, a.start() - 80), a.start())
        if m is not None:
            found.setdefault(m.group(1), set()).add("age")
    for name in _titled_addressed(text):
        found.setdefault(name, set()).add("titled")
    for name, frames in found.items():
        for m in re.finditer(re.escape(name), text):
            if _role_after().match(text, m.end()):
                frames.add("role")
                break
        if addressed(text, name.split()[0]):
            frames.add("vocative")
    return found


def _titled_addressed(text: str) -> list[str]:
    """Full names in the page's first line (its title) whose first name a labelled question calls ("Q: Will – how
    did …" under a title "… welcomes Will Price, …"): a title naming the one the questions speak to, whatever its
    verb (a page's own "X is proud to have Will Price …" is no interview cue). With the question that calls the name
    (the "vocative" frame) that is two frames; a title naming a person no question addresses is one."""
    firsts = {m.group("first") for m in _ADDRESSED_FIRST.finditer(text)}
    if not firsts:
        return []
    lines = text.lstrip().split("\n", 1)
    title = lines[0] if len(lines[0]) <= _HEADING_CHARS or not lines[0].rstrip().endswith(".") else ""
    # (a title may end in a full stop)
    return [m.group(1) for m in re.finditer(_NAME, title) if m.group(1).split()[0] in firsts]


def addressed(text: str, first: str, pos: int = 0) -> bool:
    """A question of the text from ``pos`` calls someone by the first name ``first``."""
    return len(first) > 1 and re.compile(_VOCATIVE.replace("{first}", re.escape(first)), re.M).search(text, pos) \
        is not None


def addressed_by_title(text: str, surname: str, pos: int = 0) -> bool:
    """A question of the text from ``pos`` opens by calling someone by a title and the surname ``surname`` ("Q: Mr.
    Reed, why …?", "Senator Cole, will you …?"): the one it speaks to, not a person it talks of (review r29)."""
    if len(surname) < 2:
        return False
    return any(m.group("call").split()[-1] == surname and strip_titles(m.group("call")) == surname
               for m in _QUESTION_CALL.finditer(text, pos))


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
            inner = [sp for sp in spans if sp[0] < e and s < sp[1]]
            if any(sp[0] < s or sp[1] > e for sp in inner):
                continue  # (the tagger's span running past the name stands)
            if not frames & {"age", "vocative"} and any(sp[2] in _NOT_RETYPED for sp in inner):
                continue  # (the tagger's place, law or product stands unless an age or a question to it says person)
            # the tagger's "Summer Okafor" ORG, or its "Sterling" of "Will Sterling": the name in the frames of a
            # person outweighs its type and its reach
            spans[:] = [sp for sp in spans if not any(sp is x for x in inner)]
            spans.append([s, e, "PERSON", None])
            added = True
    if added:
        spans.sort(key=lambda sp: (sp[0], -sp[1]))
    return spans
