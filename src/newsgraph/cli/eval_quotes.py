"""``newsgraph eval quotes [FILE]``: quote attribution on the development set (precision, recall, F1, speaker
accuracy), with the failures listed by ``--verbose``."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .evaluate import eval_app


@eval_app.command("quotes")
def quotes(
    file: Optional[Path] = typer.Argument(None, metavar="FILE", help="A JSONL attribution set (one case a line: "
                                          "text and its expected quotes). Default: the bundled development set "
                                          "(newsgraph/eval/data/attribution-dev.jsonl)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every failure: missed, extra, wrong speaker, "
                                 "wrong outlet."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Precision, recall and F1 of quote detection, and speaker accuracy, on a set of attribution cases.

    A predicted quote matches a gold quote of its case when their word-token F1 is >= 0.5 (as
    ../shared/eval/score.py matches); the speaker is right when the last word of the gold speaker's name is in the
    predicted speaker's name. attributed_f1 counts a quote only when its speaker is right too. Negative cases
    (no expected quote) count every predicted quote as a false positive.
    """
    from rich.console import Console
    from rich.table import Table

    from ..eval.quotes import DEFAULT_SET, DevSetError, evaluate, load

    path = file or DEFAULT_SET
    try:
        cases = load(path)
    except DevSetError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if not cases:
        typer.echo(f"error: {path}: no cases", err=True)
        raise typer.Exit(2)
    with Console(stderr=True).status(f"analyzing {len(cases)} cases"):
        result = evaluate(cases)
    figs = result.figures()
    if as_json:
        typer.echo(json.dumps(figs))
    else:
        table = Table(title=f"quote attribution: {path.name}", show_header=True)
        table.add_column("measure")
        table.add_column("value", justify="right")
        for k, v in figs.items():
            table.add_row(k, "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v)))
        Console().print(table)
    if verbose:
        for f in result.failures:
            typer.echo(f"{f.case}\t{f.what}\t{f.detail}")
