"""``newsgraph eval stories STORE [GOLD]``: story clustering of a store against the story gold made by reading;
``newsgraph eval polnear-jsonl OUT``: the PolNeAR articles of that gold as one JSONL to ingest (kept outside the
repository)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .evaluate import eval_app


@eval_app.command("polnear-jsonl")
def polnear_jsonl(
    out: Path = typer.Argument(..., help="The JSONL to write (outside the repository: it holds the texts)."),
    polnear: Path = typer.Option(Path("../shared/data/polnear"), "--polnear", help="The PolNeAR folder."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Only the articles of this story gold (default: the "
                                        "bundled eval/data/stories-polnear.tsv)."),
    every: bool = typer.Option(False, "--all", help="Every PolNeAR article, not only the gold's."),
) -> None:
    """Write PolNeAR articles (id = file name, text, published and title from metadata.tsv, source = publisher),
    oldest first, for `newsgraph ingest OUT --db STORE` and then `newsgraph eval stories STORE`."""
    from ..eval.stories import GOLD, load, polnear_jsonl as write
    if not (polnear / "metadata.tsv").is_file():
        typer.echo(f"error: {polnear}/metadata.tsv: not found", err=True)
        raise typer.Exit(2)
    keep = None if every else {r["doc"] for r in load(gold or GOLD)}
    n = write(polnear, out, keep)
    typer.echo(f"{n} articles written to {out}")


@eval_app.command("stories")
def stories(
    db: str = typer.Argument(..., help="The store (a SQLite path or a database URL) holding the gold's articles."),
    gold: Optional[Path] = typer.Argument(None, help="The story gold (default: eval/data/stories-polnear.tsv)."),
    split: str = typer.Option("dev", "--split", help="dev (windows w1, w2: tuned on), heldout (w3: measured "
                              "once), fresh (w4-w11: labelled before looking at the output), all, or one "
                              "window (w1 ... w11)."),
    worst: int = typer.Option(10, "--worst", min=0, help="List this many worst clusters (mixed or split)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """B-cubed precision, recall and F1 of the store's stories over the gold's articles, and the worst clusters:
    a story of the store that mixes gold stories, a gold story the store split."""
    from ..eval.stories import GOLD, evaluate
    from .corpus import _open
    from ..eval.stories import SPLITS
    if split not in ("dev", "heldout", "fresh", "all") and split not in SPLITS:
        typer.echo(f"error: --split {split}: dev, heldout, fresh, all or a window ({', '.join(sorted(SPLITS))})",
                   err=True)
        raise typer.Exit(2)
    with _open(db) as store:
        r = evaluate(store, gold or GOLD, split, worst)
    if not r["documents"]:
        typer.echo(f"error: {gold or GOLD}: no gold article in --split {split}", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(r, ensure_ascii=False))
        return
    typer.echo(f"stories, {split}: {r['documents']} gold documents, {r['found']} in the store: B-cubed precision "
               f"{r['precision']:.3f} recall {r['recall']:.3f} F1 {r['f1']:.3f} (every article alone: F1 "
               f"{r['singletons_f1']:.3f})")
    for w in r["worst"]:
        what = (f"mixes {w['gold']}" if w["kind"] == "mixed" else f"split in {w['parts']} parts")
        typer.echo(f"[{w['kind']}] {w['story']} ({w['wrong_pairs']} wrong pairs): {what}")
        for t in w["titles"]:
            typer.echo(f"    {t}")
