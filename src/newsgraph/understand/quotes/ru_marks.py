"""Straight quote marks of Russian texts read by their side (round 11). Publishers that type "..." instead of «...»
write a name in quotes inside a quotation with the same mark (Он сказал: "Партия "Яблоко" победит".), which paired in
order splits the quotation at the name. A straight mark after a space, a line start or an opening bracket or dash and
before a word opens; one after a word or a punctuation mark and before a space, a punctuation mark or the line end
closes. When every straight mark of a paragraph reads one way, the marks nest as typographic ones do and the
top-level pairs replace those paired in order; a quotation that ends with a quoted name and writes one mark for both
("Мы поддержим проект "Северный поток", — сказал он.) pairs its opening mark with the paragraph's last closing one.
"""
from __future__ import annotations

import re

_OPEN_BEFORE = set(" \t\u00a0([{—–-/")  # what may stand before an opening mark (or the line start)
_CLOSE_AFTER = set(" \t\u00a0.,;:!?…)]}—–-/»“”")  # what may stand after a closing mark (or the line end)


def _side(line: str, k: int) -> str | None:
    before = line[k - 1] if k else " "
    after = line[k + 1] if k + 1 < len(line) else " "
    opens = before in _OPEN_BEFORE and not after.isspace()
    closes = not before.isspace() and before not in "([{" and (after in _CLOSE_AFTER or after == '"')
    if opens == closes:
        return None
    return "open" if opens else "close"


def _line_pairs(line: str, marks: list[int]) -> list[tuple[int, int]] | None:
    """The top-level pairs of the straight marks at ``marks`` of one line read by side, or None when a mark reads
    both ways or neither, or a closing mark has nothing open."""
    stack: list[int] = []
    pairs = []
    last_close = None
    for k in marks:
        side = _side(line, k)
        if side is None:
            return None
        if side == "open":
            stack.append(k)
            continue
        if not stack:
            return None
        o = stack.pop()
        last_close = k
        if not stack:
            pairs.append((o, k))
    if len(stack) == 1 and last_close is not None and last_close > stack[0]:  # one mark for the name and the end
        o = stack[0]
        pairs = [(a, b) for a, b in pairs if b < o] + [(o, last_close)]
    elif stack:
        return None
    return pairs


def straight_nesting(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pairs`` (marks.quote_pairs) with the straight-mark pairs of each line read by side where that reading
    differs from the pairing in order and nests."""
    out = [(o, c) for o, c in pairs if text[o] != '"']
    typographic = [(o, c) for o, c in out]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        inside = [(o - pos, c - pos) for o, c in typographic if pos <= o < end or pos <= c < end]
        marks = [k for k, ch in enumerate(line) if ch == '"' and not any(o < k < c for o, c in inside)]
        in_order = [(pos + a, pos + b) for a, b in zip(marks[0::2], marks[1::2])]
        read = _line_pairs(line, marks) if len(marks) > 2 else None
        if read is not None and [(pos + a, pos + b) for a, b in read] != in_order:
            out.extend((pos + a, pos + b) for a, b in read)
        else:
            out.extend(p for p in pairs if text[p[0]] == '"' and pos <= p[0] < pos + len(line))
        pos += len(line) + 1
    return sorted(out)


_AUTHOR = re.compile(r"[,.!?…]\s*(?:[—–―]\s*|--?\s+)")  # "«…, — сказал Лавров. — …»": the author's words start
_AUTHOR_END = re.compile(r"[.,:]\s*(?:[—–―]\s*|--?\s+)")


def quoted_spans(text: str, pairs: list[tuple[int, int]], cue) -> list[tuple[int, int]]:
    """The quoted text of each pair (inside the marks) without the author's words that interrupt it between two
    dashes, a cue verb first ("«Это не диалог, — пояснил Берже. — Это монолог»"): Russian punctuation sets the
    attribution inside the marks, but the person it names is no one the quotation mentions."""
    out = []
    for o, c in pairs:
        s = o + 1
        for m in _AUTHOR.finditer(text, o + 1, c):
            if m.start() < s or not cue.match(text, m.end()):
                continue
            em = _AUTHOR_END.search(text, m.end(), min(c, m.end() + 80))
            if em is None or "\n" in text[m.end():em.start()]:
                continue
            out.append((s, m.start() + 1))
            s = em.end()
        out.append((s, c))
    return out


def outside_marks(rx, text: str, start: int, end: int, pairs: list[tuple[int, int]]):
    """The first match of ``rx`` in text[start:end] outside quote marks: a clause boundary (", но", ", а") inside a
    quoted word ("назвала спектакль «эффектным, но пустым»") ends no clause of the sentence."""
    for m in rx.finditer(text, start, end):
        if not any(o < m.start() < c for o, c in pairs):
            return m
    return None


_OPENING_THAT = re.compile(r",\s*(?:чтобы|что|будто|якобы)\s+", re.IGNORECASE)


def strip_content(text: str, s: int, e: int) -> tuple[int, int]:
    """A content span without the spaces around it and the commas, semicolons and colons ending it, nor a comma and
    the complementizer opening it (", чтобы дело вернули …" read as a demand verb's object: what follows, r18)."""
    while s < e and text[s].isspace():
        s += 1
    m = _OPENING_THAT.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def words_of_someone(inner: str) -> bool:
    """A quotation that can be someone's words: not a name or a title (every word capitalised: «Единая Россия»,
    «Сармат»)."""
    words = inner.split()
    return bool(words) and not all(w[:1].isupper() for w in words)
