"""Checks shared by the brat standoff gold checkers (eval/data/ru-attr/check.py, eval/data/en-attr/check.py): each
attribution's E line against its spans, in the PolNeAR layout (Source, Cue, Content, Attribution)."""
from __future__ import annotations

import os
import re

KINDS = ("direct", "indirect", "mixed")
TYPES = ("Source", "Cue", "Content", "Attribution")


def check_relations(E: dict, T: dict, A: dict, spk: dict, errs: list, reports: dict | None = None) -> set:
    """Append to ``errs`` what is wrong with each E line (``E``: id -> (roles, where); ``T``: span id -> (type,
    ranges, text); ``A``: E id -> kind; ``spk``: E id -> speaker comment; ``reports``: E id -> the E ids it
    reports); return the span ids the E lines use."""
    used = set()
    for eid, (roles, at) in E.items():
        for r in ("Attribution", "Cue", "Content"):
            if r not in roles:
                errs.append(f"{at}: {eid} has no {r}")
        for r, t in roles.items():
            if r not in TYPES:
                errs.append(f"{at}: {eid} unknown role {r}")
            elif t not in T:
                errs.append(f"{at}: {eid} refers to missing {t}")
            elif T[t][0] != r:
                errs.append(f"{at}: {eid} role {r} points to a {T[t][0]} span")
            used.add(t)
        if roles.get("Attribution") in T and roles.get("Cue") in T and T[roles["Attribution"]][1] != T[roles["Cue"]][1]:
            errs.append(f"{at}: {eid} Attribution span differs from Cue span")
        if eid not in A:
            errs.append(f"{at}: {eid} has no Kind")
        if eid not in spk:
            errs.append(f"{at}: {eid} has no speaker comment")
        for r in (reports or {}).get(eid, []):
            if r not in E:
                errs.append(f"{at}: {eid} reports missing {r}")
    return used


def report(errs: list) -> int:
    """Print the errors (the first 50) and return the checker's exit status: 1 with errors, else 0."""
    if errs:
        print(f"ERRORS: {len(errs)}")
        for e in errs[:50]:
            print("  " + e)
        return 1
    print("all spans and references check out")
    return 0


def parse_ranges(s: str) -> list[tuple[int, int]]:
    """"A B;C D" -> [(A, B), (C, D)]."""
    out = []
    for seg in s.split(";"):
        a, b = seg.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: str, text: str, errs: list, content_text: bool = True) -> tuple:
    """The spans, E lines, kinds, speaker and report comments of one .ann file over ``text``, each line checked
    (errors appended to ``errs``): (where, T, E, A, speakers, reports). ``content_text``: whether Content spans
    keep their text (else they must leave it out: offsets only)."""
    where = os.path.basename(path)
    T, E, A, spk, rep = {}, {}, {}, {}, {}
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line:
            continue
        at = f"{where}:{ln}"
        if line.startswith("#"):
            m = re.match(r"^# (E\d+) speaker: (.+)$", line)
            m2 = re.match(r"^# (E\d+) reports: ((?:E\d+ ?)+)$", line)
            if m:
                spk[m.group(1)] = m.group(2).strip()
            elif m2:
                rep[m2.group(1)] = m2.group(2).split()
            else:
                errs.append(f"{at}: unknown comment")
            continue
        parts = line.split("\t")
        tid = parts[0]
        if tid.startswith("T"):
            _span(tid, parts, at, text, T, errs, content_text)
        elif tid.startswith("E"):
            roles = {}
            for x in parts[1].split(" "):
                r, _, t = x.partition(":")
                if r in roles:
                    errs.append(f"{at}: role {r} twice")
                roles[r] = t
            E[tid] = (roles, at)
        elif tid.startswith("A"):
            m = re.match(r"^Kind (E\d+) (\w+)$", parts[1] if len(parts) > 1 else "")
            if not m or m.group(2) not in KINDS:
                errs.append(f"{at}: bad A line")
                continue
            if m.group(1) in A:
                errs.append(f"{at}: second Kind for {m.group(1)}")
            A[m.group(1)] = m.group(2)
        else:
            errs.append(f"{at}: unknown line")
    return where, T, E, A, spk, rep


def _span(tid, parts, at, text, T, errs, content_text) -> None:
    if len(parts) != 3:
        errs.append(f"{at}: T line needs 3 tab fields")
        return
    typ, _, rng = parts[1].partition(" ")
    if typ not in TYPES:
        errs.append(f"{at}: bad type {typ}")
        return
    try:
        rs = parse_ranges(rng)
    except ValueError:
        errs.append(f"{at}: bad range {rng!r}")
        return
    for a, b in rs:
        if not (0 <= a < b <= len(text)):
            errs.append(f"{at}: range {a} {b} outside text")
        elif text[a:b] != text[a:b].strip():
            errs.append(f"{at}: span has leading/trailing whitespace")
    if any(rs[i][1] > rs[i + 1][0] for i in range(len(rs) - 1)):
        errs.append(f"{at}: ranges not in order")
    got = " ".join(text[a:b] for a, b in rs)
    if typ == "Content" and not content_text:
        if parts[2]:
            errs.append(f"{at}: Content span text must be left out (offsets only)")
    elif got != parts[2]:
        errs.append(f"{at}: span text differs: file {parts[2][:40]!r} text {got[:40]!r}")
    if tid in T:
        errs.append(f"{at}: duplicate {tid}")
    T[tid] = (typ, rs, got)
