"""``newsgraph eval actors STORE [--gold FILE]``: one person, one actor, on a real store."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .evaluate import eval_app


@eval_app.command("actors")
def actors(
    store: str = typer.Argument(..., metavar="STORE", help="The store to judge (a SQLite path or "
                                "postgresql://...), e.g. one made by `newsgraph ingest ../shared/data/polnear/"
                                "train/text ../shared/data/polnear/dev/text --db polnear.db`."),
    gold: Optional[list[Path]] = typer.Option(None, "--gold", help="A gold file of person<TAB>alias<TAB>document "
                                              "items (repeatable); the bundled ones are eval/data/actors-*.tsv."),
    top: int = typer.Option(100, "--top", min=1, help="How many PERSON actors (most documents first) to check."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the actors and pairs that are wrong."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Actor identity on a store: among the top PERSON actors, how many hold two people (full names with
    different given names) and how many carry a name that is not the full name most of their documents use; and,
    against a gold of (person, alias, document) items, pairwise precision and recall of "same actor"."""
    from ..eval.actors import evaluate
    from ..store import StoreError, open_store
    for g in gold or ():
        if not g.is_file():
            typer.echo(f"error: {g}: no such gold file", err=True)
            raise typer.Exit(2)
    try:
        st = open_store(store, create=False)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    with st:
        r = evaluate(st, gold or (), top)
    if as_json:
        typer.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    typer.echo(f"store: {store} ({r['actors']} actors, {r['unresolved']} unresolved names)")
    typer.echo(f"top {r['top']} PERSON actors: {len(r['two_people'])} hold two people, "
               f"{len(r['wrong_name'])} have a name that is not the full name most documents use")
    if verbose:
        for t in r["two_people"]:
            typer.echo(f"  two people: {t['name']} ({t['n_docs']} docs): "
                       + " | ".join(", ".join(g) for g in t["people"]))
        for t in r["wrong_name"]:
            typer.echo(f"  name: {t['name']!r}, most documents: {t['usual']!r} ({t.get('usual_docs')} of "
                       f"{t['n_docs']} docs)")
    for path, g in r["gold"].items():
        typer.echo(f"gold {Path(path).name}: {g['items']} items, {g['people']} people: pairwise precision "
                   f"{g['precision']:.3f}, recall {g['recall']:.3f}, F1 {g['f1']:.3f}  "
                   f"({', '.join(f'{k} {v}' for k, v in sorted(g['status'].items()))})")
        if verbose:
            for (a, b), n in g["false_merges"][:20]:
                typer.echo(f"  merged: {a} ~ {b} ({n} pairs)")
            for p, n in g["splits"][:20]:
                typer.echo(f"  split: {p} ({n} pairs apart)")
