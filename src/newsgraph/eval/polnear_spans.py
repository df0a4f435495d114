"""Where our indirect content ends against PolNeAR's Content spans (round 28, issue 16): a map of span differences.

Each gold attribution with a speech cue (eval/polnear.SPEECH) is paired with our quote of the same cue word whose
content overlaps the gold Content most (or, with no overlap, the nearest one after the cue in the same paragraph);
the pair's difference is classed by its boundaries: where we end against where the gold ends ("early" / "over", and
what stands at the boundary: a comma, "and", a quote mark, a sentence end, an attribution tail, "according to" …),
and likewise where we start. Usage (figures and classes only, no text printed unless ``--show N``):

    python -m newsgraph.eval.polnear_spans SPLIT_DIR ANALYSES.jsonl [--show N] [--class NAME]

Use it on PolNeAR train folds only (dev is measured, never read).
"""
from __future__ import annotations

import bisect
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from .polnear import SPEECH
from .quotes import token_f1, words

_SENT_END = re.compile(r"[.!?][”\"’']?\s+(?=[“\"A-Z])|\n")
_SPEECH_TAIL = re.compile(r"\b(?:" + "|".join(sorted(SPEECH - {"according"})) + r")\b")


def load_offsets(text: str, ann: str) -> list[dict]:
    """Speech attributions of one brat file: {cue, cue_span, content_spans, source}."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            kind, *rng = parts[1].split(" ")
            segs = [tuple(int(x) for x in seg.split()) for seg in " ".join(rng).split(";")]
            spans[parts[0]] = (kind, segs)
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split(" ") if ":" in x))
    out = []
    for r in rels:
        if r.get("Content") not in spans or r.get("Cue") not in spans:
            continue
        cue_segs = spans[r["Cue"]][1]
        cue = " ".join(text[a:b] for a, b in cue_segs)
        if not set(words(cue)) & SPEECH:
            continue
        out.append({"cue": cue, "cue_span": (cue_segs[0][0], cue_segs[-1][1]), "content": spans[r["Content"]][1]})
    return out


def clean_to_raw(raw: str, clean: str):
    """A function mapping an offset of the cleaned text (our records' offsets) to the raw file's (the gold's)."""
    if raw == clean:
        return lambda p: p
    blocks = difflib.SequenceMatcher(None, raw, clean, autojunk=False).get_matching_blocks()
    starts = [b.b for b in blocks]

    def conv(p: int) -> int:
        k = max(0, bisect.bisect_right(starts, p) - 1)
        blk = blocks[k]
        return blk.a + min(p - blk.b, blk.size)
    return conv


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def pair(gold: dict, quotes: list[dict]) -> dict | None:
    g0, g1 = gold["content"][0][0], gold["content"][-1][1]
    cues = set(words(gold["cue"]))
    same = [q for q in quotes if set(words(q.get("cue") or "")) & cues]
    best = max(same, key=lambda q: _overlap(q["start"], q["end"], g0, g1), default=None)
    if best is not None and _overlap(best["start"], best["end"], g0, g1) > 0:
        return best
    anyq = max(quotes, key=lambda q: _overlap(q["start"], q["end"], g0, g1), default=None)
    if anyq is not None and _overlap(anyq["start"], anyq["end"], g0, g1) > 0:
        return anyq
    return None


def _at(text: str, pos: int) -> str:
    """What stands right after ``pos`` (a boundary): its class name."""
    rest = text[pos:pos + 40]
    s = rest.lstrip()
    low = s.lower()
    if not s:
        return "end"
    if _SENT_END.match(rest) or s[:1] in ".!?" and (len(s) < 2 or s[1:2].isspace()):
        return "sentence end"
    if s[:1] in "“”\"’'":
        return "quote mark"
    if s[:1] in ";:":
        return "semicolon/colon"
    if s[:1] in "—–-(":
        return "dash/bracket"
    if s[:1] == ",":
        nxt = s[1:].lstrip().lower()
        for w in ("and ", "but ", "according to", "which ", "who ", "saying", "adding", "while ", "because ",
                  "as ", "in ", "after ", "including", "if ", "though", "although", "so "):
            if nxt.startswith(w):
                return ", " + w.strip()
        if _SPEECH_TAIL.search(nxt[:30]):
            return ", attribution"
        return ", other"
    for w in ("and ", "but ", "because ", "according to", "that ", "if ", "when ", "as ", "to ", "in ", "or "):
        if low.startswith(w):
            return w.strip()
    return "word"


def classify(text: str, gold: dict, q: dict | None) -> tuple[str, str, float]:
    """(end class, start class, token F1) of a gold content and our quote."""
    segs = gold["content"]
    gtext = " ".join(text[a:b] for a, b in segs)
    if q is None:
        return "none", "none", 0.0
    f = token_f1(gtext, q.get("text", ""))
    g0, g1 = segs[0][0], segs[-1][1]
    q0, q1 = q["start"], q["end"]
    tol = 3
    if abs(q1 - g1) <= tol:
        end = "same"
    elif q1 < g1:
        sent = _SENT_END.search(text, q1, g1)
        end = "early: " + ("gold runs into next sentence" if sent and _at(text, q1) == "sentence end" else
                           _at(text, q1))
    else:
        over = text[g1:q1]
        sent = _SENT_END.search(text, g1, q1)
        kind = _at(text, g1)
        if sent and kind != "sentence end":
            kind += " (+next sentence)"
        elif _SPEECH_TAIL.search(over.lower()) and len(over) < 80:
            kind += " (attribution tail)"
        end = "over: " + kind
    if abs(q0 - g0) <= tol or (q0 > g0 and text[g0:q0].strip().lower() in ("that", "\u201c", '"')):
        start = "same"
    elif q0 > g0:
        start = "late: " + ("multi-span gold" if len(segs) > 1 else
                            "gold starts in earlier sentence" if _SENT_END.search(text, g0, q0) else "within")
    else:
        start = "early: " + ("ours starts in earlier sentence" if _SENT_END.search(text, q0, g0) else "within")
    return end, start, f


_BOUNDARY = re.compile(r"(?:,|;|\s[—–]|:)\s*[“\"‘']?(\w+(?:\s+to\b)?)")


def boundaries(text: str, gold: dict, q: dict | None, table: dict) -> None:
    """Each boundary candidate (a comma, semicolon, dash or colon and the word after it) between the start of the
    gold content and its sentence's end: does the gold content go on past it, and do we? (``table``: {word: Counter
    of (gold goes on, we go on)}; only pairs whose content starts where the gold's does.)"""
    if q is None or len(gold["content"]) > 1 or q.get("parts") or q.get("kind") == "direct":
        return
    g0, g1 = gold["content"][0]
    q0, q1 = q["start"], q["end"]
    if abs(q0 - g0) > 3 and text[g0:q0].strip().lower() not in ("that", "“", '"'):
        return
    m = _SENT_END.search(text, max(g1, q1) - 1)
    s_hi = m.start() if m else len(text)
    for b in _BOUNDARY.finditer(text, g0 + 3, s_hi):
        key = b.group(1).lower()
        key = key if key in _KEYS else ("speech" if _SPEECH_TAIL.fullmatch(key) else "-ing" if key.endswith("ing")
                                        else "a/an/the" if key in ("a", "an", "the") else "other")
        cell = (g1 > b.start() + 1, q1 > b.start() + 1)
        table.setdefault(text[b.start()] + " " + key, Counter())[cell] += 1
        if DUMP:
            DUMP[0].write(json.dumps({"key": text[b.start()] + " " + key, "gold_on": cell[0], "we_on": cell[1],
                                      "sent": text[min(g0, q0):s_hi], "gold": text[g0:g1], "ours": text[q0:q1]}) + "\n")


DUMP: list = []  # an open file the boundary cases go to (``--dump FILE``: train folds only)


_KEYS = set("""and but which who while because as including compared according saying adding though although so if
when after before with in or where since despite even unless until than like such especially""".split()) | {
    "compared to", "according to"}


def run(split_dir: str, analyses: str, show: int = 0, only: str = "") -> dict:
    split = Path(split_dir)
    recs = {}
    for line in open(analyses, encoding="utf-8"):
        r = json.loads(line)
        recs[Path(r["document"].get("source") or "").stem] = r
    ends, starts, f1s, table = Counter(), Counter(), [], {}
    shown = 0
    for name, rec in sorted(recs.items()):
        anns = sorted((split / "attributions").glob(name + "_*.ann"))
        if not anns:
            continue
        text = (split / "text" / (name + ".txt")).read_text(encoding="utf-8")
        conv = clean_to_raw(text, rec["document"].get("text") or text)
        quotes = [dict(q, start=conv(q["start"]), end=conv(q["end"])) for q in rec.get("quotes", [])
                  if q.get("start") is not None]
        for g in load_offsets(text, anns[0].read_text(encoding="utf-8")):
            q = pair(g, quotes)
            end, start, f = classify(text, g, q)
            f1s.append(f)
            boundaries(text, g, q, table)
            ends[end] += 1
            starts[start] += 1
            if show and shown < show and only and only in (end, start):
                shown += 1
                gtext = " | ".join(text[a:b] for a, b in g["content"])
                print(f"--- {name} f1={f:.2f} {end} / {start}\nGOLD: {gtext}\nOURS: {q and q['text']}\n")
    n = len(f1s)
    return {"gold_speech": n, "mean_f1": round(sum(f1s) / n, 3) if n else 0.0,
            "f1>=0.5": round(sum(f >= 0.5 for f in f1s) / n, 3) if n else 0.0,
            "end": ends, "start": starts, "boundaries": table}


def main(argv: list[str]) -> None:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    only = argv[argv.index("--class") + 1] if "--class" in argv else ""
    if "--dump" in argv:
        DUMP[:] = [open(argv[argv.index("--dump") + 1], "w", encoding="utf-8")]
    res = run(argv[0], argv[1], show, only)
    print(f"speech attributions {res['gold_speech']}  mean token F1 {res['mean_f1']}  F1>=0.5 {res['f1>=0.5']}")
    for key in ("end", "start"):
        print(f"\n{key} classes:")
        for k, c in res[key].most_common():
            print(f"  {c:5d}  {k}")
    print("\nboundaries (gold goes on past it / we go on): n  gold-on  we-on  gold-on&we-stop  gold-stop&we-on")
    rows = sorted(res["boundaries"].items(), key=lambda kv: -sum(kv[1].values()))
    for k, c in rows:
        n = sum(c.values())
        print(f"  {k:22s} {n:4d} {c[True, True] + c[True, False]:4d} {c[True, True] + c[False, True]:4d}"
              f" {c[True, False]:4d} {c[False, True]:4d}")


if __name__ == "__main__":
    main(sys.argv[1:])
