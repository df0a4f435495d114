"""The written splits of the attribution sets (eval/data/ru-attr/written, eval/data/en-attr/written): texts composed
for the test, not news. Each is authored in one marked-up file, ``written/written.txt`` ({n|content}, <n|cue>,
[n|source], ``@n SPEAKER KIND`` lines, ``## id`` per document), and built into the brat standoff the ru-attr and
en-attr evals read (``written/text/<id>.txt`` and ``written/attributions/<id>_gold.ann``) by :func:`build`
(``python -m newsgraph.eval.attr_written [--lang ru|en]`` rewrites them; tests check they are up to date).
One builder serves both languages: only the folder (:data:`ROOTS`) and the scorer differ.
"""
from __future__ import annotations

import re
from pathlib import Path

_DATA = Path(__file__).with_name("data")
ROOTS = {"ru": _DATA / "ru-attr" / "written", "en": _DATA / "en-attr" / "written"}
WRITTEN = ROOTS["ru"]
_MARK = re.compile(r"([{<\[])(\d+)\|")
_CLOSE = {"{": "}", "<": ">", "[": "]"}
_TYPE = {"{": "Content", "<": "Cue", "[": "Source"}


def parse(src: str) -> list[tuple[str, str, dict, dict]]:
    """(id, text, spans {(type, n): [(start, end), ...]}, meta {n: (speaker, kind)}) per item."""
    items = []
    for block in re.split(r"^## ", src, flags=re.M)[1:]:
        ident, _, body = block.partition("\n")
        lines = [ln for ln in body.split("\n") if not ln.startswith("#")]
        while lines and not lines[-1].strip():
            lines.pop()
        meta = {}
        while lines and lines[-1].startswith("@"):
            n, rest = lines.pop()[1:].split(" ", 1)
            speaker, kind = rest.rsplit(" ", 1)
            meta[n] = (speaker.strip(), kind)
        marked = "\n".join(lines).strip("\n")
        text, spans, stack, i = [], {}, [], 0
        while i < len(marked):
            m = _MARK.match(marked, i)
            if m:
                stack.append((m.group(1), m.group(2), sum(map(len, text))))
                i = m.end()
            elif stack and marked[i] == _CLOSE[stack[-1][0]]:
                kind, n, start = stack.pop()
                spans.setdefault((_TYPE[kind], n), []).append((start, sum(map(len, text))))
                i += 1
            else:
                text.append(marked[i])
                i += 1
        if stack:
            raise ValueError(f"{ident}: unclosed {stack}")
        items.append((ident.strip(), "".join(text) + "\n", spans, meta))
    return items


def to_ann(spans: dict, meta: dict, text: str, numbered: bool = True) -> str:
    """The brat standoff of one item, attributions in the order of their contents; of two with one content (an
    outlet's report nesting the person's words, {n|{m|…}}) the one numbered first first, as the ru-attr dev gold
    lists them (r29; the scorer matches gold in file order). ``numbered=False`` keeps the order the builder gave before
    (the last @ line first), which the English set's figures were taken on."""
    out, t, e = [], 0, 0
    key = (lambda x: (spans[("Content", x[0])][0], int(x[0]))) if numbered else \
        (lambda x: spans[("Content", x[0])][0])
    for n, (speaker, kind) in sorted(meta.items(), key=key):  # (meta holds the @ lines last first)
        e += 1
        ids = {}
        for typ in ("Source", "Cue", "Content"):
            rng = spans.get((typ, n))
            if not rng:
                continue
            t += 1
            ids[typ] = f"T{t}"
            shown = "" if typ == "Content" else " ".join(text[a:b] for a, b in rng)
            out.append(f"T{t}\t{typ} {';'.join(f'{a} {b}' for a, b in rng)}\t{shown}")
        rel = " ".join(f"{k}:{v}" for k, v in (("Content", ids["Content"]), ("Cue", ids.get("Cue")),
                                                 ("Source", ids.get("Source"))) if v)
        out.append(f"E{e}\t{rel}")
        out.append(f"# E{e} speaker: {speaker}")
        out.append(f"A{e}\tKind E{e} {kind}")
    return "\n".join(out) + "\n"


def build(root: Path = WRITTEN) -> dict[str, tuple[str, str]]:
    """{id: (text, ann)} from written.txt."""
    return {ident: (text, to_ann(spans, meta, text, numbered=root != ROOTS["en"]))
            for ident, text, spans, meta in parse((root / "written.txt").read_text(encoding="utf-8"))}


def write(root: Path = WRITTEN) -> int:
    (root / "text").mkdir(exist_ok=True)
    (root / "attributions").mkdir(exist_ok=True)
    built = build(root)
    for ident, (text, ann) in built.items():
        (root / "text" / f"{ident}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{ident}_gold.ann").write_text(ann, encoding="utf-8")
    return len(built)


def score(first: str, last: str, errors: bool = False, lang: str = "ru"):
    """The ru-attr (or en-attr) score (eval/ru_attr.Score) of the written items ``first``..``last`` only (ids
    compared as written, "w265".."w290": a batch scored on its own, e.g. the fresh articles of round 12)."""
    if lang == "en":
        from .en_attr import evaluate
        from .en_attr import load as load_en
        return evaluate("written", pages=[k for k in load_en("written") if first <= k <= last])
    from .ru_attr import load, score_gold
    return score_gold({k: v for k, v in load("written").items() if first <= k <= last})


def score_file(path: Path, lang: str = "ru", first: str = "", last: str = "\uffff"):
    """The ru-attr Score of a set in this markup kept OUTSIDE the repository (r35: excerpts of real web pages a
    developer may read and annotate but not commit), its items ``first``..``last`` only: each text analysed as
    ``language`` with the pipeline, scored as the written splits are."""
    from .. import analyze_many
    from ..ingest.base import RawDocument
    from .ru_attr import Score, load_ann
    gold = {ident: (text, load_ann(text, to_ann(spans, meta, text, numbered=lang != "en")))
            for ident, text, spans, meta in parse(Path(path).read_text(encoding="utf-8")) if first <= ident <= last}
    sc = Score()
    raws = [RawDocument(source=f"score-file/{k}", text=t, language=lang) for k, (t, _) in gold.items()]
    for name, rec in zip(gold, analyze_many(raws)):
        sc.add(name, gold[name][1], rec.to_dict() if hasattr(rec, "to_dict") else {})
    return sc


def main(argv: list[str]) -> None:
    """``[--lang ru|en]`` then nothing (rebuild the files), ``--score FIRST LAST [--errors]``, or ``--score-file
    FILE [--only FIRST LAST] [--errors]`` (a set in this markup kept outside the repository)."""
    lang = "ru"
    if "--lang" in argv:
        i = argv.index("--lang")
        lang, argv = argv[i + 1], argv[:i] + argv[i + 2:]
    if len(argv) >= 2 and argv[0] in ("--score", "--score-file"):
        if argv[0] == "--score-file":
            rng = argv[argv.index("--only") + 1:argv.index("--only") + 3] if "--only" in argv else ["", "\uffff"]
            sc = score_file(Path(argv[1]), lang, *rng)
        else:
            sc = score(argv[1], argv[2], lang=lang)
        if "--errors" in argv:
            for row in sc.errors:
                print(*row, sep="\t")
        ap, ar = (round(sc.attributed / n, 3) if n else 0.0 for n in (sc.predicted, sc.gold))
        print({**sc.figures(), "attributed_precision": ap, "attributed_recall": ar})
    else:
        print(write(ROOTS[lang]), "written items")


if __name__ == "__main__":
    import sys
    main(sys.argv[1:])
