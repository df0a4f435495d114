"""Which words of saying state their object, counted on PolNeAR train (``python -m newsgraph.eval.cue_lexicon``).

The English quote reader takes the noun-phrase object of a verb of stating as what its subject states ("Emirates
announced an order of 50 jets", "the agency reported a fourth case of measles":
understand/quotes/en_objects.stated_object), and the "that"-clause of a noun of saying as what its owner said
("Complaints that the ports are confusing …": quotes/en_nouncues.py). Which words do so is read from the annotated
corpus, not written by hand. Counted, by lemma and shape, the uses in the shape the reader proposes:

- verb-np: finite, active verbs with a noun-phrase object (no clause, no participle, no relative clause:
  ``en_objects.object_shape``);
- verb-prep: the same verbs with no object and a preposition's object right after them ("spoke about the toxic
  consequences of …": ``en_objects.prep_shape``), by "VERB PREP";
- noun-that: nouns with a "that"-clause (``en_noun_that.that_clause``).

A use is positive when an annotator marked a cue over the word and a Content matching the object or clause
(word-token F1 >= 0.5, the scorer's match). Kept: verbs of speech or report (lang/en/speech_verbs.txt, any form:
PolNeAR also annotates "mocked the ambitions of", "criticized Clinton", which the en-attr guidelines leave out as
topics without a proposition) and nouns, with at least ``--min-count`` positives and a precision of at least
``--min-precision`` (0.7: the reader takes these by convention, not by the model's score; at 0.6 "acknowledged the
crowd" and "highlighted the mural with a flashlight" came in). The output is read by the reader:

    python -m newsgraph.eval.cue_lexicon ../shared/data/polnear/train > \\
        src/newsgraph/understand/lang/en/stated_object_cues.tsv

(about 8 minutes on this machine: every train article is parsed.)
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .quotes import token_f1

HEADER = """# Cues counted on PolNeAR train by `python -m newsgraph.eval.cue_lexicon ../shared/data/polnear/train`
# (eval/cue_lexicon.py). verb-np: verbs whose noun-phrase object is what their subject states (the active, finite
# uses with a noun-phrase object, understand/quotes/en_objects.stated_object); verb-prep: the same of a preposition's
# object ("VERB PREP"); noun-that: nouns whose "that"-clause is what their owner said (quotes/en_nouncues.py).
# Positive: annotated as a cue whose Content is that object or clause. Kept: verbs of speech or report
# (speech_verbs.txt) and nouns, with >= {n} positives and precision >= {p}.
# Do not edit by hand.
# kind\tlemma\tpositives\tuses\tprecision"""


def read_ann(text: str, ann: str) -> list[tuple[list[tuple[int, int]], str]]:
    """[(cue segments, content text)] of one brat file (PolNeAR layout)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    rels = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            segs = []
            for seg in " ".join(parts[1].split(" ")[1:]).split(";"):
                a, b = seg.split()
                segs.append((int(a), int(b)))
            spans[parts[0]] = segs
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split(" ") if ":" in x))
    for r in rels:
        cue, content = spans.get(r.get("Cue", "")), spans.get(r.get("Content", ""))
        if cue and content:
            out.append((cue, " ".join(text[a:b] for a, b in content)))
    return out


def count(split_dir: Path, log=print) -> tuple[Counter, Counter]:
    """(uses, positives) by lemma over the articles of ``split_dir`` (text/ and attributions/)."""
    from ..understand.nlp import english
    from ..understand.quotes.en_objects import object_shape, prep_shape
    from ..understand.quotes.en_noun_that import that_clause
    nlp = english()
    uses, pos = Counter(), Counter()
    texts = sorted((split_dir / "text").glob("*.txt"))
    for n, path in enumerate(texts, 1):
        anns = sorted((split_dir / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        gold = read_ann(text, anns[0].read_text(encoding="utf-8"))
        doc = nlp(text)
        for v in doc:
            shapes = []
            if v.pos_ == "VERB":
                shapes.append(("verb-np", v.lemma_.lower(), object_shape(v, len(text))))
                prep = prep_shape(v, len(text))
                if prep is not None:
                    shapes.append(("verb-prep", f"{v.lemma_.lower()} {prep[2]}", prep[:2]))
            elif v.pos_ == "NOUN":  # (the clause as en_nouncues reads it)
                shapes.append(("noun-that", v.lemma_.lower(), that_clause(v, len(text), relcl=True)))
            for kind, lemma, span in shapes:
                if span is None:
                    continue
                uses[kind, lemma] += 1
                what = text[span[0]:span[1]]
                if any(any(a <= v.idx < b for a, b in cue) and token_f1(content, what) >= 0.5
                       for cue, content in gold):
                    pos[kind, lemma] += 1
        if n % 100 == 0:
            log(f"  {n}/{len(texts)} articles read", file=sys.stderr)
    return uses, pos


def lexicon(uses: Counter, pos: Counter, min_count: int, min_precision: float) -> list[tuple[str, int, int, float]]:
    from ..understand import rules
    speech = rules.words("en", "speech_verbs")  # (forms: "mentioned", "cited" stand for their lemma)
    rows = [(kind, lem, pos[kind, lem], n, round(pos[kind, lem] / n, 3)) for (kind, lem), n in uses.items()
            if (kind == "noun-that" or any(lem.split()[0] + end in speech for end in ("", "s", "d", "ed"))) and
            pos[kind, lem] >= min_count and pos[kind, lem] / n >= min_precision]
    return sorted(rows, key=lambda r: (r[0], -r[2], r[1]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.cue_lexicon", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split_dir", type=Path, help="a PolNeAR split folder (text/, attributions/): the train split")
    ap.add_argument("--min-count", type=int, default=5, help="positives a lemma needs (default 5)")
    ap.add_argument("--min-precision", type=float, default=0.7, help="share of its uses annotated (default 0.7)")
    ap.add_argument("--counts", type=Path,
                    help="also write every lemma's counts to this file (to choose the thresholds)")
    a = ap.parse_args(argv)
    if not (a.split_dir / "text").is_dir():
        print(f"error: {a.split_dir}: no text/ folder (a PolNeAR split folder is needed)", file=sys.stderr)
        return 2
    uses, pos = count(a.split_dir, log=print)
    if a.counts is not None:
        a.counts.write_text("".join(f"{k}\t{lem}\t{pos[k, lem]}\t{n}\t{pos[k, lem] / n:.3f}\n"
                                    for (k, lem), n in uses.most_common()), encoding="utf-8")
    print(HEADER.format(n=a.min_count, p=a.min_precision))
    for row in lexicon(uses, pos, a.min_count, a.min_precision):
        print("\t".join(map(str, row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
