"""``newsgraph eval polnear``: quote attribution on PolNeAR dev, with ../shared/eval/polnear.py's semantics."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .evaluate import eval_app


@eval_app.command("polnear")
def polnear(
    split: Path = typer.Argument(Path("../shared/data/polnear/dev"), help="A PolNeAR split folder (text/, "
                                 "attributions/)."),
    half: str = typer.Option("all", "--half", help="a: every second article from the first in name order (worked "
                             "on); b: the others (held out: measure once); all."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Precision, recall (all and speech-cue attributions), F1 and speaker_head of the full analysis on a PolNeAR
    split: a quote matches a gold Content at word-token F1 >= 0.5; speaker_head: the last capitalised word of the
    source's head is in the speaker's name, mentions or credited outlets."""
    from ..eval.polnear import evaluate
    if half not in ("a", "b", "all"):
        typer.echo(f"error: --half {half}: expected a, b or all", err=True)
        raise typer.Exit(2)
    for sub in ("text", "attributions"):
        if not (split / sub).is_dir():
            typer.echo(f"error: {split / sub}: not found (SPLIT is a PolNeAR split folder, e.g. "
                       "../shared/data/polnear/dev)", err=True)
            raise typer.Exit(2)
    if not any((split / "text").glob("*.txt")):
        typer.echo(f"error: {split / 'text'}: no .txt article in it", err=True)
        raise typer.Exit(2)
    fig = evaluate(split, None if half == "all" else half)
    if as_json:
        typer.echo(json.dumps(fig))
        return
    for k, v in fig.items():
        typer.echo(f"{k}: {v}")
