"""An analysis record built from the seed's gold (../shared/seed/expected.json) over the real clean text: every
gold quote, entity alias, event evidence, date and quantity located in the text. It lets the rendering tests
check the document view against the gold independently of how well the extractors do today."""
from __future__ import annotations

import json
import re
from pathlib import Path

from newsgraph.record import (Analysis, DateExpr, Entity, Event, Evidence, Mention, Quantity, Quote, Ref)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seed" / "article.txt"
GOLD = SHARED / "seed" / "expected.json"


def gold_record(clean: Analysis) -> Analysis:
    """``clean``: the record of the seed after cleaning (its text and paragraphs are kept)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = clean.document.text
    rec = Analysis(document=clean.document)
    ents = {}
    for i, g in enumerate(gold["entities"], 1):
        e = Entity(id=f"e{i}", name=g["name"], type=g["type"], role=g.get("role"), aliases=list(g.get("aliases", [])))
        taken = set()
        for alias in sorted(set(g.get("aliases", [])) | {g["name"]}, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    taken.add((m.start(), m.end()))
                    e.mentions.append(Mention(m.start(), m.end(), m.group()))
        e.mentions.sort(key=lambda m: m.start)
        ents[g["name"]] = e
        rec.entities.append(e)

    def ref(name, near=None):
        if not name:
            return None
        e = ents.get(name)
        if e is None:
            return Ref(None, name)
        mention = None
        if near is not None and e.mentions:
            mention = min(e.mentions, key=lambda m: abs(m.start - near))
        return Ref(e.id, e.name, mention)

    for g in gold["quotes"]:
        start = text.find(g["content"])
        assert start >= 0, g["content"]
        end = start + len(g["content"])
        outlets = [g["reported_by"]] if isinstance(g.get("reported_by"), str) else list(g.get("reported_by") or [])
        rec.quotes.append(Quote(id=g["id"].lower(), kind=g["kind"], text=g["content"], cue=g.get("cue"),
                                speaker=ref(g["speaker"], start), start=start, end=end,
                                reported_by=[ref(o, end) for o in outlets]))
    for g in gold["events"]:
        start = text.find(g["evidence"])
        if start < 0:
            continue
        rec.events.append(Event(id=g["id"].lower(), type=g["type"], mode=g.get("mode"),
                                actors=[ref(a) for a in ([g["actor"]] if isinstance(g.get("actor"), str) else g.get("actor") or [])],
                                targets=[ref(a) for a in ([g["target"]] if isinstance(g.get("target"), str) else g.get("target") or [])],
                                location=ref(g.get("location")),
                                evidence=Evidence(start, start + len(g["evidence"]), g["evidence"])))
    for g in gold["dates"]:
        s = text.find(g["text"])
        if s >= 0:
            rec.dates.append(DateExpr(g["text"], g["value"], s, s + len(g["text"]), "day"))
    for g in gold["quantities"]:
        s = text.find(g["text"])
        if s >= 0:
            rec.quantities.append(Quantity(g["text"], g["value"], g["unit"], s, s + len(g["text"])))
    assert not rec.validate(), rec.validate()
    return rec
