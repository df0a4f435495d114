"""Small Russian and Ukrainian event sets (tests/understand/data/events_ru_dev.tsv, events_ru_heldout.tsv,
events_ru_blind2.tsv, events_uk_dev.tsv: sentence, gold type, actor word), scored
as `newsgraph eval events` scores the PLOVER gold: a gold type is found when an event of that type has the actor
right; every other predicted type of a sentence is a false positive of that type; macro-F1 over the gold types.
Run with ``pytest -s tests/understand/test_events_ru_dev.py`` to see the per-type figures."""
from collections import defaultdict
from pathlib import Path

import pytest
from floors import FLOORS as _FLOORS

import newsgraph
from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import _load_components

_load_components()

DATA = Path(__file__).parent / "data"
DEV = DATA / "events_ru_dev.tsv"
# Floors, not targets: the dev set (34 sentences) measured 1.00 once its two misses were fixed; the held-out set
# (31 sentences) measured 0.888 blind (first run, before any rule was changed for it), 1.00 after four lexicon and
# agent-noun additions. The second blind set (20 longer sentences, written after all of that) measured 0.795 blind,
# 0.872 after four additions (a dative recipient for AID verbs, troop contingents, missile tests, "силы"); what is
# left: a future aid ("выделит") is AGREE by the codebook's future convention where the gold says AID, and a second,
# correct event of a sentence counts as a false positive in this simple scoring. A drop below the floor is a
# regression.
# The Ukrainian set (16 sentences, the shallow Ukrainian reading) measured 0.831 blind, 1.00 after three fixes (a
# wider window for two-word patterns and absorption, "тисячі людей", no adjective "військової" as an actor).
FLOORS = _FLOORS["events"]["ru"]  # tests/floors.toml


def load_dev(path=None):
    path = path or DEV
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) == 3, f"{path.name}:{n}: expected 3 TAB-separated columns"
        rows.append(cells)
    return rows


def score(rows, records):
    counts = defaultdict(lambda: [0, 0, 0])  # type -> tp, fp, fn
    misses = []
    for (sentence, typ, actor), rec in zip(rows, records):
        predicted = {v.type for v in rec.events}
        found = typ != "-" and any(
            v.type == typ and any(actor.lower() in (a.name + " " + (a.mention.text if a.mention else "")).lower()
                                  for a in v.actors) for v in rec.events)
        if typ != "-":
            counts[typ][0 if found else 2] += 1
        for p in predicted - ({typ} if found else set()):
            counts[p][1] += 1
        if not found and typ != "-" or predicted - {typ}:
            misses.append((sentence, typ, actor, [(v.type, [a.name for a in v.actors]) for v in rec.events]))
    f1s = {}
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, tp + fn)
    gold_types = [t for t, v in f1s.items() if v[3]]
    macro = sum(f1s[t][2] for t in gold_types) / len(gold_types)
    return macro, f1s, misses


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_macro_f1(name):
    rows = load_dev(DATA / name)
    assert len(rows) >= 15
    records = list(newsgraph.analyze_many([RawDocument(source=f"dev{i}", text=r[0]) for i, r in enumerate(rows)]))
    lang = "uk" if name.startswith("events_uk") else "ru"
    assert all(rec.document.language == lang for rec in records)
    macro, f1s, misses = score(rows, records)
    print(f"\n{name}: {len(rows)} sentences, macro-F1 (type with the actor right) = {macro:.3f}")
    for t in sorted(f1s):
        p, r, f, n = f1s[t]
        print(f"  {t:<10} P={p:.2f} R={r:.2f} F1={f:.2f} support={n}")
    for m in misses:
        print("  miss:", m)
    assert macro >= FLOORS[name], misses
