"""The inventory of Russian reported speech (``data/ru-attr/inventory.tsv``): sentences written for the test, one
class of form at a time (verbs by lemma and form, parenthetical and inverted cues, speech and document nouns,
impersonal passives, institutions and collectives, questions, negated and modal cues) and sentences holding no
statement. A row whose text holds ``<@CLASS:grammemes>`` is read once per verb of that class
(``inventory_verbs.tsv``), in the form pymorphy2 gives for the grammemes ("заявил", "заявляют", "заявив",
"заявивший"), so a class is checked over the language's verbs, not over the ones a batch of news showed.

A statement is found when a quote's text agrees with its content (quotes_ru ``same_content``), attributed when the
speaker is right too (every capitalised word of the row's speaker begins, by its first four letters, a word of the
quote's speaker's name or words, ё read as е; a row's speaker '-' or in lower case: any). A row with no content
must give no quote.

    python -m newsgraph.eval.ru_inventory [--misses] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .quotes_ru import same_content

DATA = Path(__file__).with_name("data") / "ru-attr"
ROWS, VERBS = DATA / "inventory.tsv", DATA / "inventory_verbs.tsv"
_SLOT = re.compile(r"<@(?P<cls>\w+):(?P<gram>[\w,]+)>")
_CONTENT = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Case:
    cls: str
    form: str
    text: str
    content: str | None  # None: no statement
    speaker: str


def _tsv(path: Path) -> list[list[str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def _inflect(verb: str, gram: set[str]) -> str | None:
    """``verb`` (an infinitive, maybe after "не" or before a word: "не исключить", "дать понять") in the form of
    ``gram``; None when pymorphy2 has no such form (a perfective verb in the present)."""
    from ..understand.name_keys import _morph
    words = verb.split()
    for i, w in enumerate(words):
        if w == "не":
            continue
        inf = next((p for p in _morph().parse(w) if p.tag.POS == "INFN"), None)
        if inf is None:
            return None
        form = inf.inflect(gram)
        if form is None or ("pres" in gram and inf.tag.aspect == "perf"):
            return None
        return " ".join(words[:i] + [form.word] + words[i + 1:])
    return None


def cases() -> list[Case]:
    verbs = {r[0]: [v.strip() for v in r[1].split(",") if v.strip()] for r in _tsv(VERBS)}
    out = []
    for cls, form, text, speaker in _tsv(ROWS):
        m = _SLOT.search(text)
        fills = [(f"{form} ({v})", text[:m.start()] + w + text[m.end():]) for v in verbs[m["cls"]]
                 if (w := _inflect(v, set(m["gram"].split(","))))] if m else [(form, text)]
        for f, t in fills:
            c = _CONTENT.search(t)
            plain = _CONTENT.sub(lambda x: x.group(1), t)
            if plain[:1].islower():
                plain = plain[0].upper() + plain[1:]
            out.append(Case(cls, f, plain, c.group(1) if c else None, speaker.strip()))
    return out


def speaker_ok(want: str, quote) -> bool:
    heads = [w for w in re.findall(r"[\w-]+", want) if w[:1].isupper()]
    if want == "-" or not heads:
        return True
    refs = [r for r in (quote.speaker, *quote.reported_by) if r is not None]
    names = " ".join([r.name for r in refs] + [r.mention.text for r in refs if r.mention is not None])
    got = {w.lower().replace("ё", "е")[:4] for w in re.findall(r"[\w-]+", names)}
    return all(h.lower().replace("ё", "е")[:4] in got for h in heads)


def evaluate(misses: bool = False, out=sys.stdout) -> dict:
    from ..ingest.base import RawDocument
    from ..pipeline import Pipeline
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    pipe = Pipeline(clean + ["understand.parse", "understand.entities", "understand.coref", "understand.dates",
                            "understand.quantities", "understand.quotes"])
    by: dict[str, dict[str, int]] = {}
    for k, case in enumerate(cases()):
        rec = pipe.run(RawDocument(source=f"inventory#{k}", text=case.text + "\n", language="ru"))
        row = by.setdefault(case.cls, {"rows": 0, "found": 0, "attributed": 0, "quotes_on_none": 0})
        row["rows"] += 1
        if case.content is None:
            row["quotes_on_none"] += bool(rec.quotes)
            if rec.quotes and misses:
                print(f"EXTRA\t{case.cls}\t{case.form}\t{case.text}\t{[q.text for q in rec.quotes]}", file=out)
            continue
        hit = next((q for q in rec.quotes if same_content(q.text, case.content)), None)
        row["found"] += hit is not None
        row["attributed"] += hit is not None and speaker_ok(case.speaker, hit)
        if misses and (hit is None or not speaker_ok(case.speaker, hit)):
            what = "MISSED" if hit is None else f"SPEAKER {hit.speaker.name if hit.speaker else None}"
            print(f"{what}\t{case.cls}\t{case.form}\t{case.text}", file=out)
    return by


def table(by: dict) -> str:
    lines = [f"{'class':<14}{'rows':>6}{'found':>7}{'attrib.':>9}{'on none':>9}"]
    tot = {"rows": 0, "found": 0, "attributed": 0, "quotes_on_none": 0}
    for cls in sorted(by):
        r = by[cls]
        lines.append(f"{cls:<14}{r['rows']:>6}{r['found']:>7}{r['attributed']:>9}{r['quotes_on_none']:>9}")
        for k in tot:
            tot[k] += r[k]
    lines.append(f"{'all':<14}{tot['rows']:>6}{tot['found']:>7}{tot['attributed']:>9}{tot['quotes_on_none']:>9}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.ru_inventory",
                                 description="Read the inventory of Russian reported speech (data/ru-attr/"
                                             "inventory.tsv) and print, per class of form, the statements found "
                                             "and attributed and the quotes read where there is no statement.")
    ap.add_argument("--misses", action="store_true", help="list every missed statement, wrong speaker and extra quote")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    by = evaluate(misses=args.misses)
    print(json.dumps(by) if args.json else table(by))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
