"""``newsgraph eval ru-attr``: Russian attribution on the ru-news gold (eval/data/ru-attr), PolNeAR's scorer
semantics for Russian (eval/ru_attr.py)."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .evaluate import eval_app


@eval_app.command("ru-attr")
def ru_attr(
    split: str = typer.Option("dev", "--split", help="dev (worked on), heldout (measure once), "
                               "dev-b (a second, liberal annotation of 14 dev texts), "
                               "dev-c (the former held-out texts of odd index, worked on since round 19) or "
                               "written (composed sentences, eval/data/ru-attr/written)."),
    texts: Path = typer.Option(Path("../shared/data/ru-news/text"), "--texts", help="The ru-news texts."),
    half: str = typer.Option(None, "--half", help="even or odd: the texts of even or odd index (sorted by name) "
                             "only, to develop on one half of dev and check a change on the other."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, extra quote and wrong speaker."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Precision, recall (all and by kind), F1, speaker accuracy (named speakers; inflected forms fold:
    "Путина" = "Путин") and attributed F1 of the full analysis on the Russian attribution gold."""
    from ..eval.ru_attr import evaluate
    print_score(evaluate(split, texts, half), errors, as_json)


def print_score(score, errors: bool, as_json: bool) -> None:
    """A brat-gold score (eval/ru_attr.Score): its errors when asked, then its figures (or one JSON object)."""
    if errors:
        for name, what, detail in score.errors:
            typer.echo(f"{name}\t{what}\t{detail}")
    fig = score.figures()
    if as_json:
        typer.echo(json.dumps(fig))
        return
    for k, v in fig.items():
        typer.echo(f"{k}: {v}")
