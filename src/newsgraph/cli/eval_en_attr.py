"""``newsgraph eval en-attr``: English whole-page attribution on the article-extraction-benchmark gold
(eval/data/en-attr), with eval/ru_attr.py's semantics (eval/en_attr.py)."""
from __future__ import annotations

from pathlib import Path

import typer

from .evaluate import eval_app


@eval_app.command("en-attr")
def en_attr(
    split: str = typer.Option("dev", "--split", help="dev (worked on), heldout (measure once) or written "
                              "(articles composed for the test, eval/data/en-attr/written)."),
    ground_truth: Path = typer.Option(Path("../shared/data/article-extraction-benchmark/ground-truth.json"),
                                      "--ground-truth", help="The benchmark's ground-truth.json (the page bodies)."),
    page: list[str] = typer.Option(None, "--page", help="Only this page (12 hex digits); repeatable."),
    html: bool = typer.Option(False, "--html", help="Analyze each page's HTML file (html/ beside the ground truth) "
                              "as `newsgraph analyze` does, extraction and language identification included, "
                              "instead of its clean body: what a user gets from the page (dev and heldout only)."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, extra quote and wrong speaker."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Precision, recall (all and by kind), F1, speaker accuracy (named speakers) and attributed F1 of the full
    analysis on the English whole-page attribution gold."""
    from ..eval.en_attr import evaluate
    if split not in ("dev", "heldout", "written"):
        typer.echo(f"error: --split {split}: expected dev, heldout or written", err=True)
        raise typer.Exit(2)
    if html and split == "written":
        typer.echo("error: --html: the written articles have no HTML pages (use --split dev or heldout)", err=True)
        raise typer.Exit(2)
    if split != "written" and not ground_truth.is_file():
        typer.echo(f"error: {ground_truth}: not found (the article-extraction benchmark's ground-truth.json)",
                   err=True)
        raise typer.Exit(2)
    from .eval_ru_attr import print_score
    print_score(evaluate(split, ground_truth, list(page) if page else None, html=html), errors, as_json)
