"""``newsgraph train attribution`` and ``newsgraph train speakers``: the English attribution model and speaker ranker
from PolNeAR (eval/train_attribution.py, eval/train_speakers.py)."""
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
    _need_sklearn()
    from ..eval import train_attribution
    from ..understand.quotes import en_learn

    target = out or en_learn.MODEL
    train_attribution.train(polnear / "train", target, log=typer.echo, cache=cache)
    if dev != "none":
        _dev_figures(polnear / "dev", None if dev == "all" else dev, target)


@train_app.command("speakers")
def speakers(
    polnear: Path = typer.Option(Path("../shared/data/polnear"), "--polnear", help="PolNeAR: train/ and dev/."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the model (default: the package's "
                                       "understand/quotes/model/speakers-en.json)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Keep the speaker candidates read from PolNeAR train "
                                         "in this file and reuse them when it exists (a development aid)."),
    dev: str = typer.Option("a", "--dev", help="Dev figures printed at the end: a (the half worked on), b (the "
                            "held-out half: measure it once), all, or none."),
) -> None:
    """Train the English speaker ranker on PolNeAR train and write it into the package: every quote the reader keeps
    (the shipped attribution model deciding) gets candidate speakers with features; a candidate is right when the gold
    source's head word names it. 5-fold cross-validation over articles chooses C, the margin by which a candidate must
    outscore the rules' choice to replace it, and the threshold for a quote the rules gave nobody. The simplest setting
    wins: the smallest C (strongest regularisation) whose cross-validated speaker_head is within 0.001 (6 quotes) of the
    best, with the largest margin (the rules replaced least) within 0.0005 of that C's best. Prints the dev
    figures (../shared/eval/polnear.py semantics). About 5 minutes on two cores: reading the 840 articles is most of
    it."""
    _need_sklearn()
    from ..eval import train_speakers
    from ..understand.quotes import en_rank

    target = out or en_rank.MODEL
    train_speakers.train(polnear / "train", target, log=typer.echo, cache=cache)
    if dev != "none":
        en_rank.MODEL = target
        en_rank.model.cache_clear()
        _dev_figures(polnear / "dev", None if dev == "all" else dev, None)


def _need_sklearn() -> None:
    """Stop with one line when scikit-learn (the ``train`` extra) is missing."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        typer.echo("error: training needs scikit-learn: pip install 'newsgraph[train]'", err=True)
        raise typer.Exit(2)


def _dev_figures(dev_dir: Path, half: str | None, model_path: Path | None) -> None:
    from ..eval import polnear
    from ..understand.quotes import en_learn
    if model_path is not None:
        en_learn.MODEL = model_path
        en_learn.model.cache_clear()
    fig = polnear.evaluate(dev_dir, half)
    typer.echo(f"PolNeAR dev ({'half ' + half if half else 'all'}): " + " ".join(f"{k}={v}" for k, v in fig.items()))
