#!/usr/bin/env python3
"""Check the English whole-page attribution gold (brat standoff, PolNeAR layout) and print its counts.

usage: check.py [--gt PATH] [--select]
  --gt PATH   ground-truth.json of the article-extraction benchmark (default: /work/shared/data/... found
              from this file as ../../../../../../shared/data/article-extraction-benchmark/ground-truth.json,
              else ../shared/... from the working directory)
  --select    print the candidate pages of the selection rule (README) in order, with their length, and exit

Layout: <this dir>/{dev,heldout}/<12-hex>.ann; the text is the articleBody of the ground-truth key starting with
those 12 hex digits. Offsets are Python str indices, end exclusive; discontinuous spans "A B;C D" (text: the pieces
joined by one space). Per attribution: T Source (optional), T Cue, T Content (its text left out: offsets only),
T Attribution (= the cue span), an E line "Attribution:T Content:T Cue:T [Source:T]", "# E<n> speaker: NAME"
('-' = no source named in the text) and "A<n>\tKind E<n> direct|indirect|mixed". Exit status 1 when anything fails.
"""
import json
import os
import re
import sys
from collections import Counter

from newsgraph.eval.brat import KINDS, check_relations, read_ann, report

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
FUNCTION = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "it", "as", "by",
            "at", "from"}
MAX_CHARS = 6000


def gt_path(argv):
    if "--gt" in argv:
        return argv[argv.index("--gt") + 1]
    rel = os.path.join("shared", "data", "article-extraction-benchmark", "ground-truth.json")
    for base in (os.path.join(HERE, *[".."] * 6), os.path.join(HERE, *[".."] * 7), "..", "/work"):
        p = os.path.normpath(os.path.join(base, rel))
        if os.path.exists(p):
            return p
    return os.path.join("..", rel)


def real_pages():
    path = os.path.join(HERE, "..", "attribution-real.jsonl")
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("{"):
            out.add(json.loads(line)["page"])
    return out


def english(body):
    toks = re.findall(r"\w+", body.lower())
    return bool(toks) and sum(t in FUNCTION for t in toks) / len(toks) >= 0.08


def candidates(gt):
    """(key, reason) in sorted key order; reason '' for a candidate, else why it is skipped."""
    skip = real_pages()
    for key in sorted(gt):
        body = gt[key]["articleBody"]
        if key[:12] in skip:
            yield key, "in attribution-real.jsonl"
        elif not english(body):
            yield key, "not English"
        elif len(body) > MAX_CHARS:
            yield key, f"over {MAX_CHARS} characters"
        else:
            yield key, ""


def texts(gt):
    return {k[:12]: v["articleBody"] for k, v in gt.items()}


def check_file(path, text, errs):
    where, T, E, A, spk, rep = read_ann(path, text, errs, content_text=False)
    items = []
    used = check_relations(E, T, A, spk, errs)
    for eid, (roles, at) in E.items():
        if eid in A and roles.get("Content") in T:
            c = T[roles["Content"]][2].strip()
            if A[eid] == "direct" and (c[:1] in "\"“" or c[-1:] in "\"”"):
                errs.append(f"{at}: {eid} direct content keeps its outer quote marks")

        def get(r, roles=roles):
            return T[roles[r]][2] if roles.get(r) in T else ""
        items.append({"kind": A.get(eid), "source": get("Source"), "cue": get("Cue"), "speaker": spk.get(eid, "")})
    for t in T:
        if t not in used:
            errs.append(f"{where}: {t} not used by any E line")
    for x in list(A) + list(spk):
        if x not in E:
            errs.append(f"{where}: {x} in A/comment line has no E line")
    return items


def main(argv):
    gt = json.load(open(gt_path(argv), encoding="utf-8"))
    if "--select" in argv:
        for key, why in candidates(gt):
            print(f"{key[:12]}\t{len(gt[key]['articleBody'])}\t{why or 'candidate'}")
        return 0
    bodies = texts(gt)
    errs, total, seen = [], Counter(), {}
    for split in SPLITS:
        adir = os.path.join(HERE, split)
        files = sorted(f for f in os.listdir(adir) if f.endswith(".ann")) if os.path.isdir(adir) else []
        items_all = []
        for f in files:
            name = f[:-4]
            if name in seen:
                errs.append(f"{f}: page {name} in both {seen[name]} and {split}")
            seen[name] = split
            if name not in bodies:
                errs.append(f"{f}: no page {name} in {gt_path(argv)}")
                continue
            items_all += check_file(os.path.join(adir, f), bodies[name], errs)
        kinds = Counter(i["kind"] for i in items_all)
        cues = Counter(i["cue"].lower() for i in items_all)
        with_src = sum(bool(i["source"]) for i in items_all)
        named = sum(i["speaker"] not in ("", "-") for i in items_all)
        print(f"== {split}: pages {len(files)}, attributions {len(items_all)}")
        print("   kind: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
        print(f"   source span: with {with_src}, without {len(items_all) - with_src}; "
              f"speaker resolved {named}, '-' {len(items_all) - named}")
        print(f"   distinct cues: {len(cues)}; most frequent: " + ", ".join(f"{c} {n}" for c, n in cues.most_common(12)))
        total["pages"] += len(files)
        total["attributions"] += len(items_all)
        for k in KINDS:
            total[k] += kinds.get(k, 0)
    print(f"== total: pages {total['pages']}, attributions {total['attributions']} "
          f"(direct {total['direct']}, indirect {total['indirect']}, mixed {total['mixed']})")
    return report(errs)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
