"""Evaluation of Russian quote attribution on a development set (``eval/data/quotes-ru-dev.jsonl``; the held-out
set is ``quotes-ru-heldout.jsonl``).

Each line of the set is one or two sentences with the quotes a careful reader finds in them: ``speaker`` (the
actor's canonical name, or null when the text does not say), ``content`` (what was said), ``cue`` and, where the
text credits one, ``outlets``. Negative cases (names and titles in guillemets, scare quotes, outlets reporting,
verbs that are not speech) have no quotes; a naming verb ("назвал", "охарактеризовал") with words of its
predicate in quote marks is a mixed quote of its subject (round 3 of issue 16, as in English: 'called the ruling "a
disgrace"'), the same verb judging its object without marks an indirect one (round 25), a name given none; an
outlet relaying someone's attribution
("…, сообщает РБК", "цитирует X «Интерфакс»") reports it as a quote of its own whose content is the relayed
attribution (since round 20, as PolNeAR and the ru-attr gold count it). A predicted quote matches a gold one when
their contents agree (one contains the other, or their words overlap by 60% or more).

    python -m newsgraph.eval.quotes_ru [PATH] [--verbose]

prints precision, recall and F1 of quote detection, and the speaker, cue and outlet accuracy on matched quotes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

DEVSET = Path(__file__).with_name("data") / "quotes-ru-dev.jsonl"
HELDOUT = DEVSET.with_name("quotes-ru-heldout.jsonl")


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def same_content(pred: str, gold: str) -> bool:
    p, g = pred.strip("«»\"“” .").lower(), gold.strip("«»\"“” .").lower()
    if p and g and (p in g or g in p):
        return True
    pw, gw = _words(p), _words(g)
    return bool(pw and gw) and len(pw & gw) / len(pw | gw) >= 0.6


def load(path: Path) -> list[dict]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not a JSON object ({exc.msg})") from None
    return cases


def evaluate(path: Path = DEVSET, verbose: bool = False, out=sys.stdout) -> dict:
    from ..ingest.base import RawDocument
    from ..pipeline import Pipeline
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    pipe = Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                            "understand.quotes"])
    cases = load(path)
    tp = n_pred = n_gold = spk_ok = cue_ok = out_ok = 0
    t0 = time.perf_counter()
    for case in cases:
        rec = pipe.run(RawDocument(source=f"{path.name}#{case['id']}", text=case["text"], language="ru"))
        preds = list(rec.quotes)
        golds = case.get("quotes", [])
        n_pred += len(preds)
        n_gold += len(golds)
        used = set()
        for g in golds:
            same = [k for k, p in enumerate(preds) if k not in used and same_content(p.text, g["content"])]
            hit = next((k for k in same if (preds[k].speaker.name if preds[k].speaker else None) == g.get("speaker")),
                       same[0] if same else None)  # (two attributions of one content, a relay's: by speaker first)
            if hit is None:
                if verbose:
                    print(f"MISSED  {case['id']}: {g['content']!r}", file=out)
                continue
            used.add(hit)
            p = preds[hit]
            tp += 1
            name = p.speaker.name if p.speaker else None
            ok_s = name == g.get("speaker")
            ok_c = (p.cue or None) == g.get("cue")
            ok_o = sorted(r.name for r in p.reported_by) == sorted(g.get("outlets", []))
            spk_ok += ok_s
            cue_ok += ok_c
            out_ok += ok_o
            if verbose and not (ok_s and ok_c and ok_o):
                print(f"WRONG   {case['id']}: speaker {name!r} (gold {g.get('speaker')!r}), cue {p.cue!r} "
                      f"(gold {g.get('cue')!r}), outlets {[r.name for r in p.reported_by]} "
                      f"(gold {g.get('outlets', [])})", file=out)
        if verbose:
            for k, p in enumerate(preds):
                if k not in used:
                    print(f"EXTRA   {case['id']}: {p.text!r} ({p.speaker.name if p.speaker else None})", file=out)
    secs = time.perf_counter() - t0
    prec = tp / n_pred if n_pred else 1.0
    rec_ = tp / n_gold if n_gold else 1.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    res = {"cases": len(cases), "gold": n_gold, "predicted": n_pred, "matched": tp, "precision": round(prec, 3),
           "recall": round(rec_, 3), "f1": round(f1, 3), "speaker_accuracy": round(spk_ok / tp, 3) if tp else 0.0,
           "cue_accuracy": round(cue_ok / tp, 3) if tp else 0.0,
           "outlet_accuracy": round(out_ok / tp, 3) if tp else 0.0, "seconds": round(secs, 2)}
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.quotes_ru",
                                 description="Score Russian quote attribution (understand.quotes) on a development set "
                                             "and print precision, recall, F1 and speaker/cue/outlet accuracy.")
    ap.add_argument("path", nargs="?", type=Path, default=DEVSET,
                    help=f"JSONL development set (default: the bundled {DEVSET.name})")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every missed, wrong and extra quote")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    if not args.path.is_file():
        print(f"{args.path}: no such file", file=sys.stderr)
        return 2
    res = evaluate(args.path, verbose=args.verbose)
    if args.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
