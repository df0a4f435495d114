"""``newsgraph train attribution``: the English attribution model from PolNeAR (eval/train_attribution.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app

train_app = typer.Typer(help="Train the shipped models from annotated corpora (../shared).", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("attribution")
def attribution(
    polnear: Path = typer.Option(Path("../shared/data/polnear"), "--polnear", help="PolNeAR: train/ and dev/."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the model (default: the package's "
                                       "understand/quotes/model/attribution-en.json)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Keep the candidates read from PolNeAR train in this "
                                         "file and reuse them when it exists (a development aid)."),
    dev: str = typer.Option("a", "--dev", help="Dev figures printed at the end: a (the half worked on), b (the "
                            "held-out half: measure it once), all, or none."),
) -> None:
    """Train the English attribution model on PolNeAR train (5-fold cross-validation chooses the threshold), write
    it into the package and print the dev figures (../shared/eval/polnear.py semantics). About 10 minutes on two
    cores: reading the 840 articles is most of it."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        typer.echo("error: training needs scikit-learn: pip install 'newsgraph[train]'", err=True)
        raise typer.Exit(2)
    from ..eval import train_attribution
    from ..understand.quotes import en_learn

    target = out or en_learn.MODEL
    train_attribution.train(polnear / "train", target, log=typer.echo, cache=cache)
    if dev != "none":
        _dev_figures(polnear / "dev", None if dev == "all" else dev, target)


def _dev_figures(dev_dir: Path, half: str | None, model_path: Path) -> None:
    from ..eval import polnear
    from ..understand.quotes import en_learn
    en_learn.MODEL = model_path
    en_learn.model.cache_clear()
    fig = polnear.evaluate(dev_dir, half)
    typer.echo(f"PolNeAR dev ({'half ' + half if half else 'all'}): " + " ".join(f"{k}={v}" for k, v in fig.items()))
