"""``newsgraph bench [PATHS...]``: throughput of the full analysis beside the bare spaCy pipeline, same texts, same
run; peak memory; where the time goes (per pipeline component)."""
from __future__ import annotations

import json
import resource
import time
from pathlib import Path
from typing import List, Optional

import typer

from . import app


def _words(text: str) -> int:
    return len(text.split())


def load_raws(paths: list[str]):
    """The documents of ``paths`` (HTML pages come with their text already extracted by the reader); faults are
    counted, not fatal."""
    from ..errors import InputError
    from ..ingest import read
    docs, faults = [], 0
    for item in read(paths):
        if isinstance(item, InputError) or not (item.text or item.html):
            faults += 1
            continue
        docs.append(item)
    return docs, faults


def run_bench(raws, batch_size: int = 32, progress=None) -> dict:
    """Time the full pipeline and bare ``nlp.pipe`` over the same clean texts; returns the figures."""
    from ..pipeline import Work, default_pipeline
    from ..understand import nlp

    pipe = default_pipeline()
    model = nlp.english()
    # 1. the clean texts (untimed): the cleaning components only; bare spaCy then gets exactly these texts
    cleaners = [c for c in pipe.components if not c.name.startswith("understand.")]
    works = []
    for i in range(0, len(raws), batch_size):
        batch = [Work(r) for r in raws[i:i + batch_size]]
        for c in cleaners:
            c(batch)
        works.extend(batch)
        if progress:
            progress("cleaning (untimed)", min(len(raws), i + batch_size), len(raws))
    ok = [w for w in works if not w.error]
    ru_langs = {"ru", "uk", "be"}
    texts = [w.record.document.text for w in ok if w.record.document.language not in ru_langs]
    eng_ids = {id(w.raw) for w in ok if w.record.document.language not in ru_langs}
    eng_raws = [r for r in raws if id(r) in eng_ids]
    del works, ok
    # warm-up (untimed): the models and rule files load, caches fill
    pipe.run_works([Work(eng_raws[0])]) if eng_raws else None
    words = sum(_words(t) for t in texts)
    # 2. interleaved, batch by batch (so that a change in machine load hits both runs alike): bare spaCy over the
    #    batch's clean texts, then the full analysis of the same documents, every component timed. CPU time of this
    #    process (time.process_time) is the measure: wall-clock time on a shared machine measures the neighbours.
    per: dict[str, float] = {c.name: 0.0 for c in pipe.components}
    bare = full = bare_wall = full_wall = 0.0
    done = 0
    for i in range(0, len(eng_raws), batch_size):
        chunk = texts[i:i + batch_size]
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in model.pipe(chunk, batch_size=batch_size):
            pass
        bare += time.process_time() - c0
        bare_wall += time.perf_counter() - w0
        batch = [Work(r) for r in eng_raws[i:i + batch_size]]
        w0, c0 = time.perf_counter(), time.process_time()
        for c in pipe.components:
            t1 = time.process_time()
            c(batch)
            per[c.name] += time.process_time() - t1
        for w in batch:
            w.scratch.clear()
        full += time.process_time() - c0
        full_wall += time.perf_counter() - w0
        done += len(batch)
        if progress:
            progress("bare spaCy + full analysis", done, len(eng_raws))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    spacy_part = per.get("understand.parse", 0.0)
    return {
        "documents": len(texts), "words": words, "batch_size": batch_size,
        "spacy_seconds": round(bare, 3), "spacy_words_per_s": round(words / bare, 1) if bare else None,
        "full_seconds": round(full, 3), "full_words_per_s": round(words / full, 1) if full else None,
        "spacy_wall_seconds": round(bare_wall, 3), "full_wall_seconds": round(full_wall, 3),
        "ratio": round(bare / full, 3) if full else None,
        "our_rules_seconds": round(full - spacy_part, 3),
        "peak_memory_mib": round(peak_kib / 1024, 1),
        "components": {k: round(v, 3) for k, v in per.items()},
        "skipped": len(raws) - len(eng_raws),
    }


@app.command("bench")
def bench(
    paths: Optional[List[Path]] = typer.Argument(None, metavar="PATH", help="Files or folders to analyze "
                                                 "(any format the readers take; HTML pages are extracted before "
                                                 "timing). Default: examples/. For the benchmark pages: "
                                                 "../shared/data/article-extraction-benchmark/html"),
    batch_size: int = typer.Option(32, "--batch-size", "-b", min=1, help="Documents per nlp.pipe batch (the same "
                                   "for both runs)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Only the first N documents."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    profile: Optional[Path] = typer.Option(None, "--profile", metavar="FILE", help="Also profile the run with "
                                           "cProfile and write the stats to FILE (read with python -m pstats)."),
) -> None:
    """Words per second of the full analysis (cleaning, parse, entities, coreference, dates, quantities, quotes,
    events) beside words per second of the bare spaCy pipeline (nlp.pipe, same batch size) on the same clean
    texts in the same run, the ratio between them (the goal: >= 0.80), seconds per component and peak memory
    (max RSS). The two runs are interleaved batch by batch and measured in CPU time of this process, so a busy
    machine does not favour either; wall-clock seconds are shown beside. Documents the Russian models handle are left
    out of both runs."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    err = Console(stderr=True)
    targets = [str(p) for p in paths] if paths else ["examples"]
    if not paths and not Path("examples").is_dir():
        typer.echo("error: examples/: not found (run from the repository or give PATHS)", err=True)
        raise typer.Exit(2)
    with err.status("reading documents"):
        raws, faults = load_raws(targets)
    if limit:
        raws = raws[:limit]
    if not raws:
        typer.echo(f"error: {', '.join(targets)}: no readable documents", err=True)
        raise typer.Exit(2)
    with Progress(TextColumn("[bold]{task.description}[/]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as prog:
        tasks: dict[str, int] = {}

        def progress(stage, done, total):
            if stage not in tasks:
                tasks[stage] = prog.add_task(stage, total=total)
            prog.update(tasks[stage], completed=done)

        if profile:
            import cProfile
            prof = cProfile.Profile()
            prof.enable()
            figs = run_bench(raws, batch_size, progress)
            prof.disable()
            prof.dump_stats(str(profile))
        else:
            figs = run_bench(raws, batch_size, progress)
    figs["read_faults"] = faults
    if as_json:
        typer.echo(json.dumps(figs))
        return
    con = Console()
    t = Table(title=f"newsgraph bench: {figs['documents']} documents, {figs['words']} words, batch {batch_size}")
    t.add_column("run")
    t.add_column("CPU seconds", justify="right")
    t.add_column("words/s (CPU)", justify="right")
    t.add_column("wall seconds", justify="right")
    t.add_row("bare spaCy (nlp.pipe)", f"{figs['spacy_seconds']:.2f}", f"{figs['spacy_words_per_s']:,.0f}",
              f"{figs['spacy_wall_seconds']:.2f}")
    t.add_row("full analysis", f"{figs['full_seconds']:.2f}", f"{figs['full_words_per_s']:,.0f}",
              f"{figs['full_wall_seconds']:.2f}")
    con.print(t)
    con.print(f"full / bare throughput: [bold]{figs['ratio']:.2f}[/] (goal >= 0.80); "
              f"our own rules: {figs['our_rules_seconds']:.2f} s; peak memory {figs['peak_memory_mib']:.0f} MiB")
    c = Table(title="seconds per component")
    c.add_column("component")
    c.add_column("CPU seconds", justify="right")
    for k, v in figs["components"].items():
        c.add_row(k, f"{v:.3f}")
    con.print(c)
