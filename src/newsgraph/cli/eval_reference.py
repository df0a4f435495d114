"""``newsgraph eval reference``: the reference page analyzed and scored by the shared scorer (score.py)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .evaluate import eval_app

def default_gold() -> Path:
    """seed/expected.json of the shared data folder ($NEWSGRAPH_SHARED, else ../shared from the current folder)."""
    from ..eval import shared_dir
    return shared_dir() / "seed" / "expected.json"


@eval_app.command("reference")
def reference(
    gold: Optional[Path] = typer.Option(None, "--gold", metavar="PATH",
                                        help="The gold annotation (expected.json). The page analyzed is article.txt "
                                        "in the same folder; the scorer is ../eval/score.py from that folder. "
                                        "Default: seed/expected.json of $NEWSGRAPH_SHARED, else "
                                        "../shared/seed/expected.json from here."),
    page: Optional[Path] = typer.Option(None, "--page", metavar="PATH", help="Analyze this page instead of the "
                                        "gold's article.txt."),
    as_json: bool = typer.Option(False, "--json", help="Print the scorer's figures as one JSON object."),
) -> None:
    """Analyze the reference page and print the shared scorer's figures: cleaning checks, entity recall, alias
    resolution, quote P/R/F1, speaker-correct quote F1, outlet accuracy, event P/R/F1 and date recall."""
    from ..eval.reference import ReferencePageError, run

    try:
        figures, _ = run(gold or default_gold(), page)
    except ReferencePageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False))
        return
    for k, v in figures.items():
        typer.echo(f"{k}: {round(v, 3) if isinstance(v, float) else v}")
