"""``newsgraph eval quotes-ru [FILE]``: Russian quote attribution on the bundled Russian set."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .evaluate import eval_app


@eval_app.command("quotes-ru")
def quotes_ru(
    file: Optional[Path] = typer.Argument(None, metavar="FILE", help="A JSONL set (one case a line: text and its "
                                          "expected quotes with speaker, content, cue, outlets). Default: the "
                                          "bundled development set (eval/data/quotes-ru-dev.jsonl); the "
                                          "held-out set is eval/data/quotes-ru-heldout.jsonl."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss, extra and wrong attribution."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Precision, recall and F1 of Russian quote detection, and speaker, cue and outlet accuracy on matched
    quotes (natasha-based, understand.quotes). A predicted quote matches a gold one when one content contains the other
    or their words overlap by 60% or more."""
    import io

    from ..eval.quotes_ru import DEVSET, evaluate

    path = file or DEVSET
    if not path.exists():
        typer.echo(f"error: {path}: no such file", err=True)
        raise typer.Exit(2)
    figs = evaluate(path, verbose=verbose and not as_json, out=io.StringIO() if as_json else None)
    if as_json:
        typer.echo(json.dumps(figs, ensure_ascii=False))
        return
    typer.echo(f"Russian quote attribution: {path.name} ({figs['cases']} cases, {figs['gold']} gold quotes, "
               f"{figs['predicted']} predicted, {figs['seconds']} s)")
    for k in ("precision", "recall", "f1", "speaker_accuracy", "cue_accuracy", "outlet_accuracy"):
        typer.echo(f"  {k:<17} {figs[k]:.3f}")
