#!/usr/bin/env python3
"""Check the Russian quote-attribution gold (brat standoff, PolNeAR layout) and print its counts.

usage: check.py [--text DIR] [--offsets-only OUTDIR]
  --text DIR           the texts (default: ../../shared/data/ru-news/text from this file, i.e. /work/shared/...)
  --offsets-only OUTDIR  also write a copy of every .ann without the span texts of Content T lines
                       (the repository may hold offsets and short spans, never passages)

Layout: <this dir>/{dev,heldout}/attributions/NAME_gold.ann; the text is TEXT_DIR/NAME.txt, read as
open(path, encoding="utf-8").read(); offsets are Python str indices, end exclusive; discontinuous spans are
"A B;C D" and their text is the pieces joined by one space (as brat and ../shared/eval/polnear.py do).
Per attribution: T Source (optional), T Cue, T Content, T Attribution (= the cue span), an E line
"Attribution:T Content:T Cue:T [Source:T]", a "# E<n> speaker: NAME" comment ('-' = no source in the text;
several names joined by '; '), an optional "# E<n> reports: E<m> [E<k>]" comment (an outlet's or another
source's report that contains attribution E<m>), and "A<n>\tKind E<n> direct|indirect|mixed".
Exit status 1 when anything fails.
"""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
KINDS = ("direct", "indirect", "mixed")
TYPES = ("Source", "Cue", "Content", "Attribution")


def parse_ranges(s):
    out = []
    for seg in s.split(";"):
        a, b = seg.split()
        out.append((int(a), int(b)))
    return out


def check_file(path, text, errs):
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
            if len(parts) != 3:
                errs.append(f"{at}: T line needs 3 tab fields"); continue
            typ, _, rng = parts[1].partition(" ")
            if typ not in TYPES:
                errs.append(f"{at}: bad type {typ}"); continue
            try:
                rs = parse_ranges(rng)
            except ValueError:
                errs.append(f"{at}: bad range {rng!r}"); continue
            for a, b in rs:
                if not (0 <= a < b <= len(text)):
                    errs.append(f"{at}: range {a} {b} outside text")
            if any(rs[i][1] > rs[i + 1][0] for i in range(len(rs) - 1)):
                errs.append(f"{at}: ranges not in order")
            got = " ".join(text[a:b] for a, b in rs)
            if got != parts[2]:
                errs.append(f"{at}: span text differs: file {parts[2][:40]!r} text {got[:40]!r}")
            for a, b in rs:
                if text[a:b] != text[a:b].strip():
                    errs.append(f"{at}: span has leading/trailing whitespace")
            if tid in T:
                errs.append(f"{at}: duplicate {tid}")
            T[tid] = (typ, rs, got)
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
                errs.append(f"{at}: bad A line"); continue
            if m.group(1) in A:
                errs.append(f"{at}: second Kind for {m.group(1)}")
            A[m.group(1)] = m.group(2)
        else:
            errs.append(f"{at}: unknown line")
    used = set()
    items = []
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
        for r in rep.get(eid, []):
            if r not in E:
                errs.append(f"{at}: {eid} reports missing {r}")
        if eid in A and roles.get("Content") in T:
            c = T[roles["Content"]][2]
            if A[eid] == "direct" and (c[:1] == "«" or c[-1:] == "»" or (c[:1] == c[-1:] == '"')):
                errs.append(f"{at}: {eid} direct content keeps its outer quote marks")
        get = lambda r: T[roles[r]][2] if roles.get(r) in T else ""
        items.append({"kind": A.get(eid), "source": get("Source"), "cue": get("Cue"), "content": get("Content"),
                      "speaker": spk.get(eid, ""), "reports": bool(rep.get(eid))})
    for t in T:
        if t not in used:
            errs.append(f"{where}: {t} not used by any E line")
    for x in list(A) + list(spk) + list(rep):
        if x not in E:
            errs.append(f"{where}: {x} in A/comment line has no E line")
    return items


def main(argv):
    text_dir = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "ru-news", "text"))
    strip_dir = None
    if "--text" in argv:
        text_dir = argv[argv.index("--text") + 1]
    if "--offsets-only" in argv:
        strip_dir = argv[argv.index("--offsets-only") + 1]
    errs, total = [], Counter()
    seen = {}
    for split in SPLITS:
        adir = os.path.join(HERE, split, "attributions")
        files = sorted(f for f in os.listdir(adir) if f.endswith(".ann")) if os.path.isdir(adir) else []
        items_all, ntexts = [], 0
        for f in files:
            name = re.sub(r"_[^_]+\.ann$", "", f)
            if name in seen:
                errs.append(f"{f}: text {name} in both {seen[name]} and {split}")
            seen[name] = split
            tpath = os.path.join(text_dir, name + ".txt")
            if not os.path.exists(tpath):
                errs.append(f"{f}: no text {tpath}"); continue
            text = open(tpath, encoding="utf-8").read()
            items = check_file(os.path.join(adir, f), text, errs)
            ntexts += 1
            items_all += items
            if strip_dir:
                od = os.path.join(strip_dir, split, "attributions")
                os.makedirs(od, exist_ok=True)
                with open(os.path.join(od, f), "w", encoding="utf-8") as out:
                    for line in open(os.path.join(adir, f), encoding="utf-8"):
                        p = line.rstrip("\n").split("\t")
                        if p[0].startswith("T") and p[1].startswith("Content "):
                            p[2] = ""
                        out.write("\t".join(p) + "\n")
        kinds = Counter(i["kind"] for i in items_all)
        cues = Counter(i["cue"].lower() for i in items_all)
        with_src = sum(bool(i["source"]) for i in items_all)
        named = sum(i["speaker"] not in ("", "-") for i in items_all)
        cap = sum(bool(re.search(r"[A-ZА-ЯЁ]", i["speaker"][:1] or "")) for i in items_all)
        reps = sum(i["reports"] for i in items_all)
        print(f"== {split}: texts {ntexts}, attributions {len(items_all)}")
        print(f"   kind: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
        print(f"   source span: with {with_src}, without {len(items_all) - with_src}; "
              f"speaker resolved {named} (capitalised name {cap}), '-' {len(items_all) - named}; "
              f"reports of another attribution {reps}")
        print(f"   distinct cues: {len(cues)}; most frequent: " + ", ".join(f"{c} {n}" for c, n in cues.most_common(15)))
        total["texts"] += ntexts
        total["attributions"] += len(items_all)
        for k in KINDS:
            total[k] += kinds.get(k, 0)
    print(f"== total: texts {total['texts']}, attributions {total['attributions']} "
          f"(direct {total['direct']}, indirect {total['indirect']}, mixed {total['mixed']})")
    if errs:
        print(f"ERRORS: {len(errs)}")
        for e in errs[:50]:
            print("  " + e)
        return 1
    print("all spans and references check out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
