"""Repeated text: a page that holds its body twice, or any run of paragraphs repeated, keeps the first copy.

Decisions are made on runs of paragraphs, never on one short line, so a refrain repeated once inside a real
article stays. Paragraphs are compared by their lower-cased words (whitespace and punctuation do not count); two
long paragraphs whose word sets overlap by JACCARD or more count as the same (an edited repeat). Inside a run a
few short unmatched paragraphs are allowed (an ad line changed or inserted between the copies); they go with the
copy. A prose paragraph pasted twice in a row is a repeat too. A run counts only when it repeats prose (paragraphs of
sentences), so the legitimately repeated labels of
structured pages (the same interview question before each answer, the same feature list under two products, the
same recipe lines in two meal plans) stay.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
JACCARD = 0.8          # near-identical long paragraphs
NEAR_MIN_WORDS = 6     # shorter paragraphs must be identical (as words) to match
PROSE_MIN_WORDS = 10   # a prose paragraph: at least this many words and a sentence end
MIN_RUN_PROSE = 2      # a run with at least this many matched prose paragraphs ...
MIN_RUN_WORDS = 40     # ... holding at least this many words is a repeat
MIN_SINGLE_WORDS = 40  # one prose paragraph alone is a repeat only when it is this long
MAX_GAP_WORDS = 25     # an unmatched paragraph inside a run (an ad line) is at most this long
MAX_CANDIDATES = 30    # later copies of one paragraph examined (bounds the work on pathological pages)
NEAR_MAX_PARAGRAPHS = 300  # above this, only identical paragraphs (as words) are compared: near matching is quadratic


@dataclass
class Repeat:
    first: int          # index of the first paragraph of the kept copy
    start: int          # the repeated copy: paragraphs[start:end] are removed
    end: int
    matched: int        # paragraphs matched between the copies
    words: int          # words in the matched paragraphs
    prose: int = 0      # matched paragraphs that are prose
    longest: int = 0    # words of the longest matched prose paragraph


def _key(p: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(p))


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")


def is_prose(paragraph: str, n_words: int) -> bool:
    """Sentences, not a label or a list line: enough words of letters, and a sentence end."""
    return (n_words >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(paragraph))
            and len(_ALPHA_WORD.findall(paragraph)) >= PROSE_MIN_WORDS)


def find_repeats(paragraphs: list[str]) -> list[Repeat]:
    """The repeated runs, left to right; their copies (start:end) do not overlap."""
    n = len(paragraphs)
    keys = [_key(p) for p in paragraphs]
    prose = [is_prose(p, len(k)) for p, k in zip(paragraphs, keys)]
    sets = [frozenset(k) if len(k) >= NEAR_MIN_WORDS else None for k in keys]
    near = n <= NEAR_MAX_PARAGRAPHS
    by_key: dict[tuple, list[int]] = {}
    for i, k in enumerate(keys):
        if k:
            by_key.setdefault(k, []).append(i)
    memo: dict[tuple[int, int], bool] = {}

    def same(a: int, b: int) -> bool:
        if keys[a] == keys[b]:
            return bool(keys[a])
        if not near or sets[a] is None or sets[b] is None:
            return False
        la, lb = len(keys[a]), len(keys[b])
        if min(la, lb) < 0.8 * max(la, lb):
            return False
        r = memo.get((a, b))
        if r is None:
            sa, sb = sets[a], sets[b]
            r = memo[(a, b)] = len(sa & sb) >= JACCARD * len(sa | sb)
        return r

    removed = [False] * n
    out: list[Repeat] = []
    for i in range(n):
        if removed[i] or not keys[i]:
            continue
        if near and sets[i] is not None:
            cands = [j for j in range(i + 1, n) if not removed[j] and same(i, j)]
        else:
            cands = [j for j in by_key.get(keys[i], ()) if j > i and not removed[j]]
        best = None
        for j in cands[:MAX_CANDIDATES]:
            if i and not removed[i - 1] and not removed[j - 1] and j - 1 > i and same(i - 1, j - 1):
                continue  # inside a run already measured from its start
            if j == i + 1 and prose[i] and keys[i] == keys[j]:  # a prose paragraph pasted again right after itself
                end = j
                while end < n and keys[end] == keys[i] and not removed[end]:
                    end += 1
                rep = Repeat(i, j, end, end - j, len(keys[i]) * (end - j), end - j, len(keys[i]))
                if best is None or rep.words > best.words:
                    best = rep
                continue
            rep = _run(i, j, n, keys, prose, same, removed)
            if rep and _qualifies(rep) and (best is None or rep.words > best.words):
                best = rep
        if best:
            for k in range(best.start, best.end):
                removed[k] = True
            out.append(best)
    return out


def _run(i: int, j: int, n: int, keys, prose, same, removed) -> Repeat | None:
    a, b = i, j
    matched = words = gaps = n_prose = 0
    end = j

    def short(k: int) -> bool:
        return len(keys[k]) <= MAX_GAP_WORDS

    longest = 0
    while a < j and b < n and not removed[b]:
        if same(a, b):
            matched += 1
            words += len(keys[b])
            n_prose += prose[b]
            if prose[b]:
                longest = max(longest, len(keys[b]))
            a += 1
            b += 1
            end = b
            continue
        # an unmatched paragraph: allowed (as a short ad line) only inside a run already established
        if matched < 2 or gaps >= max(1, matched // 3):
            break
        gaps += 1
        if a + 1 < j and b + 1 < n and short(a) and short(b) and same(a + 1, b + 1):  # one line changed
            a += 1
            b += 1
        elif b + 1 < n and short(b) and same(a, b + 1):      # one line inserted in the copy
            b += 1
        elif a + 1 < j and short(a) and same(a + 1, b):      # one line left out of the copy
            a += 1
        else:
            break
    return Repeat(i, j, end, matched, words, n_prose, longest) if matched else None


def _qualifies(rep: Repeat) -> bool:
    """Enough repeated prose: two prose paragraphs and MIN_RUN_WORDS words, or one long prose paragraph."""
    return (rep.prose >= MIN_RUN_PROSE and rep.words >= MIN_RUN_WORDS) or rep.longest >= MIN_SINGLE_WORDS
