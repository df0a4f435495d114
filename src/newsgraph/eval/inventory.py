"""The English attribution INVENTORY: the language covered by construction, not by one gold set
(``python -m newsgraph.eval.inventory``).

``data/en-attr/inventory.tsv`` holds sentences written for the test, one or more per construction ("that"-clause,
bare clause, "to"-infinitive, colon, quotation, "as" predicate, "according to", "in a statement", a noun's
"that"-clause, agentless passives, findings of polls and studies, outlets) and cue class (speech, claim, belief,
directive, commissive, finding, outlet, called), with the statement each makes and its speaker; and sentences that
state nothing (deeds, plans, captions, headlines, the writer's own voice, depictions, a doctor's prescription,
teaching someone how to do something, "is said to" rumours). The cue classes follow the cues counted on PolNeAR
train (``eval/cue_lexicon.py``; said, says, told, according to, wrote, added, asked, noted, reported, announced,
suggested, argued, show/found, …).

A row is HIT when the product reads it as its row says: a statement row when one quote matches the content (word-token
F1 >= 0.5, the scorers' match) and, when the row names one, its speaker (a word of the speaker's name or mention;
'-': no speaker); a non-statement row when no quote is made at all. ``status`` records what the product does today
(``ok`` or ``open``); tests/understand/test_en_inventory.py checks every row against it.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .quotes import token_f1

PATH = Path(__file__).with_name("data") / "en-attr" / "inventory.tsv"


@dataclass
class Row:
    id: str
    construction: str
    cue_class: str
    speaker: str
    content: str
    status: str
    sentence: str


def load(path: Path = PATH) -> list[Row]:
    rows = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for ln in lines[1:]:
        rows.append(Row(*ln.split("\t")))
    return rows


def _speaker_words(q) -> str:
    if q.speaker is None:
        return ""
    mention = q.speaker.mention.text if q.speaker.mention is not None else ""
    return f"{q.speaker.name} {mention}"


def judge(row: Row, record) -> tuple[bool, str]:
    """(hit, what the product made) of one row."""
    made = "; ".join(f"{q.text!r} <{q.speaker.name if q.speaker else '-'}> [{q.cue}]" for q in record.quotes)
    if not row.content:
        return not record.quotes, made
    for q in record.quotes:
        if token_f1(q.text, row.content) < 0.5:
            continue
        if row.speaker == "-":
            ok = q.speaker is None or not q.speaker.name
        elif row.speaker:
            ok = row.speaker.lower() in _speaker_words(q).lower()
        else:
            ok = True
        if ok:
            return True, made
    return False, made


def run(rows: list[Row]) -> list[tuple[Row, bool, str]]:
    from .quotes import analyze_texts
    records = analyze_texts([r.sentence for r in rows])
    return [(r, *judge(r, rec)) for r, rec in zip(rows, records)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.inventory", description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="print every row, not only the rows the product gets wrong")
    args = ap.parse_args(argv)
    results = run(load())
    by_class: Counter = Counter()
    hits: Counter = Counter()
    for row, hit, made in results:
        key = "not a statement" if not row.content else row.construction
        by_class[key] += 1
        hits[key] += hit
        if args.all or not hit:
            mark = "HIT " if hit else "MISS" if row.content else "FP  "
            print(f"{mark} {row.id} {row.construction}/{row.cue_class} [{row.status}]: {row.sentence}\n"
                  f"      made: {made or '-'}")
    for key in sorted(by_class):
        print(f"{key:22s} {hits[key]}/{by_class[key]}")
    total = sum(hit for _, hit, _ in results)
    print(f"rows hit: {total}/{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
