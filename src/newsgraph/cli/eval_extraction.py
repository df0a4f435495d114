"""``newsgraph eval extraction DIR``: article-body extraction quality and speed on the article-extraction
benchmark, for bare trafilatura and for newsgraph (HTML reader + cleaning) on the same pages in the same run."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .evaluate import eval_app


@eval_app.command("extraction")
def extraction(
    directory: Path = typer.Argument(..., metavar="DIR", help="The benchmark folder: html/<id>.html.gz and "
                                     "ground-truth.json (e.g. ../shared/data/article-extraction-benchmark)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Only the first N pages (sorted by id)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object instead of a table."),
    system: Optional[list[str]] = typer.Option(None, "--system", "-s", help="Only these systems (repeatable): "
                                               "trafilatura, trafilatura+clean, reader, newsgraph. Default: all four."),
    per_page: bool = typer.Option(False, "--per-page", help="Also list every page's precision and recall for every "
                                  "system (worst newsgraph pages first)."),
) -> None:
    """Shingle precision, recall and F1 of the article body, and pages/s, on the same pages in the same run for:
    trafilatura (bare trafilatura.extract, default options, as the benchmark ran it); trafilatura+clean (the same,
    then every clean.* step); reader (our HTML reader alone: trafilatura with newsgraph's options, no cleaning);
    newsgraph (the reader, then every clean.* step: what `newsgraph analyze` does to a page). Cleaned documents are
    scored without their title paragraph, as the benchmark's truth has no headline. A +clean system minus its bare
    extraction is what the cleaning steps add or cost.

    Metric (the benchmark's): \\w+ tokens, 4-word shingles as multisets; per page TP/FP/FN normalised by their sum;
    precision and recall averaged over pages; F1 = 2PR/(P+R) of the averages; an empty prediction scores P=R=0
    (as the data's README says; the original evaluate.py leaves such pages out of the precision average).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
        TimeRemainingColumn
    from rich.table import Table

    from ..eval.extraction import DEFAULT_SYSTEMS, SYSTEMS, evaluate, load_pages

    systems = tuple(system) if system else DEFAULT_SYSTEMS
    unknown = [x for x in systems if x not in SYSTEMS]
    if unknown:
        typer.echo(f"error: unknown system {', '.join(unknown)}; known: {', '.join(SYSTEMS)}", err=True)
        raise typer.Exit(2)

    err = Console(stderr=True)
    try:
        pages = load_pages(directory, limit=limit)
    except (OSError, EOFError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if not pages:
        typer.echo(f"error: {directory}: no pages", err=True)
        raise typer.Exit(2)
    with Progress(TextColumn("[bold]extraction[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=as_json) as prog:
        task = prog.add_task("pages", total=len(pages))
        results = evaluate(pages, systems, progress=lambda _id: prog.advance(task))
    summary = {name: res.summary() for name, res in results.items()}
    if as_json:
        out = {"pages": len(pages), "directory": str(directory), "systems": summary}
        if per_page:
            out["per_page"] = {name: {k: {"precision": p, "recall": r} for k, (p, r) in res.per_page.items()}
                               for name, res in results.items()}
        typer.echo(json.dumps(out, indent=1))
        return
    con = Console()
    if per_page:
        t = Table(title="per page (precision / recall)")
        for col in ("page", *results):
            t.add_column(col)
        ng = results.get("newsgraph")  # worst newsgraph pages first
        ids = sorted(ng.per_page, key=lambda k: sum(ng.per_page[k])) if ng else [p.id for p in pages]
        for k in ids:
            t.add_row(k[:16], *(f"{res.per_page[k][0]:.3f} / {res.per_page[k][1]:.3f}" for res in results.values()))
        con.print(t)
    t = Table(title=f"Article extraction: {len(pages)} pages of {directory}")
    for col in ("system", "precision", "recall", "F1", "pages/s"):
        t.add_column(col, justify="left" if col == "system" else "right")
    for name, s in summary.items():
        t.add_row(name, f"{s['precision']:.4f}", f"{s['recall']:.4f}", f"{s['f1']:.4f}", f"{s['pages_per_s']:.1f}")
    con.print(t)
    if "trafilatura" in summary and "newsgraph" in summary:
        d = summary["newsgraph"]["f1"] - summary["trafilatura"]["f1"]
        con.print(f"newsgraph F1 - bare trafilatura F1 = {d:+.4f} (published trafilatura figure: 0.958)")
    for bare, cleaned in (("trafilatura", "trafilatura+clean"), ("reader", "newsgraph")):
        if bare in summary and cleaned in summary:
            d = summary[cleaned]["f1"] - summary[bare]["f1"]
            con.print(f"{cleaned} F1 - {bare} F1 = {d:+.4f} (what the cleaning steps add to {bare})")
