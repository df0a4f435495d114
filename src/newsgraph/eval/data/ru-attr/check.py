#!/usr/bin/env python3
"""Check the Russian quote-attribution gold (brat standoff, PolNeAR layout) and print its counts.

usage: check.py [--text DIR] [--offsets-only OUTDIR]
  --text DIR           the texts (default: ../../shared/data/ru-news/text from this file, i.e. /work/shared/...)
  --offsets-only OUTDIR  also write a copy of every .ann without the span texts of Content T lines
                       (the repository may hold offsets and short spans, never passages)

Layout: <this dir>/{dev,heldout,dev-c,dev-b}/attributions/NAME_gold.ann (dev-c: the held-out texts of odd index, a
development split since round 19; dev-b: a second annotation of 14 dev texts); the text is TEXT_DIR/NAME.txt, read as
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

from newsgraph.eval.brat import KINDS, check_relations, read_ann, report

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout", "dev-c", "dev-b")
SECOND = {"dev-b"}  # a second, independent annotation of texts of another split (README: dev-b)


def check_file(path, text, errs):
    where, T, E, A, spk, rep = read_ann(path, text, errs, content_text=True)
    items = []
    used = check_relations(E, T, A, spk, errs, rep)
    for eid, (roles, at) in E.items():
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
            if split in SECOND:
                if seen.get(name) != "dev":
                    errs.append(f"{f}: {split} annotates dev texts only, not {name}")
            elif name in seen:
                errs.append(f"{f}: text {name} in both {seen[name]} and {split}")
            else:
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
        print("   kind: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
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
    return report(errs)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
