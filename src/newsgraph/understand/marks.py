"""Quotation marks: the one place that knows them. Every component takes the quotations of a text from here (the
document view keeps them: ``DocView.quoted``).

- :func:`find_quoted`: top-level quotations in every style (“ ” " " « » „ “ ‹ › ‘ ’ ‚), straight and curly marks mixed
  as real pages mix them, apostrophes told apart, a paragraph that opens a quotation without closing it continued
  by the next paragraph that re-opens it (English quotes, coreference salience).
- :func:`quote_pairs`: the Russian and Ukrainian convention: «...» with „...“ nested inside, “...”, straight "..."
  paired within a paragraph; a mark never pairs across a paragraph end.
- ``QUOTE_CHARS``: every quote mark, for trimming spans.

(Two scanners remain because the two conventions differ on nesting and on paragraphs: making one scanner serve both
without changing a record is left for later.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

QUOTE_CHARS = "«»“”„‹›\"'‘’"  # every quote mark (for trimming spans)
OPEN_CLOSE = {"«": "»", "“": "”\"", "„": "“”", "‹": "›", '"': '"”', "‘": "’", "‚": "‘’", "'": "'’"}
# (real pages mix straight and curly marks: "…” and “…" are closed by either double mark)
OPEN_CLOSE_RU = {"«": "»", "„": "“", "“": "”"}
_MARKS = re.compile(r"''|[«»“”„‹›\"‘’‚\n]|(?<![\w'])'(?=[A-Za-z])|(?<=[\w.,?!…])'(?![\w'])")
# '' : two apostrophes for a double mark (old newswire feeds); a single ' at a word's edge: the ASCII single quote a
# scraper leaves of ‘ ’ (an opening one before a letter, a closing one after a word or the quotation's last stop)


@dataclass
class Quoted:
    start: int  # the opening mark
    end: int  # after the closing mark
    inner_start: int
    inner_end: int
    continued: list[int] = field(default_factory=list)  # positions of re-opening marks of later paragraphs
    cut: bool = False  # the text ends inside it, no closing mark (a page cut mid-quotation: _cut_at_end)


def _is_apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


_DOUBLE = {'"', "“", "«", "„"}


def find_quoted(text: str, whole: bool = False) -> list[Quoted]:
    """Top-level quotations of ``text``: balanced quote marks, nested marks ignored, a paragraph left open continued
    by the next paragraph that re-opens with the same mark. ``whole``: ``text`` is a whole document (the document
    view's call), whose end may cut a quotation (:func:`_cut_at_end`); a line or a segment of one ends nothing."""
    out: list[Quoted] = []
    opener = None  # (char, pos)
    cont: list[int] = []
    pending_break, break_at = False, -1
    depth = 0  # quotations in the same curly marks opened inside the open one, not yet closed
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "''":
            ch = '"'  # written as two apostrophes: a straight double mark two characters long
        if ch == "\n":
            if opener is not None and not pending_break:
                pending_break, break_at = True, i
            continue
        if ch == "'" and not _ascii_single(text, i, opener is None or pending_break):
            continue
        if opener is None:
            if ch in ("’", "‘") and _is_apostrophe(text, i):
                continue
            if ch == "’" or ch == "»" or ch == "›" or (ch == "”" and not _opens(text, i)):
                continue
            if ch == "‘" and i > 0 and text[i - 1].isalnum():
                continue
            opener, cont, pending_break, depth = (ch, i), [], False, 0
            continue
        o, oi = opener
        if pending_break:
            # the quote was left open at a paragraph end: continued only if this paragraph re-opens it
            para_start = text.rfind("\n", 0, i) + 1
            # ... the very next paragraph, not one after paragraphs without marks (a signature, a caption)
            if ch == o and not text[para_start:i].strip() and not text[break_at:para_start].strip():
                cont.append(i)
                pending_break = False
                continue
            if o in _DOUBLE and not cont:  # a closing mark left out at the paragraph's end: the quotation ends
                # there ("We will not raise taxes.⏎ The council voted …"; review r15), its mark not written
                end = len(text[:break_at].rstrip())
                if end > oi + 1:
                    out.append(Quoted(oi, end, oi + len(text_mark(text, oi)), end, []))
            opener, pending_break, depth = None, False, 0
            if ch in OPEN_CLOSE and not (ch in "’‘" and _is_apostrophe(text, i)):
                opener, cont = (ch, i), []
            continue
        closers = OPEN_CLOSE.get(o, o)  # a ” that opens (Swedish/Finnish style) is closed by another ”
        if o == "“" and ch == "“" and _nests(text, i):
            depth += 1  # “People wearing “Vote Later” shirts …”: a quotation inside, in the same marks
            continue
        if depth and ch == "”":
            depth -= 1
            continue
        if ch in closers and not (ch in "’‘" and _is_apostrophe(text, i)):
            if o == '"' and ch == '"' and i <= oi + len(text_mark(text, oi)):
                opener = None
                continue
            out.append(Quoted(oi, i + len(text_mark(text, i)), oi + len(text_mark(text, oi)), i, cont))
            opener = None
    cut = None if not whole or pending_break and text[break_at:].strip() else \
        _cut_at_end(text, opener, break_at if pending_break else len(text), cont)  # (words after its paragraph: no cut)
    return out + ([cut] if cut else [])


CUT_MIN_WORDS = 3  # a page cut inside a quotation: fewer words ("“It is", "the word “lay") say nothing


def _cut_at_end(text: str, opener, end: int, cont: list[int]) -> Quoted | None:
    """A double-mark quotation still open where the text ends, in the text's last paragraph: the page was cut inside
    it (an excerpt, a paywall, a "read more" cut: "“We will not raise taxes this year, and we" at the very end). Its
    words up to the cut are the quotation (r36: real pages end so; the speaker rules take it as they take any
    quotation). A last paragraph re-opening it with fewer than CUT_MIN_WORDS words ("“It is") adds nothing: the
    quotation ends with the paragraph before, as a quotation left open at a paragraph end does; a lone mark with
    fewer words after it is no quotation. The opener's own glyph again before the end, opening no words ("called the
    KKK “abhorrent“ in a tweet Sunday.", "“They see that. “" at the end), is the writer's closing mark typed with the
    wrong glyph: the quotation ends there and nothing is cut (diff36en: real texts typed so)."""
    if opener is None or opener[0] not in _DOUBLE:
        return None
    oi = opener[1]
    inner = oi + len(text_mark(text, oi))
    if not (oi == 0 or text[oi - 1] in " \t\n:(") or not text[inner:inner + 1].isalnum():
        return None  # (a mark that opens no words: the inch mark of '12" pizza'; enweb36b)
    end = len(text[:end].rstrip())
    shut = next((j for j in range(cont[-1] + 1 if cont else inner, end)
                 if text[j] == opener[0] and not text[j + 1:j + 2].isalnum()), None)
    if shut is not None:  # (the opening glyph where a closing mark goes, '“abhorrent“ in a tweet': closed, no cut)
        return Quoted(oi, shut + 1, inner, shut, cont) if len(text[inner:shut].split()) >= CUT_MIN_WORDS else None
    if cont and len(text[cont[-1] + 1:end].split()) < CUT_MIN_WORDS:
        end = len(text[:text.rfind("\n", 0, cont[-1])].rstrip())
        return Quoted(oi, end, inner, end, cont[:-1]) if end > inner else None
    if len(text[inner:end].split()) < CUT_MIN_WORDS:
        return None
    return Quoted(oi, end, inner, end, cont, cut=True)


_POSSESSIVE_AFTER = re.compile(r" [a-z]")


def _ascii_single(text: str, i: int, opening: bool) -> bool:
    """A straight single mark at ``i`` (the regex matched it at a word's edge) as a quotation mark: an opening one
    stands at a paragraph's start or after a space, a dash or a bracket ('Nobody wants a strike,' said …); a closing
    one follows the quotation's last stop, or a word when a stop, a dash, a bracket or the line's end follows it
    (an s's ' before a lower-case word is a plural possessive: "the members' vote")."""
    if opening:
        return (i == 0 or text[i - 1] in " \t\n(—–") and _closes_in_paragraph(text, i)
    if text[i - 1] in ".,?!…":
        return True
    nxt = text[i + 1:i + 3]
    if nxt[:1] == " " and text[i - 1] in "sS" and nxt[1:].isupper() and \
            _STOP_CLOSER.search(text, i + 1, _eol(text, i) + 1):
        return False  # "'The Patriots' Tom Brady is the best,' said …": a plural possessive before a name, the
        # quotation closing after a stop later in the paragraph
    return not nxt or nxt[0] in ".,;:?!)—–\n" or (nxt[0] == " " and (text[i - 1] not in "sS" or
                                                                      not _POSSESSIVE_AFTER.match(nxt)))


_STOP_CLOSER = re.compile(r"[.,?!…]'(?![\w'])")


_SENTENCE_END = re.compile(r"[.?!…](?=\s)|\n")


def _eol(text: str, i: int) -> int:
    """The end of the sentence or the line ``i`` is in."""
    end = _SENTENCE_END.search(text, i)
    return len(text) if end is None else end.end()


_DOUBLE_MARK = re.compile(r"''|[“”\"«„\n]")  # what ends the search for an ASCII single closer


def _closes_in_paragraph(text: str, i: int) -> bool:
    """An ASCII ' opener at ``i`` holds only when its closer comes in the same paragraph before a double quotation
    mark: a word-initial apostrophe ('til, 'Ndrangheta, 'Iolani Palace) closes nothing, and read as an opener it
    would swallow every double quotation after it (review r28)."""
    stop = _DOUBLE_MARK.search(text, i + 1)
    end = stop.start() if stop else len(text)
    for m in _MARKS.finditer(text, i + 1, end):
        j = m.start()
        if m.group() == "’" and not _is_apostrophe(text, j):
            return True
        if m.group() == "'" and text[j - 1] != " " and _ascii_single(text, j, False):
            return True
    if stop is not None and stop.group() != "\n":  # a double quotation inside it ('I told him: "You are fired," and
        # he just laughed,' said …): only a closer right after a stop, later in the paragraph, holds then
        return _STOP_CLOSER.search(text, stop.end(), _eol_para(text, stop.end())) is not None
    # a quotation of several paragraphs: left open at the paragraph's end, re-opened by the next one
    return stop is not None and text[stop.end():].lstrip("\n").startswith("'")


def _eol_para(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _nests(text: str, i: int) -> bool:
    """A “ at ``i`` inside an open “ quotation opens one nested in it (a name, a slogan: “Vote Later”): it follows a
    space, a ” closes it within the sentence, and another ” closes the outer quotation later in the paragraph with
    no “ between (else the outer quotation's closing mark was left out and this “ opens the next one)."""
    if not (i > 0 and text[i - 1] in " \t(—–-" and i + 1 < len(text) and not text[i + 1].isspace()):
        return False
    end = text.find("\n", i)
    para = text[i:len(text) if end < 0 else end]
    inner = para.find("”")
    outer = para.find("”", inner + 1) if inner > 0 else -1
    return 0 < inner <= 80 and outer > 0 and "“" not in para[1:outer] and not re.search(r"[.!?] ", para[:inner])


def text_mark(text: str, i: int) -> str:
    """The quote mark at ``i`` as written (two apostrophes for one double mark, or one character)."""
    return "''" if text.startswith("''", i) else text[i]


def _opens(text: str, i: int) -> bool:
    """A ” used as an opening mark (Swedish/Finnish style): preceded by a space or line start."""
    return i == 0 or text[i - 1] in " \n(—–-"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quotation, marks included (used by coreference for salience)."""
    return [(q.start, q.end) for q in find_quoted(text)]


# what closes each opening mark on real Russian pages besides the book pairs «» „“ “”: web and word-processor
# typography closes the low mark with the English one („…”), writes the same curly mark on both sides (“…“, ”…”),
# and some sites use the single English marks (‘…’)
_CLOSERS_RU = {"«": "»", "„": "“”", "“": "”“", "”": "”", "‘": "’"}


def _opening_side(text: str, i: int) -> bool:
    """A mark that only opens where it stands after a space, a line start, a bracket or a dash and before a word
    (”…” and ‘…’; an apostrophe inside a word never does)."""
    before = text[i - 1] if i else " "
    return (before.isspace() or before in "([—–-") and i + 1 < len(text) and not text[i + 1].isspace()


def _closing_side(text: str, i: int) -> bool:
    """A mark that closes the same mark where it stands after a word or a punctuation mark and before a space, a
    punctuation mark or the line end (“…“, ”…”, not an inner “…” opening)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > 0 and not text[i - 1].isspace() and not after.isalnum()


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Top-level quotation pairs as (index of the opening mark, index of the closing mark)."""
    pairs, stack = [], []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()  # a quote mark never pairs across a missing close at the end of a paragraph
            continue
        if stack and ch in _CLOSERS_RU[text[stack[-1]]] and (ch != text[stack[-1]] or _closing_side(text, i)):
            o = stack.pop()
            if not stack:
                pairs.append((o, i))
        elif ch in _CLOSERS_RU and not (ch == "“" and stack and text[stack[-1]] == "„") and \
                (ch in OPEN_CLOSE_RU or _opening_side(text, i)):
            stack.append(i)
    # straight "..." quotes outside the typographic ones, paired in order within a paragraph
    inside = lambda i: any(o < i < c for o, c in pairs)  # noqa: E731
    pos = 0
    for line in text.split("\n"):
        marks = [pos + k for k, ch in enumerate(line) if ch == '"' and not inside(pos + k)]
        pairs.extend(zip(marks[0::2], marks[1::2]))
        pos += len(line) + 1
    return sorted(pairs)
